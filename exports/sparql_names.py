"""What ``marketkg sparql`` needs of the RDF vocabulary before it runs a query, as plain
strings: the prefixes every query may use, the shipped queries' folder and the names
of the export formats (for the command line). Importing :mod:`marketkg.exports.rdf`
for them took rdflib, networkx and pydantic: most of a cold query's time. A test
checks they are those of :func:`marketkg.exports.rdf.prefixes`,
:data:`marketkg.exports.rdf.FORMATS` and :data:`marketkg.ontology.vocab.QUERIES_DIR`.
"""
from __future__ import annotations

from pathlib import Path

from marketkg.ontology.ids import DEFAULT_BASE_IRI

__all__ = ["prefixes", "QUERIES_DIR", "FORMAT_NAMES"]

QUERIES_DIR = Path(__file__).resolve().parents[1] / "ontology" / "queries"
FORMAT_NAMES = ("jsonld", "nq", "nt", "trig", "ttl", "xml")
_W3C = {"prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
        "dcterms": "http://purl.org/dc/terms/"}


def prefixes(base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes of :func:`marketkg.exports.rdf.prefixes` (``kg:`` is ``base``)."""
    return {"mkg": "https://marketkg.org/ontology#", "cat": "https://marketkg.org/ontology/category#", "kg": base,
            **_W3C}
