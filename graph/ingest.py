"""Ingest articles into a :class:`~marketkg.graph.store.KnowledgeBase`: read, decide what
is new, extract on every core, commit in batches, rebuild the views once at the end.

Deciding is cheap and done first (one pass over the inputs, hashing texts): an
article whose source already points to it is unchanged and never re-extracted; the
same text under another source is only linked. Only new or changed texts go to the
extractors, each a process that builds the spaCy pipeline once and runs
``extract_many`` (``nlp.pipe`` in batches) over chunks of articles, returning the
facts as JSON and the article's named graph as N-Quads.
"""
from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from marketkg.graph.spool import ArticleSpool
from marketkg.graph.store import Extracted, KnowledgeBase, QuadsOf
from marketkg.ontology.errors import InputError
from marketkg.ontology.models import Article

__all__ = ["IngestReport", "Progress", "plan", "ingest", "extract_chunk", "local_extractor"]

CHUNK = 32  # articles per task: one nlp.pipe batch
COMMIT_EVERY = 512  # articles per store transaction / index commit

#: ``extractor(articles, quads_of, base, total)``: Extracted records of the articles, in any
#: order (``total`` is how many articles will come, to size the workers)
Extractor = Callable[[Iterator[Article], QuadsOf, str, int], Iterator[Extracted]]


@dataclass
class IngestReport:
    read: int = 0
    failed: int = 0
    unchanged: int = 0
    added: int = 0
    replaced: int = 0
    linked: int = 0
    extracted: int = 0
    words: int = 0
    seconds: float = 0.0
    extract_cpu: float = 0.0  # summed over workers
    rdf_cpu: float = 0.0
    graph: Any = None  # the merged graph (nx.MultiDiGraph), when the views were rebuilt
    errors: list[str] = field(default_factory=list)

    def summary(self, kb: KnowledgeBase | None = None) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        lines = [
            f"articles read   {self.read}" + (f"   ({self.failed} input(s) failed)" if self.failed else ""),
            f"added           {self.added}",
            f"replaced        {self.replaced}   (same source, new text)",
            f"unchanged       {self.unchanged}",
            f"linked          {self.linked}   (same text under another source)",
            f"extracted       {self.extracted} in {self.seconds:.1f} s ({rate:.1f} articles/s, "
            f"{self.words / self.seconds if self.seconds else 0:.0f} words/s)",
        ]
        if kb is not None:
            lines.append(f"knowledge base  {kb.dir}: {len(kb.article_ids())} articles"
                         + (f", {self.graph.number_of_nodes()} nodes, {self.graph.number_of_edges()} edges"
                            if self.graph is not None else
                            ", unchanged"))
        return "\n".join(lines)


