"""The graph as one self-contained, interactive HTML page that tells the story of a market day.

The page needs no network: vis-network's JS and CSS (shipped with pyvis) are inlined
with the page's own script and styles (``explorer.js``, ``explorer.css`` beside this
module). It opens on the latest trading day (or the ``day`` asked for) and draws only
that view: a day, a range of days, the undated facts or every day, capped at
``DRAW_CAP`` nodes unless the reader asks for all. The script lays each view out by
meaning (indices, markets and sessions in the centre, sectors around them, companies
by sector, drivers and investors outside), colours nodes by their move in the view,
draws only labels that do not collide at the current zoom, writes a summary of the
view, and explains a clicked node in a side panel (moves, causes with evidence and
sources, investor actions, and the lines of ``marketkg query why``).

The same graph always gives the same bytes: nodes, edges and evidence are sorted and
nothing random or time-dependent goes into the page.

Safety: article text is untrusted. It travels only as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and ``/`` escaped
(no text can close the script or leave a ``http://`` in the page), and the script puts
it in the page only with ``textContent`` (tooltips are strings, which vis-network sets
with ``innerText``); it never parses text as HTML.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.edge import Edge
from pyvis.network import Network

from marketkg.exports.html_cap import DEFAULT_MAX_EDGES, cap_days, cap_note
from marketkg.exports.html_data import (ALL, UNDATED, Evidence, article_links, change_text, clean, day_key,
                                        ordered_days, pick_day, why_records)
from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import MarketKGError

__all__ = ["to_html", "write_html", "DRAW_CAP", "DEFAULT_MAX_EDGES"]

#: Node colour and vis-network shape by entity type, with the glyph the legend shows.
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    "company": ("#4e79a7", "dot", "\u25cf"),
    "security": ("#76b7b2", "diamond", "\u25c6"),
    "index": ("#9c755f", "star", "\u2605"),
    "sector": ("#b07aa1", "triangle", "\u25b2"),
    "investor": ("#edc948", "square", "\u25a0"),
    "driver": ("#f28e2b", "hexagon", "\u2b22"),
    "commodity": ("#ff9da7", "triangleDown", "\u25bc"),
    "currency": ("#86bcb6", "triangleDown", "\u25bc"),
    "market": ("#e15759", "square", "\u25a0"),
    "session": ("#a0a0a0", "dot", "\u25cf"),
}
_OTHER_NODE = ("#cccccc", "dot", "\u25cf")
#: Edge colour, width and dashes by kind (moves by direction).
EDGE_STYLE: dict[str, tuple[str, float, bool | list[int]]] = {
    "up": ("#2ca02c", 1.5, False),
    "down": ("#d62728", 1.5, False),
    "flat": ("#999999", 1.5, False),
    "cause": ("#ff7f0e", 1.5, True),
    "action": ("#1f77b4", 1.5, False),
    "member_of": ("#d3d3d3", 0.5, False),
    "security_of": ("#9467bd", 1.0, [2, 4]),
}
_OTHER_EDGE: tuple[str, float, bool | list[int]] = ("#bbbbbb", 1.0, False)
_FACTS = ("move", "cause", "action")
_MAX_EVIDENCE = 3
_LABEL_CHARS = 26
#: at most this many nodes are drawn in one view unless the reader ticks "draw all"
DRAW_CAP = 400
_HERE = Path(__file__).resolve().parent


@cache
def _vis_assets() -> tuple[str, str]:
    """pyvis's bundled vis-network (JS, CSS), made safe to inline.

    ``://`` becomes ``:\\/\\/`` (the same string to JavaScript, but no URL in the page)
    and a ``</script`` could not end the inline script early.
    """
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"</(script)", r"<\\/\1", js.replace("://", ":\\/\\/"), flags=re.IGNORECASE)
    return js, css


def _script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` block (and holds no literal ``://``)."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"))
    for raw, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("/", "\\/")):
        text = text.replace(raw, esc)
    return text


def _select(G: nx.MultiDiGraph, max_nodes: int | None, around: str | None, hops: int) -> nx.MultiDiGraph:
    """The part of ``G`` to draw: ``around``'s neighbourhood, then the best connected nodes."""
    if around is None and (max_nodes is None or max_nodes >= len(G)):
        if max_nodes is not None and max_nodes < 0:
            raise MarketKGError(f"html export: max_nodes must be >= 0, got {max_nodes}")
        return G  # the whole graph: no subgraph view, whose every walk filters
    keep = set(G)
    if around is not None:
        if around not in G:
            raise MarketKGError(f"html export: no node {around!r} in the graph to centre the view on")
        if hops < 0:
            raise MarketKGError(f"html export: hops must be >= 0, got {hops}")
        keep = set(nx.single_source_shortest_path_length(G.to_undirected(as_view=True), around, cutoff=hops))
    if max_nodes is not None:
        if max_nodes < 0:
            raise MarketKGError(f"html export: max_nodes must be >= 0, got {max_nodes}")
        if len(keep) > max_nodes:
            H = G.subgraph(keep)
            ranked = sorted(keep, key=lambda n: (n != around, -H.degree(n), str(n)))
            keep = set(ranked[:max_nodes])
    return G.subgraph(keep)


