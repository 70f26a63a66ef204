"""marketkg's RDF vocabulary. A ``DefinedNamespace`` with ``_fail = True``: a term
not declared here is an error, never a silent new predicate.

Every term is defined (label, definition, alignment) in ``ontology/marketkg.ttl``;
``ontology/shapes.ttl`` holds the SHACL shapes an export must satisfy, and
``ontology/queries/*.rq`` the example SPARQL queries. A test keeps this class and
the ontology file in step.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["MKG", "MKG_NS", "CATEGORY_NS", "ONTOLOGY_FILE", "SHAPES_FILE", "QUERIES_DIR"]

MKG_NS = "https://marketkg.org/ontology#"
CATEGORY_NS = Namespace("https://marketkg.org/ontology/category#")

_HERE = Path(__file__).resolve().parent
#: the OWL ontology (Turtle)
ONTOLOGY_FILE = _HERE / "marketkg.ttl"
#: the SHACL shapes (Turtle)
SHAPES_FILE = _HERE / "shapes.ttl"
#: the example SPARQL queries, one ``NAME.rq`` file each
QUERIES_DIR = _HERE / "queries"


class MKG(DefinedNamespace):
    """Classes and properties of the marketkg ontology."""

    _NS = Namespace(MKG_NS)
    _fail = True

    # classes
    Entity: URIRef
    Company: URIRef
    Security: URIRef
    Index: URIRef
    Sector: URIRef
    Investor: URIRef
    Driver: URIRef
    Commodity: URIRef
    Currency: URIRef
    Market: URIRef
    TradingSession: URIRef
    PriceMove: URIRef
    MoveReport: URIRef
    Causation: URIRef
    InvestorAction: URIRef
    Membership: URIRef
    Article: URIRef
    Evidence: URIRef
    Listing: URIRef
    # the SKOS concept scheme of driver categories (its concepts live in CATEGORY_NS)
    DriverCategories: URIRef
    # entity properties
    ticker: URIRef
    listing: URIRef
    listingRank: URIRef
    mic: URIRef
    isin: URIRef
    category: URIRef
    securityOf: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    # sessions and moves
    market: URIRef
    tradingDay: URIRef
    undated: URIRef
    subject: URIRef
    session: URIRef
    direction: URIRef
    changePct: URIRef
    close: URIRef
    turnover: URIRef
    approx: URIRef
    conflict: URIRef
    report: URIRef
    # causes
    driver: URIRef
    effect: URIRef
    explainsMove: URIRef
    cue: URIRef
    causeText: URIRef
    # investor actions
    investor: URIRef
    target: URIRef
    action: URIRef
    amount: URIRef
    price: URIRef
    stakePct: URIRef
    ratingFrom: URIRef
    ratingTo: URIRef
    # memberships
    member: URIRef
    group: URIRef
    origin: URIRef
    # provenance
    evidence: URIRef
    article: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    source: URIRef
    published: URIRef
    warning: URIRef
