"""Reading back a graph written by ``marketkg build`` (``graph.json``)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from marketkg.ontology.errors import InputError
from marketkg.ontology.gc import gc_paused

__all__ = ["read_graph_json"]


def read_graph_json(path: str | Path) -> nx.MultiDiGraph:
    """The graph stored at ``path`` (a file, or a build folder holding graph.json)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    try:
        with gc_paused():
            data = json.loads(path.read_text(encoding="utf-8"))
            return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except FileNotFoundError:
        raise InputError(str(path), "no graph here; run `marketkg build ... --out DIR` first") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"not a marketkg graph ({exc})") from None
