"""Per-doc token attributes read once: the rules ask for a token's text, lower case,
offset and flags hundreds of thousands of times per batch, and each ``doc[i]`` builds a
new spaCy ``Token`` object. One pass over the doc fills plain lists the rules index.

The pass reads no ``Token`` either: ``Doc.to_array`` gives each token's string id, offset,
trailing space and number flag in C, and the rest is plain ``str`` methods (spaCy's
``lower_``, ``is_alpha`` and ``is_space`` of English are ``str.lower``, ``str.isalpha`` and
``str.isspace`` of the token's text)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LIKE_NUM, ORTH, SPACY
from spacy.tokens import Doc, Span

__all__ = ["TokenTable", "token_table", "table_view", "doc_text"]


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


def _read(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], "")
    rows = doc.to_array([ORTH, IDX, SPACY, LIKE_NUM]).T.tolist()
    strings = doc.vocab.strings
    text = [strings[o] for o in rows[0]]
    ws = [" " if s else "" for s in rows[2]]
    parts = [""] * (2 * len(text))  # text and trailing space in turn: joined once, no string per token
    parts[::2] = text
    parts[1::2] = ws
    return TokenTable(text, [t.lower() for t in text], ws, rows[1], [t.isalpha() for t in text],
                      [n == 1 for n in rows[3]], [t.isspace() for t in text], "".join(parts))


def table_view(doc: Doc | Span) -> tuple[TokenTable, int]:
    """The token table of ``doc`` (a Doc, or a Span of one) and the table index of its token 0:
    token i of ``doc`` is entry ``offset + i`` of the table."""
    return (token_table(doc), 0) if isinstance(doc, Doc) else (token_table(doc.doc), doc.start)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc rather than once per call."""
    return token_table(doc).doc_text