def _fmt(value: Any) -> str:
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else clean(value)


def _lines(head: str, fields: list[tuple[str, Any]]) -> list[str]:
    """A heading, then ``name: value`` lines for the fields that have a value (plain text)."""
    return [clean(head)] + [f"{k}: {_fmt(v)}" for k, v in fields if v is not None and v != ""]


def _node_tip(node: Any, d: dict[str, Any]) -> str:
    return "\n".join(_lines(d.get("name") or str(node), [
        ("type", d.get("type")), ("ticker", d.get("ticker")), ("category", d.get("category")),
        ("date", d.get("date")), ("aliases", ", ".join(sorted(set(d.get("aliases") or ())))),
        ("articles", len(d.get("articles") or ())), ("id", str(node))]))


def _rating(d: dict[str, Any]) -> str | None:
    rated = d.get("rating_from") or d.get("rating_to")
    return f"{d.get('rating_from') or '?'} \u2192 {d.get('rating_to') or '?'}" if rated else None


def _edge_tip(src: str, dst: str, d: dict[str, Any]) -> str:
    kind = d.get("kind")
    conflict = ", ".join(change_text(r) for r in d.get("reports", ())) if d.get("conflict") else None
    rows = _lines(f"{kind}: {src} \u2192 {dst}", [
        ("date", d.get("date") or (UNDATED if kind in _FACTS else None)), ("direction", d.get("direction")),
        ("change", change_text(d) if kind == "move" and d.get("change_pct") is not None else None),
        ("close", d.get("close")), ("turnover", d.get("turnover")), ("conflicting reports", conflict),
        ("cue", d.get("cue")), ("cause", "; ".join(d.get("causes") or ())),
        ("action", d.get("action")), ("amount", d.get("amount")), ("price", d.get("price")),
        ("stake", None if d.get("stake_pct") is None else f"{d['stake_pct']}%"), ("rating", _rating(d)),
        ("from", d.get("origin"))])
    evidence = d.get("evidence") or []
    rows += [f"\u201c{clean(ev.get('sentence', ''))}\u201d \u2014 {Path(str(ev.get('source', ''))).name}"
             for ev in evidence[:_MAX_EVIDENCE]]
    if len(evidence) > _MAX_EVIDENCE:
        rows.append(f"\u2026 and {len(evidence) - _MAX_EVIDENCE} more")
    return "\n".join(rows)


def _short(name: str) -> str:
    name = clean(name)
    return name if len(name) <= _LABEL_CHARS else name[:_LABEL_CHARS - 1].rstrip() + "\u2026"


def _edge_facts(d: dict[str, Any], evidence: Evidence) -> dict[str, Any]:
    """The figures of a fact edge that the panel and the summary show, evidence as row numbers."""
    kind = d.get("kind")
    facts: dict[str, Any] = {"day": day_key(d.get("date")), "ev": evidence.refs(d.get("evidence"))}
    if kind == "move":
        facts.update(dir=d.get("direction") or "", pct=d.get("change_pct"), change=change_text(d),
                     close=d.get("close"), turnover=clean(d["turnover"]) if d.get("turnover") else None,
                     conflict=", ".join(change_text(r) for r in d.get("reports", ())) if d.get("conflict") else None)
    elif kind == "cause":
        facts.update(cue=clean(d.get("cue") or ""), causes=[clean(c) for c in d.get("causes") or ()])
    else:
        facts.update(action=str(d.get("action") or "").replace("_", " "),
                     amount=clean(d["amount"]) if d.get("amount") else None,
                     price=d.get("price"), stake=d.get("stake_pct"), rating=_rating(d))
    return facts


