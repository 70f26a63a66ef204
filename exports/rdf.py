"""The graph as RDF: entities as resources, moves, causes and actions as event
resources, and every fact linked to the sentence and article it was read from
(``prov:wasDerivedFrom`` and ``mkg:evidence``).

The triples are laid out as a dataset: each article's facts (and its evidence, its
reports and its description) sit in a named graph minted from the article id, so a
store can replace one article's facts; entities, sessions and reference memberships
sit in one shared graph. Triple formats (Turtle, N-Triples, RDF/XML) carry the union.

Every instance IRI is minted by :func:`marketkg.ontology.ids.mint_iri`; text from
articles only ever becomes a literal. The triples are made once, by one emitter,
either as rdflib terms (:func:`to_rdf`, :func:`to_dataset`) or as pyoxigraph terms,
which the fast serializers and the embedded SPARQL store take (:func:`serialize`,
:func:`to_store`). N-Triples and N-Quads lines are sorted, so the same graph gives
the same bytes.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import ExportError
from marketkg.ontology.ids import DEFAULT_BASE_IRI, graph_name, iri_segment, mint_iri
from marketkg.ontology.reference import reference
from marketkg.ontology.vocab import CATEGORY_NS, MKG, MKG_NS

#: where a Wikipedia page's resource lives in DBpedia (owl:sameAs of a reference company)
DBPEDIA = "http://dbpedia.org/resource/"

__all__ = ["FORMATS", "QUAD_FORMATS", "CLASSES", "to_rdf", "to_dataset", "to_turtle", "write_turtle", "serialize",
           "write_rdf", "to_store", "graph_triples", "article_nquads", "shared_nquads", "graph_iri", "prefixes",
           "day_literal", "format_of", "validate_rdf"]

#: format name -> pyoxigraph format; the names are those of ``marketkg export --format``
FORMATS: dict[str, ox.RdfFormat] = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                                    "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                    "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
#: formats that keep the named graphs (one per article)
QUAD_FORMATS = frozenset({"nq", "trig", "jsonld"})
_SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld",
             ".rdf": "xml", ".xml": "xml", ".owl": "xml"}

#: node ``type`` -> class
CLASSES: dict[str, URIRef] = {
    "company": MKG.Company, "security": MKG.Security, "index": MKG.Index, "sector": MKG.Sector,
    "investor": MKG.Investor, "driver": MKG.Driver, "commodity": MKG.Commodity, "currency": MKG.Currency,
    "market": MKG.Market, "session": MKG.TradingSession}
_XSD_STRING = str(XSD.string)
_RDF_TYPE = str(RDF.type)


def day_literal(day: str) -> Literal:
    """``2025-11-21`` -> xsd:date; ``--11-25`` (year unknown) -> xsd:gMonthDay."""
    return Literal(day, datatype=XSD.gMonthDay if day.startswith("--") else XSD.date)


def format_of(path: str | Path) -> str:
    """The format name a file name implies (``graph.nq`` -> ``nq``)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ExportError(f"{path}: cannot tell the RDF format from {suffix or 'no suffix'!r}; "
                          f"use one of {', '.join(sorted(_SUFFIXES))} or give the format")
    return _SUFFIXES[suffix]


