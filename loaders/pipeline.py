"""The spaCy pipeline, built in code from ``spacy.blank("en")``: no model download.

The tokenizer is English's, less the special cases that split a chunk as the affix rules
do (:mod:`marketkg.loaders.tokenizer_rules`). Components, in order: ``mkg_sentences`` (genre sentence boundaries),
``mkg_quantities`` (percent, money, shares, tickers), ``mkg_mentions`` (gazetteer of
the reference data, unknown company names, sector and market phrases).
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from marketkg.loaders import mentions as _mentions  # noqa: F401  (registers mkg_mentions)
from marketkg.loaders import quantities as _quantities  # noqa: F401  (registers mkg_quantities)
from marketkg.loaders import sentences as _sentences  # noqa: F401  (registers mkg_sentences)
from marketkg.loaders.tokenizer_rules import TOKENIZER_NAME

__all__ = ["build_pipeline", "shared_pipeline"]


def build_pipeline() -> Language:
    """A fresh pipeline. Building it costs a few hundred milliseconds; reuse it."""
    # English's tokenizer less its redundant special cases: the same tokens, and a cache that
    # no longer stops at a doc's first line break
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.max_length = 30_000_000
    nlp.add_pipe("mkg_sentences")
    nlp.add_pipe("mkg_quantities")
    nlp.add_pipe("mkg_mentions")
    return nlp


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """The pipeline of this process, built on first use."""
    return build_pipeline()
