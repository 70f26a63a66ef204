"""RDF subcommands of ``marketkg``: ``export``, ``validate``, ``sparql`` and ``push``.

``export`` and ``push`` read the graph a ``marketkg build`` wrote (``DIR/graph.json``).
SPARQL runs on the folder's own store (``DIR/store``, opened read-only; an embedded
in-memory store of graph.json for a folder without one) over the union of the named
graphs; parameters are passed as variable bindings (``--bind day=2025-11-21``), never
pasted into the query text; a ``SERVICE`` clause, which would fetch from the network,
is refused unless ``--allow-service``.
``push`` uploads with the SPARQL 1.1 Graph Store HTTP Protocol, one ``PUT`` per named
graph (the shared graph of entities, then one per article), so pushing again replaces
and never duplicates. Credentials are never printed.
"""
from __future__ import annotations

import argparse
import io
import math
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import pyoxigraph as ox

from marketkg.exports.sparql_guard import has_service
from marketkg.exports.sparql_names import FORMAT_NAMES, QUERIES_DIR, prefixes
from marketkg.exports.sparql_values import with_values
from marketkg.ontology.errors import MarketKGError, printable
from marketkg.ontology.ids import DEFAULT_BASE_IRI

if TYPE_CHECKING:  # the rest is imported where used: `marketkg sparql` starts without rdflib, networkx, pydantic
    import networkx as nx

__all__ = ["add_commands", "binding", "run_sparql", "query_failures", "push_graphs", "PushReport", "PASSWORD_ENV"]


def __getattr__(name: str) -> Any:
    """``push_graphs`` and ``PushReport``, kept importable from here, load :mod:`marketkg.exports.push` on first use."""
    if name in ("push_graphs", "PushReport"):
        from marketkg.exports import push

        return getattr(push, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: environment variable ``push`` reads the password from when ``--password`` is not given
PASSWORD_ENV = "MARKETKG_PASSWORD"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"--\d{2}-\d{2}")


def binding(value: str, *, base: str = DEFAULT_BASE_IRI) -> ox.NamedNode | ox.Literal:
    """The RDF term a ``--bind`` value stands for.

    ``2025-11-21`` is an xsd:date, ``--11-25`` an xsd:gMonthDay, ``<IRI>`` or a name with
    a known prefix (``cat:earnings``, ``kg:hkex-0700``) an IRI; anything else a string.
    """
    if _DATE.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "date"))
    if _MONTH_DAY.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "gMonthDay"))
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        prefix, _, local = value.partition(":")
        known = prefixes(base)
        if local and prefix in known:
            return ox.NamedNode(known[prefix] + local)
    except ValueError as exc:
        raise MarketKGError(f"--bind value {value!r} is not a valid IRI ({exc})") from None
    return ox.Literal(value)


def run_sparql(G: nx.MultiDiGraph | ox.Store, query: str, bindings: dict[str, Any] | None = None, *,
               base: str = DEFAULT_BASE_IRI, allow_service: bool = False) -> Any:
    """Answer a SPARQL query over the graph, or over a knowledge base's store (the union of
    its named graphs).

    ``bindings`` maps variable names to terms (see :func:`binding`) and is applied
    as a ``VALUES`` block of serialized terms heading the WHERE group, which the planner
    sees (see :mod:`marketkg.exports.sparql_values`), or else as SEP-0007 substitutions;
    a value never becomes query syntax. A query with a
    ``SERVICE`` clause, which would fetch from the network, is refused unless
    ``allow_service``. Results are lazy: read them inside :func:`query_failures`.
    """
    if not allow_service and has_service(query):
        raise MarketKGError("the query has a SERVICE clause, which would fetch data from the network; "
                            "pass --allow-service to allow it")
    if isinstance(G, ox.Store):
        store = G
    else:
        from marketkg.exports import rdf

        store = rdf.to_store(G, base=base)
    planned = with_values(query, bindings or {})
    if planned is not None:  # the planner sees the values (substitutions come after planning)
        try:
            return store.query(planned, use_default_graph_as_union=True, prefixes=prefixes(base))
        except SyntaxError:
            pass  # reported below, about the query as it was given
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
    try:
        return store.query(query, use_default_graph_as_union=True, substitutions=subs,
                           prefixes=prefixes(base))
    except SyntaxError as exc:
        raise MarketKGError(f"not a valid SPARQL query: {exc}") from None


@contextmanager
def query_failures() -> Iterator[None]:
    """Turn a failure while a query runs (a SERVICE that cannot be reached) into one line."""
    try:
        yield
    except BrokenPipeError:
        raise
    except (OSError, RuntimeError) as exc:
        raise MarketKGError(f"the query failed: {printable(str(exc) or type(exc).__name__)}") from None


