"""The interactive HTML explorer: self-contained, safe, deterministic, selectable."""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import marketkg.exports.html as html_export
from marketkg.exports.html import to_html, write_html
from marketkg.ontology.errors import MarketKGError

EVIL_SCRIPT = "<script>alert(1)</script>"
EVIL_IMG = '"><img src=x onerror=alert(1)>'
SCRIPT_TAGS = 3  # embedded JSON data, vis-network, the page's own controls


@pytest.fixture(scope="module")
def sample(sample_graph) -> nx.MultiDiGraph:
    return sample_graph


def hostile_graph() -> nx.MultiDiGraph:
    """A hand-built graph whose names, figures and evidence try to inject markup."""
    G = nx.MultiDiGraph()
    G.add_node("co-evil", type="company", name=EVIL_SCRIPT, ticker=EVIL_IMG,
               aliases=[EVIL_IMG, "</script><script>alert(2)//"], articles=["a1"])
    G.add_node("drv-evil", type="driver", name=EVIL_IMG, ticker=None, aliases=[], articles=["a1"],
               category="earnings")
    G.add_node("inv-evil", type="investor", name="Fund </script>", ticker=None, aliases=[], articles=["a1"])
    G.add_node("sector-x", type="sector", name="Sector & Co", ticker=None, aliases=[], articles=[])
    G.add_node("session-hk-2025-01-02", type="session", name="HK session 2025-01-02", market="hk",
               date="2025-01-02", ticker=None, aliases=[], articles=["a1"])
    evidence = [{"article": "a1", "source": "https://evil.example/</script>?x=<img src=x onerror=alert(1)>",
                 "sentence": f"{EVIL_SCRIPT} fell 4.65% {EVIL_IMG}", "start": 0, "end": 40}]
    G.add_edge("co-evil", "session-hk-2025-01-02", key="move:co-evil:2025-01-02", kind="move",
               direction="down", change_pct=-4.65, close=12.5, turnover=EVIL_IMG, approx=False,
               date="2025-01-02", market="hk", conflict=False, evidence=evidence, articles=["a1"])
    G.add_edge("drv-evil", "co-evil", key="cause:drv-evil:co-evil:2025-01-02", kind="cause", date="2025-01-02",
               cue=EVIL_SCRIPT, causes=[EVIL_IMG], move="move:co-evil:2025-01-02", evidence=evidence,
               articles=["a1"])
    G.add_edge("inv-evil", "co-evil", key="action:inv-evil:bought:co-evil:2025-01-02", kind="action",
               action="bought", date="2025-01-02", amount=EVIL_SCRIPT, price=None, stake_pct=5.1,
               evidence=evidence, articles=["a1"])
    G.add_edge("co-evil", "sector-x", key="member:co-evil:sector-x", kind="member_of", origin="text",
               evidence=evidence)
    G.graph["articles"] = {"a1": {"source": "https://evil.example/", "title": EVIL_SCRIPT, "published": None,
                                  "trading_day": "2025-01-02", "warnings": []}}
    return G


