"""Per-doc token attributes read once: the rules ask for a token's text, lower case,
offset and flags hundreds of thousands of times per batch, and each ``doc[i]`` builds a
new spaCy ``Token`` object. One pass over the doc fills plain lists the rules index.

The pass reads no ``Token`` either: ``Doc.to_array`` gives each token's string id, offset,
trailing space and number flag in C, and the rest is plain ``str`` methods (spaCy's
``lower_``, ``is_alpha`` and ``is_space`` of English are ``str.lower``, ``str.isalpha`` and
``str.isspace`` of the token's text)."""
from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from itertools import compress

from spacy.attrs import IDX, LIKE_NUM, ORTH, SPACY
from spacy.tokens import Doc, Span

__all__ = ["TokenTable", "token_table", "table_view", "doc_text", "indices_in"]


@dataclass(frozen=True)
class TokenTable:
    """Parallel lists, one entry per token of the doc."""

    text: list[str]
    lower: list[str]
    ws: list[str]  # trailing whitespace
    idx: list[int]  # character offset
    is_alpha: list[bool]
    like_num: list[bool]
    is_space: list[bool]
    doc_text: str

    def end_char(self, i: int) -> int:
        """The character offset just after token ``i``."""
        return self.idx[i] + len(self.text[i])


def token_table(doc: Doc) -> TokenTable:
    """The doc's :class:`TokenTable`, built on first use and kept in ``doc.user_data``
    (no component after the tokenizer changes the tokens)."""
    found = doc.user_data.get("mkg_token_table")
    if found is not None and len(found.text) == len(doc):
        return found
    found = _read(doc)
    doc.user_data["mkg_token_table"] = found
    return found


#: per string id: the token text, its lower case, isalpha() and isspace(), kept across docs (a
#: text's id is a hash of it, the same in every vocab). Reading a text from the string store
#: decodes a new string each time; most tokens of a wrap-up are words seen before. Emptied when
#: it passes _MAX_KEPT entries, so a long run of new figures does not grow it without end.
_BY_ORTH: dict[int, tuple[str, str, bool, bool]] = {}
_MAX_KEPT = 200_000


def _token_rows(orths: list[int], strings) -> list[tuple[str, str, bool, bool]]:
    if len(_BY_ORTH) > _MAX_KEPT:
        _BY_ORTH.clear()
    try:
        return list(map(_BY_ORTH.__getitem__, orths))
    except KeyError:  # a token not seen before: read the doc's new ones, then all again
        for orth in orths:
            if orth not in _BY_ORTH:
                t = strings[orth]
                _BY_ORTH[orth] = (t, t.lower(), t.isalpha(), t.isspace())
        return list(map(_BY_ORTH.__getitem__, orths))


def _read(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], "")
    rows = doc.to_array([ORTH, IDX, SPACY, LIKE_NUM]).T.tolist()
    text, lower, alpha, space = map(list, zip(*_token_rows(rows[0], doc.vocab.strings)))
    ws = list(map(("", " ").__getitem__, rows[2]))  # SPACY and LIKE_NUM are 0 or 1: looked up in C
    parts = [""] * (2 * len(text))  # text and trailing space in turn: joined once, no string per token
    parts[::2] = text
    parts[1::2] = ws
    return TokenTable(text, lower, ws, rows[1], alpha, list(map((False, True).__getitem__, rows[3])), space,
                      "".join(parts))


def table_view(doc: Doc | Span) -> tuple[TokenTable, int]:
    """The token table of ``doc`` (a Doc, or a Span of one) and the table index of its token 0:
    token i of ``doc`` is entry ``offset + i`` of the table."""
    return (token_table(doc), 0) if isinstance(doc, Doc) else (token_table(doc.doc), doc.start)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc rather than once per call."""
    return token_table(doc).doc_text


def indices_in(values: Sequence, keys: Container) -> list[int]:
    """``[k for k, v in enumerate(values) if v in keys]``, in C: the rules ask it of every
    token's text of a doc, and a Python loop over the doc cost more than everything else in the step."""
    return list(compress(range(len(values)), map(keys.__contains__, values)))
