"""How much of a large graph the explorer page carries: whole days of facts, nearest the
day it opens on, up to a number of fact edges.

A build of 24,000 articles made a 242 MB page of 368,879 edges, all embedded though a
view draws at most a few hundred nodes. The page now carries at most
:data:`DEFAULT_MAX_EDGES` fact edges (moves, causes, actions): the day it opens on, then
the days nearest it, a whole day at a time (so every day in its day picker is complete),
and the nodes those facts touch, with the memberships among them. The page says what was
left out and how to get it (:func:`cap_note`).
"""
from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from marketkg.ontology.errors import MarketKGError

if TYPE_CHECKING:  # imported where a graph is made: `marketkg query` starts without networkx
    import networkx as nx

# html_data is imported where used: the command line imports this module for its default,
# and html_data's imports (the graph package) would slow every command's start

__all__ = ["DEFAULT_MAX_EDGES", "Cap", "cap_days", "cap_note", "max_edges_arg"]

#: fact edges a page carries unless asked otherwise (``--html-max-edges``; 0: no limit)
DEFAULT_MAX_EDGES = 20_000
_FACTS = ("move", "cause", "action")


def max_edges_arg(text: str) -> int:
    """``--html-max-edges``/``--max-edges``: a count, 0 for no limit."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number of edges (0: no limit), got {text!r}")
    return value


@dataclass(frozen=True)
class Cap:
    """What a capped page carries, against the graph it was made from."""

    edges: int
    total_edges: int
    days: tuple[str, ...]
    total_days: int


def _priority(days: list[str], start: str, has_undated: bool) -> list[str]:
    """Day keys in the order they go in: ``start``, then the nearest days (the later of two
    equally near first); the latest first when ``start`` is no single day; undated facts
    last, unless the page opens on them."""
    from marketkg.exports.html_data import UNDATED

    at = {d: i for i, d in enumerate(days)}
    centre = at.get(start, len(days))
    order = sorted(days, key=lambda d: (abs(at[d] - centre), -at[d]))
    if not has_undated:
        return order
    return [UNDATED, *order] if start == UNDATED else [*order, UNDATED]


def cap_days(H: nx.MultiDiGraph, days: list[str], start: str, max_edges: int | None
             ) -> tuple[nx.MultiDiGraph, Cap | None]:
    """``H`` cut to whole days of facts around ``start`` holding at most ``max_edges`` fact
    edges (the first day is always kept; if it alone holds more, its first ``max_edges``),
    with the nodes they touch and the other edges among those; ``(H, None)`` if it fits."""
    from marketkg.exports.html_data import ALL, UNDATED, day_key

    if max_edges is None:
        return H, None
    if max_edges < 1:
        raise MarketKGError(f"html export: max_edges must be >= 1, got {max_edges}")
    counts = Counter(day_key(d.get("date")) for _, _, d in H.edges(data=True) if d.get("kind") in _FACTS)
    total = sum(counts.values())
    if total <= max_edges:
        return H, None
    kept: list[str] = []
    room = max_edges
    for key in _priority(days, start if start != ALL else "", bool(counts[UNDATED])):
        if kept and counts[key] > room:
            break
        kept.append(key)
        room -= counts[key]
    wanted = set(kept)
    import networkx as nx

    out = nx.MultiDiGraph()
    out.graph.update(H.graph)
    taken = 0
    facts = []
    for u, v, k, d in H.edges(keys=True, data=True):
        if d.get("kind") in _FACTS and day_key(d.get("date")) in wanted and taken < max_edges:
            facts.append((u, v, k, d))
            taken += 1
    ends = {n for u, v, _, _ in facts for n in (u, v)}
    out.add_nodes_from((n, H.nodes[n]) for n in H if n in ends)
    out.add_edges_from(facts)
    out.add_edges_from((u, v, k, d) for u, v, k, d in H.edges(keys=True, data=True)
                       if d.get("kind") not in _FACTS and u in ends and v in ends)
    return out, Cap(edges=out.number_of_edges(), total_edges=H.number_of_edges(),
                    days=tuple(sorted(wanted)), total_days=len(counts))


def cap_note(cap: Cap, labels: list[str]) -> str:
    """The page's visible note on what it leaves out, ``labels`` naming the days it carries,
    oldest first (HTML; every text escaped)."""
    span = f" ({labels[0]} to {labels[-1]})" if len(labels) > 1 else f" ({labels[0]})" if labels else ""
    text = (f"This page carries {cap.edges:,} of the graph's {cap.total_edges:,} edges: the facts of "
            f"{len(cap.days):,} of {cap.total_days:,} days{span}, nearest the day it opens on, and the "
            "entities they touch. Other days: marketkg html --kg DIR --out FILE --day DAY, or a larger "
            "--html-max-edges (0: no limit); marketkg query why NAME and marketkg query history NAME answer "
            "from the whole graph.")
    return f'<p class="hint" id="capnote" role="note">{escape(text)}</p>'
