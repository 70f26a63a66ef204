"""``marketkg ingest``: add articles to a persistent knowledge base folder.

This module also wires the knowledge base (graph room) to the exports it needs: the
N-Quads of one article's named graph (:func:`article_nquads`) and of the entities
graph (:func:`entities_nquads`), both laid out by :mod:`marketkg.exports.rdf`, and the
views written after every ingest (:func:`write_views`: ``graph.json``).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import networkx as nx

from marketkg.exports import registry
from marketkg.graph.build import build_graph
from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import InputError
from marketkg.ontology.ids import DEFAULT_BASE_IRI
from marketkg.ontology.models import ArticleFacts

__all__ = ["add_commands", "article_nquads", "entities_nquads", "write_views", "open_kb"]


def article_nquads(facts: ArticleFacts, base: str = DEFAULT_BASE_IRI) -> str:
    """What one article states, as N-Quads in its own named graph: its facts with their
    evidence, its description and its mentions, from ``build_graph([facts])``.

    A function of this article alone, so it never changes when other articles arrive.
    What is said *about* the entities (types, labels, tickers, reference memberships)
    is the same in every article, so it is not repeated in each: it lives once in the
    entities graph (:func:`entities_nquads`), and cross-article merges in the
    resolution graph, both rebuilt with the views."""
    from marketkg.exports import rdf

    # the reference memberships sit in the entities graph, never in an article's: not made here
    return rdf.article_nquads(build_graph([facts], reference_members=False), facts.article.id, base=base)


def entities_nquads(G: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> str:
    """The entities graph of the knowledge base: the shared graph of the merged graph."""
    from marketkg.exports import rdf

    return rdf.shared_nquads(G, base=base)


def write_views(G: nx.MultiDiGraph, folder: Path) -> None:
    """The views kept current after every ingest: graph.json (read back by read_graph_json)
    and view.sqlite (what `query` and :class:`~marketkg.graph.view.KBView` answer from)."""
    from marketkg.exports.graph_json import write_graph_json_beside
    from marketkg.graph.view_file import VIEW_FILE, write_view

    _, filename = registry.get("json")
    # one walk over the edges writes both (each evidence sentence encoded once)
    write_graph_json_beside(G, Path(folder) / filename, lambda sink: write_view(G, Path(folder) / VIEW_FILE, sink))


def open_kb(folder: str | Path, *, base_iri: str | None = None, lock_timeout: float = 10.0):
    """The knowledge base at ``folder`` opened for writing, wired to the exports."""
    from marketkg.graph.store import KnowledgeBase

    return KnowledgeBase(folder, quads_of=article_nquads, shared_quads_of=entities_nquads, write_views=write_views, base_iri=base_iri,
                         lock_timeout=lock_timeout)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from marketkg.graph.ingest import ingest, local_extractor

    failed: list[InputError] = []

    def on_error(exc: InputError) -> None:
        failed.append(exc)
        print(f"marketkg: error: {exc}", file=sys.stderr)
        if args.strict:
            raise SystemExit(1)

    if args.nquads_out is not None:
        problem = _nquads_out_problem(args)
        if problem:
            print(f"marketkg: error: {args.nquads_out}: {problem}", file=sys.stderr)
            return 2
    if args.engine == "spark":
        from marketkg.graph.spark import spark_extractor

        extractor = spark_extractor(master=args.master, partitions=args.jobs or None, nquads_dir=args.nquads_out)
    else:
        extractor = local_extractor(args.jobs or os.cpu_count() or 1)
    with open_kb(args.kg, base_iri=args.base_iri, lock_timeout=args.lock_timeout) as kb:
        report = ingest(args.paths, kb, extractor=extractor, published=args.date, on_error=on_error,
                        progress=False if args.quiet else None, commit_every=args.batch)
        if report.read == 0 and not kb.article_ids():
            print("marketkg: error: no article could be read; nothing ingested", file=sys.stderr)
            return 2
        if args.nquads_out is not None:  # the partitions wrote the articles' graphs; the rest is the driver's
            write_atomic(Path(args.nquads_out) / SHARED_NQ, kb.shared_nquads())
        if not args.quiet:
            print(report.summary(kb))
    stale = [name for name in _BUILD_EXPORTS if (Path(args.kg) / name).exists()]
    if stale:  # graph.json is refreshed by every ingest; a build's other files are not
        kg = args.kg
        print(f"marketkg: note: {', '.join(stale)} in {kg} are from the last build and do not show this ingest; "
              f"refresh them with `marketkg html --kg {kg} --out {kg}/graph.html` and "
              f"`marketkg export --kg {kg} --out {kg}/graph.ttl` (facts.jsonl: a new `marketkg build`)",
              file=sys.stderr)
    return 1 if report.failed else 0


#: beside the partitions' part-NNNNN.nq: the entities and resolution graphs, written by the driver
SHARED_NQ = "shared.nq"


def _nquads_out_problem(args: argparse.Namespace) -> str | None:
    """Why ``--nquads-out`` cannot be used as given, or None."""
    if args.engine != "spark":
        return "--nquads-out is written by the Spark partitions: use it with --engine spark"
    out = Path(args.nquads_out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if any(out.glob("*.nq")):  # a loader would take old files with the new ones
            return "already holds .nq files; give a new or empty folder"
    except OSError as exc:
        return f"cannot use the folder ({exc.strerror or exc})"
    return None


#: files `marketkg build` writes that `ingest` does not refresh
_BUILD_EXPORTS = ("graph.html", "graph.ttl", "facts.jsonl")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``ingest`` to the ``marketkg`` command."""
    p = sub.add_parser("ingest", help="add articles to a knowledge base folder (idempotent, incremental)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .jsonl, .html) or folders")
    p.add_argument("--kg", required=True, metavar="DIR", help="knowledge base folder (created if missing)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that do not give one")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--keep-going", dest="strict", action="store_false", default=False,
                      help="report a bad input and go on (the default)")
    mode.add_argument("--strict", dest="strict", action="store_true", help="stop at the first bad input")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="extraction processes (default: one per core; spark: partitions)")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="run extraction here (default) or on Spark (pip install marketkg[spark])")
    p.add_argument("--master", default="local[*]", metavar="URL", help="Spark master (with --engine spark)")
    p.add_argument("--nquads-out", default=None, metavar="DIR",
                   help="with --engine spark: each partition also writes its articles' N-Quads to DIR/part-NNNNN.nq "
                        "(and the driver DIR/shared.nq) for a server's bulk loader")
    p.add_argument("--lock-timeout", type=float, default=10.0, metavar="S",
                   help="wait up to S seconds for another writer to finish (default 10)")
    p.add_argument("--base-iri", default=None, metavar="IRI", help="base of instance IRIs (fixed when DIR is created)")
    p.add_argument("--batch", type=int, default=512, metavar="N",
                   help="articles per commit (one store transaction; default 512)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line, no summary")
    p.set_defaults(func=_cmd_ingest)
