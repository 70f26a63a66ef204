"use strict";
// The explorer's own script (see marketkg/exports/html.py). Text from the graph goes into the
// page only through textContent, Text nodes and vis-network's string tooltips (innerText).
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = id => document.getElementById(id);
  const FACTS = new Set(["move", "cause", "action"]);
  const CENTRE = new Set(["index", "market", "session"]);
  const GROUPS = new Set(["sector", "commodity", "currency"]);
  const OUTER = new Set(["driver", "investor"]);
  const TYPE_RANK = {index: 60, market: 40, session: 30, sector: 8, driver: 10, investor: 8, commodity: 6,
                     currency: 6, company: 0, security: 0};
  const SIZE = {index: 18, market: 15, session: 9, sector: 13, driver: 12, investor: 11, commodity: 11,
                currency: 11, company: 8, security: 7};
  const SP = 60, DIM = "rgba(200,200,200,0.35)", FONT = "12px system-ui, sans-serif", MAX_LABELS = 300;
  const byId = new Map(data.nodes.map(n => [n.id, n]));
  const dayIndex = new Map(data.days.map((d, i) => [d, i]));
  const facts = data.edges.filter(e => FACTS.has(e.kind)), links = data.edges.filter(e => !FACTS.has(e.kind));
  const push = (map, key, value) => { const list = map.get(key); if (list) list.push(value); else map.set(key, [value]); };
  const touching = new Map(), groupsOf = new Map();
  for (const e of data.edges) { push(touching, e.from, e); if (e.to !== e.from) push(touching, e.to, e); }
  for (const e of links) if (e.kind === "member_of" && GROUPS.has(byId.get(e.to).type)) push(groupsOf, e.from, e.to);
  for (const e of links) if (e.kind === "security_of" && !groupsOf.has(e.from)) groupsOf.set(e.from, groupsOf.get(e.to) || []);
  const type = id => byId.get(id).type, name = id => byId.get(id).name;
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const checked = id => new Set(Array.from(document.querySelectorAll("#" + id + " input:checked"), i => i.value));
  const dayLabel = d => d === "undated" ? "undated" : d.startsWith("--") ? d.slice(2) + " (year not given)" : d;
  const byDay = (a, b) => (dayIndex.has(a.day) ? dayIndex.get(a.day) : 1e9) - (dayIndex.has(b.day) ? dayIndex.get(b.day) : 1e9);

  let view = {mode: "all", lo: 0, hi: data.days.length - 1};
  let types = checked("types"), kinds = checked("kinds"), drawAll = false;
  let shown = {ids: [], edges: [], order: [], size: new Map(), look: new Map()}, current = null, labelBoxes = [];
  const network = new vis.Network($("graph"), {nodes: [], edges: []}, data.options);

  function dayOk(day) {
    if (view.mode === "all") return true;
    if (view.mode === "undated") return day === "undated";
    const i = dayIndex.get(day);
    return i !== undefined && i >= view.lo && i <= view.hi;
  }

  // --- what a view draws -------------------------------------------------------------
  function computeView() {
    const inView = facts.filter(e => kinds.has(e.kind) && dayOk(e.day) && types.has(type(e.from)) && types.has(type(e.to)));
    const move = new Map(), count = new Map();
    for (const e of inView) {
      count.set(e.from, (count.get(e.from) || 0) + 1); count.set(e.to, (count.get(e.to) || 0) + 1);
      if (e.kind !== "move") continue;
      const m = move.get(e.from) || {f: 1, known: false, dir: e.dir};
      if (e.pct !== null && e.pct !== undefined) { m.f *= 1 + e.pct / 100; m.known = true; }
      if (m.dir !== e.dir) m.dir = "mixed";
      move.set(e.from, m);
    }
    if (view.mode === "all") for (const n of data.nodes) if (types.has(n.type) && !count.has(n.id)) count.set(n.id, 0);
    for (const m of move.values()) m.pct = m.known ? (m.f - 1) * 100 : null;
    const score = new Map();
    for (const [id, k] of count) {
      const m = move.get(id);
      score.set(id, (TYPE_RANK[type(id)] || 0) + k + byId.get(id).rank + (m && m.known ? 3 * Math.abs(m.pct) : 0));
    }
    const bySc = (a, b) => score.get(b) - score.get(a) || cmp(a, b);
    const all = Array.from(count.keys()).sort(bySc);
    const ids = drawAll ? all : all.slice(0, data.cap);
    const keep = new Set(ids);
    const edges = inView.filter(e => keep.has(e.from) && keep.has(e.to))
      .concat(links.filter(e => kinds.has(e.kind) && keep.has(e.from) && keep.has(e.to)));
    return {ids, all: all.length, edges, inView, move, score, bySc};
  }

  // --- layout: indices, markets, sessions in the centre; groups around; members by group; drivers outside
  function layout(v) {
    const pos = new Map(), T = type;
    const place = (id, r, a) => pos.set(id, [r * Math.cos(a), r * Math.sin(a), a]);
    const ring = (list, r, phase) => list.forEach((id, i) => place(id, list.length > 1 || r ? r : 0, phase + 2 * Math.PI * i / list.length));
    const ids = v.ids.slice().sort(v.bySc);
    const sessions = ids.filter(id => T(id) === "session"), hubs = ids.filter(id => CENTRE.has(T(id)) && T(id) !== "session");
    const rs = sessions.length > 1 ? Math.max(SP, sessions.length * SP / (2 * Math.PI)) : 0;
    ring(sessions, rs, -Math.PI / 2);
    const r0 = rs + Math.max(1.6 * SP, hubs.length * 1.5 * SP / (2 * Math.PI));
    ring(hubs, r0, -Math.PI / 2 + 0.4);
    const groups = ids.filter(id => GROUPS.has(T(id)));
    const members = new Map(groups.map(g => [g, []])), loose = [], votes = new Map();
    const rest = ids.filter(id => !CENTRE.has(T(id)) && !GROUPS.has(T(id)) && !OUTER.has(T(id)));
    for (const id of rest) for (const g of groupsOf.get(id) || []) if (members.has(g)) votes.set(g, (votes.get(g) || 0) + 1);
    for (const id of rest) {
      const cands = (groupsOf.get(id) || []).filter(g => members.has(g)).sort((a, b) => votes.get(b) - votes.get(a) || cmp(a, b));
      if (cands.length) members.get(cands[0]).push(id); else loose.push(id);
    }
    const wedges = groups.map(g => [g, members.get(g)]).sort((a, b) => b[1].length - a[1].length || v.bySc(a[0], b[0]));
    if (loose.length) wedges.push([null, loose]);
    const weight = w => Math.max(1, w[1].length) + 0.5;
    const total = wedges.reduce((s, w) => s + weight(w), 0);
    const rg = r0 + Math.max(1.6 * SP, wedges.length * 1.6 * SP / (2 * Math.PI));
    let a = -Math.PI / 2, maxR = rg;
    for (const [g, list] of wedges) {
      const span = 2 * Math.PI * weight([g, list]) / total, mid = a + span / 2;
      if (g) place(g, rg, mid);
      let r = rg + 1.4 * SP, k = 0;
      while (k < list.length) {
        const fit = Math.max(1, Math.floor(span * r / SP)), row = list.slice(k, k + fit);
        const step = Math.min(SP / r, span / row.length);
        row.forEach((id, j) => place(id, r + (j % 2) * 0.35 * SP, mid + (j - (row.length - 1) / 2) * step));
        k += row.length; maxR = Math.max(maxR, r + 0.35 * SP); r += 1.1 * SP;
      }
      a += span;
    }
    const outer = ids.filter(id => OUTER.has(T(id))).map(id => {
      let x = 0, y = 0;
      for (const e of touching.get(id) || []) {
        const p = pos.get(e.from === id ? e.to : e.from);
        if (p && e.kind !== "member_of") { x += Math.cos(p[2]); y += Math.sin(p[2]); }
      }
      return [id, x || y ? Math.atan2(y, x) : 0];
    }).sort((p, q) => p[1] - q[1] || cmp(p[0], q[0]));
    const R = Math.max(maxR + 2 * SP, outer.length * 1.2 * SP / (2 * Math.PI));
    const gap = 1.2 * SP / R;
    for (let i = 1; i < outer.length; i++) outer[i][1] = Math.max(outer[i][1], outer[i - 1][1] + gap);
    if (outer.length && outer[outer.length - 1][1] - outer[0][1] > 2 * Math.PI - gap)
      outer.forEach((o, i) => { o[1] = outer[0][1] + 2 * Math.PI * i / outer.length; });
    outer.forEach(([id, ang], i) => place(id, R + (i % 2) * 0.9 * SP, ang));
    const left = ids.filter(id => !pos.has(id));
    ring(left, R + 2.5 * SP, 0);
    return pos;
  }

  // --- colour by the move in the view ------------------------------------------------
  const mix = (c1, c2, t) => "#" + [0, 2, 4].map(i => Math.round(parseInt(c1.substr(i + 1, 2), 16) * (1 - t) +
    parseInt(c2.substr(i + 1, 2), 16) * t).toString(16).padStart(2, "0")).join("");
  function moveColour(m) {
    if (m.pct === null) return m.dir === "up" ? "#a1d99b" : m.dir === "down" ? "#fc9272" : "#d9d9d9";
    const t = Math.min(Math.abs(m.pct) / 6, 1);
    if (Math.abs(m.pct) < 0.005) return "#d9d9d9";
    return m.pct > 0 ? mix("#c7e9c0", "#00441b", t) : mix("#fcbba1", "#67000d", t);
  }

  function render() {
    const v = computeView(), pos = layout(v);
    const size = new Map(), look = new Map();
    const nodes = v.ids.map(id => {
      const n = byId.get(id), m = v.move.get(id), p = pos.get(id);
      const fill = m ? moveColour(m) : n.color;
      const s = (SIZE[n.type] || 8) + (m && m.pct !== null ? Math.min(10, 2 * Math.sqrt(Math.abs(m.pct))) : 0);
      const color = fill;  // one string: per-node colour objects make vis-network's setData slower
      size.set(id, s); look.set(id, color);
      return {id, x: p[0], y: p[1], shape: n.shape, size: s, color, title: n.title};
    });
    const big = v.edges.length > 3000;  // arrows and dashes cost most of drawing thousands of edges
    const edges = v.edges.map(e => ({id: e.id, from: e.from, to: e.to, color: e.color, width: e.width,
                                     dashes: big ? false : e.dashes, title: e.title, smooth: e.smooth}));
    network.setOptions({edges: {arrows: {to: {enabled: !big, scaleFactor: 0.4}}}});
    current = {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)};
    shown = {ids: v.ids, edges: v.edges, order: v.ids.slice().sort(v.bySc), size, look, dimmed: new Set()};
    network.setData(current);
    network.fit({animation: false});
    const capped = v.ids.length < v.all;
    $("counter").textContent = `${v.ids.length} of ${data.total} nodes drawn, ${v.edges.length} edges` +
      (capped ? ` (the ${v.ids.length} that matter most of the ${v.all} in this view)` : "");
    $("summary").textContent = summarize(v.inView);
    network.redraw();
  }

  // --- labels: the most important first, none over another label or node -------------
  function placeLabels(ctx) {
    const el = $("graph"), W = el.clientWidth, H = el.clientHeight, scale = network.getScale();
    const pos = network.getPositions(shown.order), cell = 64, grid = new Map(), placed = [];
    const cells = b => { const out = [];
      for (let x = Math.floor(b.x / cell); x <= Math.floor((b.x + b.w) / cell); x++)
        for (let y = Math.floor(b.y / cell); y <= Math.floor((b.y + b.h) / cell); y++) out.push(x + "," + y);
      return out; };
    const hits = b => cells(b).some(c => (grid.get(c) || []).some(o => o.id !== b.id && b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h));
    const add = b => cells(b).forEach(c => push(grid, c, b));
    const dom = {};
    for (const id of shown.order.slice(0, 3000)) {
      const p = network.canvasToDOM(pos[id]), r = shown.size.get(id) * scale;
      dom[id] = p;
      add({x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, id});
    }
    for (const id of shown.order) {
      if (placed.length >= MAX_LABELS || !dom[id]) break;
      const text = byId.get(id).label, p = dom[id], w = ctx.measureText(text).width + 4, r = shown.size.get(id) * scale + 1;
      const spots = [[p.x - w / 2, p.y + r], [p.x - w / 2, p.y - r - 15], [p.x + r, p.y - 7.5], [p.x - r - w, p.y - 7.5]];
      const b = spots.map(([x, y]) => ({x, y, w, h: 15, id, text}))  // below, above, right, left
        .find(b => b.x >= 0 && b.x + b.w <= W && b.y >= 0 && b.y + b.h <= H && !hits(b));
      if (b) { add(b); placed.push(b); }
    }
    return placed;
  }
  network.on("afterDrawing", ctx => {
    const ratio = window.devicePixelRatio || 1;
    ctx.save(); ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = FONT; ctx.textBaseline = "top";
    labelBoxes = placeLabels(ctx);
    for (const b of labelBoxes) {
      ctx.fillStyle = "rgba(255,255,255,0.7)"; ctx.fillRect(b.x, b.y, b.w, b.h);
      ctx.fillStyle = shown.dimmed.has(b.id) ? "#bbbbbb" : "#222222"; ctx.fillText(b.text, b.x + 2, b.y + 1);
    }
    ctx.restore();
    document.body.dataset.ready = "true";
  });

  // --- the summary of a view ---------------------------------------------------------
  const pct = x => (x > 0 ? "+" : "") + x.toFixed(2) + "%";
  const fmt = x => typeof x === "number" ? x.toLocaleString("en-US", {maximumFractionDigits: 2}) : String(x);
  function viewLabel() {
    if (view.mode === "all") return `All days (${data.days.length} trading days${data.days.length ? ", " + dayLabel(data.days[0]) + " to " + dayLabel(data.days[data.days.length - 1]) : ""})`;
    if (view.mode === "undated") return "Facts no article dated";
    return view.lo === view.hi ? "On " + dayLabel(data.days[view.lo]) : `From ${dayLabel(data.days[view.lo])} to ${dayLabel(data.days[view.hi])}`;
  }
  function summarize(inView) {
    const moves = inView.filter(e => e.kind === "move").sort(byDay), many = view.mode !== "day" || view.lo !== view.hi;
    const parts = [], when = e => many ? ` (${dayLabel(e.day)})` : "";
    const indices = Array.from(new Set(moves.filter(e => type(e.from) === "index").map(e => e.from)))
      .sort((a, b) => byId.get(b).rank - byId.get(a).rank || cmp(a, b));
    if (indices.length) {
      const said = e => (e.pct === null ? (e.dir === "up" ? "rose" : e.dir === "down" ? "fell" : "was flat")
        : `${e.pct > 0 ? "rose" : e.pct < 0 ? "fell" : "was flat at"} ${Math.abs(e.pct).toFixed(2)}%`) +
        (e.close !== null && e.close !== undefined ? " to " + fmt(e.close) : "") + (many ? " on " + dayLabel(e.day) : "");
      parts.push(`the ${name(indices[0])} ` + moves.filter(e => e.from === indices[0]).map(said).join(", ") + ".");
      const others = moves.filter(e => indices.slice(1).includes(e.from) && e.pct !== null).slice(0, 4);
      if (others.length && !many) parts.push("Also: " + others.map(e => `${name(e.from)} ${e.change}`).join(", ") + ".");
    }
    const firms = moves.filter(e => (type(e.from) === "company" || type(e.from) === "security") && e.pct !== null);
    if (firms.length) {
      const up = firms.filter(e => e.pct > 0).sort((a, b) => b.pct - a.pct), down = firms.filter(e => e.pct < 0).sort((a, b) => a.pct - b.pct);
      const list = l => l.slice(0, 3).map(e => `${name(e.from)} ${pct(e.pct)}${when(e)}`).join(", ");
      parts.push(`${firms.length} company moves with a figure, ${up.length} up and ${down.length} down` +
        (up.length ? `; biggest gains: ${list(up)}` : "") + (down.length ? `; biggest falls: ${list(down)}` : "") + ".");
    }
    const drivers = new Map();
    for (const e of inView) if (e.kind === "cause" && type(e.from) === "driver") drivers.set(e.from, (drivers.get(e.from) || 0) + 1);
    const main = Array.from(drivers).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, 3);
    if (main.length) parts.push("Main drivers: " + main.map(([d, k]) => `${name(d)} (${k} ${k === 1 ? "move" : "moves"})`).join(", ") + ".");
    const acts = inView.filter(e => e.kind === "action");
    if (acts.length) parts.push(`${acts.length} investor ${acts.length === 1 ? "action" : "actions"}: ` +
      acts.slice(0, 2).map(e => `${name(e.from)} ${e.action} ${name(e.to)}`).join("; ") + (acts.length > 2 ? "; \u2026" : "."));
    if (!parts.length) parts.push("nothing in the graph for this view.");
    return viewLabel() + ": " + parts.join(" ");
  }

  // --- the side panel ----------------------------------------------------------------
  function add(parent, tag, text, cls) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function evidence(parent, refs) {
    for (const i of refs.slice(0, 5)) {
      const [, sentence, start, end, source] = data.evidence[i], s = data.sources[source] || {};
      const d = add(parent, "div", "\u201c" + sentence + "\u201d \u2014 ", "ev");
      if (s.outlet) d.append(s.outlet + ", ");
      const a = add(d, s.href ? "a" : "span", s.name || source);
      if (s.href) { a.href = s.href; a.target = "_blank"; a.rel = "noopener noreferrer"; }
      if (start !== null && start !== undefined) d.append(` [${start}:${end}]`);
    }
    if (refs.length > 5) add(parent, "div", `\u2026 and ${refs.length - 5} more`, "ev");
  }
  const whyLine = w => `${dayLabel(w.day)}: ${w.change || "moved"} \u2014 ${w.chain.join(" -> ")}` +
    (w.category ? ` (${w.category})` : "") + (w.cue ? `, ${w.cue}` : "") + (w.causes.length ? `: ${w.causes.join("; ")}` : "");
  function showInfo(id) {
    const n = byId.get(id), body = $("info-body"), mine = touching.get(id) || [];
    body.replaceChildren();
    add(body, "h2", n.name);
    add(body, "div", [n.type, n.ticker, n.category].filter(Boolean).join(" \u00b7 "), "meta");
    const why = n.why.filter(w => dayOk(w.day));
    add(body, "h3", "Why did it move? (" + viewLabel().replace(/^On /, "") + ")");
    if (!why.length) add(body, "div", "No cause stated for its moves" + (n.why.length ? " in this view." : "."), "meta");
    for (const w of why) add(body, "div", whyLine(w), "why");
    const moves = mine.filter(e => e.kind === "move" && e.from === id).sort(byDay);
    add(body, "h3", `Moves by day (${moves.length})`);
    for (const e of moves) {
      const f = add(body, "div", undefined, "fact");
      add(f, "b", dayLabel(e.day) + ": ");
      add(f, "span", e.change || e.dir, e.dir === "up" || e.dir === "down" ? e.dir : undefined);
      f.append((e.close !== null && e.close !== undefined ? ", close " + fmt(e.close) : "") +
               (e.turnover ? ", turnover " + e.turnover : "") + (e.conflict ? ", reports differ: " + e.conflict : ""));
      evidence(f, e.ev);
    }
    add(body, "h3", `Causes (${n.why.length})`);
    for (const w of n.why) { const f = add(body, "div", whyLine(w), "fact"); evidence(f, w.ev); }
    const caused = mine.filter(e => e.kind === "cause" && e.from === id).sort(byDay);
    if (caused.length) add(body, "h3", `What it moved (${caused.length})`);
    for (const e of caused) {
      const f = add(body, "div", `${dayLabel(e.day)}: ${name(e.to)}${e.cue ? ", " + e.cue : ""}${e.causes.length ? ": " + e.causes.join("; ") : ""}`, "fact");
      evidence(f, e.ev);
    }
    const acts = mine.filter(e => e.kind === "action").sort(byDay);
    add(body, "h3", `Investor actions (${acts.length})`);
    for (const e of acts) {
      const extra = [e.amount, e.price !== null && e.price !== undefined ? "at " + fmt(e.price) : null,
                     e.stake !== null && e.stake !== undefined ? "stake " + e.stake + "%" : null, e.rating].filter(Boolean);
      const f = add(body, "div", `${dayLabel(e.day)}: ${name(e.from)} ${e.action} ${name(e.to)}` + (extra.length ? " (" + extra.join(", ") + ")" : ""), "fact");
      evidence(f, e.ev);
    }
    $("info").hidden = false;
  }
  $("close").addEventListener("click", () => { $("info").hidden = true; });

  function highlight(id) {  // dim everything but the node, its neighbours and its edges
    if (!current) return;
    const near = id === undefined ? null : new Set(network.getConnectedNodes(id).concat([id]));
    shown.dimmed = new Set(near ? shown.ids.filter(n => !near.has(n)) : []);
    current.nodes.update(shown.ids.map(n => ({id: n, color: shown.dimmed.has(n) ? DIM : shown.look.get(n)})));
    const edgeLook = new Map(shown.edges.map(e => [e.id, e.color]));
    current.edges.update(shown.edges.map(e => ({id: e.id, color: !near || e.from === id || e.to === id ? edgeLook.get(e.id) : DIM})));
  }
  network.on("click", p => { highlight(p.nodes[0]); if (p.nodes.length) showInfo(p.nodes[0]); });

  // --- search and controls -----------------------------------------------------------
  const status = $("status"), names = $("names");
  for (const n of data.nodes) { const o = document.createElement("option"); o.value = n.name; names.appendChild(o); }
  function find(text) {  // exact name or alias first, then any name or alias containing the text
    const q = text.trim().toLowerCase();
    status.textContent = "";
    if (!q) { network.unselectAll(); return highlight(undefined); }
    const hit = data.nodes.find(n => n.terms.includes(q)) || data.nodes.find(n => n.terms.some(t => t.includes(q)));
    if (!hit) { status.textContent = "No entity matches."; return; }
    showInfo(hit.id);
    if (!shown.ids.includes(hit.id)) { status.textContent = hit.name + " is not drawn in this view; its panel is open."; return; }
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: Math.max(network.getScale(), 1), animation: false});
    highlight(hit.id);
  }
  function setView(mode, lo, hi) {
    if (lo > hi) [lo, hi] = [hi, lo];
    view = {mode: mode === "day" && lo !== hi ? "range" : mode, lo, hi};
    const last = Math.max(data.days.length - 1, 0);
    const single = view.mode === "day" ? data.days[lo] : view.mode === "range" ? "range" : view.mode;
    $("day").value = single;
    $("from").value = data.days[view.mode === "day" || view.mode === "range" ? lo : 0] || "";
    $("to").value = data.days[view.mode === "day" || view.mode === "range" ? hi : last] || "";
    $("prev").disabled = !data.days.length; $("next").disabled = !data.days.length;
    render();
  }
  function pickDay(value) {
    if (value === "all" || value === "undated") return setView(value, 0, data.days.length - 1);
    const i = dayIndex.get(value);
    if (i !== undefined) setView("day", i, i);
  }
  $("panel").addEventListener("change", ev => {
    const t = ev.target;
    if (t.id === "search") return find(t.value);
    if (t.id === "day") return pickDay(t.value);
    if (t.id === "from" || t.id === "to") return setView("day", dayIndex.get($("from").value), dayIndex.get($("to").value));
    types = checked("types"); kinds = checked("kinds"); drawAll = $("drawall").checked;
    render();
  });
  const step = d => {
    if (!data.days.length) return;
    const at = view.mode === "day" ? view.lo : d > 0 ? view.hi : view.lo;
    const i = view.mode === "day" ? Math.min(Math.max(at + d, 0), data.days.length - 1) : at;
    setView("day", i, i);
  };
  $("prev").addEventListener("click", () => step(-1));
  $("next").addEventListener("click", () => step(1));
  window.marketkg = {network, shownNodes: () => shown.ids.slice(), shownEdges: () => shown.edges.map(e => e.id),
                     labels: () => labelBoxes.map(b => ({id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h})),
                     view: () => Object.assign({}, view), show: showInfo};
  pickDay(data.start);
})();
