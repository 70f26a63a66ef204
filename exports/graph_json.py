"""The merged graph as node-link JSON, the knowledge base's own on-disk form: queries
read it back without re-reading any article."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from marketkg.ontology.atomic import atomic_file, write_atomic, write_text

__all__ = ["to_graph_json", "write_graph_json", "graph_json_pieces", "write_graph_json_beside", "EdgeSink"]


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
#: stands for an edge's evidence list while the rest of the edge is encoded (see _edge_text):
#: a string with NULs, which no evidence-less key of an edge holds
_HOLE = "\0evidence\0"
_HOLE_TEXT = '"evidence":' + _dumps(_HOLE)

#: ``sink(u, v, key, data, evidence_texts)``: an edge of the graph, with the JSON text of each
#: item of its evidence list (as :data:`_dumps` writes it)
EdgeSink = Callable[[str, str, str, dict[str, Any], list[str]], None]


def _edge_text(u: str, v: str, key: str, d: dict[str, Any], evidence: list[str] | None = None) -> str:
    """``_dumps({**d, "source": u, "target": v, "key": key})``; with ``evidence`` (the texts
    of the items of ``d["evidence"]``, encoded already) the list is not encoded again. The
    keys are sorted, so the hole sits where the list goes; it is the only text that can match
    (a quote inside a JSON string is escaped, so ``"evidence":`` there is a key)."""
    whole = {**d, "source": u, "target": v, "key": key}
    if evidence is None or not isinstance(d.get("evidence"), list):
        return _dumps(whole)
    whole["evidence"] = _HOLE
    return _dumps(whole).replace(_HOLE_TEXT, '"evidence":[' + ",".join(evidence) + "]", 1)


def _tail(G: nx.MultiDiGraph) -> Iterator[str]:
    """What follows the edges: the graph's attributes and the nodes."""
    yield '],"graph":' + _dumps(G.graph) + ',"multigraph":true,"nodes":['
    for i, (node, d) in enumerate(G.nodes(data=True)):
        yield ("," if i else "") + _dumps({**d, "id": node})
    yield "]}"


def graph_json_pieces(G: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True)``,
    compact, one node or edge at a time: at 100k articles neither the node-link copy of
    the graph nor the gigabyte of text is ever held whole."""
    yield '{"directed":true,"edges":['
    for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        yield ("," if i else "") + _edge_text(u, v, key, d)
    yield from _tail(G)


def write_graph_json_beside(G: nx.MultiDiGraph, dest: str | Path, walk: Callable[[EdgeSink], object]) -> Path:
    """Write graph.json (the bytes :func:`write_graph_json` writes) while ``walk(sink)``,
    another writer, goes over the edges of ``G`` in order and hands each to ``sink`` with
    its evidence encoded: the knowledge base's view encodes every evidence sentence for
    its own table, and graph.json reuses the text instead of encoding it again."""
    dest = Path(dest)
    with atomic_file(dest) as fh:
        written = write_text(fh, dest, '{"directed":true,"edges":[', 0)
        first = True

        def sink(u: str, v: str, key: str, d: dict[str, Any], evidence: list[str]) -> None:
            nonlocal first, written
            written = write_text(fh, dest, ("" if first else ",") + _edge_text(u, v, key, d, evidence), written)
            first = False

        walk(sink)
        for piece in _tail(G):
            written = write_text(fh, dest, piece, written)
    return dest


def to_graph_json(G: nx.MultiDiGraph) -> str:
    return "".join(graph_json_pieces(G))


def write_graph_json(G: nx.MultiDiGraph, dest: str | Path) -> Path:
    return write_atomic(dest, graph_json_pieces(G))