class Progress:
    """``ingested 1,234/10,000  85.3 articles/s  ETA 1m43s`` on one line of stderr, only on a terminal."""

    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.25 and self.done < self.total):
            return
        self._last = now
        rate = self.done / max(now - self.start, 1e-9)
        left = (self.total - self.done) / rate if rate else 0.0
        eta = f"{int(left // 60)}m{int(left % 60):02d}s"
        self.stream.write(f"\ringested {self.done:,}/{self.total:,}  {rate:.1f} articles/s  ETA {eta}   ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


@dataclass
class Plan:
    """What to do with each input article: extract (source -> id), link, or nothing."""

    extract: dict[str, str] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0


def plan(articles: Iterable[tuple[str, str]], kb: KnowledgeBase) -> Plan:
    """Decide from (source, article id) pairs alone. A source seen twice in one run keeps
    its last text. Each text is extracted once, from the smallest source name giving it,
    unless it is stored already from a source no larger."""
    latest: dict[str, str] = {}
    for source, ident in articles:
        latest[source] = ident
    current, canonical = kb.sources(), kb.canonical_sources()
    by_id: dict[str, list[str]] = {}
    for source, ident in latest.items():
        by_id.setdefault(ident, []).append(source)
    out = Plan()
    for ident, names in sorted(by_id.items()):
        names.sort()
        stored = canonical.get(ident)
        if stored is None or names[0] < stored:
            out.extract[names[0]] = ident
            rest = names[1:]
        else:
            rest = names
        for source in rest:
            if current.get(source) == ident:
                out.unchanged += 1
            else:
                out.links.append((source, ident))
    return out


_WORKER: dict[str, Any] = {}


def _init_worker(quads_of: QuadsOf, base: str) -> None:
    from marketkg.loaders.pipeline import shared_pipeline

    shared_pipeline()  # built once per process
    _WORKER.update(quads_of=quads_of, base=base)


def extract_chunk(articles: list[Article], quads_of: QuadsOf | None = None, base: str | None = None) -> list[Extracted]:
    """Facts and named-graph quads of a chunk of articles (runs in a worker)."""
    from marketkg.graph.build import build_graph  # noqa: F401  (warm import in the worker)
    from marketkg.graph.resolve import company_rows
    from marketkg.loaders.extract import extract_many

    quads_of = quads_of or _WORKER["quads_of"]
    base = base or _WORKER["base"]
    out = []

    def failed(article: Article, exc: Exception) -> None:
        out.append(Extracted(article.source, article.id, "", "",
                             error=f"extraction failed ({type(exc).__name__}: {exc})"))

    start = time.process_time()
    facts = list(extract_many(articles, on_error=failed))
    each = (time.process_time() - start) / max(len(facts), 1)
    for f in facts:
        start = time.process_time()
        quads = quads_of(f, base)
        out.append(Extracted(f.article.source, f.article.id, f.model_dump_json(), quads, len(f.article.text.split()),
                             extract_seconds=each, rdf_seconds=time.process_time() - start,
                             companies=company_rows(f)))
    return out


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def local_extractor(jobs: int, *, ahead: int = 2 * COMMIT_EVERY) -> Extractor:
    """Extraction in this process (``jobs == 1``) or a pool of ``jobs`` spawned processes.

    Up to ``ahead`` articles (at least ``4 * jobs`` chunks) are in flight, so memory stays
    flat however many articles, yet the workers keep extracting while the parent loads a
    commit into the store: with 4 chunks a worker they ran dry during each store load."""

    def run(articles: Iterator[Article], quads_of: QuadsOf, base: str, total: int) -> Iterator[Extracted]:
        workers = max(1, min(jobs, -(-total // CHUNK)))
        if workers == 1:
            for chunk in _chunks(articles, CHUNK):
                yield from extract_chunk(chunk, quads_of, base)
            return
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")  # no fork of a process holding RocksDB threads
        with ctx.Pool(workers, initializer=_init_worker, initargs=(quads_of, base)) as pool:
            window: deque[Any] = deque()
            for chunk in _chunks(articles, CHUNK):
                window.append(pool.apply_async(extract_chunk, (chunk,)))
                while len(window) >= max(4 * workers, ahead // CHUNK):
                    yield from window.popleft().get()
            while window:
                yield from window.popleft().get()

    return run


def _read_once(items: Iterable[Article | InputError], kb: KnowledgeBase, report: IngestReport,
               on_error: Callable[[InputError], None] | None) -> tuple[dict[str, str], ArticleSpool]:
    """The (source -> article id) of every article read, and a spool of those that may
    need extracting. Each file is read once: what is extracted is what was hashed, even
    if the file is rewritten meanwhile. Errors are counted in ``report``."""
    pairs: dict[str, str] = {}
    spool, stored = ArticleSpool(), kb.canonical_sources()
    try:
        for item in items:
            if isinstance(item, Article) and item.source in pairs:  # e.g. a file 'f.jsonl#x' and f.jsonl's id x
                item = InputError(item.source, "another article read in this run has the same name; this one is skipped")
            if isinstance(item, InputError):
                report.failed += 1
                report.errors.append(str(item))
                if on_error is not None:
                    on_error(item)
                continue
            report.read += 1
            pairs[item.source] = item.id
            if item.id not in stored or item.source < stored[item.id]:
                spool.add(item)
    except BaseException:  # --strict stops here with SystemExit
        spool.close()
        raise
    return pairs, spool


def ingest(paths: Iterable[str], kb: KnowledgeBase, *, extractor: Extractor | None = None,
           published: str | None = None, on_error: Callable[[InputError], None] | None = None,
           progress: bool | None = None, stream: TextIO | None = None,
           commit_every: int = COMMIT_EVERY) -> IngestReport:
    """Add the articles under ``paths`` to ``kb``; rebuild its views if anything changed."""
    from marketkg.loaders.sources import iter_articles

    report = IngestReport()
    pairs, spool = _read_once(iter_articles(paths, published=published), kb, report, on_error)
    todo = plan(pairs.items(), kb)
    report.unchanged = todo.unchanged
    del pairs

    def wanted() -> Iterator[Article]:
        for item in spool:
            if todo.extract.get(item.source) == item.id:
                del todo.extract[item.source]  # once, even if a source repeats
                yield item

    bar = Progress(len(todo.extract), stream=stream, enabled=progress)
    extractor = extractor or local_extractor(1)
    start = time.monotonic()
    changed = False
    batch: list[Extracted] = []

    def commit(links: list[tuple[str, str]]) -> None:
        nonlocal changed
        counts = kb.commit(batch, links=links)
        report.added += counts["added"]
        report.replaced += counts["replaced"]
        report.linked += counts["linked"]
        changed = True
        batch.clear()

    stopped = False  # by an error or an interrupt: the views wait for the next writer's recovery
    try:
        for extracted in extractor(wanted(), kb.quads_of, kb.base, len(todo.extract)):
            bar.update(1)
            if extracted.error is not None:
                report.read -= 1
                report.failed += 1
                error = InputError(extracted.source, extracted.error)
                report.errors.append(str(error))
                if on_error is not None:
                    on_error(error)
                continue
            batch.append(extracted)
            report.extracted += 1
            report.words += extracted.words
            report.extract_cpu += extracted.extract_seconds
            report.rdf_cpu += extracted.rdf_seconds
            if len(batch) >= commit_every:
                commit([])
        if batch or todo.links:
            commit(todo.links)
    except SystemExit:  # --strict stopped at a bad input: what was committed is kept, and shown
        raise
    except BaseException:
        stopped = True
        raise
    finally:
        bar.close()
        spool.close()
        report.seconds = time.monotonic() - start
        if (changed or kb.recovered) and not stopped:
            report.graph = kb.refresh_views()
    return report
