"""The graph as one self-contained, interactive HTML page (pyvis / vis-network).

The page needs no network: vis-network's JS and CSS (shipped with pyvis) are inlined,
and the few styles and controls (search, type / kind / day filters, neighbourhood
highlight) are written here in plain CSS and JS. Positions are computed here (see
:func:`_layout`) and the browser runs no physics, so a graph of thousands of nodes is
interactive as soon as it is drawn; the page then sets ``document.body.dataset.ready``.
The same graph always gives the same bytes: nodes and edges are sorted, the layout
seed is fixed and nothing random or time-dependent goes into the page.

Safety: every text from the graph is HTML-escaped before it goes into a tooltip (the
page turns that escaped HTML into a DOM element); node and edge labels are drawn on a
canvas as plain text, never parsed as HTML. The data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and ``/`` escaped,
so no text can close the script or leave a ``http://`` in the page.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import MarketKGError

__all__ = ["to_html", "write_html"]

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
    "up": ("#2ca02c", 2.0, False),
    "down": ("#d62728", 2.0, False),
    "flat": ("#999999", 2.0, False),
    "cause": ("#ff7f0e", 1.5, True),
    "action": ("#1f77b4", 1.5, False),
    "member_of": ("#d3d3d3", 0.5, False),
    "security_of": ("#9467bd", 1.0, [2, 4]),
}
_OTHER_EDGE: tuple[str, float, bool | list[int]] = ("#bbbbbb", 1.0, False)
_FACTS = ("move", "cause", "action")
_MAX_EVIDENCE = 5
#: how many of the best-connected nodes get a force-directed layout (the rest are placed around them)
_CORE = 300

_CSS = """
html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, sans-serif; color: #222; }
#panel { position: absolute; top: 0; bottom: 0; left: 0; width: 250px; overflow-y: auto;
         padding: 10px; box-sizing: border-box; border-right: 1px solid #ddd; background: #fafafa; }
