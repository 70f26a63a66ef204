"""marketkg's RDF vocabulary. A ``DefinedNamespace`` with ``_fail = True``: a term
not declared here is an error, never a silent new predicate."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["MKG", "MKG_NS", "CATEGORY_NS"]

MKG_NS = "https://marketkg.org/ontology#"
CATEGORY_NS = Namespace("https://marketkg.org/ontology/category#")


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
    Market: URIRef
    TradingSession: URIRef
    PriceMove: URIRef
    Causation: URIRef
    InvestorAction: URIRef
    Membership: URIRef
    Article: URIRef
    Evidence: URIRef
    # entity properties
    ticker: URIRef
    category: URIRef
    securityOf: URIRef
    memberOf: URIRef
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
    reportedChangePct: URIRef
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
    # provenance
    evidence: URIRef
    article: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    source: URIRef
    published: URIRef
