"""Reading sources and extracting facts (spaCy, no model download).

The names below load on first use, so that a command reading a built graph
(``marketkg query``) never imports spaCy and the extraction rules.
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = ["extract", "extract_many", "build_pipeline", "iter_articles", "read_source", "article_from_text",
           "read_graph_json"]

_WHERE = {"extract": "extract", "extract_many": "extract", "read_graph_json": "graph_file",
          "build_pipeline": "pipeline", "article_from_text": "sources", "iter_articles": "sources",
          "read_source": "sources"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'marketkg.loaders' has no attribute {name!r}")
    return getattr(importlib.import_module(f"marketkg.loaders.{_WHERE[name]}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
