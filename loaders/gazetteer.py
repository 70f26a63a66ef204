"""The gazetteer: every surface form of the reference data, matched in a doc's tokens.

Each form is matched as spaCy's tokenizer splits it, by exact text (``ORTH``) or, for
the long forms of ``ReferenceData.folded``, by lower case (``LOWER``), as a spaCy
``PhraseMatcher`` with those attributes would match it. spaCy's matcher wants a ``Doc``
per pattern, and making 7,000 of them (tokenizing each form and creating its lexemes)
took about half a second of every run. Here a pattern is a plain tuple of token texts:
the tokenization of the forms is cached in a versioned file beside the reference index
(see :mod:`marketkg.ontology.ref_cache`), named by a digest of the data, of spaCy's
version and language and of this module, so a run reads the tuples back in a few
milliseconds and only tokenizes forms the cache does not hold (those of a user's
``--reference`` file). The cache is JSON, written atomically; a missing, damaged or
foreign file is ignored and the forms are tokenized again.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from marketkg.loaders.places import filter_matches, place_matcher
from marketkg.loaders.token_table import indices_in, token_table
from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.ref_cache import cache_dir, index_digest
from marketkg.ontology.reference import ReferenceData

__all__ = ["GazetteerMatcher", "TokenMatcher", "filter_matches", "form_tokens", "patterns_key", "read_patterns"]

FORMAT = "1"
Tokens = tuple[str, ...]


class TokenMatcher:
    """Every occurrence of every pattern (a tuple of token texts, with its label) in a list
    of token texts: all of them, overlapping ones too, as spaCy's ``PhraseMatcher``
    returns them.

    >>> m = TokenMatcher([(("Hang", "Seng"), "a"), (("Hang", "Seng", "Bank"), "b")])
    >>> m(["the", "Hang", "Seng", "Bank", "rose"])
    [('a', 1, 3), ('b', 1, 4)]
    """

    def __init__(self, patterns: Iterable[tuple[Tokens, str]]) -> None:
        # a trie of token texts: a node maps the next token's text to the next node, and the key
        # None to the labels of the patterns that end there (in the order first given, no
        # duplicate). Walking it tries each pattern's tokens once per start, not each pattern
        # in turn (the folded forms hold hundreds that open with "the").
        root: dict = {}
        for tokens, label in patterns:
            if tokens:
                node = root
                for t in tokens:
                    node = node.setdefault(t, {})
                labels = node.setdefault(None, [])
                if label not in labels:
                    labels.append(label)
        self._root = root

    def __call__(self, words: list[str]) -> list[tuple[str, int, int]]:
        root = self._root
        out = []
        n_words = len(words)
        for i in indices_in(words, root):
            node = root[words[i]]
            j = i + 1
            while True:  # shorter patterns first, as they end
                labels = node.get(None)
                if labels is not None:
                    for label in labels:  # mostly one: a loop here, not a generator per hit
                        out.append((label, i, j))
                if j >= n_words:
                    break
                node = node.get(words[j])
                if node is None:
                    break
                j += 1
        return out


def patterns_key(nlp: Language) -> str:
    """The digest a pattern cache is named by: the reference data and their code, spaCy's
    version and the pipeline's language (its tokenizer rules), this module and the glued forms the tokenizer splits."""
    h = hashlib.sha256(FORMAT.encode())
    for part in (index_digest(), spacy.__version__, nlp.lang):
        h.update(part.encode() + b"\0")
    for module in ("gazetteer.py", "tokenizer_rules.py"):  # (the patterns are the names as the tokenizer splits them)
        h.update(resources.files("marketkg.loaders").joinpath(module).read_bytes())
    return h.hexdigest()[:20]


def read_patterns(text: str | bytes, key: str) -> dict[str, Tokens] | None:
    """The cached tokenization in a cache file's text, or None when the text is not a
    well-formed cache of ``key`` (truncated, damaged, another version's)."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("forms"), dict):
        return None
    out: dict[str, Tokens] = {}
    for form, tokens in data["forms"].items():
        if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
            return None
        out[form] = tuple(tokens)
    return out


def _load(key: str) -> dict[str, Tokens] | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return read_patterns((folder / f"gazetteer-{key}.json").read_bytes(), key)
    except OSError:
        return None


def _save(key: str, forms: dict[str, Tokens]) -> None:
    folder = cache_dir()
    if folder is None:
        return
    text = json.dumps({"key": key, "forms": {f: list(t) for f, t in sorted(forms.items())}},
                      ensure_ascii=False, separators=(",", ":"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"gazetteer-{key}.json", text)
    except (OSError, MarketKGError):
        pass  # a read-only home: the next run tokenizes again


def form_tokens(nlp: Language, forms: Iterable[str]) -> dict[str, Tokens]:
    """Each form's token texts as ``nlp``'s tokenizer splits it, from the cache when it
    holds them; a cache that held none is written for the next run."""
    wanted = sorted(set(forms))
    key = patterns_key(nlp)
    memo = _load(key)
    missing = [f for f in wanted if memo is None or f not in memo]
    fresh = {f: tuple(t.text for t in doc) for f, doc in zip(missing, nlp.tokenizer.pipe(missing))}
    if memo is None:
        _save(key, fresh)
        return fresh
    return {f: memo[f] if f in memo else fresh[f] for f in wanted}


class GazetteerMatcher:
    """Exact (case-sensitive) matches for every surface form, and case-insensitive ones
    for long forms."""

    def __init__(self, nlp: Language, ref: ReferenceData) -> None:
        tokens = form_tokens(nlp, [*ref.surface, *ref.folded])
        self.exact = TokenMatcher((tokens[f], ident) for f, ident in sorted(ref.surface.items()))
        self.folded = TokenMatcher((tuple(t.lower() for t in tokens[f]), ident)
                                   for f, ident in sorted(ref.folded.items()))
        self.place_forms = place_matcher(nlp, ref)

    def __call__(self, doc: Doc) -> list[Span]:
        return [Span(doc, s, e, label=label) for label, s, e in self.matches(doc)]

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """What :meth:`__call__` finds, as (label, start, end) tuples: no ``Span`` made."""
        table = token_table(doc)
        return filter_matches(self.exact(table.text) + self.folded(table.lower))

    def places(self, doc: Doc) -> list[Span]:
        return [Span(doc, s, e, label=label) for label, s, e in self.place_matches(doc)]

    def place_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """What :meth:`places` finds, as (label, start, end) tuples: no ``Span`` made."""
        strings = doc.vocab.strings
        return [(strings[m], s, e) for m, s, e in self.place_forms(doc)]
