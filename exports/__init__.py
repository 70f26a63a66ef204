"""Graph -> RDF, HTML, JSON; and the command line.

The names below load on first use (rdflib and pyoxigraph only when RDF is asked for).
"""
from __future__ import annotations

from marketkg.ontology.lazy import lazy_names

__all__ = ["facts_record", "to_facts_jsonl", "to_rdf", "to_turtle", "write_turtle"]

__getattr__, __dir__ = lazy_names(__name__, {
    "facts_record": "facts_jsonl", "to_facts_jsonl": "facts_jsonl", "to_rdf": "rdf", "to_turtle": "rdf",
    "write_turtle": "rdf"})
