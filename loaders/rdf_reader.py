"""Reading marketkg's own RDF back into the networkx graph it was exported from.

Any of the export formats will do (Turtle, N-Triples, N-Quads, TriG, JSON-LD,
RDF/XML); named graphs are merged. Node and fact ids come back from their
``dcterms:identifier``, not from their IRIs, so the base IRI does not matter.
RDF keeps no order: lists (aliases, evidence, reports, causes) come back sorted.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib

from marketkg.ontology.errors import InputError, printable
from marketkg.ontology.names import FORMAT_CHARS
from marketkg.ontology.vocab import CATEGORY_NS, MKG

__all__ = ["read_rdf", "read_union", "parse_quads", "FORMATS"]

#: format name (``marketkg export --format``) -> pyoxigraph format
FORMATS: dict[str, ox.RdfFormat] = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                                    "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                    "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
_SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld",
             ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_ID = "http://purl.org/dc/terms/identifier"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PUBLISHER = "http://purl.org/dc/terms/publisher"
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_TYPES = {str(MKG.Company): "company", str(MKG.Security): "security", str(MKG.Index): "index",
          str(MKG.Sector): "sector", str(MKG.Investor): "investor", str(MKG.Driver): "driver",
          str(MKG.Commodity): "commodity", str(MKG.Currency): "currency", str(MKG.Market): "market",
          str(MKG.TradingSession): "session", str(MKG.Entity): "entity"}
_FACTS = {str(MKG.PriceMove): "move", str(MKG.Causation): "cause", str(MKG.InvestorAction): "action",
          str(MKG.Membership): "member_of"}

Props = dict[str, list[Any]]
#: a DTD entity declaration, in UTF-8 (or any ASCII-compatible encoding) or UTF-16 either way
_ENTITY = re.compile(b"|".join(re.escape("<!ENTITY".encode(enc)) for enc in ("ascii", "utf-16-le", "utf-16-be")),
                     re.I)
_ENTITY_SPAN = 2 * len("<!ENTITY")


class _Resources:
    """Subject -> predicate -> objects, over all named graphs, each object once."""

    def __init__(self, quads: Any) -> None:
        self.props: dict[str, Props] = defaultdict(lambda: defaultdict(list))
        seen: set[tuple[Any, Any, Any]] = set()
        for q in quads:
            key = (q.subject, q.predicate, q.object)
            if key not in seen:
                seen.add(key)
                self.props[q.subject.value][q.predicate.value].append(q.object)
        self.ids = {s: p[_ID][0].value for s, p in self.props.items() if p.get(_ID)}

    def of_type(self, classes: dict[str, str]) -> list[tuple[str, str, Props]]:
        out = []
        for s, p in self.props.items():
            kinds = [classes[t.value] for t in p.get(_TYPE, ()) if t.value in classes]
            if kinds and s in self.ids:
                out.append((s, kinds[0], p))
        return sorted(out, key=lambda x: self.ids[x[0]])

    def id_of(self, term: Any) -> str:
        iri = term.value
        return self.ids.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]


def _one(p: Props, prop: Any, default: Any = None) -> Any:
    values = p.get(str(prop))
    return values[0].value if values else default


def _num(p: Props, prop: Any) -> float | None:
    value = _one(p, prop)
    return float(value) if value is not None else None


def _flag(p: Props, prop: Any) -> bool:
    return _one(p, prop) == "true"


def _texts(p: Props, prop: Any) -> list[str]:
    return sorted(o.value for o in p.get(str(prop), ()))


class _Reader:
    def __init__(self, res: _Resources) -> None:
        self.res = res
        self.G = nx.MultiDiGraph()
        self.sources: dict[str, str] = {}

    def articles(self) -> None:
        arts: dict[str, dict[str, Any]] = {}
        for _, ident, p in ((s, self.res.ids[s], p) for s, _, p in self.res.of_type({str(MKG.Article): "a"})):
            arts[ident] = {"source": _one(p, MKG.source, ""), "title": _one(p, _LABEL),
                           "published": _one(p, MKG.published), "trading_day": _one(p, MKG.tradingDay),
                           "outlet": _one(p, _PUBLISHER), "warnings": _texts(p, MKG.warning)}
            self.sources[ident] = arts[ident]["source"]
        self.G.graph["articles"] = arts

    def nodes(self) -> None:
        for s, kind, p in self.res.of_type(_TYPES):
            label = _one(p, _LABEL)  # a name from a file loses its bidi controls, as extracted ones do
            data: dict[str, Any] = {"type": kind, "name": FORMAT_CHARS.sub("", label) if label else label,
                                    "ticker": _one(p, MKG.ticker),
                                    "aliases": sorted(filter(None, (FORMAT_CHARS.sub("", a) for a in _texts(p, _ALT)))),
                                    "articles": sorted(self.res.id_of(o) for o in p.get(str(MKG.mentionedIn), ()))}
            category = _one(p, MKG.category)
            if category is not None:
                data["category"] = category[len(str(CATEGORY_NS)):]
            parents = p.get(str(MKG.securityOf))
            if parents:
                data["parent"] = self.res.id_of(parents[0])
            if kind == "session":
                data["market"] = _one(p, MKG.market)
                data["exchange"] = _one(p, MKG.mic)
                data["date"] = _one(p, MKG.tradingDay)
            self.G.add_node(self.res.ids[s], **data)
        for node, data in list(self.G.nodes(data=True)):
            if data.get("type") == "security" and data.get("parent") in self.G:
                self.G.add_edge(node, data["parent"], key=f"security_of:{node}", kind="security_of")

    def evidence(self, p: Props) -> list[dict[str, Any]]:
        out = []
        for ev in p.get(str(MKG.evidence), ()):
            q = self.res.props[ev.value]
            art = self.res.id_of(q[str(MKG.article)][0])
            out.append({"article": art, "source": self.sources.get(art, ""), "sentence": _one(q, MKG.sentence),
                        "start": int(_one(q, MKG.startOffset)), "end": int(_one(q, MKG.endOffset))})
        return sorted(out, key=lambda ev: (ev["article"], ev["start"], ev["end"]))

    def facts(self) -> None:
        for s, kind, p in self.res.of_type(_FACTS):
            key = self.res.ids[s]
            evidence = self.evidence(p)
            arts = sorted({self.res.id_of(o) for o in p.get(_DERIVED, ())})
            common = {"kind": kind, "evidence": evidence}
            ref = lambda prop: self.res.id_of(p[str(prop)][0])  # noqa: E731
            if kind == "member_of":
                self.G.add_edge(ref(MKG.member), ref(MKG.group), key=key, origin=_one(p, MKG.origin), **common)
                continue
            common.update(date=_one(p, MKG.tradingDay), articles=arts)
            if kind == "move":
                session = ref(MKG.session)
                self.G.add_edge(ref(MKG.subject), session, key=key, direction=_one(p, MKG.direction),
                                change_pct=_num(p, MKG.changePct), close=_num(p, MKG.close),
                                turnover=_one(p, MKG.turnover), approx=_flag(p, MKG.approx),
                                market=self.G.nodes[session].get("market") if session in self.G else None,
                                conflict=_flag(p, MKG.conflict), reports=self.reports(p), **common)
            elif kind == "cause":
                move = p.get(str(MKG.explainsMove))
                self.G.add_edge(ref(MKG.driver), ref(MKG.effect), key=key, cue=_one(p, MKG.cue),
                                causes=_texts(p, MKG.causeText), move=self.res.id_of(move[0]) if move else None,
                                **common)
            else:
                self.G.add_edge(ref(MKG.investor), ref(MKG.target), key=key, action=_one(p, MKG.action),
                                amount=_one(p, MKG.amount), price=_num(p, MKG.price),
                                stake_pct=_num(p, MKG.stakePct), rating_from=_one(p, MKG.ratingFrom),
                                rating_to=_one(p, MKG.ratingTo), **common)

    def reports(self, p: Props) -> list[dict[str, Any]]:
        out = []
        for r in p.get(str(MKG.report), ()):
            q = self.res.props[r.value]
            out.append({"article": self.res.id_of(q[str(MKG.article)][0]), "direction": _one(q, MKG.direction),
                        "change_pct": _num(q, MKG.changePct), "close": _num(q, MKG.close),
                        "approx": _flag(q, MKG.approx)})
        return sorted(out, key=lambda r: r["article"])


def _declares_entities(source: str | Path | bytes) -> bool:
    """Whether XML declares a DTD entity (``<!ENTITY``, in UTF-8 or UTF-16), read in chunks."""
    if isinstance(source, bytes):
        return _ENTITY.search(source) is not None
    tail = b""
    with open(source, "rb") as f:
        while chunk := f.read(1 << 20):
            if _ENTITY.search(tail + chunk):
                return True
            tail = chunk[-_ENTITY_SPAN:]
    return False


def parse_quads(source: str | Path | bytes, *, format: str | None = None) -> list[ox.Quad]:
    """The quads of an RDF file (format from its suffix unless given) or of bytes.

    RDF/XML that declares DTD entities is refused before parsing: an entity can expand
    without bound ("billion laughs") or name another file, and marketkg writes none.
    """
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    if format is None:
        if isinstance(source, bytes):
            raise InputError(name, "RDF given as bytes needs a format: " + ", ".join(FORMATS))
        format = _SUFFIXES.get(Path(source).suffix.lower())
    if format not in FORMATS:
        raise InputError(name, f"unknown RDF format {format!r}; known: {', '.join(FORMATS)}")
    try:
        if format == "xml" and _declares_entities(source):
            raise InputError(name, "RDF/XML declaring DTD entities (<!ENTITY) is refused: an entity can expand "
                                   "without bound or stand for another file")
        if isinstance(source, bytes):
            return list(ox.parse(source, format=FORMATS[format]))
        return list(ox.parse(path=str(source), format=FORMATS[format]))
    except (SyntaxError, ValueError) as exc:
        raise InputError(name, f"not valid {format} RDF ({printable(str(exc), 300)})") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None


def _rdflib_term(term: Any) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype == _XSD_STRING else rdflib.URIRef(datatype))


def read_union(source: str | Path | bytes, *, format: str | None = None) -> rdflib.Graph:
    """RDF in any format as one rdflib ``Graph``: the union of its named graphs."""
    g = rdflib.Graph()
    for q in parse_quads(source, format=format):
        g.add((_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)))
    return g


def read_rdf(source: str | Path | bytes, *, format: str | None = None) -> nx.MultiDiGraph:
    """The networkx graph of marketkg RDF: a file (format from its suffix unless given) or bytes."""
    reader = _Reader(_Resources(parse_quads(source, format=format)))
    reader.articles()
    reader.nodes()
    reader.facts()
    return reader.G
