"""Sentence boundaries for wrap-up text: line breaks, bullets and headings end a
sentence; so does a full stop before a capital, except after an abbreviation."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["sentence_starts", "sentencizer_component"]

_ABBREV = frozenset({"co.", "ltd.", "inc.", "corp.", "mr.", "mrs.", "ms.", "dr.", "no.", "u.s.", "u.k.",
                     "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                     "nov.", "dec.", "vs.", "e.g.", "i.e.", "approx.", "est.", "jr.", "sr.", "plc.", "bhd."})
_ENDS = frozenset({".", "!", "?", "...", ".\"", "!\"", "?\""})
_MAX_TOKENS = 400  # very long "sentences" are cut, so no rule ever scans a 10,000-token run


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    starts = [False] * len(doc)
    since = 0
    for i, tok in enumerate(doc):
        if i == 0:
            starts[0] = True
            continue
        prev = doc[i - 1]
        if tok.is_space:
            brk = False
        elif "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or prev.text == "|":
            brk = True
        elif prev.text in _ENDS:
            before = doc[i - 2].text.lower() + "." if i >= 2 else ""
            brk = before not in _ABBREV and (tok.text[:1].isupper() or tok.text[:1].isdigit()
                                             or tok.text[:1] in "\"'(")
        else:
            brk = False
        since += 1
        if brk or since >= _MAX_TOKENS:
            starts[i] = True
            since = 0
    return starts


@Language.factory("mkg_sentences")
def sentencizer_component(nlp: Language, name: str) -> SentenceSplitter:
    """Set sentence starts for the genre (see :func:`sentence_starts`)."""
    return SentenceSplitter()


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        for tok, start in zip(doc, sentence_starts(doc)):
            tok.is_sent_start = start
        return doc
