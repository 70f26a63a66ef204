"""The union of the graph's RDF as a stream of triples, written to a file as it is made.

The Turtle (and RDF/XML) export carries the union of the named graphs. It used to lay
out every graph first, then serialize the whole union into one ``bytes``: the triples
of every article and the text of the file were all in memory at once (a Turtle export of
24,000 articles took 5.3 GB over the loaded graph). Here the emitter of
:mod:`marketkg.exports.rdf` is walked one item at a time (an entity, a fact edge, an
article's description), each item's triples are handed to pyoxigraph's serializer,
which writes them to the open temporary file (:func:`~marketkg.ontology.atomic.atomic_file`)
before the next item is made.

What is kept across items, so that no triple is written twice, is small: the shared
graph's triples (entities, sessions, reference memberships: they grow with the entities,
not the articles) and a 16-byte digest per evidence sentence (the one thing that grows
with the articles: a sentence may back several facts). Fact and evidence IRIs are not
cached. The same graph gives the same bytes: the walk follows the graph's own order and
the articles sorted by id.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from marketkg.exports.rdf import _M, FORMATS, _Emitter, _OxTerms, prefixes
from marketkg.ontology.atomic import atomic_file
from marketkg.ontology.ids import DEFAULT_BASE_IRI, mint_iri

__all__ = ["union_triples", "STREAMED_FORMATS", "serialize_union", "write_union"]

#: triple formats written as a stream of the union of the named graphs
STREAMED_FORMATS = frozenset({"ttl", "xml"})


class _Streamer(_Emitter):
    """The emitter with every named graph folded into one: triples are collected per item
    and given out by :meth:`flush`, each once."""

    def __init__(self, G: nx.MultiDiGraph, base: str) -> None:
        super().__init__(G, base, _OxTerms(), None)
        self.batch: list[tuple[bool, Any, Any, Any]] = []
        #: shared-graph triples written so far (entity-level: bounded by the entities)
        self.shared_seen: set[ox.Triple] = set()
        #: digests of the evidence nodes described so far
        self.evidence_seen: set[bytes] = set()

    def n(self, *segments: str) -> Any:
        if len(segments) == 1:  # an entity: recurs in every fact, cached
            return super().n(*segments)
        return ox.NamedNode(str(mint_iri(*segments, base=self.base)))

    def graph(self, article: str) -> Any:
        return None  # the union: which article's graph a triple sits in does not matter here

    def add(self, g: Any, s: Any, p: Any, o: Any) -> None:
        self.batch.append((g is self.shared, s, self.v(p), o))

    def evidence(self, fact: Any, ev: dict[str, Any]) -> None:
        node = self.n("evidence", ev["article"], f"{ev['start']}-{ev['end']}")
        digest = hashlib.blake2b(node.value.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in self.evidence_seen:  # described with another fact: only the link is new
            self.add(None, fact, _M.evidence, node)
            return
        self.evidence_seen.add(digest)
        super().evidence(fact, ev)

    def flush(self) -> list[ox.Triple]:
        out: list[ox.Triple] = []
        here: set[ox.Triple] = set()
        for shared, s, p, o in self.batch:
            t = ox.Triple(s, p, o)
            if t in here or (shared and t in self.shared_seen):
                continue
            here.add(t)
            if shared:
                self.shared_seen.add(t)
            out.append(t)
        self.batch = []
        return out

    def stream(self) -> Iterator[ox.Triple]:
        G = self.G
        for node, data in G.nodes(data=True):
            self.node(node, data)
            yield from self.flush()
        for u, v, key, e in G.edges(keys=True, data=True):
            self.edge(u, v, key, e)
            yield from self.flush()
        for ident in sorted(G.graph.get("articles", {})):
            self.article(ident, G.graph["articles"][ident])
            yield from self.flush()


def union_triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Iterator[ox.Triple]:
    """Every triple of every named graph of ``G`` once, made as they are asked for."""
    return _Streamer(G, base).stream()


def serialize_union(G: nx.MultiDiGraph, format: str = "ttl", *, base: str = DEFAULT_BASE_IRI) -> bytes:
    """The union in ``format`` (Turtle or RDF/XML) as bytes: what :func:`write_union` writes."""
    return ox.serialize(union_triples(G, base=base), format=FORMATS[format], prefixes=prefixes(base))


def write_union(G: nx.MultiDiGraph, dest: str | Path, format: str = "ttl", *,
                base: str = DEFAULT_BASE_IRI) -> Path:
    """Write the union in ``format`` to ``dest`` atomically, piece by piece: the file is
    never held in memory, nor the triples of more than one fact."""
    with atomic_file(dest) as fh:
        ox.serialize(union_triples(G, base=base), fh, FORMATS[format], prefixes=prefixes(base))
    return Path(dest)
