"""``history`` and ``why`` records read straight from a knowledge base's view, without
building a graph: the entity's busiest questions (thousands of moves and causes on a
100k-article base) decode only the fields their records show.

Each function gives exactly what :func:`marketkg.graph.queries.history` and
:func:`~marketkg.graph.queries.why` give on the whole graph (same records, same order):
edges are read in the view's edge order, which is the whole graph's
(``G.edges(keys=True)``), so ties sort as they do there. Evidence sentences are read
in one query per question, for the facts shown only; a move a cause explains is read
as its figures alone (``json_extract`` in SQLite), not decoded whole.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from marketkg.graph import queries
from marketkg.ontology.enums import EdgeKind

__all__ = ["history_records", "why_records"]

Record = dict[str, Any]
NodeData = Callable[[Iterable[str]], dict[str, Record]]
_MOVE, _CAUSE = EdgeKind.MOVE.value, EdgeKind.CAUSE.value
_loads = json.loads


def _decode_all(texts: list[str]) -> list[Any]:
    """Many JSON texts decoded in one call (the decoder's per-call overhead was a third of a
    busy question's time)."""
    return _loads("[" + ",".join(texts) + "]") if texts else []


def _evidence(db: sqlite3.Connection, where: str, params: tuple[Any, ...], wanted: set[int] | None = None
              ) -> dict[int, list[Record]]:
    """edge id -> its evidence sentences, in order, for the edges ``where`` selects (as
    ``e``), or only those of them in ``wanted``."""
    rows = db.execute(f"SELECT ev.edge, ev.data FROM edges e JOIN evidence ev ON ev.edge = e.id WHERE {where} "
                      "ORDER BY ev.edge, ev.seq", params).fetchall()
    if wanted is not None:
        rows = [r for r in rows if r[0] in wanted]
    found: dict[int, list[Record]] = {}
    for (edge, _), sentence in zip(rows, _decode_all([r[1] for r in rows])):
        found.setdefault(edge, []).append(sentence)
    return found


def history_records(db: sqlite3.Connection, node: str, node_data: Record, *, include_undated: bool) -> list[Record]:
    """:func:`marketkg.graph.queries.history` of ``node`` (whose data is ``node_data``)."""
    dated = "" if include_undated else " AND e.date IS NOT NULL"
    where = f"e.u = ? AND e.kind = '{_MOVE}'{dated}"
    evidence = _evidence(db, where, (node,))
    name, kind = node_data.get("name"), node_data.get("type")
    found = []
    rows = db.execute(f"SELECT e.id, e.v, e.data FROM edges e WHERE {where} ORDER BY e.id", (node,)).fetchall()
    for (ident, session, _), d in zip(rows, _decode_all([r[2] for r in rows])):
        record = {"entity": node, "name": name, "type": kind, "date": d.get("date"), "market": d.get("market"),
                  "session": session, "direction": d.get("direction"), "change_pct": d.get("change_pct"),
                  "close": d.get("close"), "turnover": d.get("turnover"), "approx": bool(d.get("approx")),
                  "conflict": bool(d.get("conflict")), "evidence": evidence.get(ident, [])}
        if d.get("conflict"):
            record["reports"] = [dict(r) for r in d.get("reports") or ()]
        found.append(record)
    return queries._by_day(found, "session")


class _Causes:
    """The cause edges into nodes, as :func:`marketkg.graph.queries._causes_into` orders
    them: by day, then source, ties in edge order."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.moves: dict[str, dict[Any, list[tuple[int, str, int]]]] = {}

    def into(self, node: str) -> list[tuple[str, Record, int]]:
        """(source, edge data, edge id) of every cause into ``node``, decoded."""
        rows = self.db.execute(f"SELECT id, u, data FROM edges WHERE v = ? AND kind = '{_CAUSE}' ORDER BY id",
                               (node,)).fetchall()
        found = [(u, d, ident) for (ident, u, _), d in zip(rows, _decode_all([r[2] for r in rows]))]
        return sorted(found, key=lambda c: (str(c[1].get("date")), c[0]))

    def _by_move(self, node: str) -> dict[Any, list[tuple[int, str, int]]]:
        """move key -> (place in :meth:`into`'s order, source, edge id) of the causes into
        ``node``, read without decoding their data."""
        if node not in self.moves:
            rows = self.db.execute(f"SELECT id, u, date, json_extract(data, '$.move') FROM edges "
                                   f"WHERE v = ? AND kind = '{_CAUSE}' ORDER BY id", (node,)).fetchall()
            groups: dict[Any, list[tuple[int, str, int]]] = {}
            for place, (ident, u, _, move) in enumerate(sorted(rows, key=lambda r: (str(r[2]), r[1]))):
                groups.setdefault(move, []).append((place, u, ident))
            self.moves[node] = groups
        return self.moves[node]

    def upstream(self, node: str, d: Record, seen: frozenset[str]) -> list[list[str]]:
        """:func:`marketkg.graph.queries._upstream`: chains of causes ending at ``node``'s
        move the edge ``d`` is about."""
        groups = self._by_move(node)
        if not groups:  # (most sources: a driver nothing is said to have caused)
            return []
        date = d.get("date")
        wanted = {f"move:{node}:{date}"} if date else {f"move:{node}:undated-{a}" for a in d.get("articles") or ()}
        chains = []
        for _, u, ident in sorted(c for move in wanted for c in groups.get(move, ())):
            if u not in seen:
                e = _loads(self.db.execute("SELECT data FROM edges WHERE id = ?", (ident,)).fetchone()[0])
                chains.append([u, node])
                chains += [[*chain, node] for chain in self.upstream(u, e, seen | {u})]
        return chains


def _move_figures(db: sqlite3.Connection, node: str) -> Callable[[str | None], Record]:
    """``figures(move_key)``: what :func:`marketkg.graph.queries._figures` gives of the move
    of ``node`` a cause edge names (all None when it names none)."""
    sessions: dict[str, tuple[str, Any]] = {}
    rows = db.execute("SELECT key, v, CASE kind WHEN ? THEN json_extract(data, '$.direction', '$.change_pct', "
                      "'$.close', '$.conflict', '$.reports') END FROM edges WHERE u = ? ORDER BY id", (_MOVE, node))
    for key, session, figures in rows:  # the last edge of a key wins, as a dict of the out-edges does
        sessions[key] = (session, figures)
    moves = [(key, session, found) for key, (session, found) in sessions.items() if found is not None]
    decoded = {key: ({"direction": direction, "change_pct": pct, "close": close, "session": session},
                     reports if conflict else ())
               for (key, session, _), (direction, pct, close, conflict, reports)
               in zip(moves, _decode_all([m[2] for m in moves]))}
    empty = {"direction": None, "change_pct": None, "close": None, "session": None}

    def figures(move_key: str | None, articles: Iterable[str] = ()) -> Record:
        found, reports = decoded.get(move_key, (empty, ())) if move_key else (empty, ())
        return queries._figures({**found, "reports": reports}, articles)
    return figures


def why_records(db: sqlite3.Connection, node: str, node_data: NodeData, *, day: str | None) -> list[Record]:
    """:func:`marketkg.graph.queries.why` of ``node``; ``node_data(ids)`` reads nodes' data."""
    causes = _Causes(db)
    mine = [c for c in causes.into(node) if queries._on(c[1].get("date"), day)]
    if not mine:
        return []
    figures = _move_figures(db, node)
    evidence = _evidence(db, f"e.v = ? AND e.kind = '{_CAUSE}'", (node,), {ident for *_, ident in mine})
    explained = []
    for u, d, ident in mine:
        explained.append(([u, node], d, ident))
        explained += [([*chain, node], d, ident) for chain in causes.upstream(u, d, frozenset({node, u}))]
    roots = node_data({chain[0] for chain, _, _ in explained})
    found = []
    for chain, d, ident in explained:
        root = roots[chain[0]]
        found.append({"driver": chain[0], "name": root.get("name"), "type": root.get("type"),
                      "category": root.get("category"), "cue": d.get("cue"), "causes": list(d.get("causes") or ()),
                      "date": d.get("date"), "chain": chain, "evidence": [dict(e) for e in evidence.get(ident, ())],
                      "move": figures(d.get("move"), d.get("articles") or ())})
    return queries._by_day(found, "driver", "chain")
