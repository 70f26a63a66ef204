"""The explorer tells the story of a market day (issue 13; issue 12 items 13 and 15).

The page data is checked without a browser; the page itself in headless Chromium with
no network (skipped only when Chromium is missing, as in test_browser.py), on the
sample build made by the real command. MARKETKG_SCREENSHOT_DIR=DIR keeps the opening
view and the panel as DIR/explorer.png and DIR/explorer-panel.png (the README's).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pytest

from marketkg.exports.cli import main
from marketkg.exports.html import DRAW_CAP, to_html, write_html
from marketkg.exports.html_data import clean
from marketkg.graph import queries
from marketkg.loaders.graph_file import read_graph_json
from marketkg.ontology.errors import MarketKGError
from tests.exports.test_browser import assert_quiet, browser, choose, open_page, shown  # noqa: F401 (fixture)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
FACTS = ("move", "cause", "action")


def embedded(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """examples/articles built by ``marketkg build`` (graph.html opens on the default day)."""
    out = tmp_path_factory.mktemp("explorer") / "demo"
    run("build", str(EXAMPLES), "--out", str(out), "-j", "1", "-q")
    return out


@pytest.fixture(scope="module")
def G(built: Path) -> nx.MultiDiGraph:
    return read_graph_json(built)


def on_days(G: nx.MultiDiGraph, days: set[str | None]) -> set[str]:
    return {n for u, v, d in G.edges(data=True) if d["kind"] in FACTS and d.get("date") in days for n in (u, v)}


# --- the page's data --------------------------------------------------------------------

def test_opens_on_the_latest_day_or_the_day_asked(G: nx.MultiDiGraph, built: Path) -> None:
    # year-less days sort as `marketkg query` sorts them: --11-25 after 2025-11-21
    assert embedded((built / "graph.html").read_text())["start"] == "--11-25"
    assert embedded(to_html(G, day="2025-11-21"))["start"] == "2025-11-21"
    assert embedded(to_html(G, day="11-24"))["start"] == "--11-24"
    assert embedded(to_html(G, day="undated"))["start"] == "undated"
    assert embedded(to_html(G, around="hkex-9888", hops=1))["start"] == "all"
    with pytest.raises(MarketKGError, match="no facts on day '2025-11-23'.*2025-11-21, --11-24, --11-25, undated"):
        to_html(G, day="2025-11-23")


def test_build_and_html_take_day(built: Path, tmp_path: Path) -> None:
    run("html", "--kg", str(built), "--out", str(tmp_path / "d.html"), "--day", "2025-11-21")
    assert embedded((tmp_path / "d.html").read_text())["start"] == "2025-11-21"
    out = tmp_path / "b"
    run("build", str(EXAMPLES / "001_c3a339af551d19b1.txt"), "--out", str(out), "-j", "1", "-q", "--day", "all")
    assert embedded((out / "graph.html").read_text())["start"] == "all"


def test_day_list_has_undated_and_every_day(G: nx.MultiDiGraph) -> None:
    page = to_html(G)
    options = re.findall(r'<option value="([^"]*)"', page.split('id="day"')[1].split("</select>")[0])
    assert options == ["--11-25", "--11-24", "2025-11-21", "undated", "all", "range"]
    undated = sum(1 for *_, d in G.edges(data=True) if d["kind"] in FACTS and d.get("date") is None)
    assert f"undated ({undated} facts)" in page


def test_evidence_shows_no_markdown(G: nx.MultiDiGraph) -> None:
    # extraction trims markup at a sentence's ends; markup inside one ("**Tencent** rose") reaches the graph
    G = G.copy()
    u, v, d = next((u, v, d) for u, v, d in G.edges(data=True) if d.get("evidence"))
    G.add_edge(u, v, key="markdown", **{**d, "evidence": [{**ev, "sentence": "**Bold** " + ev["sentence"]}
                                                          for ev in d["evidence"]]})
    data = embedded(to_html(G))
    assert any(row[1].startswith("Bold ") for row in data["evidence"])
    assert not [row for row in data["evidence"] if "**" in row[1]]
    assert not [e["title"] for e in data["edges"] if "**" in e["title"]]
    assert clean("a * b and **c** and *d*") == "a * b and c and d"


def test_evidence_names_the_outlet_and_links_the_article(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_node("co", type="company", name="Co", aliases=[], articles=["a1", "a2", "a3"])
    G.add_node("s", type="session", name="HK session 2025-01-02", date="2025-01-02", aliases=[], articles=[])
    sources = {"a1": str(tmp_path / "news" / "a1.txt"), "a2": "https://example.com/a2", "a3": "javascript:alert(1)"}
    G.graph["articles"] = {a: {"source": s, "outlet": "Example Wire" if a == "a1" else None} for a, s in sources.items()}
    for i, (a, s) in enumerate(sources.items()):
        G.add_edge("co", "s", key=f"m{i}", kind="move", direction="up", change_pct=1.0 + i, date="2025-01-02",
                   evidence=[{"article": a, "source": s, "sentence": f"Co rose {a}.", "start": 0, "end": 9}])
    links = embedded(to_html(G, page_dir=tmp_path / "out"))["sources"]
    assert links[sources["a1"]] == {"href": "../news/a1.txt", "outlet": "Example Wire", "name": "a1.txt"}
    assert (tmp_path / "out" / unquote(links[sources["a1"]]["href"])).resolve() == Path(sources["a1"])
    assert links[sources["a2"]]["href"] == "https://example.com/a2"
    assert links[sources["a3"]]["href"] is None  # never a javascript: link


def test_outlet_from_front_matter_reaches_the_page(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("---\npublished: 2025-11-21\nsource: Example Wire\n---\n"
                       "The Hang Seng Index fell 2.38% to 25,222.02. Baidu rose 4.19% after JPMorgan upgraded it.\n")
    out = tmp_path / "kg"
    run("build", str(article), "--out", str(out), "-j", "1", "-q")
    sources = embedded((out / "graph.html").read_text())["sources"]
    assert [s["outlet"] for s in sources.values()] == ["Example Wire"]
    assert sources[str(article)]["href"] == "../wire.txt"


def test_why_lines_are_those_of_query_why(G: nx.MultiDiGraph) -> None:
    data = embedded(to_html(G))
    for node in data["nodes"]:
        expected = queries.why(G, node["id"])
        assert len(node["why"]) == len(expected)
        for mine, theirs in zip(node["why"], expected):
            assert mine["day"] == (theirs["date"] or "undated")
            assert mine["chain"] == [clean(G.nodes[n]["name"]) for n in theirs["chain"]]
            assert mine["causes"] == [clean(c) for c in theirs["causes"]]
            pct = theirs["move"]["change_pct"]
            assert mine["change"] == (theirs["move"]["direction"] or "" if pct is None else f"{pct:+.2f}%")


# --- in the browser ---------------------------------------------------------------------

def counter(driver: Any) -> str:
    return driver.find_element("id", "counter").text


def label_boxes(driver: Any) -> list[dict[str, Any]]:
    return driver.execute_script("return window.marketkg.labels()")


def overlaps(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"]
            and b["y"] < a["y"] + a["h"]]


def keep_screenshot(driver: Any, name: str) -> None:
    if os.environ.get("MARKETKG_SCREENSHOT_DIR"):
        driver.save_screenshot(str(Path(os.environ["MARKETKG_SCREENSHOT_DIR"]) / name))


def test_opening_view_is_the_latest_day_with_readable_labels(browser, built: Path, G: nx.MultiDiGraph) -> None:
    open_page(browser, built / "graph.html")
    drawn = shown(browser)
    assert drawn == on_days(G, {"--11-25"}) and len(drawn) < 80
    assert counter(browser).startswith(f"{len(drawn)} of {G.number_of_nodes()} nodes drawn")
    summary = browser.find_element("id", "summary").text
    assert summary.startswith("On 11-25 (year not given): the Hang Seng Index rose 0.69%.")
    assert "Hesai Group +13.00%" in summary and "Main drivers: Fed rate-cut expectations" in summary
    boxes = label_boxes(browser)
    assert len(boxes) >= 20 and not overlaps(boxes)
    texts = {b["text"] for b in boxes}
    assert {"Hang Seng Index", "Hesai Group"} <= texts
    width, height = browser.execute_script(
        "const g = document.getElementById('graph'); return [g.clientWidth, g.clientHeight]")
    assert all(0 <= b["x"] and b["x"] + b["w"] <= width and 0 <= b["y"] and b["y"] + b["h"] <= height for b in boxes)
    colours = browser.execute_script("""const n = window.marketkg.network.body.data.nodes;
        return ['hkex-2525', 'hkex-0670'].map(id => n.get(id).color)""")
    assert colours[0].startswith("#0") and colours[1].startswith("#6")  # Hesai +13% dark green, China Eastern -6% dark red
    keep_screenshot(browser, "explorer.png")
    choose(browser, "day", "all")
    assert not overlaps(label_boxes(browser))
    assert_quiet(browser)


def test_day_range_undated_and_all_change_what_is_drawn(browser, built: Path, G: nx.MultiDiGraph) -> None:
    open_page(browser, built / "graph.html")
    first = counter(browser)
    choose(browser, "day", "2025-11-21")
    assert shown(browser) == on_days(G, {"2025-11-21"}) and counter(browser) != first
    browser.find_element("id", "next").click()
    assert shown(browser) == on_days(G, {"--11-24"})
    choose(browser, "to", "--11-25")
    assert browser.execute_script("return window.marketkg.view()") == {"mode": "range", "lo": 1, "hi": 2}
    assert shown(browser) == on_days(G, {"--11-24", "--11-25"})
    assert browser.find_element("id", "summary").text.startswith("From 11-24 (year not given) to 11-25")
    choose(browser, "day", "undated")
    assert shown(browser) == on_days(G, {None})
    choose(browser, "day", "all")
    assert shown(browser) == set(G)
    assert counter(browser).startswith(f"{G.number_of_nodes()} of {G.number_of_nodes()} nodes drawn")
    assert_quiet(browser)


def click_node(driver: Any, node: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    x, y = driver.execute_script("""
        const net = window.marketkg.network, p = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]);
        const box = document.getElementById('graph').getBoundingClientRect();
        return [Math.round(p.x - box.width / 2), Math.round(p.y - box.height / 2)];""", node)
    ActionChains(driver).move_to_element_with_offset(driver.find_element("id", "graph"), x, y).click().perform()


def test_clicking_a_node_explains_it_as_query_why_does(browser, built: Path, G: nx.MultiDiGraph) -> None:
    open_page(browser, built / "graph.html")
    choose(browser, "day", "--11-24")
    click_node(browser, "hkex-9888")  # Baidu
    panel = browser.find_element("id", "info")
    assert panel.is_displayed()
    text = panel.text
    why = json.loads(run("query", "why", "Baidu", "--kg", str(built), "--json"))
    assert len(why) == 2
    for record in why:
        assert f"{record['move']['change_pct']:+.2f}%" in text
        assert all(cause in text for cause in record["causes"])
        assert f"{record['name']} -> Baidu Inc" in text
        assert record["evidence"][0]["sentence"] in text
    on_day = json.loads(run("query", "why", "Baidu", "--kg", str(built), "--json", "--date", "11-24"))
    lines = [e.text for e in browser.find_elements("css selector", "#info .why")]
    assert len(lines) == len(on_day) == 1
    assert lines[0].startswith("11-24 (year not given): +4.19% \u2014 Analyst upgrade -> Baidu Inc (analyst_rating), after")
    for move in json.loads(run("query", "history", "Baidu", "--kg", str(built), "--json", "--undated")):
        assert f"{move['change_pct']:+.2f}%" in text
    link = browser.find_element("css selector", "#info .ev a")
    href = link.get_attribute("href")
    assert href.startswith("file://") and Path(unquote(href[len("file://"):])).is_file()
    assert "\u2014 " in link.find_element("xpath", "..").text
    keep_screenshot(browser, "explorer-panel.png")
    assert_quiet(browser)


def test_investor_actions_in_the_panel(browser, built: Path) -> None:
    open_page(browser, built / "graph.html")
    choose(browser, "search", "Lei Jun")
    text = browser.find_element("id", "info").text
    assert "Lei Jun bought Xiaomi Corporation (2.6 million shares, at 38.58" in text
    assert_quiet(browser)


def test_search_opens_the_panel_of_a_node_not_drawn(browser, built: Path) -> None:
    open_page(browser, built / "graph.html")
    choose(browser, "search", "JD.com")
    assert browser.find_element("id", "info").is_displayed()
    assert "is not drawn in this view" in browser.find_element("id", "status").text
    assert_quiet(browser)


def crowded_day(companies: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("s", type="session", name="HK session 2025-01-02", date="2025-01-02", aliases=[], articles=[])
    for i in range(companies):
        G.add_node(f"c{i:04d}", type="company", name=f"Company {i}", aliases=[], articles=["a"])
        G.add_edge(f"c{i:04d}", "s", key="m", kind="move", direction="up", change_pct=i / 100, date="2025-01-02",
                   evidence=[])
    return G


def test_a_crowded_day_draws_the_cap_until_asked(browser, tmp_path: Path) -> None:
    open_page(browser, write_html(crowded_day(DRAW_CAP + 200), tmp_path / "crowded.html"))
    drawn = shown(browser)
    assert len(drawn) == DRAW_CAP and "c0599" in drawn and "c0000" not in drawn  # the largest moves stay
    assert f"of the {DRAW_CAP + 201} in this view" in counter(browser)
    assert not overlaps(label_boxes(browser))
    browser.find_element("id", "drawall").click()
    assert len(shown(browser)) == DRAW_CAP + 201
    assert_quiet(browser)