def prefixes(base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes every serialization declares (``kg:`` is the base of instance IRIs)."""
    return {"mkg": MKG_NS, "cat": str(CATEGORY_NS), "kg": base, "prov": str(PROV), "skos": str(SKOS),
            "rdfs": str(RDFS), "xsd": str(XSD), "dcterms": str(DCTERMS)}


#: the named graph of an article's facts; ``None`` names the shared graph of entities
graph_iri = graph_name


class _RdflibTerms:
    """Makes rdflib terms."""

    def iri(self, value: str) -> URIRef:
        return URIRef(value)

    def lit(self, value: str, datatype: str | None = None, lang: str | None = None) -> Literal:
        if lang:
            return Literal(value, lang=lang)
        return Literal(value, datatype=URIRef(datatype) if datatype and datatype != _XSD_STRING else None)


class _OxTerms:
    """Makes pyoxigraph terms; IRIs are cached, as most recur."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}
        self._types: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def lit(self, value: str, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
        if lang:
            return ox.Literal(value, language=lang)
        if datatype is None:
            return ox.Literal(value)
        return ox.Literal(value, datatype=self.iri(datatype))


class _M:
    """The vocabulary's terms as plain attributes: ``DefinedNamespace`` look-ups are
    slow, and the emitter makes millions of them on a large graph."""


for _name in MKG.__annotations__:
    setattr(_M, _name, MKG[_name])


class _V:
    """The other vocabularies' terms the emitter uses, looked up once (as :class:`_M`)."""


for _term in (DCTERMS.identifier, DCTERMS.publisher, OWL.sameAs, PROV.wasDerivedFrom, RDF.type, RDFS.label,
              SKOS.altLabel, XSD.boolean, XSD.date, XSD.decimal, XSD.gMonthDay, XSD.integer):
    setattr(_V, _term.fragment or _term.split("/")[-1], _term)


def _decimal(value: float) -> str:
    return format(Decimal(repr(float(value))), "f")


#: edge kinds that put statements in the shared graph (the others only in articles' graphs)
_SHARED_KINDS = frozenset({"security_of", "member_of"})

#: N-Triples escapes of a literal's characters, as pyoxigraph writes them
_NT_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_NT_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _NT_ESCAPES})


class _NtTerms:
    """Makes terms as N-Triples text, for the per-article quads of the knowledge base,
    where building pyoxigraph objects only to serialize them again doubled the cost.
    IRIs come from :func:`mint_iri` and the vocabulary (valid by construction); the
    store parses every line again when it loads them."""

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}

    def iri(self, value: str) -> str:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = f"<{value}>"
        return node

    def lit(self, value: str, datatype: str | None = None, lang: str | None = None) -> str:
        text = '"' + value.translate(_NT_ESCAPES) + '"'
        if lang:
            return f"{text}@{lang}"
        if datatype is None or datatype == _XSD_STRING:
            return text
        return f"{text}^^{self.iri(datatype)}"


