"""Sentence boundaries for wrap-up text: line breaks, bullets and headings end a
sentence; so does a full stop before a capital, except after an abbreviation."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from marketkg.loaders.token_table import token_table

__all__ = ["sentence_starts", "sentencizer_component", "start_tokens"]

_ABBREV = frozenset({"co.", "ltd.", "inc.", "corp.", "mr.", "mrs.", "ms.", "dr.", "no.", "u.s.", "u.k.",
                     "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                     "nov.", "dec.", "vs.", "e.g.", "i.e.", "approx.", "est.", "jr.", "sr.", "plc.", "bhd."})
_ENDS = frozenset({".", "!", "?", "...", ".\"", "!\"", "?\""})
_MAX_TOKENS = 400  # very long "sentences" are cut, so no rule ever scans a 10,000-token run


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    table = token_table(doc)
    texts, ws, space = table.text, table.ws, table.is_space
    starts = [False] * len(doc)
    if starts:
        starts[0] = True
    since = 0
    for i in range(1, len(texts)):
        if space[i]:
            brk = False
        else:
            prev = texts[i - 1]
            if "\n" in ws[i - 1] or (space[i - 1] and "\n" in prev) or prev == "|":
                brk = True
            elif prev in _ENDS:
                abbrev = texts[i - 2].lower() + "." if i >= 2 else ""
                first = texts[i][:1]
                brk = abbrev not in _ABBREV and (first.isupper() or first.isdigit() or first in "\"'(")
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
