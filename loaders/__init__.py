"""Reading sources and extracting facts (spaCy, no model download)."""
from __future__ import annotations

from marketkg.loaders.extract import extract, extract_many
from marketkg.loaders.graph_file import read_graph_json
from marketkg.loaders.pipeline import build_pipeline
from marketkg.loaders.sources import article_from_text, iter_articles, read_source

__all__ = ["extract", "extract_many", "build_pipeline", "iter_articles", "read_source", "article_from_text",
           "read_graph_json"]