class _Emitter:
    """Walks the networkx graph once and files each triple under its named graph."""

    def __init__(self, G: nx.MultiDiGraph, base: str, terms: Any, shared: str | None,
                 part: str = "all") -> None:
        self.G, self.base, self.T = G, base, terms
        #: "all", or only the "shared" graph, or only the "articles"' graphs
        self.part = part
        self.shared = terms.iri(shared or str(graph_iri(None, base=base)))
        self.buckets: dict[Any, list[tuple[Any, Any, Any]]] = {self.shared: []}
        self.article_graphs: dict[str, Any] = {}
        self.minted: dict[tuple[str, ...], Any] = {}
        self.vocab: dict[URIRef, Any] = {}

    # terms
    def v(self, term: URIRef) -> Any:
        made = self.vocab.get(term)
        if made is None:
            made = self.vocab[term] = self.T.iri(str(term))
        return made

    def n(self, *segments: str) -> Any:
        node = self.minted.get(segments)
        if node is None:
            node = self.minted[segments] = self.T.iri(str(mint_iri(*segments, base=self.base)))
        return node

    def s(self, value: Any) -> Any:
        return self.T.lit(str(value))

    def typed(self, value: str, datatype: URIRef) -> Any:
        return self.T.lit(value, str(datatype))

    def day(self, value: str) -> Any:
        return self.typed(value, _V.gMonthDay if value.startswith("--") else _V.date)

    def dec(self, value: float) -> Any:
        return self.typed(_decimal(value), _V.decimal)

    def flag(self, value: bool) -> Any:
        return self.typed("true" if value else "false", _V.boolean)

    def graph(self, article: str) -> Any:
        g = self.article_graphs.get(article)
        if g is None:
            g = self.article_graphs[article] = self.T.iri(str(graph_iri(article, base=self.base)))
            self.buckets[g] = []
        return g

    def add(self, g: Any, s: Any, p: URIRef, o: Any) -> None:
        if self.part != "all" and (g is self.shared) != (self.part == "shared"):
            return
        self.buckets[g].append((s, self.v(p), o))

    # the graph
    def run(self) -> list[tuple[Any, list[tuple[Any, Any, Any]]]]:
        self.nodes()
        for u, v, key, e in self.G.edges(keys=True, data=True):
            if self.part == "shared" and e.get("kind") not in _SHARED_KINDS:
                continue
            if self.part == "articles" and (e.get("kind") == "security_of" or
                                            (e.get("kind") == "member_of" and e.get("origin") != "text")):
                continue
            self.edge(u, v, key, e)
        if self.part == "shared":
            return [(self.shared, self.buckets[self.shared])]
        self.articles()
        arts = sorted(self.article_graphs)
        return [(self.shared, self.buckets[self.shared])] + [(self.article_graphs[a], self.buckets[self.article_graphs[a]])
                                                              for a in arts]

    def nodes(self) -> None:
        for node, data in self.G.nodes(data=True):
            self.node(node, data)

    def node(self, node: str, data: dict[str, Any]) -> None:
        add, sh = self.add, self.shared
        s = self.n(node)
        for art in data.get("articles") or ():
            add(self.graph(art), s, _M.mentionedIn, self.n("article", art))
        if self.part == "articles":
            return
        add(sh, s, _V.type, self.v(CLASSES.get(data.get("type", ""), _M.Entity)))
        add(sh, s, _V.identifier, self.s(node))
        add(sh, s, _V.label, self.s(data.get("name") or node))
        if data.get("ticker"):
            add(sh, s, _M.ticker, self.s(data["ticker"]))
        for alias in data.get("aliases") or ():
            add(sh, s, _V.altLabel, self.s(alias))
        if data.get("category"):
            add(sh, s, _M.category, self.v(CATEGORY_NS[data["category"]]))
        if data.get("parent"):
            add(sh, s, _M.securityOf, self.n(data["parent"]))
        if data.get("type") == "company":
            self.identifiers(node, s)
        if data.get("type") == "session":
            add(sh, s, _M.market, self.s(data.get("market") or "unknown"))
            if data.get("exchange"):
                add(sh, s, _M.mic, self.s(data["exchange"]))
            if data.get("date"):
                add(sh, s, _M.tradingDay, self.day(data["date"]))
            else:
                add(sh, s, _M.undated, self.flag(True))

    def identifiers(self, node: str, s: Any) -> None:
        """A reference company's listings (MIC + ticker), ISINs and owl:sameAs its DBpedia
        resource (from the Wikipedia page the reference data give)."""
        add, sh = self.add, self.shared
        ref = reference()
        for rank, listing in enumerate(ref.listings.get(node, ()), start=1):
            ls = self.n(node, "listing", listing.mic)
            add(sh, s, _M.listing, ls)
            add(sh, ls, _V.type, self.v(_M.Listing))
            add(sh, ls, _M.mic, self.s(listing.mic))
            add(sh, ls, _M.ticker, self.s(listing.ticker))
            add(sh, ls, _M.listingRank, self.typed(str(rank), _V.integer))
        info = ref.company_info.get(node)
        if info is None:
            return
        for isin in info.isins:
            add(sh, s, _M.isin, self.s(isin))
        page = info.wikipedia.removeprefix("https://en.wikipedia.org/wiki/")
        if page and page != info.wikipedia and "/" not in page:
            add(sh, s, _V.sameAs, self.v(URIRef(DBPEDIA + page)))

    def edge(self, u: str, v: str, key: str, e: dict[str, Any]) -> None:
        kind = e.get("kind")
        if kind == "security_of":
            self.add(self.shared, self.n(u), _M.securityOf, self.n(v))
            return
        if kind not in ("move", "cause", "action", "member_of"):
            return
        fact = self.n(*key.split(":"))
        evidence = e.get("evidence") or []
        arts = list(dict.fromkeys([*(e.get("articles") or ()), *(ev["article"] for ev in evidence)]))
        graphs = [self.graph(a) for a in arts]
        core = getattr(self, kind)(u, v, fact, e)
        core.append((_V.identifier, self.s(key)))
        if kind == "member_of" and (e.get("origin") != "text" or not graphs):
            graphs.insert(0, self.shared)
        for g in graphs or [self.shared]:
            for p, o in core:
                self.add(g, fact, p, o)
        for art in arts:
            self.add(self.graph(art), fact, _V.wasDerivedFrom, self.n("article", art))
        for ev in evidence:
            self.evidence(fact, ev)
        seen: dict[str, int] = {}
        for r in e.get("reports") or ():
            seen[r["article"]] = seen.get(r["article"], 0) + 1
            self.report(fact, key, r, seen[r["article"]])

    def dated(self, e: dict[str, Any], *, marker: bool) -> list[tuple[URIRef, Any]]:
        if e.get("date"):
            return [(_M.tradingDay, self.day(e["date"]))]
        return [(_M.undated, self.flag(True))] if marker else []

    def move(self, u: str, v: str, fact: Any, e: dict[str, Any]) -> list[tuple[URIRef, Any]]:
        core = [(_V.type, self.v(_M.PriceMove)), (_M.subject, self.n(u)), (_M.session, self.n(v)),
                (_M.direction, self.s(e["direction"])), (_M.approx, self.flag(bool(e.get("approx"))))]
        core += self.dated(e, marker=True)
        for prop, field in ((_M.changePct, "change_pct"), (_M.close, "close")):
            if e.get(field) is not None:
                core.append((prop, self.dec(e[field])))
        if e.get("turnover"):
            core.append((_M.turnover, self.s(e["turnover"])))
        if e.get("conflict"):
            core.append((_M.conflict, self.flag(True)))
        return core

    def cause(self, u: str, v: str, fact: Any, e: dict[str, Any]) -> list[tuple[URIRef, Any]]:
        core = [(_V.type, self.v(_M.Causation)), (_M.driver, self.n(u)), (_M.effect, self.n(v))]
        core += self.dated(e, marker=False)
        if e.get("move"):
            core.append((_M.explainsMove, self.n(*e["move"].split(":"))))
        if e.get("cue"):
            core.append((_M.cue, self.s(e["cue"])))
        core += [(_M.causeText, self.T.lit(text, lang="en")) for text in e.get("causes") or ()]
        return core

    def action(self, u: str, v: str, fact: Any, e: dict[str, Any]) -> list[tuple[URIRef, Any]]:
        core = [(_V.type, self.v(_M.InvestorAction)), (_M.investor, self.n(u)), (_M.target, self.n(v)),
                (_M.action, self.s(e["action"]))]
        core += self.dated(e, marker=False)
        for prop, field in ((_M.amount, "amount"), (_M.ratingFrom, "rating_from"), (_M.ratingTo, "rating_to")):
            if e.get(field):
                core.append((prop, self.s(e[field])))
        for prop, field in ((_M.price, "price"), (_M.stakePct, "stake_pct")):
            if e.get(field) is not None:
                core.append((prop, self.dec(e[field])))
        return core

    def member_of(self, u: str, v: str, fact: Any, e: dict[str, Any]) -> list[tuple[URIRef, Any]]:
        member, group = self.n(u), self.n(v)
        self.add(self.shared, member, _M.memberOf, group)
        return [(_V.type, self.v(_M.Membership)), (_M.member, member), (_M.group, group),
                (_M.origin, self.s(e.get("origin") or "reference"))]

    def evidence(self, fact: Any, ev: dict[str, Any]) -> None:
        g, add = self.graph(ev["article"]), self.add
        node = self.n("evidence", ev["article"], f"{ev['start']}-{ev['end']}")
        add(g, fact, _M.evidence, node)
        add(g, node, _V.type, self.v(_M.Evidence))
        add(g, node, _M.article, self.n("article", ev["article"]))
        add(g, node, _M.sentence, self.T.lit(ev["sentence"], lang="en"))
        add(g, node, _M.startOffset, self.typed(str(int(ev["start"])), _V.integer))
        add(g, node, _M.endOffset, self.typed(str(int(ev["end"])), _V.integer))

    def report(self, fact: Any, key: str, r: dict[str, Any], nth: int = 1) -> None:
        """One article's report of a move; an article that states the move twice with other
        figures ("lost 11 points, but was unchanged") gets a second report node, numbered."""
        g, add = self.graph(r["article"]), self.add
        node = self.n(*key.split(":"), "report", r["article"], *([str(nth)] if nth > 1 else []))
        add(g, fact, _M.report, node)
        add(g, node, _V.type, self.v(_M.MoveReport))
        add(g, node, _M.article, self.n("article", r["article"]))
        add(g, node, _M.direction, self.s(r["direction"]))
        add(g, node, _M.approx, self.flag(bool(r.get("approx"))))
        for prop, field in ((_M.changePct, "change_pct"), (_M.close, "close")):
            if r.get(field) is not None:
                add(g, node, prop, self.dec(r[field]))

    def articles(self) -> None:
        for ident, meta in sorted(self.G.graph.get("articles", {}).items()):
            self.article(ident, meta)

    def article(self, ident: str, meta: dict[str, Any]) -> None:
        add = self.add
        g, art = self.graph(ident), self.n("article", ident)
        add(g, art, _V.type, self.v(_M.Article))
        add(g, art, _V.identifier, self.s(ident))
        add(g, art, _M.source, self.s(meta.get("source") or ""))
        if meta.get("title"):
            add(g, art, _V.label, self.T.lit(meta["title"], lang="en"))
        if meta.get("outlet"):
            add(g, art, _V.publisher, self.s(meta["outlet"]))
        for prop, field in ((_M.published, "published"), (_M.tradingDay, "trading_day")):
            if meta.get(field):
                add(g, art, prop, self.day(meta[field]))
        for warning in meta.get("warnings") or ():
            add(g, art, _M.warning, self.T.lit(warning, lang="en"))


