"""Questions answered from a knowledge base's indexed view (view.sqlite) give exactly what
the in-memory graph gives, and `sparql --kg` on the folder's store gives the rows the
in-memory store of the merged graph gives."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from marketkg.exports.cli import main
from marketkg.graph import queries
from marketkg.graph.view import KBView, open_view
from marketkg.loaders.graph_file import read_graph_json
from marketkg.ontology.errors import MarketKGError
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def sample_kb(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kbq") / "demo"
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return out


@pytest.fixture(scope="module")
def generated_kb(tmp_path_factory, small_corpus) -> Path:
    """60 generated articles: companies first seen with a code and later by name alone."""
    out = tmp_path_factory.mktemp("kbg") / "gen"
    assert main(["build", str(small_corpus), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return out


def _same(view: KBView, G, question: str, *args, **kwargs) -> None:
    def ask(fn, *a):
        try:
            return ("ok", fn(*a, *args, **kwargs))
        except MarketKGError as exc:
            return ("error", type(exc).__name__, str(exc))
    expected = ask(getattr(queries, question), G)
    got = ask(getattr(view, question))
    assert got == expected, (question, args, kwargs)


def _check_every_question(kg: Path) -> int:
    G = read_graph_json(kg)
    view = open_view(kg)
    asked = 0
    entities = sorted(n for n, t in G.nodes(data="type") if t != "session")
    days = sorted({d["date"] for *_, d in G.edges(data=True) if d.get("date")})
    for node in entities:
        name = G.nodes[node]["name"]
        for q, kw in (("history", {}), ("history", {"include_undated": True}), ("why", {}), ("moved_together", {}),
                      ("neighbours", {}), ("neighbours", {"hops": 2, "types": ["sector", "company"]})):
            _same(view, G, q, name, **kw)
            asked += 1
        for day in days[:3]:
            _same(view, G, "why", node, day=day)
            _same(view, G, "moved_together", node, day=day)
    for day in days + [f"--{d[-5:]}" for d in days] + ["2024-01-02"]:
        _same(view, G, "moves_on", day)
        _same(view, G, "moves_on", day, market="hk")
    drivers = [G.nodes[n]["name"] for n, t in G.nodes(data="type") if t == "driver"]
    for q in drivers + ["monetary_policy", "earnings", "rate cut", "no such driver"]:
        _same(view, G, "driver_moves", q)
    investors = [n for n, t in G.nodes(data="type") if t == "investor"]
    targets = sorted({v for _, v, d in G.edges(data=True) if d.get("kind") == "action"})
    _same(view, G, "investor_actions")
    for inv in investors:
        _same(view, G, "investor_actions", investor=inv)
    for tgt in targets:
        _same(view, G, "investor_actions", target=tgt)
    for n in (1, 3, 10, None):
        for kw in ({}, {"direction": "down"}, {"since": days[0]}, {"until": "--11-24"},
                   {"since": days[-1], "until": days[-1]}):
            _same(view, G, "top_movers", n=n, **kw)
    for a, b in itertools.islice(itertools.combinations(entities[::3], 2), 60):
        _same(view, G, "paths", a, b)
        _same(view, G, "paths", a, b, max_len=2)
    for bad in ("Nosuchco", "Hang", "BABA", "9988.hk", "700.HK", "hkex-0700", "  alibaba-w "):
        _same(view, G, "history", bad)
        _same(view, G, "why", bad)
    _same(view, G, "top_movers", n=0)
    _same(view, G, "neighbours", entities[0], hops=0)
    _same(view, G, "paths", entities[0], entities[0])
    view.close()
    return asked


def test_the_view_answers_every_question_as_the_whole_graph_does(sample_kb):
    assert _check_every_question(sample_kb) > 300


def test_the_view_answers_as_the_graph_on_generated_articles_with_merged_names(generated_kb):
    assert read_graph_json(generated_kb).number_of_nodes() > 100
    assert _check_every_question(generated_kb) > 300


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_query_commands_print_the_same_from_the_view_as_from_graph_json(sample_kb, tmp_path, capsys):
    old = tmp_path / "old"  # a folder as builds wrote it before views existed: graph.json only
    old.mkdir()
    (old / "graph.json").write_bytes((sample_kb / "graph.json").read_bytes())
    commands = [["why", "Baidu"], ["why", "Baidu", "--date", "11-24"], ["history", "Alibaba"],
                ["history", "Alibaba", "--undated"], ["moves", "--date", "2025-11-21"], ["moves", "--date", "11-24"],
                ["driver", "rate cut"], ["actions", "--target", "Bilibili"], ["actions"], ["top", "-n", "5"],
                ["together", "Hesai"], ["neighbours", "Xiaomi", "--hops", "2", "--type", "sector"],
                ["path", "Hesai", "Xiaomi"], ["why", "Nosuchco"], ["history", "Hang"]]
    for command in commands:
        for fmt in ([], ["--json"]):
            new = _cli(capsys, "query", *command, "--kg", str(sample_kb), *fmt)
            assert new == _cli(capsys, "query", *command, "--kg", str(old), *fmt), command
            assert new[0] in (0, 2)
    assert "JPMorgan" in _cli(capsys, "query", "why", "Baidu", "--kg", str(sample_kb))[1]


def test_evidence_is_read_only_for_the_facts_shown(sample_kb, monkeypatch):
    from marketkg.graph import view as view_module
    from marketkg.graph import view_records

    batches: list[dict[int, list]] = []
    batch = view_records._evidence

    def batched(*args, **kwargs):
        batches.append(batch(*args, **kwargs))
        return batches[-1]
    monkeypatch.setattr(view_records, "_evidence", batched)
    with open_view(sample_kb) as view:
        found = view.why("Baidu")
        # one read, of the causes shown; not the moves whose figures they quote
        assert len(batches) == 1 and sum(map(len, batches[0].values())) == sum(len(r["evidence"]) for r in found)
        batches.clear()
        assert view.history("Baidu") and len(batches) == 1
        assert set(batches[0]) <= {ident for ident, in view.db.execute("SELECT id FROM edges WHERE kind = 'move'")}
    reads: list[int] = []
    load = view_module._Evidence._load

    def counted(self):
        if self._items is None:
            reads.append(self._edge)
        return load(self)
    monkeypatch.setattr(view_module._Evidence, "_load", counted)
    with open_view(sample_kb) as view:
        assert view.top_movers(n=2) and len(reads) == 2


def test_a_question_does_not_read_graph_json(sample_kb, tmp_path, capsys):
    kg = tmp_path / "kg"
    kg.mkdir()
    (kg / "view.sqlite").write_bytes((sample_kb / "view.sqlite").read_bytes())
    (kg / "graph.json").write_text("not json")
    code, out, _ = _cli(capsys, "query", "history", "Alibaba", "--kg", str(kg), "--json")
    assert code == 0 and json.loads(out)[0]["change_pct"] == -4.65


def test_the_view_is_rewritten_by_ingest(sample_kb, tmp_path, capsys):
    kg = tmp_path / "kg"
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("---\npublished: 2025-03-03\n---\nTencent rose 2.1% on Monday after strong results.\n")
    assert main(["ingest", str(src), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    assert [m["change_pct"] for m in open_view(kg).history("Tencent")] == [2.1]
    (src / "b.txt").write_text("---\npublished: 2025-03-04\n---\nTencent fell 1.5% on Tuesday on profit-taking.\n")
    assert main(["ingest", str(src), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    assert [m["change_pct"] for m in open_view(kg).history("Tencent")] == [2.1, -1.5]
    assert open_view(kg).history("Tencent") == queries.history(read_graph_json(kg), "Tencent")


def test_a_missing_or_foreign_view_is_one_line(tmp_path, capsys):
    assert _cli(capsys, "query", "why", "Baidu", "--kg", str(tmp_path / "none"))[0] == 2
    kg = tmp_path / "bad"
    kg.mkdir()
    (kg / "view.sqlite").write_text("not sqlite")
    code, out, err = _cli(capsys, "query", "why", "Baidu", "--kg", str(kg))
    assert code == 2 and err.startswith("marketkg: error:") and len(err.strip().splitlines()) == 1


def test_sparql_on_the_folder_runs_on_its_store_and_gives_the_rows_of_the_merged_graph(sample_kb, tmp_path, capsys,
                                                                                     monkeypatch):
    from marketkg.exports import rdf

    old = tmp_path / "old"  # graph.json only: answered from the merged graph in memory, as before
    old.mkdir()
    (old / "graph.json").write_bytes((sample_kb / "graph.json").read_bytes())
    asks = [["history", "--bind", "entity=Alibaba"], ["history", "--bind", "entity=idx-hsi"],
            ["why_moved", "--bind", "entity=Baidu"], ["moves_on_day", "--bind", "day=2025-11-21"],
            ["moves_on_day", "--bind", "day=--11-24"], ["investor_actions", "--bind", "target=market-hk"],
            ["driver_moves", "--bind", "category=cat:monetary_policy"], ["driver_moves"],
            ["SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a mkg:PriceMove }"]]
    for ask in asks:
        rows = {}
        for kg in (sample_kb, old):
            code, out, err = _cli(capsys, "sparql", ask[0], "--kg", str(kg), *ask[1:], "--format", "csv")
            assert code == 0, err
            rows[kg] = sorted(out.splitlines())
        assert rows[sample_kb] == rows[old] and len(rows[old]) > 1, ask
    # ... and the folder's answer comes from its store, not from a graph built in memory
    monkeypatch.setattr(rdf, "to_store", lambda *a, **k: pytest.fail("built a store in memory"))
    (sample_kb / "graph.json").rename(sample_kb / "graph.json.away")
    try:
        code, out, _ = _cli(capsys, "sparql", "history", "--kg", str(sample_kb), "--bind", "entity=Alibaba")
    finally:
        (sample_kb / "graph.json.away").rename(sample_kb / "graph.json")
    assert code == 0 and "hkex-9988" in out


def test_an_alias_answers_to_its_entity_id_in_the_store(generated_kb):
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(generated_kb / "store"))
    rows = list(store.query("""SELECT ?alias ?id WHERE { GRAPH ?r { ?alias owl:sameAs ?e ; dcterms:identifier ?id }
                                                       ?e dcterms:identifier ?id }""",
                            use_default_graph_as_union=True, prefixes={"owl": "http://www.w3.org/2002/07/owl#", "dcterms": "http://purl.org/dc/terms/"}))
    assert rows and all(str(r["alias"].value).rsplit("/", 1)[1].startswith("co-") for r in rows)


def test_a_subgraph_is_the_neighbourhood_with_all_its_data(sample_kb):
    G = read_graph_json(sample_kb)
    with open_view(sample_kb) as view:
        H = view.subgraph("Baidu", hops=1)
    near = {"hkex-9888"} | {r["id"] for r in queries.neighbours(G, "hkex-9888")}
    assert set(H) == near
    want = G.subgraph(near)
    assert sorted((u, v, k) for u, v, k in H.edges(keys=True)) == sorted((u, v, k) for u, v, k in want.edges(keys=True))
    for u, v, k, d in H.edges(keys=True, data=True):
        expected = {key: x for key, x in want.edges[u, v, k].items()}
        assert d == expected


def test_recovery_removes_a_view_left_half_written(tmp_path):
    from marketkg.exports.cli_kb import open_kb

    kg = tmp_path / "kg"
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("---\npublished: 2025-03-03\n---\nTencent rose 2.1% on Monday after strong results.\n")
    assert main(["ingest", str(src), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    left = kg / ".view.sqlite.abc123.tmp"  # what a writer killed while writing the view leaves
    left.write_bytes(b"half")
    with open_kb(kg) as kb:
        kb._set_meta("state", "dirty")
    with open_kb(kg) as kb:
        assert kb.recovered
    assert not left.exists() and open_view(kg).history("Tencent")[0]["change_pct"] == 2.1