#panel h1 { font-size: 16px; margin: 0 0 8px; word-wrap: break-word; }
#panel input[type=search], #panel select { display: block; width: 100%; box-sizing: border-box; }
#panel fieldset { border: 1px solid #ddd; margin: 8px 0; padding: 4px 8px; }
#panel label { display: block; white-space: nowrap; }
#status { color: #b00; min-height: 1.4em; margin: 4px 0; }
.hint { color: #666; font-size: 12px; }
#graph { position: absolute; top: 0; bottom: 0; left: 250px; right: 0; }
div.vis-tooltip { white-space: normal; max-width: 32em; font: 12px/1.4 system-ui, sans-serif; }
"""

_JS = """
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const FACTS = new Set(["move", "cause", "action"]);
  const DIM = "rgba(190,190,190,0.3)";
  const status = document.getElementById("status");
  // Titles are HTML escaped in Python; vis-network shows strings as text, so hand it elements.
  const tip = html => { const el = document.createElement("div"); el.innerHTML = html; return el; };
  const nodes = new vis.DataSet(data.nodes.map(n => Object.assign({}, n, {title: tip(n.title)})));
  const edges = new vis.DataSet(data.edges.map(e => Object.assign({}, e, {title: tip(e.title)})));
  const checked = id => new Set(Array.from(document.querySelectorAll("#" + id + " input:checked"), i => i.value));
  let types = checked("types"), kinds = checked("kinds"), day = "", onDay = new Set();
  // A day keeps its facts, the nodes they touch, and the links among those nodes.
  const nodeView = new vis.DataView(nodes, {filter: n => types.has(n.type) && (!day || onDay.has(n.id))});
  const edgeView = new vis.DataView(edges, {filter: e => kinds.has(e.kind) &&
    (!day || (FACTS.has(e.kind) ? e.day === day : onDay.has(e.from) && onDay.has(e.to)))});
  const network = new vis.Network(document.getElementById("graph"), {nodes: nodeView, edges: edgeView}, data.options);
  network.once("afterDrawing", () => { document.body.dataset.ready = "true"; });
  window.marketkg = {network: network, shownNodes: () => nodeView.getIds(), shownEdges: () => edgeView.getIds()};

  function highlight(id) {  // dim everything but the node, its neighbours and its edges
    const near = id === undefined ? null : new Set(network.getConnectedNodes(id).concat([id]));
    nodes.update(data.nodes.map(n => !near || near.has(n.id) ? {id: n.id, color: n.color, font: n.font}
                                                              : {id: n.id, color: DIM, font: {color: DIM}}));
    edges.update(data.edges.map(e => !near || e.from === id || e.to === id ? {id: e.id, color: e.color, font: e.font}
                                                                            : {id: e.id, color: DIM, font: {color: DIM}}));
  }
  network.on("click", p => highlight(p.nodes[0]));

  const names = document.getElementById("names");
  for (const n of data.nodes) { const o = document.createElement("option"); o.value = n.label; names.appendChild(o); }
  function find(text) {  // exact name or alias first, then any name or alias containing the text
    const q = text.trim().toLowerCase();
    status.textContent = "";
    if (!q) { network.unselectAll(); return highlight(undefined); }
    const hit = data.nodes.find(n => n.terms.includes(q)) || data.nodes.find(n => n.terms.some(t => t.includes(q)));
    if (!hit) { status.textContent = "No entity matches."; return; }
    if (!nodeView.get(hit.id)) { status.textContent = hit.label + " is hidden by the filters."; return; }
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: 1.2, animation: data.nodes.length <= 1000});
    highlight(hit.id);
  }

  document.getElementById("panel").addEventListener("change", ev => {
    if (ev.target.id === "search") return find(ev.target.value);
    types = checked("types"); kinds = checked("kinds"); day = document.getElementById("day").value;
    onDay = new Set(data.edges.filter(e => FACTS.has(e.kind) && kinds.has(e.kind) && e.day === day)
                              .flatMap(e => [e.from, e.to]));
    nodeView.refresh(); edgeView.refresh();
    network.fit({animation: false});
  });
})();
"""


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
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _rows(head: str, fields: list[tuple[str, Any]]) -> list[str]:
    """An escaped bold heading, then ``name: value`` lines for the fields that have a value."""
    rows = [f"<b>{escape(head)}</b>"]
    rows += [f"{escape(k)}: {escape(_fmt(v))}" for k, v in fields if v is not None and v != ""]
    return rows


def _percent(pct: float | None, approx: bool | None) -> str | None:
    return None if pct is None else f"{'~' if approx else ''}{pct:+.2f}%"


def _node_tip(node: Any, d: dict[str, Any]) -> str:
    return "<br>".join(_rows(d.get("name") or str(node), [
        ("type", d.get("type")), ("ticker", d.get("ticker")), ("category", d.get("category")),
        ("date", d.get("date")), ("aliases", ", ".join(sorted(set(d.get("aliases") or ())))),
        ("articles", len(d.get("articles") or ())), ("id", str(node))]))


def _edge_tip(src: str, dst: str, d: dict[str, Any]) -> str:
    kind = d.get("kind")
    conflict = ", ".join(str(_percent(r.get("change_pct"), r.get("approx")) or r.get("direction"))
                         for r in d.get("reports", ())) if d.get("conflict") else None
    rated = d.get("rating_from") or d.get("rating_to")
    rating = f"{d.get('rating_from') or '?'} \u2192 {d.get('rating_to') or '?'}" if rated else None
    rows = _rows(f"{kind}: {src} \u2192 {dst}", [
        ("date", d.get("date")), ("direction", d.get("direction")),
        ("change", _percent(d.get("change_pct"), d.get("approx"))), ("close", d.get("close")),
        ("turnover", d.get("turnover")), ("conflicting reports", conflict),
        ("cue", d.get("cue")), ("cause", "; ".join(d.get("causes") or ())),
        ("action", d.get("action")), ("amount", d.get("amount")), ("price", d.get("price")),
        ("stake", None if d.get("stake_pct") is None else f"{d['stake_pct']}%"),
        ("rating", rating),
        ("from", d.get("origin"))])
    evidence = d.get("evidence") or []
    rows += [f"\u201c{escape(ev.get('sentence', ''))}\u201d <i>\u2014 {escape(str(ev.get('source', '')))}</i>"
             for ev in evidence[:_MAX_EVIDENCE]]
    if len(evidence) > _MAX_EVIDENCE:
        rows.append(f"<i>\u2026 and {len(evidence) - _MAX_EVIDENCE} more</i>")
    return "<br>".join(rows)


def _edge_label(d: dict[str, Any]) -> str:
    kind = d.get("kind")
    if kind == "move":
        return _percent(d.get("change_pct"), d.get("approx")) or str(d.get("direction") or "")
    if kind == "cause":
        return str(d.get("cue") or "")
    if kind == "action":
        return str(d.get("action") or "").replace("_", " ")
    return ""


def _layout(H: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Fixed positions (in pixels), so the browser runs no physics however large the graph.

    The ``_CORE`` best-connected nodes get a Fruchterman-Reingold layout (networkx's
    dense numpy solver: no scipy, fast at that size); every other node then sits in a
    small disc around the mean position of its placed neighbours, placed outward from
    the core; nodes never connected to it ring the picture. Nodes and edges are taken
    in sorted order and the seed is fixed, so the same graph gives the same positions.
    """
    U = nx.Graph()
    U.add_nodes_from(sorted(H, key=str))
    U.add_edges_from(sorted(((u, v) for u, v in H.edges() if u != v), key=lambda e: (str(e[0]), str(e[1]))))
    core = sorted(U, key=lambda n: (-U.degree(n), str(n)))[:_CORE]
    pos = {n: (float(x), float(y)) for n, (x, y) in
           nx.spring_layout(U.subgraph(core), seed=7, method="force").items()} if core else {}
    frontier = sorted({m for n in core for m in U[n]} - set(pos), key=str)
    while frontier:
        placed = {}
        for n in frontier:
            near = [pos[m] for m in U[n] if m in pos]
            turn = zlib.crc32(str(n).encode()) % 3600 / 3600 * math.tau  # a stable pseudo-random point
            reach = 0.03 + 0.05 * math.sqrt(zlib.crc32(str(n)[::-1].encode()) % 1000 / 1000)
            placed[n] = (sum(x for x, _ in near) / len(near) + reach * math.cos(turn),
                         sum(y for _, y in near) / len(near) + reach * math.sin(turn))
        pos.update(placed)
        frontier = sorted({m for n in placed for m in U[n]} - set(pos), key=str)
    rest = [n for n in U if n not in pos]
    for i, n in enumerate(rest):
        pos[n] = (1.3 * math.cos(math.tau * i / len(rest)), 1.3 * math.sin(math.tau * i / len(rest)))
    scale = 70 * math.sqrt(max(len(U), 1))
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