def _laid_out(G: nx.MultiDiGraph, base: str, terms: Any, shared: str | None = None) -> list[tuple[Any, list[Any]]]:
    return _Emitter(G, base, terms, shared).run()


def to_dataset(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Dataset:
    """The graph as an rdflib ``Dataset``: one named graph per article and one shared graph."""
    ds = Dataset()
    for name, value in prefixes(base).items():
        ds.bind(name, value)
    for g, triples in _laid_out(G, base, _RdflibTerms()):
        ds.addN((s, p, o, ds.graph(g)) for s, p, o in triples)
    return ds


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph as an rdflib ``Graph`` (the union of all its named graphs)."""
    out = Graph()
    for name, value in prefixes(base).items():
        out.bind(name, value)
    for _, triples in _laid_out(G, base, _RdflibTerms()):
        for t in triples:
            out.add(t)
    return out


def graph_triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI,
                  shared_graph: str | None = None) -> Iterator[tuple[str | None, str, list[ox.Triple]]]:
    """``(article id or None, graph IRI, triples)`` for the shared graph, then each article's."""
    terms = _OxTerms()
    ids = {str(graph_iri(a, base=base)): a for a in G.graph.get("articles", {})}
    for g, triples in _laid_out(G, base, terms, shared_graph):
        unique = dict.fromkeys(ox.Triple(*t) for t in triples)
        yield ids.get(g.value), g.value, list(unique)


class _ArticleLines(_Emitter):
    """The emitter writing one article's graph straight to N-Quads lines, for the knowledge
    base's workers: each statement of that graph becomes its line as it is made (no
    per-graph buckets; those of other graphs are dropped), and an IRI is minted as text
    (:func:`mint_iri` without the rdflib object, which only wraps it). Vocabulary terms,
    instance IRIs and short literals are kept as N-Triples text across the articles of a
    process (entities, days, directions, flags recur from one article to the next)."""

    def __init__(self, G: nx.MultiDiGraph, base: str, article: str) -> None:
        super().__init__(G, base, _NtTerms(), None, part="articles")
        self.name = self.graph(article)
        self.tail = f" {self.name} .\n"
        self.lines: dict[str, None] = {}  # an ordered set: each statement once
        self.vocab_nt, self.minted, self.lits = _texts(base)

    def v(self, term: URIRef) -> str:
        made = self.vocab_nt.get(term)
        if made is None:
            made = self.vocab_nt[term] = f"<{term}>"
        return made

    def n(self, *segments: str) -> str:
        node = self.minted.get(segments)
        if node is None:
            _bound(self.minted)
            node = self.minted[segments] = f"<{self.base}{'/'.join(map(iri_segment, segments))}>"
        return node

    def s(self, value: Any) -> str:
        return self.typed(str(value), None)

    def typed(self, value: str, datatype: URIRef | None) -> str:
        key = (value, datatype)
        made = self.lits.get(key)
        if made is None:
            made = self.T.lit(value, datatype and str(datatype))
            if len(value) <= _SHORT:  # sentences and causes are each their own: not kept
                _bound(self.lits)
                self.lits[key] = made
        return made

    def add(self, g: Any, s: Any, p: URIRef, o: Any) -> None:
        if g is self.name:
            self.lines[f"{s} {self.v(p)} {o}{self.tail}"] = None

    def text(self) -> str:
        self.run()
        return "".join(self.lines)


#: literals up to this length are kept across articles; the texts kept, at most this many a kind
_SHORT, _KEPT = 40, 1 << 16


def _bound(kept: dict[Any, str]) -> None:
    """Forget what ``kept`` holds once it is full (evidence and fact IRIs never recur)."""
    if len(kept) >= _KEPT:
        kept.clear()


@cache
def _texts(base: str) -> tuple[dict[URIRef, str], dict[tuple[str, ...], str], dict[tuple[str, Any], str]]:
    """Vocabulary terms, instance IRIs (under ``base``) and short literals as N-Triples text,
    shared by every article of a process."""
    return {}, {}, {}


def article_nquads(G: nx.MultiDiGraph, article: str, *, base: str = DEFAULT_BASE_IRI) -> str:
    """N-Quads of what one article states: its named graph in the dataset of ``G``
    (its facts, their evidence and reports, its description, its mentions); empty if
    ``G`` holds no such article. The same statements as :func:`serialize` gives that
    graph, each once, in the order they were made."""
    return _ArticleLines(G, base, article).text()


def shared_nquads(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> str:
    """N-Quads of the shared graph of ``G`` alone: entities, sessions, securities and
    reference memberships (made without laying out the articles' graphs)."""
    ((name, triples),) = _Emitter(G, base, _NtTerms(), None, part="shared").run()
    return "".join(dict.fromkeys(f"{s} {p} {o} {name} .\n" for s, p, o in triples))


def _ox_quads(G: nx.MultiDiGraph, base: str) -> Iterator[ox.Quad]:
    for g, triples in _laid_out(G, base, _OxTerms()):
        for s, p, o in triples:
            yield ox.Quad(s, p, o, g)


def _compact_jsonld(data: bytes, context: dict[str, str]) -> bytes:
    """Expanded JSON-LD -> the same with compact IRIs under a small prefix ``@context``."""
    ordered = sorted(context.items(), key=lambda kv: -len(kv[1]))

    def short(iri: str) -> str:
        for name, ns in ordered:
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{name}:{iri[len(ns):]}"
        return iri

    def value(obj: Any) -> Any:
        if isinstance(obj, list):
            items = [value(x) for x in obj]
            return items[0] if len(items) == 1 else items
        if set(obj) == {"@value"} and isinstance(obj["@value"], str):
            return obj["@value"]
        if "@value" in obj:
            return {k: short(x) if k == "@type" else x for k, x in obj.items()}
        return node(obj) if len(obj) > 1 else {"@id": short(obj["@id"])}

    def node(obj: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, val in obj.items():
            if k == "@id":
                out[k] = short(val)
            elif k == "@graph":
                out[k] = [node(x) for x in val]
            elif k == _RDF_TYPE and all(set(x) == {"@id"} for x in val):
                types = [short(x["@id"]) for x in val]
                out["@type"] = types[0] if len(types) == 1 else types
            else:
                out[short(k)] = value(val)
        return out

    doc = {"@context": dict(sorted(context.items())), "@graph": [node(x) for x in json.loads(data)]}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def serialize(G: nx.MultiDiGraph, format: str = "ttl", *, base: str = DEFAULT_BASE_IRI) -> bytes:
    """The graph in one of :data:`FORMATS`, as bytes (UTF-8).

    N-Triples and N-Quads come out sorted, one statement a line; every format is made
    by pyoxigraph's serializers, JSON-LD then gets compact IRIs and its ``@context``.
    """
    if format not in FORMATS:
        raise ExportError(f"unknown RDF format {format!r}; known: {', '.join(FORMATS)}")
    pfx = prefixes(base)
    if format in QUAD_FORMATS:
        quads: Any = _ox_quads(G, base)
        if format == "trig":
            return ox.serialize(quads, format=FORMATS[format], prefixes=pfx)
        if format == "jsonld":
            return _compact_jsonld(ox.serialize(quads, format=FORMATS[format]), pfx)
        return b"".join(sorted(set(ox.serialize(quads, format=FORMATS[format]).splitlines(keepends=True))))
    if format != "nt":  # Turtle, RDF/XML: the union, made as a stream (see rdf_stream)
        from marketkg.exports.rdf_stream import serialize_union

        return serialize_union(G, format, base=base)
    # repeats (a triple in two articles' graphs) go with the sort
    lines = ox.serialize((ox.Triple(*t) for _, ts in _laid_out(G, base, _OxTerms()) for t in ts),
                         format=FORMATS[format])
    return b"".join(sorted(set(lines.splitlines(keepends=True))))


def write_rdf(G: nx.MultiDiGraph, dest: str | Path, format: str | None = None, *,
              base: str = DEFAULT_BASE_IRI) -> Path:
    """Write the graph as RDF, atomically; the format defaults to the one ``dest``'s suffix names.
    Turtle and RDF/XML are written as they are made, never held whole."""
    from marketkg.exports.rdf_stream import STREAMED_FORMATS, write_union

    format = format or format_of(dest)
    if format in STREAMED_FORMATS:
        return write_union(G, dest, format, base=base)
    return write_atomic(dest, serialize(G, format, base=base))


def to_turtle(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> str:
    """The graph as Turtle text."""
    return serialize(G, "ttl", base=base).decode("utf-8")


def write_turtle(G: nx.MultiDiGraph, dest: str | Path, *, base: str = DEFAULT_BASE_IRI) -> Path:
    """Write the graph as Turtle, atomically."""
    return write_rdf(G, dest, "ttl", base=base)


def to_store(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI,
             store: ox.Store | None = None) -> ox.Store:
    """The graph loaded into a pyoxigraph ``Store`` (in memory unless one is given)."""
    store = store if store is not None else ox.Store()
    store.extend(_ox_quads(G, base))
    return store



def validate_rdf(data: Graph) -> tuple[bool, str]:
    """Check RDF against marketkg's SHACL shapes: ``(conforms, readable report)``.

    The ontology is added to (a copy of) the data, so ``sh:class`` follows
    ``rdfs:subClassOf``; pass the union of a dataset's graphs.
    """
    from pyshacl import validate

    from marketkg.ontology.vocab import ONTOLOGY_FILE, SHAPES_FILE

    merged = Graph()
    for t in data:
        merged.add(t)
    merged.parse(ONTOLOGY_FILE, format="turtle")
    conforms, _, text = validate(merged, shacl_graph=Graph().parse(SHAPES_FILE, format="turtle"), inference="none")
    return bool(conforms), str(text)
