"""The graph as RDF: entities as resources, moves, causes and actions as event
resources, and every fact linked to the sentence and article it was read from
(``prov:wasDerivedFrom`` and ``mkg:evidence``).

Every instance IRI is minted by :func:`marketkg.ontology.ids.mint_iri`; text from
articles only ever becomes a literal.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from marketkg.exports.atomic import write_atomic
from marketkg.ontology.ids import DEFAULT_BASE_IRI, mint_iri
from marketkg.ontology.vocab import CATEGORY_NS, MKG

__all__ = ["to_rdf", "to_turtle", "write_turtle", "day_literal"]

_CLASS = {"company": MKG.Company, "security": MKG.Security, "index": MKG.Index, "sector": MKG.Sector,
          "investor": MKG.Investor, "driver": MKG.Driver, "market": MKG.Market, "session": MKG.TradingSession}


def day_literal(day: str) -> Literal:
    """``2025-11-21`` -> xsd:date; ``--11-25`` (year unknown) -> xsd:gMonthDay."""
    if day.startswith("--"):
        return Literal(day, datatype=XSD.gMonthDay)
    return Literal(day, datatype=XSD.date)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)


def _key_segments(key: str) -> list[str]:
    return key.split(":")


class _Writer:
    def __init__(self, G: nx.MultiDiGraph, base: str) -> None:
        self.G = G
        self.base = base
        self.g = Graph()
        self.g.bind("mkg", str(MKG))
        self.g.bind("prov", str(PROV))
        self.g.bind("skos", str(SKOS))
        self.g.bind("kg", base)

    def iri(self, *segments: str) -> URIRef:
        return mint_iri(*segments, base=self.base)

    def evidence(self, fact: URIRef, items: list[dict[str, Any]]) -> None:
        g = self.g
        for ev in items:
            art = self.iri("article", ev["article"])
            node = self.iri("evidence", ev["article"], f"{ev['start']}-{ev['end']}")
            g.add((fact, PROV.wasDerivedFrom, art))
            g.add((fact, MKG.evidence, node))
            g.add((node, RDF.type, MKG.Evidence))
            g.add((node, MKG.article, art))
            g.add((node, MKG.sentence, Literal(ev["sentence"], lang="en")))
            g.add((node, MKG.startOffset, Literal(ev["start"])))
            g.add((node, MKG.endOffset, Literal(ev["end"])))

    def nodes(self) -> None:
        g = self.g
        for node, data in self.G.nodes(data=True):
            s = self.iri(node)
            g.add((s, RDF.type, _CLASS.get(data["type"], MKG.Entity)))
            g.add((s, RDFS.label, Literal(data["name"])))
            if data.get("ticker"):
                g.add((s, MKG.ticker, Literal(data["ticker"])))
            for alias in data.get("aliases", []):
                if alias != data["name"]:
                    g.add((s, SKOS.altLabel, Literal(alias)))
            if data.get("category"):
                g.add((s, MKG.category, CATEGORY_NS[data["category"]]))
            if data["type"] == "session":
                g.add((s, MKG.market, Literal(data["market"])))
                g.add((s, MKG.tradingDay, day_literal(data["date"])) if data.get("date")
                      else (s, MKG.undated, Literal(True)))

    def edges(self) -> None:
        g = self.g
        for u, v, key, e in self.G.edges(keys=True, data=True):
            kind = e["kind"]
            if kind == "member_of":
                g.add((self.iri(u), MKG.memberOf, self.iri(v)))
                continue
            if kind == "security_of":
                g.add((self.iri(u), MKG.securityOf, self.iri(v)))
                continue
            fact = self.iri(*_key_segments(key))
            if e.get("date"):
                g.add((fact, MKG.tradingDay, day_literal(e["date"])))
            if kind == "move":
                g.add((fact, RDF.type, MKG.PriceMove))
                g.add((fact, MKG.subject, self.iri(u)))
                g.add((fact, MKG.session, self.iri(v)))
                g.add((fact, MKG.direction, Literal(e["direction"])))
                if e.get("change_pct") is not None:
                    g.add((fact, MKG.changePct, _decimal(e["change_pct"])))
                if e.get("close") is not None:
                    g.add((fact, MKG.close, _decimal(e["close"])))
                if e.get("turnover"):
                    g.add((fact, MKG.turnover, Literal(e["turnover"])))
                g.add((fact, MKG.approx, Literal(bool(e["approx"]))))
                if e.get("conflict"):
                    g.add((fact, MKG.conflict, Literal(True)))
                    for r in e["reports"]:
                        if r["change_pct"] is not None:
                            g.add((fact, MKG.reportedChangePct, _decimal(r["change_pct"])))
            elif kind == "cause":
                g.add((fact, RDF.type, MKG.Causation))
                g.add((fact, MKG.driver, self.iri(u)))
                g.add((fact, MKG.effect, self.iri(v)))
                if e.get("move"):
                    g.add((fact, MKG.explainsMove, self.iri(*_key_segments(e["move"]))))
                if e.get("cue"):
                    g.add((fact, MKG.cue, Literal(e["cue"])))
                for text in e["causes"]:
                    g.add((fact, MKG.causeText, Literal(text, lang="en")))
            elif kind == "action":
                g.add((fact, RDF.type, MKG.InvestorAction))
                g.add((fact, MKG.investor, self.iri(u)))
                g.add((fact, MKG.target, self.iri(v)))
                g.add((fact, MKG.action, Literal(e["action"])))
                for prop, field in ((MKG.amount, "amount"), (MKG.ratingFrom, "rating_from"),
                                    (MKG.ratingTo, "rating_to")):
                    if e.get(field):
                        g.add((fact, prop, Literal(e[field])))
                for prop, field in ((MKG.price, "price"), (MKG.stakePct, "stake_pct")):
                    if e.get(field) is not None:
                        g.add((fact, prop, _decimal(e[field])))
            self.evidence(fact, e.get("evidence", []))

    def articles(self) -> None:
        g = self.g
        for ident, meta in sorted(self.G.graph.get("articles", {}).items()):
            art = self.iri("article", ident)
            g.add((art, RDF.type, MKG.Article))
            g.add((art, MKG.source, Literal(meta["source"])))
            if meta.get("title"):
                g.add((art, RDFS.label, Literal(meta["title"])))
            if meta.get("published"):
                g.add((art, MKG.published, day_literal(meta["published"])))


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph as an rdflib ``Graph``."""
    w = _Writer(G, base)
    w.nodes()
    w.edges()
    w.articles()
    return w.g


def to_turtle(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> str:
    """The graph as Turtle text."""
    return to_rdf(G, base=base).serialize(format="turtle")


def write_turtle(G: nx.MultiDiGraph, dest: str | Path, *, base: str = DEFAULT_BASE_IRI) -> Path:
    """Write the graph as Turtle, atomically."""
    return write_atomic(dest, to_turtle(G, base=base))