def _network(G: nx.MultiDiGraph, H: nx.MultiDiGraph, evidence: Evidence, days: set[str] | None = None) -> Network:
    """A pyvis network of ``H``, sorted: styled nodes (the script places them per view) and
    edges, fact edges with their figures and evidence; ``why`` lines come from ``G``."""
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    facts = Counter(n for u, v, kind in H.edges(data="kind") if kind in _FACTS for n in (u, v))
    for node in sorted(H, key=str):
        d = H.nodes[node]
        colour, shape, _glyph = NODE_STYLE.get(d.get("type"), _OTHER_NODE)
        name = clean(d.get("name") or node)
        net.add_node(node, label=_short(name), name=name, shape=shape, color=colour, title=_node_tip(node, d),
                     type=str(d.get("type")), rank=len(d.get("articles") or ()) + facts[node],
                     ticker=d.get("ticker"), category=d.get("category"),
                     terms=sorted({t.lower() for t in [name, *(d.get("aliases") or ())]}),
                     why=why_records(G, node, evidence, days=days) if facts[node] else [])
    names = {node: clean(H.nodes[node].get("name") or node) for node in H}
    parallel: Counter[tuple[Any, Any]] = Counter()
    ordered = sorted(H.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for i, (u, v, _key, d) in enumerate(ordered):
        kind = str(d.get("kind"))
        colour, width, dashes = EDGE_STYLE.get(d.get("direction") if kind == "move" else kind, _OTHER_EDGE)
        nth = parallel[(u, v)]
        parallel[(u, v)] += 1
        extra = _edge_facts(d, evidence) if kind in _FACTS else {"day": ""}
        if nth:  # parallel edges bend apart
            extra["smooth"] = {"type": "curvedCW", "roundness": 0.2 * nth}
        # pyvis's Edge, appended directly: Network.add_edge looks each end up in a list (quadratic)
        net.edges.append(Edge(u, v, True, id=f"e{i}", kind=kind, color=colour, width=width, dashes=dashes,
                              title=_edge_tip(names[u], names[v], d), **extra).options)
    net.options = {
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "nodes": {"font": {"size": 0}, "borderWidth": 2},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "smooth": False},
    }
    return net


def _checkboxes(counts: Counter[str], swatch: dict[str, str]) -> str:
    return "\n".join(f'<label><input type="checkbox" value="{escape(k)}" checked> {swatch.get(k, "")} '
                      f"{escape(k)} ({counts[k]})</label>" for k in sorted(counts))


@cache
def _own_assets() -> tuple[str, str]:
    return ((_HERE / "explorer.js").read_text(encoding="utf-8"), (_HERE / "explorer.css").read_text(encoding="utf-8"))


def _day_label(day: str) -> str:
    return f"{day[2:]} (year not given)" if day.startswith("--") else day


def _controls(types: Counter[str], kinds: Counter[str], days: list[str], undated: int) -> list[str]:
    span = '<span style="color:{}">{}</span>'.format
    node_swatch = {t: span(*NODE_STYLE.get(t, _OTHER_NODE)[::2]) for t in types}
    edge_swatch = {k: span(style[0], "\u254d" if style[2] else "\u2501")  # dashed kinds get a dashed glyph
                   for k in kinds for style in [EDGE_STYLE.get(k, _OTHER_EDGE)]}
    edge_swatch["move"] = "".join(span(EDGE_STYLE[d][0], "\u2501") for d in ("up", "down", "flat"))
    options = [f'<option value="{escape(d)}">{escape(_day_label(d))}</option>' for d in reversed(days)]
    return [
        '<input type="search" id="search" list="names" placeholder="Find an entity\u2026"'
        ' aria-label="Find an entity">', '<datalist id="names"></datalist>', '<div id="status"></div>',
        '<div class="row"><label for="day">Day</label> <button type="button" id="prev" title="previous day">'
        '\u25c0</button><select id="day">', *options,
        *([f'<option value="{UNDATED}">undated ({undated} facts)</option>'] if undated else []),
        f'<option value="{ALL}">all days</option>', '<option value="range" hidden>range</option></select>'
        '<button type="button" id="next" title="next day">\u25b6</button></div>',
        '<div class="row"><label for="from">From</label> <select id="from">',
        *(f'<option value="{escape(d)}">{escape(_day_label(d))}</option>' for d in days),
        '</select> <label for="to">to</label> <select id="to">',
        *(f'<option value="{escape(d)}">{escape(_day_label(d))}</option>' for d in days), "</select></div>",
        '<label><input type="checkbox" id="drawall"> draw every node of the view '
        f"(else the {DRAW_CAP} that matter most)</label>",
        '<fieldset id="types"><legend>Nodes</legend>', _checkboxes(types, node_swatch), "</fieldset>",
        '<fieldset id="kinds"><legend>Edges</legend>', _checkboxes(kinds, edge_swatch), "</fieldset>",
        '<p class="hint">Fill: the move in the view (green up, red down, darker the larger; over a range, '
        "the moves compounded). Labels that would overlap are left out: zoom in or hover to see them. "
        "Click a node for its moves, causes, evidence and investor actions.</p>"]


