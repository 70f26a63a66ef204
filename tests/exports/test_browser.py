"""The explorer page in a real browser: headless Chromium, no network.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package; the
tests are skipped only when Chromium itself is missing. Set MARKETKG_SCREENSHOT=PATH
to also keep the screenshot of the sample graph's all-days view there.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from marketkg.exports.html import write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
PWNED = "window.__pwned = 1; alert(1)"


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1400,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_page(driver: Any, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("performance"), driver.get_log("browser")  # start each page with empty logs
    driver.get(path.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def assert_quiet(driver: Any) -> None:
    """No console error, and no request leaving the machine: only file:, data:, blob: and
    about: URLs, and chrome: ones (the browser's own UI, e.g. the search box's drop-down)."""
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    outside = [u for u in requested_urls(driver) if not u.startswith(("file:", "data:", "blob:", "about:", "chrome:"))]
    assert not outside, outside


def painted_pixels(driver: Any) -> int:
    return driver.execute_script("""
        const c = document.querySelector('#graph canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        return n;""")


def shown(driver: Any) -> set[str]:
    return set(driver.execute_script("return window.marketkg.shownNodes()"))


def choose(driver: Any, element_id: str, text: str) -> None:
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    element = driver.find_element("id", element_id)
    if element.tag_name == "select":
        Select(element).select_by_value(text)
    else:
        element.clear()
        element.send_keys(text + Keys.ENTER)


def test_sample_page_renders_filters_and_stays_offline(browser, sample_graph, tmp_path) -> None:
    page = write_html(sample_graph, tmp_path / "graph.html", day="all")
    open_page(browser, page)
    assert browser.execute_script("return Object.keys(window.marketkg.network.getPositions()).length") \
        == sample_graph.number_of_nodes()
    assert shown(browser) == set(sample_graph)
    assert painted_pixels(browser) > 10_000
    screenshot = tmp_path / "explorer.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 20_000
    if os.environ.get("MARKETKG_SCREENSHOT"):
        shutil.copyfile(screenshot, os.environ["MARKETKG_SCREENSHOT"])

    choose(browser, "search", "Baidu")
    assert browser.execute_script("return window.marketkg.network.getSelectedNodes()") == ["hkex-9888"]
    dimmed = browser.execute_script(
        "return window.marketkg.shownNodes().filter(id => typeof window.marketkg.network.body.data.nodes"
        ".get(id).color === 'string' && window.marketkg.network.body.data.nodes.get(id).color.startsWith('rgba'))")
    assert "hkex-1772" in dimmed and "hkex-9888" not in dimmed  # Ganfeng is far from Baidu; Baidu is lit

    choose(browser, "day", "2025-11-21")
    on_day = {n for u, v, d in sample_graph.edges(data=True)
              if d["kind"] in ("move", "cause", "action") and d.get("date") == "2025-11-21" for n in (u, v)}
    assert shown(browser) == on_day and len(on_day) < sample_graph.number_of_nodes()
    choose(browser, "day", "all")
    assert shown(browser) == set(sample_graph)
    assert_quiet(browser)


def hostile_graph() -> nx.MultiDiGraph:
    script = f"<script>{PWNED}</script>"
    img = f'"><img src=x onerror="{PWNED}">'
    G = nx.MultiDiGraph()
    G.add_node("co-evil", type="company", name=script, ticker=img, aliases=[img, f"</script><script>{PWNED}//"],
               articles=["a1"])
    G.add_node("drv-evil", type="driver", name=img, ticker=None, aliases=[], articles=["a1"], category="other")
    G.add_node("session-hk-2025-01-02", type="session", name="HK session 2025-01-02", market="hk",
               date="2025-01-02", ticker=None, aliases=[], articles=["a1"])
    evidence = [{"article": "a1", "source": f"javascript:{PWNED}", "sentence": f"{script} fell 4.65% {img}",
                 "start": 0, "end": 40}]
    G.add_edge("co-evil", "session-hk-2025-01-02", key="m", kind="move", direction="down", change_pct=-4.65,
               close=None, turnover=img, approx=False, date="2025-01-02", market="hk", conflict=False,
               evidence=evidence, articles=["a1"])
    G.add_edge("drv-evil", "co-evil", key="c", kind="cause", date="2025-01-02", cue=script, causes=[img],
               move="m", evidence=evidence, articles=["a1"])
    return G


def test_hostile_text_never_runs(browser, tmp_path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    page = write_html(hostile_graph(), tmp_path / "hostile.html", title=f"<script>{PWNED}</script>")
    open_page(browser, page)  # an alert would make every later call raise UnexpectedAlertPresentException
    assert shown(browser) == {"co-evil", "drv-evil", "session-hk-2025-01-02"}
    choose(browser, "search", "<script>")
    choose(browser, "day", "2025-01-02")
    x, y = browser.execute_script("""
        const net = window.marketkg.network, p = net.canvasToDOM(net.getPositions(['co-evil'])['co-evil']);
        const box = document.getElementById('graph').getBoundingClientRect();
        return [Math.round(p.x - box.width / 2), Math.round(p.y - box.height / 2)];""")
    ActionChains(browser).move_to_element_with_offset(browser.find_element("id", "graph"), x, y).pause(1).perform()
    tooltip = browser.execute_script("const t = document.querySelector('div.vis-tooltip'); return t && t.textContent")
    assert tooltip and f"<script>{PWNED}</script>" in tooltip  # shown as text
    assert browser.execute_script("return window.__pwned === undefined && document.images.length === 0")
    assert browser.title == f"<script>{PWNED}</script>"
    assert_quiet(browser)
