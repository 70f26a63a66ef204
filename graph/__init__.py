"""Facts -> one merged networkx graph, and the questions it answers.

The names below load on first use (PEP 562): ``marketkg query`` reads a knowledge base's
view without importing the graph builder (networkx, pydantic, rdflib).
"""
from __future__ import annotations

from marketkg.ontology.lazy import lazy_names

__all__ = ["build_graph", "find_entity", "moves_on", "history", "why", "driver_moves", "investor_actions",
           "top_movers", "moved_together", "neighbours", "paths", "KBView", "open_view"]

__getattr__, __dir__ = lazy_names(__name__, {
    "build_graph": "build", "KBView": "view", "open_view": "view",
    **dict.fromkeys(["find_entity", "moves_on", "history", "why", "driver_moves", "investor_actions", "top_movers",
                     "moved_together", "neighbours", "paths"], "queries")})
