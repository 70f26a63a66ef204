"""RDF export: parses back, is typed, and text never escapes into an IRI."""
from __future__ import annotations

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from marketkg.exports.rdf import to_rdf, to_turtle
from marketkg.ontology.ids import mint_iri
from marketkg.ontology.vocab import MKG


def test_turtle_parses_back_to_the_same_graph(sample_graph):
    g = Graph().parse(data=to_turtle(sample_graph), format="turtle")
    assert isomorphic(g, to_rdf(sample_graph))


def test_moves_are_typed_events_with_evidence(sample_graph):
    g = to_rdf(sample_graph)
    move = mint_iri("move", "hkex-9988", "2025-11-21")
    assert (move, RDF.type, MKG.PriceMove) in g
    assert (move, MKG.changePct, Literal("-4.65", datatype=XSD.decimal)) in g
    assert (move, MKG.close, Literal("147.6", datatype=XSD.decimal)) in g
    assert (move, MKG.tradingDay, Literal("2025-11-21", datatype=XSD.date)) in g
    assert list(g.objects(move, PROV.wasDerivedFrom))
    sentences = [str(s) for ev in g.objects(move, MKG.evidence) for s in g.objects(ev, MKG.sentence)]
    assert any("147.60" in s for s in sentences)


def test_month_day_without_year_is_gmonthday(sample_graph):
    g = to_rdf(sample_graph)
    days = {o for o in g.objects(None, MKG.tradingDay)}
    assert Literal("--11-25", datatype=XSD.gMonthDay) in days


def test_hostile_names_give_valid_iris_and_stay_literals():
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    hostile = 'co-<a href="x">\n#/../ 中文 "quote"'
    G.add_node(hostile, type="company", name='<script>alert(1)</script> "Co"\n', ticker=None, aliases=["a>b"],
               articles=[])
    text = to_turtle(G)
    g = Graph().parse(data=text, format="turtle")
    (subject,) = set(g.subjects(RDF.type, MKG.Company))
    assert " " not in str(subject) and "<" not in str(subject) and "\n" not in str(subject)
    assert Literal('<script>alert(1)</script> "Co"\n') in set(g.objects(subject, None))


def test_base_iri_is_the_users(sample_graph):
    g = to_rdf(sample_graph, base="https://example.org/kg/")
    assert all(str(s).startswith("https://example.org/kg/") for s in g.subjects(RDF.type, MKG.PriceMove))


def test_an_article_stating_one_move_two_ways_still_conforms_to_the_shapes():
    """Two figures of opposite sign for one index on one day in one article: two report nodes,
    each with one direction (one node holding both broke the shapes' maxCount)."""
    from marketkg.exports.rdf import validate_rdf
    from marketkg.graph.build import build_graph
    from tests.conftest import facts_of

    facts = facts_of("The Nasdaq fell 1% on Monday.\n\nBy the close on Monday, the Nasdaq rose 2%.",
                     published="2025-03-04")
    assert sorted(m.direction.value for m in facts.moves) == ["down", "up"]
    g = to_rdf(build_graph([facts]))
    assert len(set(g.subjects(RDF.type, MKG.MoveReport))) == 2
    conforms, report = validate_rdf(g)
    assert conforms, report
