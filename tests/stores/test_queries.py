"""The shipped SPARQL queries give the answers of the Python graph queries
(marketkg.graph.queries), in the embedded store and in real stores after a push.

Answers are compared as sets of ids and values, never as formatted text. The
servers cannot take SEP-0007 bindings, so there the query runs unbound (every
shipped query projects its parameter) and rows are kept where the parameter has
the bound value: no query text is ever edited.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest

from marketkg.exports.cli_rdf import binding, push_graphs, run_sparql
from marketkg.graph import queries as Q
from marketkg.ontology.vocab import CATEGORY_NS, QUERIES_DIR
from tests.stores.conftest import QUERIES, Server, norm

Row = dict[str, Any]


def _direct(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if len(r["chain"]) == 2]


# (query, parameter, value, rows -> answer, graph -> the same answer from marketkg.graph.queries)
CASES: list[tuple[str, str, str, Callable[[list[Row]], Any], Callable[[nx.MultiDiGraph], Any]]] = [
    ("moves_on_day", "day", "2025-11-21",
     lambda rows: {(r["entity"], r["direction"], r.get("change"), r.get("close")) for r in rows},
     lambda G: {(r["entity"], r["direction"], r["change_pct"], r["close"]) for r in Q.moves_on(G, "2025-11-21")
                if r["date"] == "2025-11-21"}),
    ("moves_on_day", "day", "--11-25",
     lambda rows: {(r["entity"], r["direction"], r.get("change"), r.get("close")) for r in rows},
     lambda G: {(r["entity"], r["direction"], r["change_pct"], r["close"]) for r in Q.moves_on(G, "--11-25")
                if r["date"] == "--11-25"}),
    ("history", "entity", "idx-hsi",
     lambda rows: {(r.get("day"), r["direction"], r.get("change"), r.get("close")) for r in rows},
     lambda G: {(r["date"], r["direction"], r["change_pct"], r["close"])
                for r in Q.history(G, "idx-hsi", include_undated=True)}),
    ("why_moved", "entity", "hkex-9888",
     lambda rows: ({(r["driver"], r.get("day"), r.get("cue")) for r in rows}, {r["cause"] for r in rows}),
     lambda G: ({(r["driver"], r["date"], r["cue"]) for r in _direct(Q.why(G, "hkex-9888"))},
                {c for r in _direct(Q.why(G, "hkex-9888")) for c in r["causes"]})),
    ("why_moved", "entity", "idx-hsi",
     lambda rows: ({(r["driver"], r.get("day"), r.get("cue")) for r in rows}, {r["cause"] for r in rows}),
     lambda G: ({(r["driver"], r["date"], r["cue"]) for r in _direct(Q.why(G, "idx-hsi"))},
                {c for r in _direct(Q.why(G, "idx-hsi")) for c in r["causes"]})),
    ("driver_moves", "category", "cat:monetary_policy",
     lambda rows: {(r["driver"], r["entity"], r.get("day"), r.get("direction"), r.get("change")) for r in rows},
     lambda G: {(r["driver"], r["entity"], r["date"], r["direction"], r["change_pct"])
                for r in Q.driver_moves(G, "monetary_policy")}),
    ("investor_actions", "target", "hkex-1810",
     lambda rows: {(r["investor"], r["action"], r.get("day"), r.get("amount"), r.get("price"), r.get("stake"))
                   for r in rows},
     lambda G: {(r["investor"], r["action"], r["date"], r["amount"], r["price"], r["stake_pct"])
                for r in Q.investor_actions(G, target="hkex-1810")}),
    ("investor_actions", "target", "market-hk",
     lambda rows: {(r["investor"], r["action"], r.get("day"), r.get("amount"), r.get("price"), r.get("stake"))
                   for r in rows},
     lambda G: {(r["investor"], r["action"], r["date"], r["amount"], r["price"], r["stake_pct"])
                for r in Q.investor_actions(G, target="market-hk")}),
]
IDS = [f"{q}-{v}" for q, _, v, *_ in CASES]


def _text(name: str) -> str:
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _value(term: Any) -> Any:
    return norm(term.value, term.datatype.value if isinstance(term, ox.Literal) else None)


def _embedded(G: nx.MultiDiGraph, name: str, param: str, value: str) -> list[Row]:
    results = run_sparql(G, _text(name), {param: binding(value)})
    names = [v.value for v in results.variables]
    return [{n: _value(sol[n]) for n in names if sol[n] is not None} for sol in results]


def test_every_shipped_query_is_cross_checked():
    assert {q for q, *_ in CASES} == set(QUERIES)


@pytest.mark.parametrize(("name", "param", "value", "answer", "expected"), CASES, ids=IDS)
def test_embedded_store_answers_as_the_graph_queries(sample_graph, name, param, value, answer, expected):
    rows = _embedded(sample_graph, name, param, value)
    assert rows, "the case should have answers in the sample graph"
    assert answer(rows) == expected(sample_graph)


@pytest.fixture(scope="module")
def pushed(server: Server, sample_graph: nx.MultiDiGraph) -> Server:
    report = push_graphs(sample_graph, server.graph_store, user=server.user, password=server.password)
    assert report.error is None, report.error
    return server


@pytest.mark.parametrize(("name", "param", "value", "answer", "expected"), CASES, ids=IDS)
def test_servers_answer_as_the_graph_queries(pushed, sample_graph, name, param, value, answer, expected):
    wanted = _value(binding(value)) if not value.startswith("cat:") else str(CATEGORY_NS[value[4:]])
    rows = [r for r in pushed.select(_text(name)) if r.get(param) == wanted]
    assert answer(rows) == expected(sample_graph)
