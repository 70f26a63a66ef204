"""Exports written a piece at a time: the same bytes as when made whole."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from marketkg.exports import facts_jsonl
from marketkg.exports import rdf
from marketkg.exports.cli import main
from marketkg.exports.facts_jsonl import to_facts_jsonl
from marketkg.ontology.models import ArticleFacts
from tests.conftest import EXAMPLES


def test_turtle_made_a_graph_at_a_time_is_the_turtle_of_every_triple_once(sample_graph):
    """Streamed fact by fact (issue 15 item 15), the Turtle holds every triple of the laid-out
    graphs once each; the order is the stream's, not the graphs' (the bytes changed then)."""
    laid_out = rdf._laid_out(sample_graph, rdf.DEFAULT_BASE_IRI, rdf._OxTerms())
    whole = dict.fromkeys(ox.Triple(*t) for _, ts in laid_out for t in ts)
    old = ox.serialize(whole, format=ox.RdfFormat.TURTLE, prefixes=rdf.prefixes())
    made = rdf.serialize(sample_graph, "ttl")
    parsed = list(ox.parse(made, format=ox.RdfFormat.TURTLE))
    assert set(parsed) == set(ox.parse(old, format=ox.RdfFormat.TURTLE)) and len(parsed) == len(whole)
    assert made == rdf.serialize(sample_graph, "ttl")
    assert len(whole) > 1000


def test_build_writes_facts_jsonl_from_the_article_files_one_at_a_time(tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr(facts_jsonl, "to_facts_jsonl", lambda *a: pytest.fail("facts made whole"))
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    stored = sorted((ArticleFacts.model_validate_json(p.read_bytes()) for p in (out / "articles").glob("*.json")),
                    key=lambda f: f.article.id)
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == to_facts_jsonl(stored)
    assert len((out / "facts.jsonl").read_text(encoding="utf-8").splitlines()) == 5
