"""The fast paths of `query why` / `history` (read straight from view.sqlite, issue 14) give
the records the in-memory graph gives, in the same order and with the same keys, and
`marketkg query` starts without the heavy libraries of the other commands."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from marketkg.exports.cli import main
from marketkg.graph.view import GraphAnswers, open_view
from marketkg.graph.view_file import write_view
from marketkg.loaders.graph_file import read_graph_json
from marketkg.ontology.errors import MarketKGError
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def kbs(tmp_path_factory, small_corpus) -> list[Path]:
    built = []
    for name, source in (("demo", EXAMPLES), ("gen", small_corpus)):
        out = tmp_path_factory.mktemp("paths") / name
        assert main(["build", str(source), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
        built.append(out)
    return built


def _answer(fn, *args, **kwargs) -> str:
    try:
        return json.dumps(fn(*args, **kwargs))  # key order too: the table and --json print it
    except MarketKGError as exc:
        return f"{type(exc).__name__}: {exc}"


def test_why_and_history_from_the_view_are_the_graphs_records(kbs):
    conflicts = undated = 0
    for kg in kbs:
        G = read_graph_json(kg)
        graph, view = GraphAnswers(G), open_view(kg)
        days = sorted({d["date"] for *_, d in G.edges(data=True) if d.get("date")})
        asks = [None, *days[:4], *{f"--{d[-5:]}" for d in days[:4]}, "2001-01-01"]
        for node, kind in G.nodes(data="type"):
            if kind == "session":
                continue
            for entity in (node, G.nodes[node].get("name") or node):
                for flag in (False, True):
                    assert _answer(view.history, entity, include_undated=flag) == \
                        _answer(graph.history, entity, include_undated=flag), (kg.name, entity, flag)
                for day in asks:
                    got = _answer(view.why, entity, day=day)
                    assert got == _answer(graph.why, entity, day=day), (kg.name, entity, day)
            history = view.history(node, include_undated=True)
            conflicts += sum("reports" in m for m in history)
            undated += sum(m["date"] is None for m in history)
        for bad in ("Nosuchco", "Hang", "9988.hk", "  alibaba-w "):
            assert _answer(view.why, bad) == _answer(graph.why, bad)
            assert _answer(view.history, bad) == _answer(graph.history, bad)
        view.close()
    assert conflicts and undated  # the paths that read reports and undated moves


def _chained_graph() -> nx.MultiDiGraph:
    """A driver moving a sector that moved an index, dated and undated, with a loop back
    (index -> sector) and causes of several sentences."""
    G = nx.MultiDiGraph()
    for node, kind in (("drv-fed", "driver"), ("sector-gold", "sector"), ("idx-hsi", "index"),
                       ("drv-oil", "driver")):
        G.add_node(node, type=kind, name=node.upper(), aliases=[], articles=["a"], category="monetary_policy")
    G.add_node("session-d", type="session", name="session", date="2025-11-25")
    G.add_node("session-u", type="session", name="session undated")

    def ev(n: int) -> list[dict]:
        return [{"article": "a", "end": i + 1, "sentence": f"s{n}-{i}", "source": f"dir/a{i}.txt", "start": i}
                for i in range(n)]  # keys sorted, as graph.json and the view hold them
    for node in ("sector-gold", "idx-hsi"):
        G.add_edge(node, "session-d", key=f"move:{node}:2025-11-25", kind="move", direction="up", change_pct=1.5,
                   close=2.25, date="2025-11-25", evidence=ev(1), articles=["a"], conflict=node == "idx-hsi",
                   reports=[{"article": "a", "change_pct": 1.5, "direction": "up"}])
        G.add_edge(node, "session-u", key=f"move:{node}:undated-a", kind="move", direction="down", change_pct=None,
                   date=None, evidence=ev(2), articles=["a"])
    causes = [("drv-fed", "sector-gold", "2025-11-25"), ("sector-gold", "idx-hsi", "2025-11-25"),
              ("drv-oil", "idx-hsi", "2025-11-25"), ("idx-hsi", "sector-gold", "2025-11-25"),
              ("drv-fed", "sector-gold", None), ("sector-gold", "idx-hsi", None), ("drv-oil", "sector-gold", None)]
    for i, (u, v, date) in enumerate(causes):
        move = f"move:{v}:{date or 'undated-a'}"
        G.add_edge(u, v, key=f"c{i}", kind="cause", date=date, cue="on", causes=[f"cause {i}"], move=move,
                   evidence=ev(i % 3), articles=["a"])
    G.add_edge("drv-oil", "idx-hsi", key="c-none", kind="cause", date="2025-11-25", cue="as", causes=[],
               move="move:idx-hsi:2031-01-01", articles=["a"])
    return G


def test_why_follows_chains_through_the_view_as_through_the_graph(tmp_path):
    G = _chained_graph()
    write_view(G, tmp_path / "view.sqlite")
    graph, view = GraphAnswers(G), open_view(tmp_path)
    chains = set()
    for node in G:
        for day in (None, "2025-11-25", "--11-25", "2025-11-26"):
            assert _answer(view.why, node, day=day) == _answer(graph.why, node, day=day), (node, day)
            chains |= {tuple(r["chain"]) for r in view.why(node, day=day)}
        for flag in (False, True):
            assert _answer(view.history, node, include_undated=flag) == \
                _answer(graph.history, node, include_undated=flag)
    assert ("drv-fed", "sector-gold", "idx-hsi") in chains and ("idx-hsi", "sector-gold") in chains
    view.close()


def _heavy_imports(*argv: str) -> tuple[str, list[str]]:
    """What ``marketkg ARGV`` prints in a new process, and the heavy libraries it imported."""
    probe = ("import json, sys\nfrom marketkg.exports.cli import main\n"
             "code = main(sys.argv[1:])\n"
             "heavy = {m.split('.')[0] for m in sys.modules} & {'networkx', 'pydantic', 'rdflib', 'pyoxigraph', 'spacy'}\n"
             "print(json.dumps([code, sorted(heavy)]))\n")
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True)
    *printed, last = done.stdout.strip().splitlines()
    code, heavy = json.loads(last)
    assert code == 0
    return "\n".join(printed), heavy


def test_a_query_starts_without_the_libraries_of_the_other_commands(kbs):
    printed, heavy = _heavy_imports("query", "why", "Baidu", "--kg", str(kbs[0]))
    assert "JPMorgan" in printed and heavy == []


def test_history_table_counts_the_undated_moves_it_leaves_out(kbs, capsys):
    kg = kbs[0]
    G = read_graph_json(kg)

    def undated(n: str) -> int:
        return sum(d.get("kind") == "move" and d.get("date") is None for *_, d in G.out_edges(n, data=True))
    node = max(sorted(G), key=undated)
    left = undated(node)
    assert left
    assert main(["query", "history", node, "--kg", str(kg)]) == 0
    out, err = capsys.readouterr()
    assert f"({left} moves no article dated left out" in err
    assert main(["query", "history", node, "--kg", str(kg), "--undated"]) == 0
    assert capsys.readouterr()[0].count("undated") == left


def test_sparql_starts_without_rdflib_and_its_names_are_the_exports(kbs):
    from marketkg.exports import rdf, sparql_names
    from marketkg.ontology.vocab import QUERIES_DIR

    for base in ("https://marketkg.org/id/", "http://example.org/kb/"):
        assert list(sparql_names.prefixes(base).items()) == list(rdf.prefixes(base).items())
    assert sparql_names.prefixes() == rdf.prefixes()
    assert sparql_names.FORMAT_NAMES == tuple(sorted(rdf.FORMATS))
    assert sparql_names.QUERIES_DIR.resolve() == QUERIES_DIR.resolve()
    printed, heavy = _heavy_imports("sparql", "history", "--kg", str(kbs[0]), "--bind", "entity=Alibaba",
                                    "--format", "csv")
    assert "hkex-9988" in printed and heavy == ["pyoxigraph"]
