"""Issue 15 item 15: a large build's exports. graph.ttl is written as it is made (memory
over the loaded graph stays flat as articles grow) and parses to the same graph as the
old whole-in-memory writer; graph.html carries whole days of facts up to a cap and says
what it left out."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import tracemalloc
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from marketkg.exports import rdf
from marketkg.exports.cli import main
from marketkg.exports.html import DEFAULT_MAX_EDGES, to_html
from marketkg.graph.build import build_graph
from marketkg.loaders.extract import extract_many
from marketkg.loaders.sources import iter_articles

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
BASE = rdf.DEFAULT_BASE_IRI


def old_turtle(G: nx.MultiDiGraph) -> bytes:
    """What the writer did before: every named graph laid out, the union serialized whole."""
    laid_out = rdf._laid_out(G, BASE, rdf._OxTerms())
    union = dict.fromkeys(ox.Triple(*t) for _, triples in laid_out for t in triples)
    return ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=rdf.prefixes(BASE))


def triples(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> set[ox.Triple]:
    return set(ox.parse(data, format=fmt))


def test_turtle_is_the_old_writers_graph_and_deterministic(sample_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    rdf.write_turtle(sample_graph, first)
    rdf.write_turtle(sample_graph, second)
    new, old = first.read_bytes(), old_turtle(sample_graph)
    assert new == second.read_bytes()
    assert new == rdf.serialize(sample_graph, "ttl")  # `export --format ttl` gives the build's bytes
    assert triples(new) == triples(old)
    assert isomorphic(Graph().parse(data=new, format="turtle"), Graph().parse(data=old, format="turtle"))
    assert not list((tmp_path).glob(".*.tmp"))  # no temporary file left beside them


def test_rdfxml_is_the_same_graph(sample_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    dest = rdf.write_rdf(sample_graph, tmp_path / "g.rdf")
    assert triples(dest.read_bytes(), ox.RdfFormat.RDF_XML) == triples(old_turtle(sample_graph))


def test_a_failed_turtle_write_leaves_the_old_file(sample_graph: nx.MultiDiGraph, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "graph.ttl"
    dest.write_text("old")
    from marketkg.exports import rdf_stream

    def broken(*_: Any, **__: Any) -> Any:
        yield from []
        raise KeyboardInterrupt

    monkeypatch.setattr(rdf_stream, "union_triples", broken)
    with pytest.raises(KeyboardInterrupt):
        rdf.write_turtle(sample_graph, dest)
    assert dest.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def _generated_graph(n: int, tmp: Path) -> nx.MultiDiGraph:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    (path,) = gen.write_corpus(n, tmp / str(n), per_file=n)
    return build_graph(list(extract_many(iter_articles([path]))))


def _peak_writing(G: nx.MultiDiGraph, dest: Path) -> tuple[int, int]:
    """(peak of Python memory while the Turtle is written, size of the file)."""
    tracemalloc.start()
    try:
        rdf.write_turtle(G, dest)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, dest.stat().st_size


@pytest.mark.slow
def test_turtle_memory_does_not_grow_with_the_articles(tmp_path: Path) -> None:
    """Twice the articles: the file doubles, the writer's memory does not. The old writer
    held the laid-out triples and the whole file (peak 8x the file, growing with it)."""
    small, large = _generated_graph(100, tmp_path), _generated_graph(200, tmp_path)
    rdf.write_turtle(small, tmp_path / "warm.ttl")  # reference data and vocabulary loaded once
    peak_small, size_small = _peak_writing(small, tmp_path / "small.ttl")
    peak_large, size_large = _peak_writing(large, tmp_path / "large.ttl")
    assert size_large > 1.6 * size_small
    assert peak_large < size_large
    assert peak_large - peak_small < 0.3 * (size_large - size_small), (peak_small, peak_large, size_small, size_large)


def test_build_graph_ttl_still_validates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(EXAMPLES), "--out", str(out), "-q", "--jobs", "1", "--html-max-edges", "5"]) == 0
    assert main(["validate", str(out / "graph.ttl")]) == 0
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert 'id="capnote"' in page
    assert len(embedded(page)["edges"]) < 40  # the sample's first day, with the memberships among its nodes
    again = tmp_path / "again.html"
    assert main(["html", "--kg", str(out), "--out", str(again), "--max-edges", "0"]) == 0
    assert 'id="capnote"' not in again.read_text(encoding="utf-8")


# graph.html: whole days of facts up to a cap

def embedded(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def note(page: str) -> str:
    match = re.search(r'<p class="hint" id="capnote" role="note">(.*?)</p>', page, re.S)
    assert match, "no note on what the page leaves out"
    return match.group(1)


def days_graph(n_days: int, per_day: int, *, name: str = "Co") -> nx.MultiDiGraph:
    """``n_days`` trading days, each with ``per_day`` company moves and one cause of the first."""
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    G.add_node("drv", type="driver", name="Rates", category="monetary_policy", articles=[])
    for i in range(n_days):
        day = (dt.date(2025, 1, 1) + dt.timedelta(days=i)).isoformat()
        art, session = f"a{i}", f"session-hk-{day}"
        G.graph["articles"][art] = {"source": f"{art}.txt", "title": f"wrap-up {i}", "trading_day": day}
        G.add_node(session, type="session", name=f"HK {day}", market="hk", date=day, articles=[art])
        for j in range(per_day):
            co = f"co{j}"
            if co not in G:
                G.add_node(co, type="company", name=f"{name} {j}", articles=[])
            G.nodes[co]["articles"].append(art)
            ev = [{"article": art, "source": f"{art}.txt", "sentence": f"{name} {j} rose {j + 1}% on {day}.",
                   "start": 20 * j, "end": 20 * j + 19}]
            G.add_edge(co, session, key=f"move:{co}:{day}", kind="move", direction="up", change_pct=1.0 + j,
                       date=day, evidence=ev, articles=[art])
        G.add_edge("drv", "co0", key=f"cause:drv:co0:{day}", kind="cause", date=day, move=f"move:co0:{day}",
                   cue="after", causes=["rates fell"], articles=[art],
                   evidence=[{"article": art, "source": f"{art}.txt", "sentence": f"rates fell on {day}",
                              "start": 500, "end": 519}])
    return G


def test_the_page_carries_whole_days_nearest_the_opening_day() -> None:
    G = days_graph(30, 4)  # 5 facts a day, 150 in all
    page = to_html(G, max_edges=16)
    data = embedded(page)
    assert data["days"] == ["2025-01-28", "2025-01-29", "2025-01-30"]  # three whole days fit in 16
    assert data["start"] == "2025-01-30"
    assert {e["day"] for e in data["edges"]} == set(data["days"])
    assert len(data["edges"]) == 15
    why = next(n["why"] for n in data["nodes"] if n["id"] == "co0")
    assert {r["day"] for r in why} == set(data["days"])  # explanations of the days carried only
    assert len(data["evidence"]) == 15  # and only their evidence
    text = note(page)
    assert "15 of the graph&#x27;s 150 edges" in text and "3 of 30 days" in text
    assert "2025-01-28 to 2025-01-30" in text and "--html-max-edges" in text and "marketkg query" in text

    around = embedded(to_html(G, max_edges=16, day="2025-01-10"))
    assert around["days"] == ["2025-01-09", "2025-01-10", "2025-01-11"]
    assert around["start"] == "2025-01-10"


def test_a_page_under_the_cap_is_unchanged() -> None:
    G = days_graph(3, 2)
    assert to_html(G) == to_html(G, max_edges=None)
    assert "capnote" not in to_html(G)


def test_one_day_over_the_cap_is_cut_to_the_cap() -> None:
    data = embedded(to_html(days_graph(2, 30), max_edges=10))
    assert data["days"] == ["2025-01-02"]
    assert len(data["edges"]) == 10


def test_the_note_is_escaped() -> None:
    G = days_graph(5, 2, name="<script>alert(1)</script>")
    for _, _, d in G.edges(data=True):
        d["date"] = d["date"].replace("2025-01-0", "2025-01-<b>")
    page = to_html(G, max_edges=3)
    assert "<b>" not in note(page) and "&lt;b&gt;" in note(page)
    assert "<script>alert" not in page


def test_the_default_cap() -> None:
    assert DEFAULT_MAX_EDGES == 20_000
    with pytest.raises(SystemExit):
        main(["build", str(EXAMPLES), "--out", "x", "--html-max-edges", "-1"])


@pytest.mark.slow
def test_the_default_page_of_a_large_graph_is_capped() -> None:
    G = days_graph(260, 100)  # 26,260 facts
    page = to_html(G)
    data = embedded(page)
    assert 19_000 < len(data["edges"]) <= DEFAULT_MAX_EDGES
    assert data["days"][-1] == "2025-09-17" and len(data["days"]) < 260
    assert "of the graph&#x27;s 26,260 edges" in note(page)