def _query_text(arg: str) -> str:
    path = Path(arg)
    if len(arg) < 4096 and "\n" not in arg:
        if path.is_file():
            return path.read_text(encoding="utf-8")
        shipped = QUERIES_DIR / f"{arg.removesuffix('.rq')}.rq"
        if re.fullmatch(r"[a-z_]+(\.rq)?", arg) and shipped.is_file():
            return shipped.read_text(encoding="utf-8")
    return arg


def _cell(term: Any) -> str:
    return "" if term is None else str(term.value)


def _print_results(results: Any, fmt: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if isinstance(results, ox.QueryBoolean):
        out.write(("true" if bool(results) else "false") + "\n")
    elif isinstance(results, ox.QueryTriples):
        out.write(ox.serialize(results, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    elif fmt == "table":
        names = [v.value for v in results.variables]
        rows = [[_cell(sol[n]) for n in names] for sol in results]
        widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
        for line in ([names, ["-" * w for w in widths]] + rows):
            out.write("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    else:
        form = ox.QueryResultsFormat.CSV if fmt == "csv" else ox.QueryResultsFormat.JSON
        out.write(results.serialize(format=form).decode("utf-8"))
        if fmt == "json":
            out.write("\n")


def _seconds(text: str) -> float:
    """A ``--timeout``: a finite number of seconds above 0."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _graph(args: argparse.Namespace) -> nx.MultiDiGraph:
    from marketkg.loaders.graph_file import read_graph_json

    return read_graph_json(args.kg)


def _sparql_source(args: argparse.Namespace) -> nx.MultiDiGraph | ox.Store:
    """A knowledge base's own store, opened read-only (nothing is loaded); the graph of
    graph.json for a folder without one."""
    store = Path(args.kg) / "store"
    if store.is_dir():
        try:
            return ox.Store.read_only(str(store))
        except OSError as exc:
            raise MarketKGError(f"{store}: cannot open the store ({exc})") from None
    return _graph(args)


def _cmd_export(args: argparse.Namespace) -> int:
    from marketkg.exports import rdf

    base = args.base_iri or DEFAULT_BASE_IRI
    G = _graph(args)
    fmt = args.format or (rdf.format_of(args.out) if args.out else "ttl")
    if args.out:
        rdf.write_rdf(G, args.out, fmt, base=base)
    else:
        sys.stdout.buffer.write(rdf.serialize(G, fmt, base=base))
        sys.stdout.flush()
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from marketkg.exports import rdf
    from marketkg.loaders.rdf_reader import read_union

    path = Path(args.file)
    union = read_union(path, format=args.format or rdf.format_of(path))
    conforms, report = rdf.validate_rdf(union)
    if conforms:
        print(f"{path}: valid ({len(union)} triples conform to marketkg's shapes)")
        return 0
    print(f"{path}: INVALID\n{report}")
    return 1


def _cmd_sparql(args: argparse.Namespace) -> int:
    base = args.base_iri or DEFAULT_BASE_IRI
    bindings = {}
    G = _sparql_source(args)
    for item in args.bind or ():
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            print(f"marketkg: error: --bind {item!r} must be NAME=VALUE", file=sys.stderr)
            return 2
        term = binding(value, base=base)
        if name == "entity" and isinstance(term, ox.Literal) and term.datatype.value.endswith("#string"):
            # the shipped queries bind ?entity to an entity id; take the names, aliases and
            # tickers `query` takes ("Alibaba", "9988.HK"), and say so when none answers
            from marketkg.graph.view import open_answers

            term = ox.Literal(open_answers(args.kg).find_entity(value))
        bindings[name] = term
    text = _query_text(args.query)
    if args.allow_service and has_service(text):
        sys.stdout.write(_within_deadline(lambda: _answered(G, text, bindings, base, args.format), args.timeout))
        return 0
    with query_failures():
        results = run_sparql(G, text, bindings, base=base)
        _print_results(results, args.format)
    return 0


def _answered(G: nx.MultiDiGraph | ox.Store, text: str, bindings: dict[str, Any], base: str, fmt: str) -> str:
    """The printed answer of a query, read whole (a SERVICE query runs under a deadline)."""
    out = io.StringIO()
    with query_failures():
        _print_results(run_sparql(G, text, bindings, base=base, allow_service=True), fmt, out)
    return out.getvalue()


def _within_deadline(work: Callable[[], str], seconds: float) -> str:
    """``work()`` run in a thread and given up at the deadline: pyoxigraph's SERVICE client
    has no timeout of its own, and an endpoint that accepts and never answers would hang
    the command. (The thread is left blocked in the store, which releases the GIL; the
    process exits around it.)"""
    answer: list[str] = []
    failure: list[str] = []

    def run() -> None:  # only text leaves the thread: pyoxigraph's objects must die where they were made
        try:
            answer.append(work())
        except MarketKGError as exc:
            failure.append(str(exc))
        except Exception as exc:
            failure.append(f"the query failed: {type(exc).__name__}")
    worker = threading.Thread(target=run, name="marketkg-sparql-service", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise MarketKGError(f"the query's SERVICE endpoint gave no answer within --timeout {seconds:g} s")
    if failure:
        raise MarketKGError(failure[0])
    return answer[0]


def _cmd_push(args: argparse.Namespace) -> int:
    from marketkg.exports.push import parse_endpoint, push_graphs

    endpoint = parse_endpoint(args.endpoint)
    user = args.user or endpoint.user
    password = args.password if args.password is not None else \
        endpoint.password if not args.user and endpoint.password is not None else os.environ.get(PASSWORD_ENV)
    if user and password is None:
        print(f"marketkg: error: --user needs --password or {PASSWORD_ENV} set", file=sys.stderr)
        return 2
    G = _graph(args)
    report = push_graphs(G, endpoint, base=args.base_iri or DEFAULT_BASE_IRI, shared_graph=args.graph,
                         user=user, password=password, timeout=args.timeout)
    for article, iri, n in report.sent:
        print(f"sent      {'article ' + article if article else 'entities'}  <{iri}>  ({n} triples)")
    if report.error:
        print(f"marketkg: error: push to {endpoint.url} failed: {report.error}", file=sys.stderr)
        if report.refused and not report.sent:
            return 2
        for article, iri in report.not_sent:
            print(f"not sent  {'article ' + article if article else 'entities'}  <{iri}>")
        return 1
    total = sum(n for *_, n in report.sent)
    print(f"pushed {len(report.sent)} graphs ({total} triples) to {endpoint.url}")
    return 0


def add_commands(sub: Any) -> None:
    """Add ``export``, ``validate``, ``sparql`` and ``push`` to the ``marketkg`` parser."""
    kg = {"default": "out/demo", "metavar": "DIR",
          "help": "folder a `marketkg build` wrote (default: out/demo, as for `query`)"}
    base = {"default": None, "metavar": "IRI", "help": "base of instance IRIs (ends in / or #)"}
    ex = sub.add_parser("export", help="write the graph as RDF (ttl, nt, nq, trig, jsonld, xml)")
    ex.add_argument("--kg", **kg)
    ex.add_argument("--format", choices=FORMAT_NAMES, default=None,
                    help="RDF format (default: from --out's suffix, else ttl); nq, trig and jsonld keep one "
                         "named graph per article")
    ex.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    ex.add_argument("--base-iri", **base)
    ex.set_defaults(func=_cmd_export)
    va = sub.add_parser("validate", help="check an RDF file against marketkg's SHACL shapes (exit 1 if invalid)")
    va.add_argument("file", metavar="FILE")
    va.add_argument("--format", choices=FORMAT_NAMES, default=None, help="default: from the suffix")
    va.set_defaults(func=_cmd_validate)
    sp = sub.add_parser("sparql", help="answer a SPARQL query over a built graph")
    sp.add_argument("query", metavar="QUERY_OR_FILE",
                    help="query text, a .rq file, or the name of a shipped query (" +
                         ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))) + ")")
    sp.add_argument("--kg", **kg)
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sp.add_argument("--bind", action="append", metavar="NAME=VALUE",
                    help="bind ?NAME (repeatable): YYYY-MM-DD is a date, --MM-DD a month-day, "
                         "<IRI> or prefix:name an IRI, else a string")
    sp.add_argument("--base-iri", **base)
    sp.add_argument("--allow-service", action="store_true",
                    help="let a SERVICE clause fetch from the network (refused by default: nothing is fetched)")
    sp.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                    help="deadline of a query with --allow-service as a whole (default: 60)")
    sp.set_defaults(func=_cmd_sparql)
    pu = sub.add_parser("push", help="upload the graph to a SPARQL Graph Store endpoint, one named graph per article")
    pu.add_argument("--kg", **kg)
    pu.add_argument("--endpoint", required=True, metavar="URL",
                    help="Graph Store endpoint (Oxigraph: http://HOST:7878/store; "
                         "Virtuoso: http://HOST:8890/sparql-graph-crud-auth; see the README for others); "
                         "USER:PASSWORD@ in it is used and never printed")
    pu.add_argument("--graph", metavar="IRI", default=None,
                    help="named graph for entities and sessions (default: <base>graph/entities)")
    pu.add_argument("--user", metavar="U", default=None)
    pu.add_argument("--password", metavar="P", default=None, help=f"(or set {PASSWORD_ENV})")
    pu.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                    help="deadline of each request as a whole (default: 60)")
    pu.add_argument("--base-iri", **base)
    pu.set_defaults(func=_cmd_push)