def embedded(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no embedded graph data"
    return json.loads(match.group(1))


def node_ids(page: str) -> set[str]:
    return {n["id"] for n in embedded(page)["nodes"]}


def test_sample_page_is_self_contained(sample: nx.MultiDiGraph) -> None:
    page = to_html(sample)
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert page.lower().count("</script") == SCRIPT_TAGS


def test_every_node_and_edge_is_embedded(sample: nx.MultiDiGraph) -> None:
    data = embedded(to_html(sample))
    assert {n["id"] for n in data["nodes"]} == set(sample)
    assert len(data["edges"]) == sample.number_of_edges()
    assert len({e["id"] for e in data["edges"]}) == sample.number_of_edges()


def test_edge_labels_and_styles() -> None:
    edges = {e["kind"]: e for e in embedded(to_html(hostile_graph()))["edges"]}
    assert edges["move"]["change"] == "-4.65%" and edges["move"]["color"] == "#d62728"
    assert edges["move"]["day"] == "2025-01-02"
    assert edges["cause"]["dashes"] is True
    assert edges["action"]["action"] == "bought"
    assert edges["member_of"]["width"] < edges["move"]["width"]


def test_hostile_text_stays_text() -> None:
    page = to_html(hostile_graph(), title=EVIL_SCRIPT)
    assert "http://" not in page and "https://" not in page
    assert "<script>alert" not in page and "<img" not in page.lower()
    assert page.lower().count("</script") == SCRIPT_TAGS
    # "onerror=" may only remain inside escaped text (or vis-network's own `image.onerror=`)
    cleaned = page.replace("\\u003cimg src=x onerror=", "").replace("\\u0026lt;img src=x onerror=", "")
    assert not re.findall(r"(?<!image\.)onerror=", cleaned)
    data = embedded(page)
    node = next(n for n in data["nodes"] if n["id"] == "co-evil")
    assert node["label"] == EVIL_SCRIPT  # drawn on the canvas as plain text
    assert EVIL_SCRIPT in node["title"]  # a plain-text tooltip (vis-network sets strings with innerText)
    for edge in data["edges"]:
        assert EVIL_IMG[2:] in edge["title"]
    assert "innerHTML" not in html_export._own_assets()[0]  # the page never parses text as HTML


def test_deterministic_whatever_the_insertion_order(sample: nx.MultiDiGraph) -> None:
    page = to_html(sample)
    assert page == to_html(sample)
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(sample.graph)
    shuffled.add_nodes_from(reversed(list(sample.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(sample.edges(keys=True, data=True))))
    assert to_html(shuffled) == page


def test_caller_graph_is_not_changed(sample: nx.MultiDiGraph) -> None:
    before = copy.deepcopy(sample)
    to_html(sample, max_nodes=10)
    to_html(sample, around=next(iter(sample)), hops=1)
    assert nx.utils.graphs_equal(sample, before)


def test_write_html_is_atomic_and_equals_to_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    G = hostile_graph()
    calls: list[Path] = []
    real = html_export.write_atomic

    def spy(dest: str | Path, data: str | bytes) -> Path:
        calls.append(Path(dest))
        return real(dest, data)

    monkeypatch.setattr(html_export, "write_atomic", spy)
    dest = tmp_path / "out" / "graph.html"
    assert write_html(G, dest, title="t", hops=1) == dest
    assert calls == [dest]
    assert dest.read_text(encoding="utf-8") == to_html(G, title="t", hops=1)
    assert [p.name for p in dest.parent.iterdir()] == ["graph.html"]


def test_max_nodes_keeps_the_best_connected(sample: nx.MultiDiGraph) -> None:
    ids = node_ids(to_html(sample, max_nodes=10))
    assert len(ids) == 10 < sample.number_of_nodes()
    cutoff = min(sample.degree(n) for n in ids)
    assert all(sample.degree(n) <= cutoff for n in set(sample) - ids)
    assert node_ids(to_html(sample, max_nodes=10_000)) == set(sample)


def test_around_keeps_the_neighbourhood(sample: nx.MultiDiGraph) -> None:
    centre = max(sorted(sample), key=sample.degree)
    undirected = sample.to_undirected()
    one = node_ids(to_html(sample, around=centre, hops=1))
    assert one == set(nx.ego_graph(undirected, centre, radius=1))
    assert len(one) < sample.number_of_nodes()
    assert one <= node_ids(to_html(sample, around=centre, hops=2))
    assert node_ids(to_html(sample, around=centre, hops=0)) == {centre}
    capped = node_ids(to_html(sample, around=centre, hops=2, max_nodes=3))
    assert len(capped) == 3 and centre in capped


def test_unknown_around_raises(sample: nx.MultiDiGraph) -> None:
    with pytest.raises(MarketKGError, match="no-such-node"):
        to_html(sample, around="no-such-node")
