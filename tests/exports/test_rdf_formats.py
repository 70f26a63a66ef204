"""Every RDF format: parses, validates against the shapes, reads back into the same
graph, keeps one named graph per article, and the line formats are byte-stable."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS
from rdflib.compare import isomorphic

from marketkg.exports.cli import main
from marketkg.exports.graph_json import write_graph_json
from marketkg.exports.rdf import (FORMATS, QUAD_FORMATS, article_nquads, graph_iri, serialize, to_rdf,
                                  validate_rdf)
from marketkg.graph.build import build_graph
from marketkg.loaders.rdf_reader import parse_quads, read_rdf, read_union

RDFLIB = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


def _union(data: bytes, fmt: str) -> Graph:
    if fmt in ("ttl", "nt", "xml"):  # rdflib's own parsers, as a second opinion
        return Graph().parse(data=data, format=RDFLIB[fmt])
    return read_union(data, format=fmt)


def _plain(G: nx.MultiDiGraph) -> tuple[dict, dict, dict]:
    """The graph with list order (which RDF does not keep) and repeats taken out."""
    def tidy(value):
        if isinstance(value, list):
            return sorted({json.dumps(v, sort_keys=True) for v in value})
        return value
    nodes = {n: {k: tidy(v) for k, v in d.items()} for n, d in G.nodes(data=True)}
    edges = {(u, v, k): {a: tidy(b) for a, b in d.items()} for u, v, k, d in G.edges(keys=True, data=True)}
    return nodes, edges, G.graph


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_parses_to_the_same_triples_and_validates(sample_graph, fmt):
    g = _union(serialize(sample_graph, fmt), fmt)
    assert isomorphic(g, to_rdf(sample_graph))
    conforms, report = validate_rdf(g)
    assert conforms, report


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_read_export_round_trips(sample_graph, fmt):
    back = read_rdf(serialize(sample_graph, fmt), format=fmt)
    assert _plain(back) == _plain(sample_graph)
    assert isomorphic(_union(serialize(back, fmt), fmt), _union(serialize(sample_graph, fmt), fmt))


@pytest.mark.parametrize("fmt", ["nt", "nq"])
def test_line_formats_are_sorted_and_byte_stable(sample_facts, fmt):
    one = serialize(build_graph(sample_facts), fmt)
    two = serialize(build_graph(list(reversed(sample_facts))), fmt)
    assert one == two
    lines = one.splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_each_article_has_its_own_named_graph(sample_graph, fmt):
    names = {q.graph_name.value for q in parse_quads(serialize(sample_graph, fmt), format=fmt)}
    for article in sample_graph.graph["articles"]:
        assert str(graph_iri(article)) in names
    assert str(graph_iri(None)) in names


def test_jsonld_has_a_compact_context(sample_graph):
    doc = json.loads(serialize(sample_graph, "jsonld"))
    assert doc["@context"]["mkg"] == "https://marketkg.org/ontology#"
    text = json.dumps(doc["@graph"])
    assert '"mkg:PriceMove"' in text and "https://marketkg.org/ontology#" not in text


def test_hostile_text_stays_in_literals_in_every_format():
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    name = '<script>"x"</script>\n@prefix } . ]]>'
    G.add_node("co-<a b>", type="company", name=name, ticker=None, aliases=[name], articles=[])
    for fmt in FORMATS:
        back = read_rdf(serialize(G, fmt), format=fmt)
        assert back.nodes["co-<a b>"]["name"] == name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_article_quads_are_the_export_s_lines_for_any_text(text):
    """The knowledge base writes an article's quads as text itself (no pyoxigraph
    objects); for any sentence or title they are the lines the serializer writes."""
    G = nx.MultiDiGraph()
    G.graph["articles"] = {"a1": {"source": text, "title": text or None, "published": "2025-11-21"}}
    G.add_node("co-x", type="company", name=text or "x", ticker=None, aliases=[], articles=["a1"])
    G.add_node("session-hk-2025-11-21", type="session", name="HK 2025-11-21", market="hk", date="2025-11-21",
               articles=["a1"])
    G.add_edge("co-x", "session-hk-2025-11-21", key="move:co-x:2025-11-21", kind="move", direction="up",
               change_pct=1.5, date="2025-11-21", articles=["a1"],
               evidence=[{"article": "a1", "sentence": text, "start": 0, "end": len(text)}])
    name = f"<{graph_iri('a1')}> ."
    mine = article_nquads(G, "a1").split("\n")  # one statement a line (U+2028, U+0085 stay raw)
    assert mine.pop() == "" and len(mine) == len(set(mine)) > 5
    assert sorted(mine) == [q for q in serialize(G, "nq").decode("utf-8").split("\n") if q.endswith(name)]


def test_cli_export_validate_and_sparql(sample_graph, tmp_path, capsys):
    kg = tmp_path / "kg"
    write_graph_json(sample_graph, kg / "graph.json")
    for fmt in sorted(FORMATS):
        out = tmp_path / f"g.{fmt}"
        assert main(["export", "--kg", str(kg), "--format", fmt, "--out", str(out)]) == 0
        assert main(["validate", str(out)]) == 0
    assert "valid" in capsys.readouterr().out
    assert main(["sparql", "moves_on_day", "--kg", str(kg), "--bind", "day=2025-11-21", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",")[:2] == ["day", "entity"] and any("hkex-9988" in line for line in lines)


def test_cli_validate_reports_an_invalid_file(sample_graph, tmp_path, capsys):
    text = serialize(sample_graph, "nt").decode()
    bad = tmp_path / "bad.nt"
    bad.write_text(text.replace('"down"', '"sideways"'))
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "INVALID" in out and "direction" in out


def test_sparql_bindings_are_values_not_query_text(sample_graph, tmp_path, capsys):
    kg = tmp_path / "kg"
    write_graph_json(sample_graph, kg / "graph.json")
    hostile = 'hkex-9888" } UNION { ?s ?p ?o } #'
    assert main(["sparql", "history", "--kg", str(kg), "--bind", f"entity={hostile}"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("marketkg: error: no entity named")  # a name to look up, never query text
    assert main(["sparql", "moves_on_day", "--kg", str(kg), "--bind", f"day={hostile}"]) == 0
    assert "(0 rows)" in capsys.readouterr().out


def test_sparql_entity_binding_takes_names_aliases_and_tickers(sample_graph, tmp_path, capsys):
    kg = tmp_path / "kg"
    write_graph_json(sample_graph, kg / "graph.json")
    answers = []
    for name in ("hkex-9988", "Alibaba", "9988.HK"):
        assert main(["sparql", "history", "--kg", str(kg), "--bind", f"entity={name}", "--format", "csv"]) == 0
        answers.append(capsys.readouterr().out)
    assert answers[0] == answers[1] == answers[2] and "hkex-9988" in answers[0]


def test_the_publisher_is_kept_in_facts_and_rdf_and_read_back():
    from marketkg.exports.facts_jsonl import facts_record
    from marketkg.loaders.sources import read_article_text

    (article,) = read_article_text("---\nsource: Example Wire\npublished: 2025-11-21\n---\n"
                                   "The Hang Seng Index fell 2.38% to 25,222.02.\n", source="wire.txt")
    from marketkg.loaders.extract import extract

    facts = extract(article)
    assert facts_record(facts)["outlet"] == "Example Wire"
    G = build_graph([facts])
    g = to_rdf(G)
    assert list(g.objects(None, DCTERMS.publisher)) == [Literal("Example Wire")]
    back = read_rdf(serialize(G, "nq"), format="nq")
    assert back.graph["articles"][article.id]["outlet"] == "Example Wire"
