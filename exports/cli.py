"""The ``marketkg`` command line.

Library code raises :class:`MarketKGError`; only this module turns errors into exit
codes and one-line messages. Exit status: 0 all inputs read, 1 some input failed
(the rest still went through), 2 usage error or nothing could be done.
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from marketkg import __version__
from marketkg.ontology.errors import InputError, MarketKGError

if TYPE_CHECKING:  # the rest is imported where used: `marketkg query` starts without pydantic, rdflib, networkx
    from marketkg.ontology.models import Article, ArticleFacts

__all__ = ["main", "COMMAND_MODULES"]

#: modules that add subcommands; each defines ``add_commands(subparsers) -> None`` and
#: sets ``func`` on its parsers (a function of the parsed args returning the exit status)
COMMAND_MODULES = ("marketkg.exports.cli_query", "marketkg.exports.cli_rdf", "marketkg.exports.cli_kb",
                   "marketkg.exports.cli_resolve")


class _Run:
    """Reads inputs, reports each bad one on stderr, and remembers whether any failed."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failed = 0
        self.read = 0

    def fail(self, exc: MarketKGError) -> None:
        self.failed += 1
        print(f"marketkg: error: {exc}", file=sys.stderr)
        if self.args.strict:
            raise SystemExit(1)

    def articles(self) -> Iterator[Article]:
        from marketkg.loaders.sources import iter_articles

        for item in iter_articles(self.args.paths, published=self.args.date):
            if isinstance(item, InputError):
                self.fail(item)
            else:
                self.read += 1
                for warning in item.warnings:
                    print(f"marketkg: warning: {item.source}: {warning}", file=sys.stderr)
                yield item

    def facts(self) -> list[ArticleFacts]:
        from marketkg.loaders.extract import extract_many

        def failed(article: Article, exc: Exception) -> None:
            self.read -= 1
            self.fail(InputError(article.source, f"extraction failed ({type(exc).__name__}: {exc})"))

        return list(extract_many(self.articles(), on_error=failed))


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .jsonl, .html) or folders")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that do not give one")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--keep-going", dest="strict", action="store_false", default=False,
                      help="report a bad input and go on (the default)")
    mode.add_argument("--strict", dest="strict", action="store_true", help="stop at the first bad input")
    add_reference_option(p)


def add_reference_option(p: argparse.ArgumentParser) -> None:
    """``--reference FILE``: the user's reference CSV, merged over the built-in data."""
    p.add_argument("--reference", metavar="FILE", default=None,
                   help="your own reference data (CSV: id, name, type, aliases, tickers, isin, country, industry), "
                        "merged over the built-in data")


def use_reference_file(path: str | None) -> None:
    """Make ``path`` the user's reference file of this run (and of its worker processes),
    checked now so a bad file is one error line before any article is read."""
    if not path:
        return
    from marketkg.ontology.ref_cache import cached
    from marketkg.ontology.reference import build_reference
    from marketkg.ontology.user_reference import ENV, merge_user_reference

    merge_user_reference(cached(build_reference), path)  # raises MarketKGError naming FILE and line
    os.environ[ENV] = os.path.abspath(path)


def _explained(run: _Run) -> str:
    """The --explain report of every article read, one block each, in input order."""
    from marketkg.loaders.explain import explain_text

    blocks = []
    for facts in run.facts():
        try:
            blocks.append(explain_text(facts))
        except Exception as exc:  # noqa: BLE001 (the article is reported; the rest still go through)
            run.fail(InputError(facts.article.source, f"explain failed ({type(exc).__name__}: {exc})"))
    return "\n".join(blocks)


def _cmd_extract(args: argparse.Namespace) -> int:
    run = _Run(args)
    from marketkg.exports.facts_jsonl import to_facts_jsonl
    from marketkg.ontology.atomic import write_atomic

    text = _explained(run) if args.explain else to_facts_jsonl(run.facts())
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 1 if run.failed else 0


