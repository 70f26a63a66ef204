"""The merged graph as node-link JSON, the knowledge base's own on-disk form: queries
read it back without re-reading any article."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from marketkg.ontology.atomic import write_atomic

__all__ = ["to_graph_json", "write_graph_json"]


def to_graph_json(G: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_graph_json(G: nx.MultiDiGraph, dest: str | Path) -> Path:
    return write_atomic(dest, to_graph_json(G))
