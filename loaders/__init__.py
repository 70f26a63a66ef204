"""Reading sources and extracting facts (spaCy, no model download).

The names below load on first use, so that a command reading a built graph
(``marketkg query``) never imports spaCy and the extraction rules.
"""
from __future__ import annotations

from marketkg.ontology.lazy import lazy_names

__all__ = ["extract", "extract_many", "build_pipeline", "iter_articles", "read_source", "article_from_text",
           "read_graph_json"]

__getattr__, __dir__ = lazy_names(__name__, {
    "extract": "extract", "extract_many": "extract", "read_graph_json": "graph_file", "build_pipeline": "pipeline",
    "article_from_text": "sources", "iter_articles": "sources", "read_source": "sources"})