def _summary(run: _Run, warnings: list[str], G, out: Path, written: list[Path]) -> str:
    types: dict[str, int] = {}
    for _, data in G.nodes(data=True):
        types[data["type"]] = types.get(data["type"], 0) + 1
    kinds: dict[str, int] = {}
    for *_, data in G.edges(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    conflicts = sum(1 for *_, d in G.edges(data=True) if d.get("conflict"))
    sessions = types.pop("session", 0)
    lines = [
        f"articles read   {run.read}" + (f"   ({run.failed} input(s) failed)" if run.failed else ""),
        f"entities        {sum(types.values())}   " + ", ".join(f"{n} {t}" for t, n in sorted(types.items())),
        f"sessions        {sessions}",
        f"moves           {kinds.get('move', 0)}" + (f"   ({conflicts} with conflicting figures)" if conflicts else ""),
        f"causes          {kinds.get('cause', 0)}",
        f"actions         {kinds.get('action', 0)}",
        f"memberships     {kinds.get('member_of', 0)}",
        f"warnings        {len(warnings)}",
        *[f"  - {w}" for w in warnings[:10]],
        *([f"  ... and {len(warnings) - 10} more (see facts.jsonl)"] if len(warnings) > 10 else []),
        f"written to      {out}/: " + ", ".join(p.name for p in written),
    ]
    return "\n".join(lines)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so cleanups run (a build removes its folder)."""


def _on_sigterm(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the cleanup runs once, undisturbed
    raise Terminated


def _cmd_build(args: argparse.Namespace) -> int:
    """Ingest into a fresh knowledge base beside ``--out``, write the exports into it,
    then put it in place of ``--out`` in one step: readers see the old build or the
    new one, never a mix, and a failure leaves the old one as it was. ``--out`` must be
    new, empty or an earlier build (see :mod:`marketkg.graph.outdir`)."""
    from marketkg.exports import registry
    from marketkg.exports.cli_kb import open_kb
    from marketkg.exports.facts_jsonl import facts_jsonl_lines
    from marketkg.graph.ingest import ingest, local_extractor
    from marketkg.graph.outdir import BuildFolder
    from marketkg.ontology.atomic import write_atomic

    out = Path(args.out)
    run = _Run(args)
    folder = BuildFolder(out, args.paths, lock_timeout=args.lock_timeout)
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: SIGTERM keeps its default
        previous = None
    try:
        with folder as fresh:
            with open_kb(fresh, base_iri=args.base_iri) as kb:
                report = ingest(args.paths, kb, extractor=local_extractor(args.jobs or os.cpu_count() or 1),
                                published=args.date, on_error=run.fail, progress=False if args.quiet else None)
                run.read = report.read
                if not kb.article_ids():
                    print("marketkg: error: no article could be read; nothing built", file=sys.stderr)
                    return 2
                # streamed from the article files, one at a time: never all the facts at once
                warnings: list[str] = []

                def noted(all_facts: Iterator[ArticleFacts]) -> Iterator[ArticleFacts]:
                    for f in all_facts:
                        warnings.extend(f"{f.article.source}: {w}" for w in f.warnings)
                        yield f
                written = [write_atomic(fresh / "facts.jsonl", facts_jsonl_lines(noted(kb.all_facts())))]
            G = report.graph
            for name in ("ttl", "html"):
                writer, filename = registry.get(name)
                written.append(writer(G, fresh / filename, base_iri=args.base_iri,
                                      html_max_nodes=args.html_max_nodes, html_day=args.day,
                                      html_max_edges=args.html_max_edges or None))
            written.append(fresh / "graph.json")
            folder.commit()
    except MarketKGError as exc:  # name the file the user asked for, not its stand-in being built
        made_at = folder.made_at
        raise MarketKGError(str(exc).replace(str(made_at), str(out)) if made_at else str(exc)) from None
    except OSError as exc:
        raise MarketKGError(f"{out}: cannot write ({exc.strerror or exc})") from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        print(_summary(run, warnings, G, out, written))
    return 1 if run.failed else 0


#: commands whose module alone makes their parser: ``marketkg query ...`` and ``sparql`` build only theirs,
#: and so starts without importing what the other commands need (a third of its time was imports)
_OWN_PARSER = {"query": "marketkg.exports.cli_query", "sparql": "marketkg.exports.cli_rdf"}


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="marketkg", description="Market news in, one knowledge graph out.")
    p.add_argument("--version", action="version", version=f"marketkg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    if command in _OWN_PARSER:
        importlib.import_module(_OWN_PARSER[command]).add_commands(sub)
        return p
    from marketkg.exports.html_cap import DEFAULT_MAX_EDGES, max_edges_arg

    ex = sub.add_parser("extract", help="print the facts of articles as JSON Lines (one object per article)")
    _add_input_options(ex)
    ex.add_argument("--format", choices=["jsonl"], default="jsonl", help="output form (JSON Lines)")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    ex.add_argument("--explain", action="store_true",
                    help="print a plain-text report instead: each figure and causal cue of each sentence, "
                         "and the fact it became or why none")
    ex.set_defaults(func=_cmd_extract)
    bd = sub.add_parser("build", help="build a fresh knowledge base from articles, with graph.ttl, graph.html, "
                                      "facts.jsonl (marketkg ingest --kg DIR adds to it later)")
    _add_input_options(bd)
    bd.add_argument("--out", required=True, metavar="DIR",
                    help="folder to build into (new, empty, or an earlier build, which is replaced whole)")
    bd.add_argument("--base-iri", default=None, metavar="IRI", help="base of instance IRIs (ends in / or #)")
    bd.add_argument("--html-max-nodes", type=int, default=None, metavar="N",
                    help="draw at most N nodes (the most connected) in graph.html")
    bd.add_argument("--html-max-edges", type=max_edges_arg, default=DEFAULT_MAX_EDGES, metavar="N",
                    help=f"graph.html carries at most N facts (whole days nearest the day it opens on; "
                         f"default {DEFAULT_MAX_EDGES:,}; 0: all)")
    bd.add_argument("--day", default=None, metavar="DAY",
                    help="the day graph.html opens on: YYYY-MM-DD, MM-DD, undated or all (default: the latest)")
    bd.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                    help="extraction processes (default: one per core)")
    bd.add_argument("--lock-timeout", type=float, default=10.0, metavar="S",
                    help="wait up to S seconds for another writer of DIR to finish (default 10)")
    bd.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    bd.set_defaults(func=_cmd_build)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``marketkg`` command."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(argv[0] if argv else None).parse_args(argv)
    if getattr(args, "base_iri", None):
        import pyoxigraph

        if not args.base_iri.endswith(("/", "#")):
            print(f"marketkg: error: --base-iri {args.base_iri!r} must end in '/' or '#'", file=sys.stderr)
            return 2
        try:
            pyoxigraph.NamedNode(args.base_iri)
        except ValueError as exc:
            print(f"marketkg: error: --base-iri {args.base_iri!r} is not an IRI ({exc})", file=sys.stderr)
            return 2
    if getattr(args, "date", None):
        from marketkg.loaders.dates import parse_date

        if parse_date(args.date) is None:
            print(f"marketkg: error: --date {args.date!r} is not a date (use YYYY-MM-DD)", file=sys.stderr)
            return 2
        args.date = parse_date(args.date)
    try:
        use_reference_file(getattr(args, "reference", None))
        return args.func(args)
    except MarketKGError as exc:
        print(f"marketkg: error: {exc}", file=sys.stderr)
        return 2
    except Terminated:
        print("marketkg: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("marketkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # "marketkg query ... | head": the reader has gone; end quietly, as other pipe tools do
        # (stdout is pointed at devnull so the interpreter's final flush cannot fail again)
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141


if __name__ == "__main__":
    sys.exit(main())
