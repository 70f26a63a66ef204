"""English's tokenizer, less the special cases that split a chunk just as the affix rules do.

spaCy 3.8's tokenizer keeps a cache of the chunks (runs of non-space text) it has split,
but stops adding to it for the rest of a doc once any special case has been used in that
doc (``Tokenizer._save_cached`` returns at once when the doc's ``has_special`` flag is set).
130 of English's 1,347 special cases change nothing the rules here read: ``"\\n"``, ``" "``,
``"'"``, ``"it's"``, ``"D.C."`` and others give the token texts the prefix, suffix and infix
rules give (some set a ``NORM``, ``"ll"`` -> ``"will"``, which no rule reads). A line break
stands in most articles, so most chunks of most docs were split afresh on every read.
Without those cases the tokens are the same (text, offset, trailing space) and the cache
fills until a doc's first special case that splits otherwise ("U.S.", "Mr.", "a.m.", "I'm").

The tokenizer is built once, through spaCy's registry (``create_trimmed_tokenizer``), not
built and then reloaded: loading 1,200 special cases costs about 60 ms.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

__all__ = ["TOKENIZER_NAME", "create_trimmed_tokenizer", "redundant_special_cases", "affix_tokenizer"]

#: the registry name of the tokenizer factory, for ``spacy.blank(..., config=...)``
TOKENIZER_NAME = "marketkg.TrimmedTokenizer.v1"


def affix_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer with the language's affix and match rules, on its vocab, and no special cases."""
    d = nlp.Defaults
    return Tokenizer(nlp.vocab, rules={},
                     prefix_search=compile_prefix_regex(d.prefixes).search if d.prefixes else None,
                     suffix_search=compile_suffix_regex(d.suffixes).search if d.suffixes else None,
                     infix_finditer=compile_infix_regex(d.infixes).finditer if d.infixes else None,
                     token_match=d.token_match, url_match=d.url_match)


def _splits(tokenizer: Tokenizer, chunks: list[str]) -> dict[str, list[str]]:
    """The token texts of each chunk as ``tokenizer`` splits it. The chunks without white space
    are split in one doc, joined by spaces (a chunk is split on its own whatever stands beside
    it): one call, not 1,300."""
    spaced = [c for c in chunks if not c or any(ch.isspace() for ch in c)]
    solid = [c for c in chunks if c and not any(ch.isspace() for ch in c)]
    split: dict[str, list[str]] = {c: [t.text for t in tokenizer(c)] for c in spaced}
    starts = {}
    at = 0
    for c in solid:
        starts[at] = c
        split[c] = []
        at += len(c) + 1
    current = None
    for t in tokenizer(" ".join(solid)):
        current = starts.get(t.idx, current)
        split[current].append(t.text)
    return split


def redundant_special_cases(rules: Mapping[str, list[dict]], plain: Tokenizer) -> set[str]:
    """The special cases whose token texts are those ``plain`` (no special cases) gives. A
    tokenizer without them may still split one otherwise, through another special case inside
    it ("°c." -> "°" and "c." by the case "c."): :func:`_trimmed` checks again."""
    split = _splits(plain, list(rules))
    return {c for c, tokens in rules.items() if split[c] == [t[ORTH] for t in tokens]}


def _trimmed(rules: Mapping[str, list[dict]], plain: Tokenizer) -> Tokenizer:
    """A tokenizer like ``plain`` with the special cases of ``rules`` that change how it splits:
    those of :func:`redundant_special_cases` are left out unless the tokenizer without them
    splits them otherwise (then they go back in, until none does)."""
    gone = redundant_special_cases(rules, plain)
    tokenizer = Tokenizer(plain.vocab, rules={c: t for c, t in rules.items() if c not in gone},
                          prefix_search=plain.prefix_search, suffix_search=plain.suffix_search,
                          infix_finditer=plain.infix_finditer, token_match=plain.token_match,
                          url_match=plain.url_match)
    while True:
        split = _splits(tokenizer, sorted(gone))
        back = [c for c in sorted(gone) if split[c] != [t[ORTH] for t in rules[c]]]
        if not back:
            return tokenizer
        for c in back:
            tokenizer.add_special_case(c, rules[c])
            gone.discard(c)


@registry.tokenizers(TOKENIZER_NAME)
def create_trimmed_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer factory for the language, less the redundant special cases."""

    def factory(nlp: Language) -> Tokenizer:
        return _trimmed(nlp.Defaults.tokenizer_exceptions, affix_tokenizer(nlp))

    return factory
