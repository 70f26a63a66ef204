"""What the explorer page carries: days, evidence, articles, and each node's explanations.

Pure functions from the graph to JSON-ready data; :mod:`marketkg.exports.html` puts them
in the page and ``explorer.js`` draws and explains them. Every text here is plain text
(the page only ever sets it with ``textContent`` / ``innerText``); markdown emphasis
markers (``**bold**``, ``__bold__``) that articles carry are dropped from what is shown.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx

from marketkg.graph import queries
from marketkg.ontology.errors import MarketKGError

__all__ = ["UNDATED", "ALL", "clean", "day_key", "ordered_days", "pick_day", "Evidence", "article_links",
           "why_records", "change_text"]

#: the day key of facts no article dated, and the view of every day
UNDATED, ALL = "undated", "all"
_MARKUP = re.compile(r"\*\*|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_UNDERLINE = re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def clean(text: Any) -> str:
    """Article text as shown: markdown emphasis markers dropped, whitespace runs made one space.

    >>> clean("**Baidu Upgraded by JPMorgan** Baidu  rose 4.19%, __really__ (window.__x)")
    'Baidu Upgraded by JPMorgan Baidu rose 4.19%, really (window.__x)'
    """
    text = str(text)
    if "*" in text:
        text = _MARKUP.sub("", text)
    if "__" in text:
        text = _UNDERLINE.sub(r"\1", text)
    return " ".join(text.split())


def day_key(date: str | None) -> str:
    """The page's key of a fact's day: the date itself, or :data:`UNDATED`."""
    return date or UNDATED


def ordered_days(dates: set[str]) -> list[str]:
    """Trading days, oldest first, as ``marketkg query`` sorts them: a day without a year
    sorts as if it fell in the latest year given (``--11-25`` after ``2025-11-21``)."""
    years = [d[:4] for d in dates if not d.startswith("--")]
    latest = max(years, default="9999")
    return sorted(dates, key=lambda d: (latest if d.startswith("--") else d[:4], d[-5:], d.startswith("--")))


def pick_day(days: list[str], day: str | None, *, has_undated: bool, default: str | None = None) -> str:
    """The view the page opens on: ``day`` if the graph has facts that day (or "all",
    "undated"), else ``default``, else the latest trading day (else all days)."""
    if day is None:
        return default or (days[-1] if days else (UNDATED if has_undated else ALL))
    wanted = day.strip()
    if re.fullmatch(r"\d\d-\d\d", wanted):
        wanted = "--" + wanted
    if wanted == ALL or wanted in days or (wanted == UNDATED and has_undated):
        return wanted
    known = ", ".join([*days, *([UNDATED] if has_undated else [])]) or "none"
    raise MarketKGError(f"html export: no facts on day {day!r}; days with facts: {known}, or {ALL}")


class Evidence:
    """A table of evidence sentences, each stored once: ``add`` gives its row number."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self._index: dict[tuple[Any, ...], int] = {}

    def add(self, ev: dict[str, Any]) -> int:
        key = (str(ev.get("article") or ""), clean(ev.get("sentence", "")), ev.get("start"), ev.get("end"),
               str(ev.get("source") or ""))
        if key not in self._index:
            self._index[key] = len(self.rows)
            self.rows.append(list(key))
        return self._index[key]

    def refs(self, evidence: Any) -> list[int]:
        return [self.add(ev) for ev in evidence or ()]


def _href(source: str, page_dir: Path | None) -> str | None:
    """A link to an article: its URL, or its file relative to the page; None for other schemes."""
    if _URL.match(source):
        return source
    if not source or (_SCHEME.match(source) and not re.match(r"^[A-Za-z]:[\\/]", source)):
        return None  # "javascript:", "data:", ... never become links
    path = Path(source)
    if page_dir is not None:
        path = Path(os.path.relpath(path.resolve(), page_dir.resolve()))
    return quote(path.as_posix(), safe="/")


def article_links(G: nx.MultiDiGraph, sources: set[str], page_dir: Path | None) -> dict[str, dict[str, Any]]:
    """Per evidence source: its link and the outlet (publisher) of the article it holds."""
    outlets = {str(meta.get("source")): meta.get("outlet") for meta in (G.graph.get("articles") or {}).values()}
    return {s: {"href": _href(s, page_dir), "outlet": clean(outlets[s]) if outlets.get(s) else None,
                "name": Path(s).name if not _URL.match(s) else s} for s in sorted(sources)}


def change_text(move: dict[str, Any] | None) -> str:
    """A move's change as ``marketkg query`` prints it: ``-4.65%``, ``~+2.00%``, or its direction."""
    move = move or {}
    pct = move.get("change_pct")
    return str(move.get("direction") or "") if pct is None else f"{'~' if move.get('approx') else ''}{pct:+.2f}%"


def why_records(G: nx.MultiDiGraph, node: str, evidence: Evidence,
                days: set[str] | None = None) -> list[dict[str, Any]]:
    """``marketkg query why`` of ``node``, compactly: day, driver, category, chain names, change,
    cue, stated causes and evidence rows; only the records of ``days`` (day keys) if given."""
    out = []
    for r in queries.why(G, node):
        if days is not None and day_key(r.get("date")) not in days:
            continue
        out.append({"day": day_key(r.get("date")), "driver": clean(r.get("name") or r["driver"]),
                    "category": r.get("category") or "",
                    "chain": [clean(G.nodes[n].get("name") or n) for n in r["chain"]],
                    "change": change_text(r.get("move")), "cue": clean(r.get("cue") or ""),
                    "causes": [clean(c) for c in r.get("causes") or ()], "ev": evidence.refs(r.get("evidence"))})
    return out
