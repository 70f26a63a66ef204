"""Sentence boundaries for wrap-up text: line breaks, bullets and headings end a
sentence; so does a full stop before a capital, except after an abbreviation."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["sentence_starts", "sentencizer_component", "start_tokens"]

_ABBREV = frozenset({"co.", "ltd.", "inc.", "corp.", "mr.", "mrs.", "ms.", "dr.", "no.", "u.s.", "u.k.",
                     "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                     "nov.", "dec.", "vs.", "e.g.", "i.e.", "approx.", "est.", "jr.", "sr.", "plc.", "bhd."})
_ENDS = frozenset({".", "!", "?", "...", ".\"", "!\"", "?\""})
_MAX_TOKENS = 400  # very long "sentences" are cut, so no rule ever scans a 10,000-token run


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    starts = [False] * len(doc)
    since = 0
    prev = before = None
    for i, tok in enumerate(doc):
        if i == 0:
            starts[0] = True
            prev = tok
            continue
        if tok.is_space:
            brk = False
        elif "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or prev.text == "|":
            brk = True
        elif prev.text in _ENDS:
            abbrev = before.text.lower() + "." if before is not None else ""
            brk = abbrev not in _ABBREV and (tok.text[:1].isupper() or tok.text[:1].isdigit()
                                             or tok.text[:1] in "\"'(")
        else:
            brk = False
        before, prev = prev, tok
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
        if len(doc):
            starts = sentence_starts(doc)
            flags = numpy.fromiter((1 if s else -1 for s in starts), dtype=numpy.int64, count=len(doc))
            doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))  # -1 = "not a start"
            doc.user_data["mkg_sent_starts"] = frozenset(i for i, s in enumerate(starts) if s)
        return doc


def start_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that start a sentence (kept by the splitter; iterating
    ``doc.sents`` for them costs more than the rules that ask)."""
    found = doc.user_data.get("mkg_sent_starts")
    if found is None:
        found = frozenset(s.start for s in doc.sents)
        doc.user_data["mkg_sent_starts"] = found
    return found
