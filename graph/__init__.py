"""Facts -> one merged networkx graph, and the questions it answers."""
from __future__ import annotations

from marketkg.graph.build import build_graph
from marketkg.graph.queries import (
    driver_moves, find_entity, history, investor_actions, moved_together, moves_on, neighbours, paths,
    top_movers, why,
)
from marketkg.graph.view import KBView, open_view

__all__ = ["build_graph", "find_entity", "moves_on", "history", "why", "driver_moves", "investor_actions",
           "top_movers", "moved_together", "neighbours", "paths", "KBView", "open_view"]
