"""Questions asked of a knowledge-base folder, answered from its indexed view
(``DIR/view.sqlite``) without loading the whole graph.

Each question loads the part of the graph it walks -- an entity's moves, the causes
into it and upstream of them, a day's moves, a session's movers, a neighbourhood --
as a small networkx graph, and asks it with the same function of
:mod:`marketkg.graph.queries` that answers an in-memory graph, so the answers are the
same records. Evidence sentences are read only when a record that shows them is made.

    >>> kb = open_view("out/demo")                      # doctest: +SKIP
    >>> kb.why("Baidu", day="--11-24")                  # doctest: +SKIP
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marketkg.graph import queries
from marketkg.graph.view_file import VIEW_FILE, VIEW_VERSION
from marketkg.graph.view_records import history_records, why_records
from marketkg.ontology.enums import EdgeKind, EntityType
from marketkg.ontology.errors import InputError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["KBView", "GraphAnswers", "open_view", "open_answers"]

Record = dict[str, Any]
_MOVE, _CAUSE, _ACTION = EdgeKind.MOVE.value, EdgeKind.CAUSE.value, EdgeKind.ACTION.value
_EDGE_COLUMNS = "id, u, v, key, data, n_ev"
_SLICE = 900  # host parameters per statement (SQLite's limit is 999 on old builds)


class _Evidence(Sequence):
    """An edge's evidence sentences, read from the view when first iterated; its length
    (all ``if d.get("evidence")`` asks) is known without reading them."""

    __slots__ = ("_db", "_edge", "_n", "_items")

    def __init__(self, db: sqlite3.Connection, edge: int, n: int) -> None:
        self._db, self._edge, self._n, self._items = db, edge, n, None

    def _load(self) -> list[Record]:
        if self._items is None:
            rows = self._db.execute("SELECT data FROM evidence WHERE edge = ? ORDER BY seq", (self._edge,))
            self._items = [json.loads(r[0]) for r in rows]
        return self._items

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        return self._load()[i]

    def __iter__(self) -> Iterator[Record]:
        return iter(self._load())


def _new_graph() -> nx.MultiDiGraph:
    import networkx as nx  # here: `why` and `history` need no graph, and start without networkx

    return nx.MultiDiGraph()


def _slices(items: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(items)
    for i in range(0, len(items), _SLICE):
        yield items[i:i + _SLICE]


class KBView:
    """A knowledge base's view, opened read-only. Methods mirror :mod:`marketkg.graph.queries`
    with the graph left out: ``view.why("Baidu")`` answers what ``why(G, "Baidu")`` does."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if path.is_dir():
            path = path / VIEW_FILE
        if not path.is_file():
            raise InputError(str(path), "no knowledge-base view here; run `marketkg build ... --out DIR` "
                                        "or `marketkg ingest ... --kg DIR` first")
        try:
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            version = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as exc:
            raise InputError(str(path), f"not a marketkg view ({exc})") from None
        if version is None or version[0] != VIEW_VERSION:
            raise InputError(str(path), "a view of another marketkg version; run `marketkg ingest` on the folder "
                                        "to rebuild it")
        self.path = path
        self._names: dict[str, str] = {}

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> KBView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- loading -------------------------------------------------------------------------
    def _edges(self, where: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(f"SELECT {_EDGE_COLUMNS} FROM edges WHERE {where}", params).fetchall()

    def _edges_of(self, column: str, nodes: Iterable[str], kind: str | None = None) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for part in _slices(sorted(set(nodes))):
            marks = ",".join("?" * len(part))
            extra, params = ("AND kind = ?", [*part, kind]) if kind else ("", part)
            rows += self._edges(f"{column} IN ({marks}) {extra}", params)
        return rows

    def _nodes(self, ids: Iterable[str]) -> list[tuple[int, str, Record]]:
        rows = []
        for part in _slices(sorted(set(ids))):
            marks = ",".join("?" * len(part))
            rows += self.db.execute(f"SELECT seq, id, data FROM nodes WHERE id IN ({marks})", part).fetchall()
        return [(seq, ident, json.loads(data)) for seq, ident, data in rows]

    def _graph(self, edge_rows: Iterable[tuple[Any, ...]], nodes: Iterable[str] = ()) -> nx.MultiDiGraph:
        """The part of the graph made of these edges and nodes, laid out in the order of the
        whole graph (so answers come in the same order as from the whole graph)."""
        edges = {row[0]: row for row in edge_rows}
        ends = {n for row in edges.values() for n in row[1:3]} | set(nodes)
        G = _new_graph()
        for _, ident, data in sorted(self._nodes(ends)):
            G.add_node(ident, **data)
        for ident in sorted(edges):
            _, u, v, key, data, n_ev = edges[ident]
            d = json.loads(data)
            if n_ev >= 0:
                d["evidence"] = _Evidence(self.db, ident, n_ev)
            G.add_edge(u, v, key=key, **d)
        return G

    def _pairs(self, nodes: set[str]) -> list[tuple[str, str, str]]:
        """(u, v, kind), once each, of the edges touching ``nodes``."""
        found: set[tuple[str, str, str]] = set()
        for column in ("u", "v"):
            for part in _slices(sorted(nodes)):
                marks = ",".join("?" * len(part))
                found.update(self.db.execute(f"SELECT DISTINCT u, v, kind FROM edges WHERE {column} IN ({marks})",
                                             part))
        return sorted(found)

    def _around(self, start: set[str], hops: int) -> tuple[set[str], list[tuple[str, str, str]]]:
        """Nodes within ``hops`` of ``start`` (edges either way) and every edge touching those
        nearer than ``hops``: enough to measure any distance up to ``hops``."""
        seen, frontier, pairs = set(start), set(start), []
        for _ in range(hops):
            if not frontier:
                break
            found = self._pairs(frontier)
            pairs += found
            frontier = {n for u, v, _ in found for n in (u, v)} - seen
            seen |= frontier
        return seen, pairs

    def _structure(self, pairs: Iterable[tuple[str, str, str]], nodes: Iterable[str]) -> nx.MultiDiGraph:
        """Nodes with their data, and one edge per (u, v, kind) carrying only its kind."""
        pairs = sorted(set(pairs))
        rows = self._nodes({n for u, v, _ in pairs for n in (u, v)} | set(nodes))
        G = _new_graph()
        for _, ident, data in sorted(rows):
            G.add_node(ident, **data)
        for u, v, kind in pairs:
            G.add_edge(u, v, key=kind, kind=kind)
        return G

    def _node_graph(self, where: str = "1", params: Sequence[Any] = ()) -> nx.MultiDiGraph:
        G = _new_graph()
        for ident, data in self.db.execute(f"SELECT id, data FROM nodes WHERE {where} ORDER BY seq", params):
            G.add_node(ident, **json.loads(data))
        return G

    def _has(self, node: str) -> bool:
        return self.db.execute("SELECT 1 FROM nodes WHERE id = ?", (node,)).fetchone() is not None

    # -- names ---------------------------------------------------------------------------
    def find_entity(self, name: str) -> str:
        """The node ``name`` stands for, as :func:`~marketkg.graph.queries.find_entity` finds it."""
        if self._has(name):
            return name
        exact = [r[0] for r in self.db.execute("SELECT DISTINCT node FROM forms WHERE form = ?",
                                               (queries._fold(name),))]
        if len(exact) == 1:
            return exact[0]
        if not exact:
            from marketkg.ontology.reference import reference

            ticker = reference().tickers.get(name.strip().upper())
            if ticker is not None and self._has(ticker):
                return ticker
            key, security = queries._keyed(name, security=False)
            keyed = [r[0] for r in self.db.execute("SELECT DISTINCT node FROM keyed WHERE key = ? AND security = ?",
                                                   (key, int(security)))]
            if len(keyed) == 1:
                return keyed[0]
        # none or several: the names of every node, to say which come closest
        return queries.find_entity(self._node_graph(), name)

    def name(self, node: str) -> str:
        """The display name of a node (its id when it has none); remembered, as a table names
        the same few nodes on every row."""
        if node not in self._names:
            row = self.db.execute("SELECT data FROM nodes WHERE id = ?", (node,)).fetchone()
            self._names[node] = str((json.loads(row[0]).get("name") if row else None) or node)
        return self._names[node]

    # -- questions -----------------------------------------------------------------------
    def moves_on(self, day: str, *, market: str | None = None) -> list[Record]:
        queries._check_day(day)
        G = self._graph(self._edges("kind = ? AND md = ?", (_MOVE, day[-5:])))
        return queries.moves_on(G, day, market=market)

    def _node_data(self, ids: Iterable[str]) -> dict[str, Record]:
        return {ident: data for _, ident, data in self._nodes(ids)}

    def history(self, entity: str, *, include_undated: bool = False) -> list[Record]:
        node = self.find_entity(entity)
        return history_records(self.db, node, self._node_data([node])[node], include_undated=include_undated)

    def why(self, entity: str, *, day: str | None = None) -> list[Record]:
        node = self.find_entity(entity)
        if day is not None:
            queries._check_day(day)
        return why_records(self.db, node, self._node_data, day=day)

    def driver_moves(self, driver_or_category: str) -> list[Record]:
        drivers = self._node_graph("type = ?", (EntityType.DRIVER.value,))
        hits = queries._driver_nodes(drivers, driver_or_category)
        causes = self._edges_of("u", hits, _CAUSE)
        moves = self._edges_of("u", {r[2] for r in causes}, _MOVE)
        return queries.driver_moves(self._graph(causes + moves, drivers.nodes), driver_or_category)

    def investor_actions(self, *, investor: str | None = None, target: str | None = None) -> list[Record]:
        inv = self.find_entity(investor) if investor is not None else None
        tgt = self.find_entity(target) if target is not None else None
        where, params = ["kind = ?"], [_ACTION]
        for column, node in (("u", inv), ("v", tgt)):
            if node is not None:
                where.append(f"{column} = ?")
                params.append(node)
        G = self._graph(self._edges(" AND ".join(where), params), [n for n in (inv, tgt) if n is not None])
        return queries.investor_actions(G, investor=inv, target=tgt)

    def top_movers(self, *, since: str | None = None, until: str | None = None, n: int | None = 10,
                   direction: str | None = None) -> list[Record]:
        queries.top_movers(_new_graph(), since=since, until=until, n=n, direction=direction)  # checks
        picked: list[int] = []
        floor = None
        rows = self.db.execute("SELECT id, date, direction, abs(pct) FROM edges "
                               "WHERE kind = 'move' AND pct IS NOT NULL ORDER BY abs(pct) DESC")
        for ident, date, way, size in rows:  # largest first; ties with the n-th are kept
            if floor is not None and size < floor:
                break
            if direction not in (None, way):
                continue
            if (since or until) and (date is None or (since and queries._compare(date, since) < 0)
                                     or (until and queries._compare(date, until) > 0)):
                continue
            picked.append(ident)
            if n is not None and len(picked) == n:
                floor = size
        G = self._graph(row for part in _slices(picked)
                        for row in self._edges(f"id IN ({','.join('?' * len(part))})", part))
        return queries.top_movers(G, since=since, until=until, n=n, direction=direction)

    def moved_together(self, entity: str, *, day: str | None = None) -> list[Record]:
        node = self.find_entity(entity)
        if day is not None:
            queries._check_day(day)
        mine = self._edges_of("u", [node], _MOVE)
        sessions = {r[2] for r in mine if queries._on(json.loads(r[4]).get("date"), day)}
        causes = self._edges_of("v", [node], _CAUSE)
        shared = self._edges_of("u", {r[1] for r in causes}, _CAUSE)
        others = self._edges_of("u", {r[2] for r in shared} - {node}, _MOVE)
        G = self._graph(mine + self._edges_of("v", sessions, _MOVE) + causes + shared + others, [node])
        return queries.moved_together(G, node, day=day)

    def neighbours(self, entity: str, *, hops: int = 1, types: Iterable[str] | None = None) -> list[Record]:
        node = self.find_entity(entity)
        near, pairs = self._around({node}, max(hops, 0))
        return queries.neighbours(self._structure(pairs, near), node, hops=hops, types=types)

    def paths(self, a: str, b: str, *, max_len: int = 4, limit: int = 20) -> list[list[Record]]:
        src, dst = self.find_entity(a), self.find_entity(b)
        if max_len < 1 or src == dst:
            return queries.paths(self._node_graph("id IN (?, ?)", (src, dst)), src, dst, max_len=max_len,
                                 limit=limit)
        # every edge of a path of at most max_len steps touches a node within (max_len - 1) // 2 of an end
        near, _ = self._around({src, dst}, (max_len - 1) // 2)
        return queries.paths(self._structure(self._pairs(near), near), src, dst, max_len=max_len, limit=limit)

    def subgraph(self, entity: str, *, hops: int = 1) -> nx.MultiDiGraph:
        """The neighbourhood of ``entity`` with every edge among its nodes and all the edges'
        data, as the in-memory graph holds them (nodes without their ``articles`` lists), for
        :mod:`marketkg.exports.html` or exploration."""
        node = self.find_entity(entity)
        near, _ = self._around({node}, hops)
        rows = [r for r in self._edges_of("u", near) if r[2] in near]
        G = self._graph(rows, near)
        for *_, d in G.edges(data=True):
            if isinstance(d.get("evidence"), _Evidence):
                d["evidence"] = list(d["evidence"])
        return G


class GraphAnswers:
    """The same questions asked of an in-memory graph (a small build, or graph.json)."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G

    def find_entity(self, name: str) -> str:
        return queries.find_entity(self.G, name)

    def name(self, node: str) -> str:
        return str(self.G.nodes[node].get("name") or node) if node in self.G else node

    def __getattr__(self, question: str) -> Any:
        if question not in queries.__all__:
            raise AttributeError(question)
        fn = getattr(queries, question)
        return lambda *args, **kwargs: fn(self.G, *args, **kwargs)


def open_view(folder: str | Path) -> KBView:
    """The view of the knowledge base at ``folder`` (read-only)."""
    return KBView(folder)


def open_answers(folder: str | Path) -> KBView | GraphAnswers:
    """Answers for a knowledge-base folder: from its view, or from graph.json for a folder
    written before views existed (or a graph.json file)."""
    path = Path(folder)
    if (path / VIEW_FILE).is_file() or path.name == VIEW_FILE:
        return KBView(path)
    from marketkg.loaders.graph_file import read_graph_json  # noqa: PLC0415  (graph/ reads the file it wrote)

    return GraphAnswers(read_graph_json(path))