def to_html(G: nx.MultiDiGraph, *, title: str = "marketkg", max_nodes: int | None = None,
            around: str | None = None, hops: int = 2, day: str | None = None,
            page_dir: str | Path | None = None, max_edges: int | None = DEFAULT_MAX_EDGES) -> str:
    """The graph as one self-contained HTML page (no network access needed).

    ``around`` keeps only the nodes within ``hops`` steps of that node (edges taken
    either way); ``max_nodes`` then keeps the best-connected nodes (ties broken by id).
    The page opens on ``day`` (``YYYY-MM-DD``, ``--MM-DD``, "undated" or "all"; default:
    the latest trading day, or all days with ``around``). Evidence links to article
    files are made relative to ``page_dir`` (default: as the sources were given).
    At most ``max_edges`` fact edges go in the page (None: all), whole days nearest the
    day it opens on (see :mod:`marketkg.exports.html_cap`), with a note saying what was
    left out. Raises :class:`MarketKGError` for an unknown ``around`` node or a day without facts.
    ``G`` is not changed.
    """
    H = _select(G, max_nodes, around, hops)
    fact_days = [d.get("date") for _, _, d in H.edges(data=True) if d.get("kind") in _FACTS]
    days = ordered_days({d for d in fact_days if d})
    undated = sum(d is None for d in fact_days)
    start = pick_day(days, day, has_undated=bool(undated), default=ALL if around is not None else None)
    H, cap = cap_days(H, days, start, max_edges)
    if cap is not None:
        days = [d for d in days if d in cap.days]
        undated = sum(d.get("date") is None for _, _, d in H.edges(data=True) if d.get("kind") in _FACTS)
    evidence = Evidence()
    net = _network(G, H, evidence, set(cap.days) if cap is not None else None)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    sources = {row[4] for row in evidence.rows}
    js, css = _vis_assets()
    own_js, own_css = _own_assets()
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(options), "days": days, "start": start,
               "evidence": evidence.rows, "sources": article_links(G, sources, Path(page_dir) if page_dir else None),
               "cap": DRAW_CAP, "total": G.number_of_nodes()}
    types = Counter(str(n["type"]) for n in nodes)
    kinds = Counter(str(e["kind"]) for e in edges)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>", f"<style>{css}</style>", f"<style>{own_css}</style>", "</head>", "<body>",
        '<div id="panel">', f"<h1>{escape(title)}</h1>", '<div id="counter"></div>',
        *([cap_note(cap, [_day_label(d) for d in days])] if cap is not None else []),
        *_controls(types, kinds, days, undated), "</div>",
        '<div id="summary" aria-live="polite"></div>', '<div id="graph"></div>',
        '<aside id="info" hidden><button type="button" id="close" title="close">\u2715</button>'
        '<div id="info-body"></div></aside>',
        f'<script type="application/json" id="kg-data">{_script_json(payload)}</script>',
        f"<script>{js}</script>", f"<script>{own_js}</script>", "</body>", "</html>", ""])


def write_html(G: nx.MultiDiGraph, dest: str | Path, *, title: str = "marketkg", max_nodes: int | None = None,
               around: str | None = None, hops: int = 2, day: str | None = None,
               max_edges: int | None = DEFAULT_MAX_EDGES) -> Path:
    """Write :func:`to_html` of ``G`` to ``dest`` atomically (evidence links relative to
    its folder); returns the path written."""
    page = to_html(G, title=title, max_nodes=max_nodes, around=around, hops=hops, day=day,
                   page_dir=Path(dest).parent, max_edges=max_edges)
    return write_atomic(dest, page)
