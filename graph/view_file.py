"""The merged graph as an indexed SQLite file (``DIR/view.sqlite``), written with the
other views after every ingest, so that a question loads only the nodes and edges it
needs, and the evidence sentences of the facts it shows.

Tables: ``nodes`` (id, order in the graph, type, data as JSON without the long
``articles`` list), ``forms`` and ``keyed`` (every name, alias, ticker and id folded
and keyed as :func:`marketkg.graph.queries.find_entity` compares them), ``edges``
(the edge's ends, key, kind, day, month-day and change as columns for the indexes,
data as JSON without the evidence) and ``evidence`` (one row per sentence of an edge; ``n_ev`` counts them, -1 for an edge with no evidence list).
JSON is written with sorted keys, as graph.json is, so answers are the same dicts.

The file is built under a temporary name and renamed into place: a reader sees the
previous view or the new one, never a mix.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marketkg.graph.queries import _fold, _forms, _keyed
from marketkg.ontology.atomic import temp_beside
from marketkg.ontology.enums import EntityType
from marketkg.ontology.errors import ExportError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["VIEW_FILE", "VIEW_VERSION", "write_view", "dumps"]

#: ``on_edge(u, v, key, data, evidence_texts)`` (see :func:`write_view`)
EdgeSink = Callable[[str, str, str, "dict[str, Any]", "list[str]"], None]

VIEW_FILE = "view.sqlite"
VIEW_VERSION = "1"

#: JSON as graph.json writes it (sorted keys), so records read back compare and print the same
dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, type TEXT, data TEXT NOT NULL);
CREATE TABLE forms (form TEXT NOT NULL, node TEXT NOT NULL);
CREATE TABLE keyed (key TEXT NOT NULL, security INTEGER NOT NULL, node TEXT NOT NULL);
CREATE TABLE edges (id INTEGER PRIMARY KEY, u TEXT NOT NULL, v TEXT NOT NULL, key TEXT NOT NULL, kind TEXT,
                    date TEXT, md TEXT, pct REAL, direction TEXT, data TEXT NOT NULL, n_ev INTEGER NOT NULL);
CREATE TABLE evidence (edge INTEGER NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
                       PRIMARY KEY (edge, seq)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX nodes_type ON nodes (type);
CREATE INDEX forms_form ON forms (form);
CREATE INDEX keyed_key ON keyed (key, security);
CREATE INDEX edges_u ON edges (u, kind);
CREATE INDEX edges_v ON edges (v, kind);
CREATE INDEX edges_day ON edges (kind, md);
CREATE INDEX edges_size ON edges (abs(pct) DESC) WHERE kind = 'move' AND pct IS NOT NULL;
"""


def _node_rows(G: nx.MultiDiGraph):
    for seq, (node, d) in enumerate(G.nodes(data=True)):
        yield node, seq, d.get("type"), dumps({k: v for k, v in d.items() if k != "articles"})


def _edge_rows(G: nx.MultiDiGraph, evidence: list[tuple[int, int, str]], on_edge: EdgeSink | None = None):
    for seq, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        ev = d.get("evidence")
        texts = [dumps(e) for e in ev or ()]
        evidence.extend((seq, i, text) for i, text in enumerate(texts))
        if on_edge is not None:
            on_edge(u, v, key, d, texts)
        date = d.get("date")
        pct = d.get("change_pct")
        yield (seq, u, v, key, d.get("kind"), date, date[-5:] if date else None, pct, d.get("direction"),
               dumps({k: x for k, x in d.items() if k != "evidence"}), -1 if ev is None else len(ev))


def _fill(db: sqlite3.Connection, G: nx.MultiDiGraph, on_edge: EdgeSink | None = None) -> None:
    db.executescript(_SCHEMA)
    db.execute("BEGIN")
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", VIEW_VERSION),
                                                      ("nodes", str(G.number_of_nodes()))])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?)", _node_rows(G))
    security = EntityType.SECURITY.value
    forms: set[tuple[str, str]] = set()
    keyed: set[tuple[str, int, str]] = set()
    for form, node in _forms(G):
        forms.add((_fold(form), node))
        key, sec = _keyed(form, security=G.nodes[node].get("type") == security)
        keyed.add((key, int(sec), node))
    db.executemany("INSERT INTO forms VALUES (?, ?)", sorted(forms))
    db.executemany("INSERT INTO keyed VALUES (?, ?, ?)", sorted(keyed))
    evidence: list[tuple[int, int, str]] = []
    rows = _edge_rows(G, evidence, on_edge)
    while True:  # in slices, so the evidence rows of the whole graph are never held at once
        chunk = [row for _, row in zip(range(20000), rows)]
        if not chunk:
            break
        db.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk)
        db.executemany("INSERT INTO evidence VALUES (?, ?, ?)", evidence)
        evidence.clear()
    db.execute("COMMIT")
    db.executescript(_INDEXES)


def write_view(G: nx.MultiDiGraph, dest: str | Path, on_edge: EdgeSink | None = None) -> Path:
    """Write the view of ``G`` to ``dest`` (atomically); ``on_edge(u, v, key, data, texts)``
    is told each edge, in order, with the JSON texts of its evidence (graph.json reuses them)."""
    dest = Path(dest)
    fd, tmp = temp_beside(dest)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            _fill(db, G, on_edge)
        finally:
            db.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        tmp = ""
    except (OSError, sqlite3.Error) as exc:
        raise ExportError(f"{dest}: cannot write ({getattr(exc, 'strerror', None) or exc})") from None
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
    return dest