def _network(H: nx.MultiDiGraph) -> Network:
    """A pyvis network of ``H``: styled nodes at fixed positions, edges, all sorted; no physics.

    A node's size grows with how often the graph mentions it (articles and facts) and
    with its largest move; session nodes stay small.
    """
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    facts = Counter(n for u, v, kind in H.edges(data="kind") if kind in _FACTS for n in (u, v))
    moved: dict[Any, float] = {}
    for u, _, d in H.edges(data=True):
        if d.get("kind") == "move" and d.get("change_pct") is not None:
            moved[u] = max(moved.get(u, 0.0), abs(d["change_pct"]))
    pos = _layout(H)
    for node in sorted(H, key=str):
        d = H.nodes[node]
        colour, shape, _glyph = NODE_STYLE.get(d.get("type"), _OTHER_NODE)
        weight = len(d.get("articles") or ()) + facts[node]
        size = 6 if d.get("type") == "session" else min(45.0, round(8 + 3 * math.sqrt(weight)
                                                                    + 1.5 * min(moved.get(node, 0.0), 10), 1))
        name = str(d.get("name") or node)
        net.add_node(node, label=name, shape=shape, color=colour, size=size, title=_node_tip(node, d),
                     type=str(d.get("type")), font={"color": "#222222"}, x=pos[node][0], y=pos[node][1],
                     terms=sorted({t.lower() for t in [name, *(d.get("aliases") or ())]}))
    names = {node: str(H.nodes[node].get("name") or node) for node in H}
    parallel: Counter[tuple[Any, Any]] = Counter()
    ordered = sorted(H.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for i, (u, v, _key, d) in enumerate(ordered):
        kind = str(d.get("kind"))
        colour, width, dashes = EDGE_STYLE.get(d.get("direction") if kind == "move" else kind, _OTHER_EDGE)
        nth = parallel[(u, v)]
        parallel[(u, v)] += 1
        extra = {"day": d.get("date") or ""} if kind in _FACTS else {}
        if nth:  # parallel edges bend apart
            extra["smooth"] = {"type": "curvedCW", "roundness": 0.2 * nth}
        net.add_edge(u, v, id=f"e{i}", kind=kind, label=_edge_label(d), color=colour, width=width,
                     dashes=dashes, title=_edge_tip(names[u], names[v], d), font={"color": "#444444"}, **extra)
    big = H.number_of_edges() > 2000
    net.options = {
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "nodes": {"font": {"size": 13}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "font": {"size": 10, "align": "middle"}},
    }
    return net


def _checkboxes(counts: Counter[str], swatch: dict[str, str]) -> str:
    return "\n".join(f'<label><input type="checkbox" value="{escape(k)}" checked> {swatch.get(k, "")} '
                     f"{escape(k)} ({counts[k]})</label>" for k in sorted(counts))


def to_html(G: nx.MultiDiGraph, *, title: str = "marketkg", max_nodes: int | None = None,
            around: str | None = None, hops: int = 2) -> str:
    """The graph as one self-contained HTML page (no network access needed).

    ``around`` keeps only the nodes within ``hops`` steps of that node (edges taken
    either way); ``max_nodes`` then keeps the best-connected nodes (ties broken by id).
    Raises :class:`MarketKGError` for an unknown ``around`` node. ``G`` is not changed.
    """
    H = _select(G, max_nodes, around, hops)
    nodes, edges, _heading, _height, _width, options = _network(H).get_network_data()
    js, css = _vis_assets()
    types = Counter(str(n["type"]) for n in nodes)
    kinds = Counter(str(e["kind"]) for e in edges)
    days = sorted({e["day"] for e in edges if e.get("day")})
    span = '<span style="color:{}">{}</span>'.format
    node_swatch = {t: span(*NODE_STYLE.get(t, _OTHER_NODE)[::2]) for t in types}
    edge_swatch = {k: span(style[0], "\u254d" if style[2] else "\u2501")  # dashed kinds get a dashed glyph
                   for k in kinds for style in [EDGE_STYLE.get(k, _OTHER_EDGE)]}
    edge_swatch["move"] = "".join(span(EDGE_STYLE[d][0], "\u2501") for d in ("up", "down", "flat"))
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(options)}
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>", f"<style>{css}</style>", f"<style>{_CSS}</style>", "</head>", "<body>",
        '<div id="panel">', f"<h1>{escape(title)}</h1>",
        f"<div>{len(nodes)} of {G.number_of_nodes()} nodes, {len(edges)} edges</div>",
        '<input type="search" id="search" list="names" placeholder="Find an entity\u2026"'
        ' aria-label="Find an entity">', '<datalist id="names"></datalist>', '<div id="status"></div>',
        '<label>Day <select id="day"><option value="">all days</option>',
        *(f'<option value="{escape(d)}">{escape(d)}</option>' for d in days), "</select></label>",
        '<fieldset id="types"><legend>Nodes</legend>', _checkboxes(types, node_swatch), "</fieldset>",
        '<fieldset id="kinds"><legend>Edges</legend>', _checkboxes(kinds, edge_swatch), "</fieldset>",
        '<p class="hint">Node size: how often it is mentioned (articles and facts) and its largest move. '
        "Hover for details and evidence; "
        "click a node to highlight its neighbours, click the background to reset.</p>", "</div>",
        '<div id="graph"></div>',
        f'<script type="application/json" id="kg-data">{_script_json(payload)}</script>',
        f"<script>{js}</script>", f"<script>{_JS}</script>", "</body>", "</html>", ""])


def write_html(G: nx.MultiDiGraph, dest: str | Path, *, title: str = "marketkg", max_nodes: int | None = None,
               around: str | None = None, hops: int = 2) -> Path:
    """Write :func:`to_html` of ``G`` to ``dest`` atomically; returns the path written."""
    return write_atomic(dest, to_html(G, title=title, max_nodes=max_nodes, around=around, hops=hops))
