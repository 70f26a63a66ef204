"""Graph -> RDF, HTML, JSON; and the command line."""
from __future__ import annotations

from marketkg.exports.facts_jsonl import facts_record, to_facts_jsonl
from marketkg.exports.rdf import to_rdf, to_turtle, write_turtle

__all__ = ["facts_record", "to_facts_jsonl", "to_rdf", "to_turtle", "write_turtle"]
