"""``marketkg query ...`` (questions asked of a built graph) and ``marketkg html`` (a focused explorer page).

Every ``query`` answers from the indexed view a ``marketkg build --out DIR`` or
``ingest --kg DIR`` wrote (``DIR/view.sqlite``, see :mod:`marketkg.graph.view`): only the
edges a question walks are read, and the evidence of the facts it shows; a folder
holding only graph.json (written before views existed) is read whole as before. ``html``
reads graph.json. Output is an aligned plain-text table, or JSON with ``--json``.
A name that matches no entity, or several, is a :class:`UnknownEntityError`, which
``cli.main`` prints as one line naming the closest matches (exit status 2).
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marketkg.exports.html_cap import DEFAULT_MAX_EDGES, max_edges_arg
from marketkg.graph import queries
from marketkg.ontology.errors import MarketKGError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["add_commands", "format_table"]

Record = dict[str, Any]
#: a table column: heading, the cell's text from a record, whether to right-align it
Column = tuple[str, Callable[[Record], Any], bool]


def format_table(rows: Sequence[Sequence[str]], headings: Sequence[str], *, right: Sequence[bool] = ()) -> str:
    """Rows as an aligned plain-text table under a heading line (the last column is not padded).

    >>> print(format_table([["Alibaba", "-4.65%"], ["Tencent", "+7.60%"]], ["name", "change"], right=[False, True]))
    name     change
    -------  ------
    Alibaba  -4.65%
    Tencent  +7.60%
    """
    table = [list(headings), *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(headings))]
    align = list(right) + [False] * (len(headings) - len(right))
    table.insert(1, ["-" * w for w in widths])

    def line(cells: list[str]) -> str:
        padded = [c.rjust(w) if a else c.ljust(w) for c, w, a in zip(cells, widths, align)]
        padded[-1] = cells[-1].rjust(widths[-1]) if align[-1] else cells[-1]
        return "  ".join(padded).rstrip()
    return "\n".join(line(r) for r in table)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    return " ".join(str(value).split())  # one line per row, whatever the text holds


def _pct(r: Record) -> str:
    """The change of a move record, or of the move a cause record explains (``why``)."""
    move = r.get("move") if isinstance(r.get("move"), dict) else r
    pct = move.get("change_pct")
    return move.get("direction") or "" if pct is None else f"{'~' if move.get('approx') else ''}{pct:+.2f}%"


@functools.lru_cache(maxsize=4096)
def _file_name(source: str) -> str:
    return Path(source).name  # (thousands of rows name a few hundred files: a Path each was a fifth of `why`)


def _sentence(r: Record) -> str:
    evidence = r.get("evidence") or []
    if not evidence:
        return ""
    more = f" (+{len(evidence) - 1} more)" if len(evidence) > 1 else ""
    return f"{_file_name(str(evidence[0].get('source', '')))}: {evidence[0].get('sentence', '')}{more}"


_DATE: Column = ("date", lambda r: r.get("date") or "undated", False)
_ENTITY: Column = ("entity", lambda r: r.get("name"), False)
_CHANGE: Column = ("change", _pct, True)
_CLOSE: Column = ("close", lambda r: r.get("close"), True)
_EVIDENCE: Column = ("evidence", _sentence, False)
_MOVE_COLUMNS = [_ENTITY, ("type", lambda r: r.get("type"), False), _DATE, _CHANGE, _CLOSE, _EVIDENCE]
_CAUSE_COLUMNS = [("cue", lambda r: r.get("cue"), False), ("stated cause", lambda r: "; ".join(r["causes"]), False),
                  _EVIDENCE]


def _render(args: argparse.Namespace, result: list[Any], columns: list[Column], empty: str) -> int:
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    elif not result:
        print(empty)
    else:
        rows = [[_text(get(r)) for _, get, _ in columns] for r in result]
        print(format_table(rows, [h for h, _, _ in columns], right=[a for *_, a in columns]))
    return 0


def _day(value: str) -> str:
    """``--date`` as a day: YYYY-MM-DD or MM-DD (--MM-DD, the contract's form, is taken too, as
    ``--date=--11-25``: argparse cannot take a separate value starting with --)."""
    if re.fullmatch(r"(?:--)?\d\d-\d\d", value):
        day = value.removeprefix("--")
        month, dom = int(day[:2]), int(day[3:])
        if 1 <= month <= 12 and 1 <= dom <= 31:
            return f"--{day}"
    elif re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise MarketKGError(f"{value!r} is not a day; use YYYY-MM-DD, or MM-DD for that day in any year")


def _graph(args: argparse.Namespace) -> nx.MultiDiGraph:
    from marketkg.loaders.graph_file import read_graph_json

    return read_graph_json(args.kg)


def _answers(args: argparse.Namespace) -> Any:
    """What answers the questions: the folder's indexed view (only what a question walks is
    read), or graph.json for a folder written before views existed."""
    from marketkg.graph.view import open_answers

    return open_answers(args.kg)


def _left_out(args: argparse.Namespace, count: int, what: str, how: str) -> None:
    """Say what an answer left out and how to see it (on stderr, so tables and JSON stay clean)."""
    if count and not args.json:
        print(f"({count} {what} left out; {how})", file=sys.stderr)


def _moves(args: argparse.Namespace) -> int:
    G, day = _answers(args), _day(args.day)
    found = G.moves_on(day, market=args.market)
    code = _render(args, found, _MOVE_COLUMNS, "no moves that day")
    if not day.startswith("--"):  # moves whose year no article gave, on the same month-day
        yearless = [m for m in G.moves_on("--" + day[5:], market=args.market)
                    if str(m.get("date")).startswith("--")]
        _left_out(args, len(yearless), f"moves on {day[5:]} with the year unknown",
                  f"`marketkg query moves --date {day[5:]}` shows them")
    return code


def _history(args: argparse.Namespace) -> int:
    every = _answers(args).history(args.entity, include_undated=True)  # asked once: the dated ones keep their order
    found = every if args.undated else [r for r in every if r["date"] is not None]
    code = _render(args, found, [_DATE, _CHANGE, _CLOSE, ("turnover", lambda r: r.get("turnover"), True), _EVIDENCE],
                   "no dated moves")
    _left_out(args, len(every) - len(found), "moves no article dated", "--undated shows them")
    return code


def _why(args: argparse.Namespace) -> int:
    G = _answers(args)
    day = _day(args.day) if args.day else None

    def chain(r: Record) -> str:
        return " -> ".join(G.name(n) for n in r["chain"])
    every = G.why(args.entity, day=day)
    found = every if args.undated else [r for r in every if r.get("date") is not None]
    code = _render(args, found,
                   [_DATE, ("driver", lambda r: r.get("name"), False), ("category", lambda r: r.get("category"), False),
                    ("chain", chain, False), _CHANGE, *_CAUSE_COLUMNS], "no cause stated for its dated moves")
    _left_out(args, len(every) - len(found), "explanations of moves no article dated", "--undated shows them")
    return code


def _driver(args: argparse.Namespace) -> int:
    return _render(args, _answers(args).driver_moves(args.name),
                   [_DATE, ("driver", lambda r: r.get("driver_name"), False), _ENTITY, _CHANGE, *_CAUSE_COLUMNS],
                   "the driver moved nothing")


def _actions(args: argparse.Namespace) -> int:
    def rating(r: Record) -> str:
        return f"{r['rating_from'] or '?'} -> {r['rating_to'] or '?'}" if r["rating_from"] or r["rating_to"] else ""
    return _render(args, _answers(args).investor_actions(investor=args.investor, target=args.target),
                   [_DATE, ("investor", lambda r: r.get("investor_name"), False),
                    ("action", lambda r: r.get("action"), False), ("target", lambda r: r.get("target_name"), False),
                    ("amount", lambda r: r.get("amount"), True), ("price", lambda r: r.get("price"), True),
                    ("stake", lambda r: None if r.get("stake_pct") is None else f"{r['stake_pct']}%", True),
                    ("rating", rating, False), _EVIDENCE], "no investor actions")


def _top(args: argparse.Namespace) -> int:
    since = _day(args.since) if args.since else None
    until = _day(args.until) if args.until else None
    result = _answers(args).top_movers(since=since, until=until, n=args.n, direction=args.direction)
    return _render(args, result, _MOVE_COLUMNS, "no moves with a figure")


def _together(args: argparse.Namespace) -> int:
    G = _answers(args)
    day = _day(args.day) if args.day else None
    via: Column = ("because", lambda r: ("same session: " if r["reason"] == "same_session" else "shared driver: ")
                   + G.name(r["via"]), False)
    return _render(args, G.moved_together(args.entity, day=day), [via, _ENTITY, _DATE, _CHANGE],
                   "nothing moved with it")


def _neighbours(args: argparse.Namespace) -> int:
    result = _answers(args).neighbours(args.entity, hops=args.hops, types=args.type)
    return _render(args, result, [("hops", lambda r: r["hops"], True), ("type", lambda r: r["type"], False),
                                  ("name", lambda r: r["name"], False), ("id", lambda r: r["id"], False)],
                   "no neighbours")


def _path(args: argparse.Namespace) -> int:
    result = _answers(args).paths(args.a, args.b, max_len=args.max_len)
    if args.json or not result:
        return _render(args, result, [], f"no path of at most {args.max_len} steps")
    for path in result:
        line = [path[0]["from_name"] or path[0]["from"]]
        for step in path:
            arrow = f"-[{step['kind']}]->" if step["forward"] else f"<-[{step['kind']}]-"
            line += [arrow, step["to_name"] or step["to"]]
        print(" ".join(_text(part) for part in line))
    return 0


def _html(args: argparse.Namespace) -> int:
    from marketkg.exports.html import write_html

    G = _graph(args)  # the whole graph: the page lays out what it draws
    around = queries.find_entity(G, args.around) if args.around else None
    if args.max_nodes is not None and args.max_nodes < 1:
        raise MarketKGError(f"--max-nodes must be at least 1, got {args.max_nodes}")
    title = f"marketkg: around {G.nodes[around].get('name') or around}" if around else "marketkg"
    print(write_html(G, args.out, title=title, max_nodes=args.max_nodes, around=around, hops=args.hops, day=args.day,
                     max_edges=args.max_edges or None))
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kg", default="out/demo", metavar="DIR",
                   help="folder written by `marketkg build --out DIR` (default: out/demo)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


_DAY_HELP = "trading day: YYYY-MM-DD, or MM-DD for that day in any year (including year-unknown moves)"


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``query`` (with its subcommands) and ``html`` to the ``marketkg`` parser."""
    q = sub.add_parser("query", help="ask a built graph: moves, history, why, driver, actions, top, together, "
                                     "neighbours, path")
    qs = q.add_subparsers(dest="query", required=True, metavar="QUESTION")

    def question(name: str, func: Callable[[argparse.Namespace], int], helptext: str) -> argparse.ArgumentParser:
        p = qs.add_parser(name, help=helptext, description=helptext)
        _common(p)
        p.set_defaults(func=func)
        return p

    p = question("moves", _moves, "every move of a trading day, largest first")
    p.add_argument("--date", dest="day", required=True, help=_DAY_HELP)
    p.add_argument("--market", help="only this market (e.g. hk)")
    p = question("history", _history, "every dated move of an entity, with its sources")
    p.add_argument("entity", help="name, alias, ticker or id")
    p.add_argument("--undated", action="store_true", help="also list the moves no article dated")
    p = question("why", _why, "what explains an entity's moves: drivers, cues, evidence")
    p.add_argument("entity", help="name, alias, ticker or id")
    p.add_argument("--date", dest="day", help=_DAY_HELP)
    p.add_argument("--undated", action="store_true", help="also explain the moves no article dated")
    p = question("driver", _driver, "what a driver (or a driver category) moved, over time")
    p.add_argument("name", help='driver name, words of it ("rate cut"), id, or category ("monetary_policy")')
    p = question("actions", _actions, "investor actions: buys, sales, stakes, ratings, flows")
    p.add_argument("--investor", help="only this investor")
    p.add_argument("--target", help="only actions on this entity")
    p = question("top", _top, "the largest moves")
    p.add_argument("--since", help=_DAY_HELP)
    p.add_argument("--until", help=_DAY_HELP)
    p.add_argument("-n", type=int, default=10, help="how many (default 10)")
    p.add_argument("--direction", choices=["up", "down", "flat"])
    p = question("together", _together, "what moved with an entity: same session and direction, shared drivers")
    p.add_argument("entity", help="name, alias, ticker or id")
    p.add_argument("--date", dest="day", help=_DAY_HELP)
    p = question("neighbours", _neighbours, "nodes within a few hops of an entity")
    p.add_argument("entity", help="name, alias, ticker or id")
    p.add_argument("--hops", type=int, default=1, help="how far (default 1)")
    p.add_argument("--type", action="append", help="only nodes of this type (repeatable)")
    p = question("path", _path, "the shortest relationship paths between two entities")
    p.add_argument("a", help="name, alias, ticker or id")
    p.add_argument("b", help="name, alias, ticker or id")
    p.add_argument("--max-len", type=int, default=4, help="longest path, in edges (default 4)")

    h = sub.add_parser("html", help="write an explorer page of a built graph, focused on an entity")
    h.add_argument("--kg", default="out/demo", metavar="DIR", help="folder written by `marketkg build --out DIR`")
    h.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    h.add_argument("--around", metavar="ENTITY", help="only this entity's neighbourhood")
    h.add_argument("--hops", type=int, default=2, help="neighbourhood radius with --around (default 2)")
    h.add_argument("--max-nodes", type=int, metavar="N", help="draw at most N nodes (the best connected)")
    h.add_argument("--max-edges", "--html-max-edges", type=max_edges_arg, default=DEFAULT_MAX_EDGES, metavar="N",
                   help=f"carry at most N facts (whole days nearest the day it opens on; default "
                        f"{DEFAULT_MAX_EDGES:,}; 0: all)")
    h.add_argument("--day", metavar="DAY", help="the day the page opens on: YYYY-MM-DD, MM-DD, undated or all "
                                               "(default: the latest; all with --around)")
    h.set_defaults(func=_html)
