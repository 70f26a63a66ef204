"""Facts -> one merged networkx graph, and the questions it answers."""
from __future__ import annotations

from marketkg.graph.build import build_graph

__all__ = ["build_graph"]
