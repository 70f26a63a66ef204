"""Per-doc token attributes read once: the rules ask for a token's text, lower case,
offset and flags hundreds of thousands of times per batch, and each ``doc[i]`` builds a
new spaCy ``Token`` object. One pass over the doc fills plain lists the rules index."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

__all__ = ["TokenTable", "token_table", "doc_text"]


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
    text, lower, ws, idx, alpha, num, space = [], [], [], [], [], [], []
    for t in doc:
        text.append(t.text)
        lower.append(t.lower_)
        ws.append(t.whitespace_)
        idx.append(t.idx)
        alpha.append(t.is_alpha)
        num.append(t.like_num)
        space.append(t.is_space)
    found = TokenTable(text, lower, ws, idx, alpha, num, space, "".join(a + b for a, b in zip(text, ws)))
    doc.user_data["mkg_token_table"] = found
    return found


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc rather than once per call."""
    return token_table(doc).doc_text
