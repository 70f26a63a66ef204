"""Graph -> RDF, HTML, JSON; and the command line.

The names below load on first use (rdflib and pyoxigraph only when RDF is asked for).
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = ["facts_record", "to_facts_jsonl", "to_rdf", "to_turtle", "write_turtle"]

_WHERE = {"facts_record": "facts_jsonl", "to_facts_jsonl": "facts_jsonl", "to_rdf": "rdf", "to_turtle": "rdf",
          "write_turtle": "rdf"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'marketkg.exports' has no attribute {name!r}")
    return getattr(importlib.import_module(f"marketkg.exports.{_WHERE[name]}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
