"""Questions asked of the merged graph: what moved, why, who acted, how things relate.

Free functions, graph first, options keyword-only (networkx style). Every answer is
plain JSON-serialisable data (dicts and lists of dicts) in a deterministic order.

Entities are given as node ids or as any name :func:`find_entity` accepts. Days are
``YYYY-MM-DD`` (that day only) or ``--MM-DD`` (that month and day in any year,
including moves whose year no article gave); nothing else is guessed: a move dated
``--11-24`` does not answer a question about ``2025-11-24``.

Sorting by day: a day without a year sorts as if it fell in the latest year among
the days being sorted (articles of one batch rarely span years); undated moves last.
"""
from __future__ import annotations

import difflib
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from marketkg.ontology.enums import DriverCategory, EdgeKind, EntityType
from marketkg.ontology.errors import MarketKGError, UnknownEntityError

if TYPE_CHECKING:  # networkx and the reference data are imported where used: `marketkg query` starts faster
    import networkx as nx

__all__ = ["find_entity", "moves_on", "history", "why", "driver_moves", "investor_actions", "top_movers",
           "moved_together", "neighbours", "paths"]

Record = dict[str, Any]
_DAY = re.compile(r"^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_HK_TICKER = re.compile(r"^0*(\d{1,5})\.hk$")
_SESSION = EntityType.SESSION.value
_MOVE, _CAUSE, _ACTION = EdgeKind.MOVE.value, EdgeKind.CAUSE.value, EdgeKind.ACTION.value


# --- names -----------------------------------------------------------------------------

def _fold(text: str) -> str:
    text = text.strip().casefold()
    m = _HK_TICKER.match(text)
    return f"{int(m.group(1)):04d}.hk" if m else text


def _keyed(form: str, *, security: bool) -> tuple[str, bool]:
    """A form without share class or corporate tails, and whether it names an RMB counter
    (the ``-R``, ``-WR``, ``-SR``, ``-SWR`` classes all end in R)."""
    from marketkg.ontology.ids import name_key
    from marketkg.ontology.reference import strip_share_class

    head, dash, tail = form.strip().rpartition("-")
    base, cls = strip_share_class(f"{head}{dash}{tail.upper()}" if dash else form.strip())
    return name_key(base), security or (cls or "").endswith("R")


def _forms(G: nx.MultiDiGraph) -> Iterator[tuple[str, str]]:
    """(surface form, node) for every node's id, name, aliases and ticker."""
    for node, d in G.nodes(data=True):
        yield str(node), node
        for form in [d.get("name"), d.get("ticker"), *(d.get("aliases") or ())]:
            if form:
                yield str(form), node


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return f"{G.nodes[node].get('name') or node} ({node})"


def _only(G: nx.MultiDiGraph, name: str, hits: set[str]) -> str | None:
    if len(hits) > 1:
        raise UnknownEntityError(name, [_label(G, n) for n in sorted(hits)], ambiguous=True)
    return next(iter(hits), None)


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by ``name``: an id, name, alias or ticker, in any case.

    "Alibaba", "alibaba-w", "Alibaba Group", "9988.HK", "BABA" and "hkex-9988" all give
    ``hkex-9988``; "700.HK" finds 0700.HK; an RMB-counter suffix (``-WR``) finds the RMB
    security rather than the company. Raises :class:`UnknownEntityError` carrying the
    closest names when no node, or more than one, answers to ``name``.
    """
    from marketkg.ontology.reference import reference

    if name in G:
        return name
    query = _fold(name)
    exact, keyed = _name_index(G)
    found = _only(G, name, exact.get(query, set()))
    if found is None and reference().tickers.get(name.strip().upper()) in G:
        found = reference().tickers[name.strip().upper()]
    found = found or _only(G, name, keyed.get(_keyed(name, security=False), set()))
    if found is not None:
        return found
    close = [f for f in exact if len(query) >= 3 and query in f]
    close += difflib.get_close_matches(query, list(exact), n=8, cutoff=0.6)
    hits = dict.fromkeys(node for f in close for node in sorted(exact[f]) if G.nodes[node].get("type") != _SESSION)
    raise UnknownEntityError(name, [_label(G, n) for n in list(hits)[:5]])


#: graph -> (its node count when indexed, folded form -> nodes, keyed form -> nodes)
_NAME_INDEX: weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[int, dict, dict]] = (
    weakref.WeakKeyDictionary())


def _name_index(G: nx.MultiDiGraph) -> tuple[dict[str, set[str]], dict[tuple[str, bool], set[str]]]:
    """Every node's forms, folded and keyed, made once per graph (a question on a 10k-article
    graph spent 80 ms re-keying every name); remade if nodes were added since."""
    size = len(G)  # (counting a multigraph's edges walks them all)
    cached = _NAME_INDEX.get(G)
    if cached is not None and cached[0] == size:
        return cached[1], cached[2]
    exact: dict[str, set[str]] = {}
    keyed: dict[tuple[str, bool], set[str]] = {}
    for form, node in _forms(G):
        exact.setdefault(_fold(form), set()).add(node)
        security = G.nodes[node].get("type") == EntityType.SECURITY.value
        keyed.setdefault(_keyed(form, security=security), set()).add(node)
    _NAME_INDEX[G] = (size, exact, keyed)
    return exact, keyed


def _node(G: nx.MultiDiGraph, entity: str) -> str:
    return entity if entity in G else find_entity(G, entity)


# --- days ------------------------------------------------------------------------------

def _check_day(day: str, what: str = "day") -> str:
    if not isinstance(day, str) or not _DAY.match(day):
        raise MarketKGError(f"{what} {day!r} is not a day; use YYYY-MM-DD or --MM-DD")
    return day


def _on(date: str | None, day: str | None) -> bool:
    """Whether a fact dated ``date`` answers a question about ``day`` (None: any)."""
    if day is None:
        return True
    if date is None:
        return False
    return date[-5:] == day[-5:] if day.startswith("--") else date == day


def _compare(date: str, day: str) -> int:
    """-1, 0, 1 as ``date`` is before, on or after ``day`` (by month-day when a year is unknown)."""
    a, b = (date, day) if not (date.startswith("--") or day.startswith("--")) else (date[-5:], day[-5:])
    return (a > b) - (a < b)


def _by_day(records: list[Record], *then: str) -> list[Record]:
    """``records`` sorted by their ``date`` (see the module notes), then by the ``then`` fields."""
    years = [r["date"][:4] for r in records if r.get("date") and not r["date"].startswith("--")]
    latest = max(years, default="9999")

    def key(r: Record) -> tuple[Any, ...]:
        date = r.get("date")
        when = (1, "", "", 0) if date is None else (0, latest if date.startswith("--") else date[:4], date[-5:],
                                                    date.startswith("--"))
        return (*when, *(str(r.get(f)) for f in then))
    return sorted(records, key=key)


def _magnitude(r: Record) -> tuple[Any, ...]:
    pct = r.get("change_pct")
    return (pct is None, -abs(pct) if pct is not None else 0.0, str(r.get("name")), str(r.get("entity")))


# --- records ---------------------------------------------------------------------------

def _evidence(d: dict[str, Any]) -> list[Record]:
    return [dict(ev) for ev in d.get("evidence") or ()]


def _move(G: nx.MultiDiGraph, u: str, session: str, d: dict[str, Any], *, evidence: bool = True) -> Record:
    """The record of a move edge (``evidence=False``: without its sentences, for a record
    only its figures are taken from, so a knowledge base's view need not read them)."""
    node = G.nodes[u]
    record = {"entity": u, "name": node.get("name"), "type": node.get("type"), "date": d.get("date"),
              "market": d.get("market"), "session": session, "direction": d.get("direction"),
              "change_pct": d.get("change_pct"), "close": d.get("close"), "turnover": d.get("turnover"),
              "approx": bool(d.get("approx")), "conflict": bool(d.get("conflict"))}
    if evidence:
        record["evidence"] = _evidence(d)
    if d.get("conflict"):
        record["reports"] = [dict(r) for r in d.get("reports") or ()]
    return record


def _moves(G: nx.MultiDiGraph, node: str) -> Iterator[tuple[str, Record]]:
    """(edge key, move record) of every move of ``node``."""
    for _, session, key, d in G.out_edges(node, keys=True, data=True):
        if d.get("kind") == _MOVE:
            yield key, _move(G, node, session, d)


def _causes_into(G: nx.MultiDiGraph, node: str, day: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    found = [(u, d) for u, _, d in G.in_edges(node, data=True) if d.get("kind") == _CAUSE and _on(d.get("date"), day)]
    return sorted(found, key=lambda c: (str(c[1].get("date")), c[0]))


def _move_finder(G: nx.MultiDiGraph) -> Callable[[str, str | None], Record | None]:
    """``moved(node, move_key)``: the move a cause edge explains, looked up by its edge key.
    Each node's out-edges are walked once per question (edge key -> session), not once
    per cause, and no record is made but the one asked for."""
    sessions: dict[str, dict[str, str]] = {}

    def moved(node: str, move_key: str | None) -> Record | None:
        if not move_key:
            return None
        if node not in sessions:
            sessions[node] = {key: v for _, v, key in G.out_edges(node, keys=True)}
        session = sessions[node].get(move_key)
        d = G.succ[node][session][move_key] if session is not None else None
        return _move(G, node, session, d, evidence=False) if d is not None and d.get("kind") == _MOVE else None

    return moved


def _figures(move: Record | None, articles: Iterable[str] = ()) -> Record:
    """A move's figures; when articles disagree on them (``reports``), the figures of the
    first of ``articles`` (a cause's own) that reports it."""
    move = move or {}
    own = set(articles)
    for report in move.get("reports") or ():
        if report.get("article") in own:
            return {"direction": report.get("direction"), "change_pct": report.get("change_pct"),
                    "close": report.get("close"), "session": move.get("session")}
    return {k: move.get(k) for k in ("direction", "change_pct", "close", "session")}


# --- queries ---------------------------------------------------------------------------

def moves_on(G: nx.MultiDiGraph, day: str, *, market: str | None = None) -> list[Record]:
    """Every move of a trading day, largest ``|change_pct|`` first (moves without a figure last).

    ``day`` is ``YYYY-MM-DD`` or ``--MM-DD``; ``market`` (``"hk"``) keeps one market.
    """
    _check_day(day)
    found = [_move(G, u, v, d) for u, v, d in G.edges(data=True)
             if d.get("kind") == _MOVE and _on(d.get("date"), day) and market in (None, d.get("market"))]
    return sorted(found, key=_magnitude)


def history(G: nx.MultiDiGraph, entity: str, *, include_undated: bool = False) -> list[Record]:
    """Every dated move of ``entity`` in date order, each with its evidence (article,
    source, sentence and span); ``include_undated`` adds the moves no article dated, last."""
    node = _node(G, entity)
    return _by_day([m for _, m in _moves(G, node) if include_undated or m["date"] is not None], "session")


def _explanation(G: nx.MultiDiGraph, chain: list[str], d: dict[str, Any], move: Record | None) -> Record:
    root = G.nodes[chain[0]]
    return {"driver": chain[0], "name": root.get("name"), "type": root.get("type"), "category": root.get("category"),
            "cue": d.get("cue"), "causes": list(d.get("causes") or ()), "date": d.get("date"),
            "chain": chain, "evidence": _evidence(d), "move": _figures(move, d.get("articles") or ())}


def _upstream(G: nx.MultiDiGraph, node: str, d: dict[str, Any], seen: frozenset[str]) -> Iterator[list[str]]:
    """Chains of causes that end at ``node``'s move of the day (or article) the edge ``d`` is about."""
    date = d.get("date")
    wanted = {f"move:{node}:{date}"} if date else {f"move:{node}:undated-{a}" for a in d.get("articles") or ()}
    for u, e in _causes_into(G, node):
        if e.get("move") in wanted and u not in seen:
            yield [u, node]
            for chain in _upstream(G, u, e, seen | {u}):
                yield [*chain, node]


def why(G: nx.MultiDiGraph, entity: str, *, day: str | None = None) -> list[Record]:
    """What explains ``entity``'s moves (on ``day``, or on every day).

    One record per explanation: the ``driver`` at the root of the ``chain`` (its name,
    type, category), the ``cue`` and ``causes`` as the article stated them for the last
    step, the ``evidence`` sentences and the explained ``move``'s figures. ``chain`` runs
    from the root to ``entity``: ``[driver, entity]`` for a direct cause, and
    ``[driver, sector, index]`` when the graph also says what moved the sector that
    drove the index on that day (or, undated, in that article).
    """
    node = _node(G, entity)
    if day is not None:
        _check_day(day)
    found: list[Record] = []
    moved = _move_finder(G)
    for u, d in _causes_into(G, node, day):
        move = moved(node, d.get("move"))
        found.append(_explanation(G, [u, node], d, move))
        found += [_explanation(G, [*chain, node], d, move) for chain in _upstream(G, u, d, frozenset({node, u}))]
    return _by_day(found, "driver", "chain")


def _driver_nodes(G: nx.MultiDiGraph, query: str) -> list[str]:
    drivers = sorted(n for n, t in G.nodes(data="type") if t == EntityType.DRIVER.value)
    category = query.strip().lower().replace(" ", "_").replace("-", "_")
    if category in {c.value for c in DriverCategory}:
        return [n for n in drivers if G.nodes[n].get("category") == category]

    def words(text: str) -> str:
        return " ".join(re.split(r"[\W_]+", text.casefold())).strip()
    forms = {n: [words(str(f)) for f in (n, G.nodes[n].get("name"), *(G.nodes[n].get("aliases") or ()))]
             for n in drivers}
    q = words(query)
    hits = [n for n in drivers if q in forms[n]] or [n for n in drivers if q and any(q in f for f in forms[n])]
    if not hits:
        options = [c.value for c in DriverCategory] + [f for fs in forms.values() for f in fs]
        raise UnknownEntityError(query, difflib.get_close_matches(q, options, n=5, cutoff=0.5))
    return hits


def driver_moves(G: nx.MultiDiGraph, driver_or_category: str) -> list[Record]:
    """What a driver moved, over time: every entity whose move it explains, with the figures.

    ``driver_or_category`` is a driver's id, name or alias, words of its name ("rate
    cut" finds "Fed rate-cut expectations"), or a driver category ("monetary_policy").
    """
    found: list[Record] = []
    moved = _move_finder(G)
    for drv in _driver_nodes(G, driver_or_category):
        for _, eff, d in G.out_edges(drv, data=True):
            if d.get("kind") != _CAUSE:
                continue
            found.append({"driver": drv, "driver_name": G.nodes[drv].get("name"),
                          "category": G.nodes[drv].get("category"), "entity": eff,
                          "name": G.nodes[eff].get("name"), "type": G.nodes[eff].get("type"),
                          "date": d.get("date"), "cue": d.get("cue"), "causes": list(d.get("causes") or ()),
                          **_figures(moved(eff, d.get("move")), d.get("articles") or ()), "evidence": _evidence(d)})
    return _by_day(found, "driver", "name", "entity")


def investor_actions(G: nx.MultiDiGraph, *, investor: str | None = None, target: str | None = None) -> list[Record]:
    """Investor actions (buys, sales, stake changes, ratings, flows) in date order,
    optionally of one ``investor`` and / or on one ``target``."""
    inv = _node(G, investor) if investor is not None else None
    tgt = _node(G, target) if target is not None else None
    found = [{"investor": u, "investor_name": G.nodes[u].get("name"), "target": v,
              "target_name": G.nodes[v].get("name"), "target_type": G.nodes[v].get("type"),
              **{k: d.get(k) for k in ("action", "amount", "price", "stake_pct", "rating_from", "rating_to",
                                       "date")},
              "evidence": _evidence(d)}
             for u, v, d in G.edges(data=True)
             if d.get("kind") == _ACTION and inv in (None, u) and tgt in (None, v)]
    return _by_day(found, "investor", "target", "action")


def top_movers(G: nx.MultiDiGraph, *, since: str | None = None, until: str | None = None, n: int | None = 10,
               direction: str | None = None) -> list[Record]:
    """The ``n`` largest moves with a figure (``n=None``: all), largest ``|change_pct|`` first.

    ``since`` / ``until`` bound the day (inclusive; compared by month and day when a
    year is unknown) and then leave undated moves out; ``direction`` is up, down or flat.
    """
    for value, what in ((since, "since"), (until, "until")):
        if value is not None:
            _check_day(value, what)
    if direction not in (None, "up", "down", "flat"):
        raise MarketKGError(f"direction {direction!r} is not one of up, down, flat")
    if n is not None and n < 1:
        raise MarketKGError(f"n must be at least 1, got {n}")
    found = []
    for u, v, d in G.edges(data=True):
        date = d.get("date")
        if d.get("kind") != _MOVE or d.get("change_pct") is None or direction not in (None, d.get("direction")):
            continue
        if (since or until) and (date is None or (since and _compare(date, since) < 0)
                                 or (until and _compare(date, until) > 0)):
            continue
        found.append(_move(G, u, v, d))
    return sorted(found, key=_magnitude)[:n]


def moved_together(G: nx.MultiDiGraph, entity: str, *, day: str | None = None) -> list[Record]:
    """Entities that moved with ``entity``: the same way in the same session
    (``reason`` "same_session", ``via`` the session), and those whose move one of its
    drivers also explains (``reason`` "shared_driver", ``via`` the driver), on ``day``
    or any day."""
    node = _node(G, entity)
    if day is not None:
        _check_day(day)
    found: list[Record] = []
    for _, mine in _moves(G, node):
        if not _on(mine["date"], day):
            continue
        for u, _, d in G.in_edges(mine["session"], data=True):
            if d.get("kind") == _MOVE and u != node and d.get("direction") == mine["direction"]:
                found.append({"reason": "same_session", "via": mine["session"],
                              **_move(G, u, mine["session"], d)})
    moved = _move_finder(G)
    for drv, d in _causes_into(G, node, day):
        for _, other, e in G.out_edges(drv, data=True):
            if e.get("kind") == _CAUSE and other != node and e.get("date") == d.get("date"):
                found.append({"reason": "shared_driver", "via": drv, "entity": other,
                              "name": G.nodes[other].get("name"), "type": G.nodes[other].get("type"),
                              "date": e.get("date"), **_figures(moved(other, e.get("move"))),
                              "evidence": _evidence(e)})
    return sorted(found, key=lambda r: (r["reason"] != "same_session", str(r["via"]), *_magnitude(r)))


def _types(types: Iterable[str] | None) -> set[str] | None:
    if types is None:
        return None
    wanted = {types} if isinstance(types, str) else set(types)
    unknown = wanted - {t.value for t in EntityType}
    if unknown:
        raise MarketKGError(f"unknown node type(s) {', '.join(sorted(unknown))}; "
                            f"known: {', '.join(t.value for t in EntityType)}")
    return wanted


def neighbours(G: nx.MultiDiGraph, entity: str, *, hops: int = 1, types: Iterable[str] | None = None) -> list[Record]:
    """Nodes within ``hops`` steps of ``entity`` (edges taken either way), nearest first,
    optionally only of the given node ``types``; ``entity`` itself is left out."""
    import networkx as nx

    node = _node(G, entity)
    if hops < 1:
        raise MarketKGError(f"hops must be at least 1, got {hops}")
    wanted = _types(types)
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=hops)
    found = [{"id": n, "name": G.nodes[n].get("name"), "type": G.nodes[n].get("type"), "hops": k}
             for n, k in near.items() if n != node and (wanted is None or G.nodes[n].get("type") in wanted)]
    return sorted(found, key=lambda r: (r["hops"], r["type"], str(r["name"]), r["id"]))


def _step(G: nx.MultiDiGraph, a: str, b: str) -> Record:
    forward = sorted({d.get("kind") for d in G.get_edge_data(a, b, default={}).values()})
    backward = sorted({d.get("kind") for d in G.get_edge_data(b, a, default={}).values()})
    kinds = forward or backward
    return {"from": a, "from_name": G.nodes[a].get("name"), "kind": ",".join(kinds), "to": b,
            "to_name": G.nodes[b].get("name"), "forward": bool(forward)}


def paths(G: nx.MultiDiGraph, a: str, b: str, *, max_len: int = 4, limit: int = 20) -> list[list[Record]]:
    """The shortest relationship paths between two entities, at most ``max_len`` edges
    long, edges taken either way; at most ``limit`` paths, in a stable order.

    Each path is a list of steps ``{"from", "kind", "to", "forward"}`` (``forward``:
    the edge points from ``from`` to ``to``; several kinds between the same two nodes are
    joined with commas). Paths through session nodes ("both moved on 21 November")
    are true but link every two stocks that moved the same day, hiding a shared sector,
    driver or investor; so they are only given when no path avoids sessions.
    """
    import networkx as nx

    src, dst = _node(G, a), _node(G, b)
    if max_len < 1:
        raise MarketKGError(f"max_len must be at least 1, got {max_len}")
    if src == dst:
        return []
    no_sessions = nx.subgraph_view(G, filter_node=lambda n: n in (src, dst) or G.nodes[n].get("type") != _SESSION)
    for view in (no_sessions, G):
        U = view.to_undirected(as_view=True)
        try:
            if nx.shortest_path_length(U, src, dst) > max_len:
                continue
        except nx.NetworkXNoPath:
            continue
        found = sorted(nx.all_shortest_paths(U, src, dst), key=lambda p: [str(n) for n in p])[:limit]
        return [[_step(G, x, y) for x, y in zip(p, p[1:])] for p in found]
    return []
