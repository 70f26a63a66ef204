"""The ontology file, the vocabulary class and the code agree term for term; the
shapes and queries parse."""
from __future__ import annotations

import ast
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from marketkg.ontology.enums import DriverCategory
from marketkg.ontology.vocab import CATEGORY_NS, MKG, MKG_NS, ONTOLOGY_FILE, QUERIES_DIR, SHAPES_FILE

PACKAGE = Path(__file__).resolve().parents[2]
CODE_DIRS = ("ontology", "loaders", "graph", "exports")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def _defined(g: Graph) -> set[str]:
    return {str(s)[len(MKG_NS):] for s in g.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(MKG_NS)}


def _declared() -> set[str]:
    return {name for name in MKG.__annotations__}


def _used_in_code() -> set[str]:
    used = set()
    for folder in CODE_DIRS:
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                        and node.value.id in ("MKG", "_M") and not node.attr.startswith("__"):
                    used.add(node.attr)
    return used


def test_every_vocabulary_term_is_in_the_ontology_and_back(onto):
    assert _declared() == _defined(onto)


def test_every_term_used_in_code_is_in_the_ontology(onto):
    assert _used_in_code() <= _defined(onto)


def test_every_term_has_a_label_and_a_definition(onto):
    for name in _defined(onto):
        term = MKG[name]
        assert list(onto.objects(term, RDFS.label)), name
        assert list(onto.objects(term, SKOS.definition)), name


def test_classes_and_properties_are_owl(onto):
    for name in _declared():
        kinds = set(onto.objects(MKG[name], RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme}, name


def test_driver_categories_are_the_enum(onto):
    concepts = {str(c)[len(str(CATEGORY_NS)):] for c in onto.subjects(SKOS.inScheme, MKG.DriverCategories)}
    assert concepts == {c.value for c in DriverCategory}
    for c in DriverCategory:
        assert list(onto.objects(CATEGORY_NS[c.value], SKOS.prefLabel))
        assert list(onto.objects(CATEGORY_NS[c.value], SKOS.definition))


def test_shapes_parse_and_target_the_fact_classes():
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {MKG.PriceMove, MKG.Causation, MKG.InvestorAction, MKG.Evidence} <= targets


@pytest.mark.parametrize("path", sorted(QUERIES_DIR.glob("*.rq")), ids=lambda p: p.stem)
def test_shipped_queries_parse(path):
    results = ox.Store().query(path.read_text(encoding="utf-8"))
    assert isinstance(results, ox.QuerySolutions)
