"""The merged graph as node-link JSON, the knowledge base's own on-disk form: queries
read it back without re-reading any article."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from marketkg.ontology.atomic import write_atomic

__all__ = ["to_graph_json", "write_graph_json", "graph_json_pieces"]


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def graph_json_pieces(G: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True)``,
    compact, one node or edge at a time: at 100k articles neither the node-link copy of
    the graph nor the gigabyte of text is ever held whole."""
    yield '{"directed":true,"edges":['
    for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        yield ("," if i else "") + _dumps({**d, "source": u, "target": v, "key": key})
    yield '],"graph":' + _dumps(G.graph) + ',"multigraph":true,"nodes":['
    for i, (node, d) in enumerate(G.nodes(data=True)):
        yield ("," if i else "") + _dumps({**d, "id": node})
    yield "]}"


def to_graph_json(G: nx.MultiDiGraph) -> str:
    return "".join(graph_json_pieces(G))


def write_graph_json(G: nx.MultiDiGraph, dest: str | Path) -> Path:
    return write_atomic(dest, graph_json_pieces(G))
