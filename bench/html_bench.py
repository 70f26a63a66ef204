"""How the HTML explorer scales: render time, page size and time to interactive.

Builds synthetic graphs in the schema of ``marketkg.graph.build`` (about one company
per four edges, plus sessions, sectors, indices, drivers and investors), renders each
with ``to_html`` and opens it in headless Chromium (no network), timing from
navigation start until the page says it is ready (``document.body.dataset.ready``,
set on vis-network's first ``afterDrawing``: the page opens on the latest day, at most
``DRAW_CAP`` nodes), then the time to show another day, all days (capped) and all days
with every node drawn.

    .venv/bin/python bench/html_bench.py [EDGES ...]     # default: 500 5000 20000

Needs chromium, chromium-driver and selenium (as tests/exports/test_browser.py does).
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from marketkg.exports.html import to_html

DAYS = [f"2025-11-{d:02d}" for d in range(3, 29) if d % 7 not in (1, 2)]  # twenty weekdays


def synthetic(edges: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A graph of about ``edges`` edges: half moves, a quarter memberships, causes and actions."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    companies = [f"hkex-{i:04d}" for i in range(max(10, edges // 4))]
    groups = {"sector": [f"sector-s{i}" for i in range(30)], "index": [f"idx-i{i}" for i in range(5)],
              "driver": [f"drv-d{i}" for i in range(50)], "investor": [f"inv-v{i}" for i in range(40)],
              "company": companies}
    for kind, nodes in groups.items():
        for n in nodes:
            G.add_node(n, type=kind, name=f"{kind.title()} {n[n.index('-') + 1:]}", ticker=None, aliases=[],
                       articles=[f"a{rng.randrange(200)}"], **({"category": "other"} if kind == "driver" else {}))
    for day in DAYS:
        G.add_node(f"session-hk-{day}", type="session", name=f"HK session {day}", market="hk", date=day,
                   ticker=None, aliases=[], articles=[])
    while G.graph.setdefault("edges", 0) < edges:  # counted here: a MultiDiGraph counts in O(nodes)
        roll, co, day = rng.random(), rng.choice(companies), rng.choice(DAYS)
        ev = [{"article": "a1", "source": "synthetic.txt", "sentence": f"{co} moved on {day}.", "start": 0, "end": 20}]
        if roll < 0.5:
            pct = round(rng.uniform(-12, 12), 2)
            u, v, key = co, f"session-hk-{day}", f"move:{co}:{day}"
            attrs = dict(kind="move", direction="up" if pct > 0 else "down", change_pct=pct, close=None,
                         turnover=None, approx=False, date=day, market="hk", conflict=False, reports=[],
                         evidence=ev, articles=["a1"])
        elif roll < 0.75:
            u, v = co, rng.choice(groups["sector"] + groups["index"])
            key, attrs = f"member:{u}:{v}", dict(kind="member_of", origin="reference", evidence=[])
        elif roll < 0.9:
            u, v, key = rng.choice(groups["driver"]), co, f"cause:{co}:{day}"
            attrs = dict(kind="cause", date=day, cue="after", causes=["a stated cause"], move=f"move:{co}:{day}",
                         evidence=ev, articles=["a1"])
        else:
            u, v, key = rng.choice(groups["investor"]), co, f"action:{co}:{day}"
            attrs = dict(kind="action", action="bought", date=day, amount="1 million shares", price=None,
                         stake_pct=None, rating_from=None, rating_to=None, evidence=ev, articles=["a1"])
        if not G.has_edge(u, v, key):
            G.add_edge(u, v, key=key, **attrs)
            G.graph["edges"] += 1
    return G


def open_in_chromium(pages: list[Path]) -> list[tuple[float, ...]]:
    """Of each page, in one headless Chromium: ms to ready (the opening view: the latest
    day), the nodes that view draws, and ms to show another day, all days (capped), and
    all days with every node drawn."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1400,900", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                  options=options)
        try:
            timings = []
            for page in pages:
                driver.get(page.as_uri())
                ready = WebDriverWait(driver, 120, poll_frequency=0.02).until(lambda d: d.execute_script(
                    "return document.body.dataset.ready === 'true' && performance.now()"))
                drawn = driver.execute_script("return window.marketkg.shownNodes().length")
                change = [driver.execute_script("""
                    const el = document.getElementById(arguments[0]), t = performance.now();
                    if (el.tagName === 'SELECT') el.value = arguments[1] || el.options[1].value; else el.click();
                    el.dispatchEvent(new Event('change', {bubbles: true}));
                    window.marketkg.network.redraw();
                    return performance.now() - t;""", *step) for step in (("day", ""), ("day", "all"), ("drawall",))]
                timings.append((ready, drawn, *change))
            return timings
        finally:
            driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edges", nargs="*", type=int, default=[500, 5000, 20000])
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for n in args.edges:
            G = synthetic(n)
            start = time.perf_counter()
            page = to_html(G)
            render = time.perf_counter() - start
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(page, encoding="utf-8")
            pages.append(path)
            rows.append((G.number_of_nodes(), G.number_of_edges(), len(page.encode()) / 1e6, render))
        timings = open_in_chromium(pages)
    print(f"{'nodes':>6} {'edges':>6} {'page MB':>8} {'to_html s':>10} {'ready ms':>9} {'drawn':>6} "
          f"{'other day ms':>13} {'all days ms':>12} {'draw all ms':>12}")
    for (nodes, edges, size, render), (ready, drawn, day, every, full) in zip(rows, timings):
        print(f"{nodes:>6} {edges:>6} {size:>8.2f} {render:>10.2f} {ready:>9.0f} {drawn:>6} "
              f"{day:>13.0f} {every:>12.0f} {full:>12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
