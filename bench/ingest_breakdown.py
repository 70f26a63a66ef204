"""Where one ingest's time goes: ``python bench/ingest_breakdown.py CORPUS DIR [JOBS]``.

Ingests CORPUS into a fresh DIR (removed first) as ``kb_bench.py`` does, with ``--jobs``
JOBS (default 2), and prints: wall time, CPU of the parent and of the workers, the
workers' extraction and N-Quads CPU, peak memory, the folder's own phase timings
(``kb.timings``), and a few more measured around it: the parent waiting for the workers,
the commits, reading and validating article files, writing the views, the views in all.
``SPOOL=BYTES`` sets the spool size (100 MiB makes 10k articles load as often as 100k do
with the default 1 GiB).
"""
from __future__ import annotations

import functools
import os
import resource
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from marketkg.exports.cli_kb import open_kb
from marketkg.graph import store, view_file
from marketkg.graph.ingest import ingest, local_extractor

__all__ = ["main"]

T: dict[str, float] = {}


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*a: Any, **k: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            T[name] = T.get(name, 0.0) + time.perf_counter() - t
    return run


def main(argv: list[str]) -> int:
    corpus, kg = argv[0], argv[1]
    jobs = int(argv[2]) if len(argv) > 2 else 2
    if os.environ.get("SPOOL"):
        store.STORE_SPOOL_BYTES = int(os.environ["SPOOL"])
    view_file.write_view = _timed("write_views", view_file.write_view)
    store.KnowledgeBase.facts = _timed("facts_read_validate", store.KnowledgeBase.facts)
    store.KnowledgeBase.commit = _timed("commits", store.KnowledgeBase.commit)
    store.KnowledgeBase.refresh_views = _timed("views_in_all", store.KnowledgeBase.refresh_views)
    shutil.rmtree(kg, ignore_errors=True)
    extractor = local_extractor(jobs)

    def waited(*args: Any) -> Iterator[Any]:
        it = extractor(*args)
        while True:
            t = time.perf_counter()
            item = next(it, None)
            T["wait_workers"] = T.get("wait_workers", 0.0) + time.perf_counter() - t
            if item is None:
                return
            yield item

    t = time.perf_counter()
    with open_kb(kg) as kb:
        report = ingest([corpus], kb, extractor=waited, progress=False)
        phases = dict(kb.timings)
    wall = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"articles {report.extracted} wall {wall:.1f} s  parent cpu {me.ru_utime + me.ru_stime:.1f}  "
          f"workers cpu {kids.ru_utime + kids.ru_stime:.1f}  extract {report.extract_cpu:.1f} "
          f"rdf {report.rdf_cpu:.1f}  peak parent {me.ru_maxrss / 1024:.0f} MB  workers peak {kids.ru_maxrss / 1024:.0f} MB")
    print("kb.timings", {k: round(v, 1) for k, v in phases.items()})
    print("around", {k: round(v, 1) for k, v in T.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
