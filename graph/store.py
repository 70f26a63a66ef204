"""The knowledge base on disk: a folder that grows with every ingest.

Layout of ``DIR``::

    DIR/articles/<article_id>.json   the ArticleFacts of one article (model_dump_json): the truth
    DIR/index.sqlite                 source -> article id, the canonical source of each article,
                                     the companies each article names (what the views' alias
                                     pass reads), and the journal of the batch being committed
    DIR/store/                       pyoxigraph (RocksDB) store: one named graph per article
    DIR/.store-spool.nq              quads committed and not yet bulk-loaded into the store
    DIR/.store-load.nq               the spool being loaded
    DIR/graph.json                   the merged, resolved graph of all articles (a view)
    DIR/.lock                        fcntl lock: one writer at a time (``ingest`` and ``build`` alike)
    DIR/.marketkg-build              in a folder ``marketkg build`` made (see graph/outdir.py)

After the last load of an ingest the store is compacted (RocksDB's files merged), in the
loading thread, beside the views, when it has at least doubled since it was last compacted
(see ``KnowledgeBase._compaction_due``): a bulk load writes files RocksDB merges only while a
writer has the store open, and the queries read every file that may hold a key.

A folder is opened only when it is new, empty, or already holds a knowledge base's
index (graph/kbfolder.py): anything else is refused before a byte is written in it.

An article is its content hash. A source (path, or ``path#id`` in JSON Lines) points to
one article; when its text changes it points to the new article, and the old one goes
when no source points to it any more. The same text read from two sources is one
article, stored with the facts read from the smallest source name (so the result does
not depend on which came first).

Named graphs hold what *one* article states -- its facts with their evidence, its
description, its mentions -- laid out from ``build_graph([facts])``, a function of that
article alone, under ``<base>graph/article/<id>`` (the name ``marketkg export`` gives
the same article's graph). They never change when other articles arrive. What is said
about the entities (types, labels, tickers, reference memberships) is the same in
every article and sits once in ``<base>graph/entities``, described from the merged
graph; cross-article resolution (a name-only company merged into its coded node, see
:func:`marketkg.graph.resolve.alias_map`) is ``owl:sameAs`` links in
``<base>graph/resolution``, with each alias's ``dcterms:identifier`` set to its
entity's id so that SPARQL over the store finds the facts stated of either. Both are
rebuilt with the views; the resolved merge itself is ``graph.json`` and, indexed for
the ``query`` commands, ``view.sqlite``.

Crash safety. A batch is committed in this order: (1) journal rows (source, old id,
new id) in SQLite; (2) the batch's quads, appended to a spool file (``DIR/.store-spool.nq``)
that is bulk-loaded once it holds about a gigabyte, before anything else reads or
removes graphs, and when the folder closes (in a thread, beside the next commits, when
it is full); the articles spooled and not yet loaded are
named in table ``unloaded`` until their load is done; (3) the article files, each
written to a temporary file, synced once, renamed into place; (4) one SQLite transaction
that moves the index forward (with each new article's ``companies`` row), clears the journal
and names the articles no source points to any more (table ``removing``); (5) those are
removed (graph, then file). An article without a ``companies`` row (recovered, or stored
before the table) has its companies read from its file.
Opening a folder whose last writer did not finish (state ``dirty``) finishes the
removals, drops the graphs of the articles ``unloaded`` names (a bulk load is not a
transaction, so they may be partial), replays the journal -- an article whose file exists
is kept, its named graph reloaded from the file; one whose file does not exist is
dropped -- then reconciles
named graphs with article files and rebuilds the views. Recovery deletes only files the
journal names: a file in ``articles/`` it does not know is left alone. Every stored article is thus whole or absent,
and re-running the same ingest completes it.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from marketkg.graph.build import build_graph, build_graph_from
from marketkg.graph.kbfolder import KBLockedError, KBWriteError, check_new_or_kb, guarded, io_errors, kb_lock
from marketkg.graph.resolve import company_alias_map, stored_companies
from marketkg.ontology.atomic import temp_beside, write_atomic
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.gc import gc_paused
from marketkg.ontology.ids import DEFAULT_BASE_IRI, graph_name, mint_iri
from marketkg.ontology.models import ArticleFacts

__all__ = ["KnowledgeBase", "Extracted", "KBLockedError", "KBWriteError", "kb_lock", "article_graph_iri",
           "entities_graph_iri", "resolution_graph_iri", "QuadsOf", "SharedQuadsOf", "ViewWriter"]

#: N-Quads of one article's named graph: ``quads_of(facts, base) -> str``
QuadsOf = Callable[[ArticleFacts, str], str]
#: N-Quads of the entities graph of the merged graph: ``shared_quads_of(G, base) -> str``
SharedQuadsOf = Callable[[nx.MultiDiGraph, str], str]
#: writes the views of the merged graph into the folder: ``write_views(G, dir) -> None``
ViewWriter = Callable[[nx.MultiDiGraph, Path], None]

_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS articles (article_id TEXT PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (source TEXT PRIMARY KEY, old_id TEXT, new_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS removing (article_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS unloaded (article_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS companies (article_id TEXT PRIMARY KEY, data TEXT NOT NULL);
"""
#: N-Quads gathered before one bulk load into the store: loading every commit's quads on
#: their own cost twice the CPU at 100k articles, most of it RocksDB merging small files
STORE_SPOOL_BYTES = 1 << 30
#: the pieces the last spool of an ingest is loaded in, beside the views (see refresh_views)
LAST_LOAD_PIECE = 64 << 20
_SPOOL_NAME = ".store-spool.nq"
_LOADING_NAME = ".store-load.nq"  # the spool being loaded, while the next one fills



def article_graph_iri(article_id: str, base: str = DEFAULT_BASE_IRI) -> str:
    """Name of the graph holding one article's statements."""
    return str(graph_name(article_id, base=base))


def entities_graph_iri(base: str = DEFAULT_BASE_IRI) -> str:
    """Name of the graph describing the entities of the merged graph (labels, types, memberships)."""
    return str(graph_name(None, base=base))


def resolution_graph_iri(base: str = DEFAULT_BASE_IRI) -> str:
    """Name of the graph holding the cross-article ``owl:sameAs`` links."""
    return str(mint_iri("graph", "resolution", base=base))


@dataclass(frozen=True)
class Extracted:
    """One article ready to commit: its facts (JSON) and its named graph (N-Quads)."""

    source: str
    article_id: str
    facts_json: str
    nquads: str
    words: int = 0
    extract_seconds: float = 0.0  # CPU time of the worker, for the benchmark
    rdf_seconds: float = 0.0
    error: str | None = None  # the extractor failed on this article: nothing to store
    companies: str | None = None  # company_rows(facts): what the views' alias pass reads of it


def _write_many(files: list[tuple[Path, str]]) -> None:
    """Many atomic writes with one sync: every temporary file is written, then all are
    flushed to disk at once, then each is renamed into place."""
    tmps: list[tuple[str, Path]] = []
    try:
        for dest, data in files:
            fd, tmp = temp_beside(dest)
            tmps.append((tmp, dest))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data.encode("utf-8"))
        os.sync()
        while tmps:
            tmp, dest = tmps.pop(0)
            os.replace(tmp, dest)
    finally:
        for tmp, _ in tmps:
            Path(tmp).unlink(missing_ok=True)


def _pieces(path: str, size: int) -> Iterator[bytes]:
    """The file at ``path`` in pieces of about ``size`` bytes, each ending at a line's end."""
    with open(path, "rb") as fh:
        while data := fh.read(size):
            yield data + fh.readline()


class KnowledgeBase:
    """A knowledge-base folder opened for writing (holds the lock until :meth:`close`).

    ``quads_of`` turns one article's facts into the N-Quads of its named graph and
    ``write_views`` writes ``graph.json`` (and anything else derived from the merged
    graph); both come from the exports room, which graph/ may not import.
    """

    def __init__(self, folder: str | Path, *, quads_of: QuadsOf, shared_quads_of: SharedQuadsOf,
                 write_views: ViewWriter, base_iri: str | None = None, lock_timeout: float = 10.0) -> None:
        self.dir = Path(folder)
        self.quads_of = quads_of
        self.shared_quads_of = shared_quads_of
        self.write_views = write_views
        with io_errors(self.dir):
            check_new_or_kb(self.dir)  # before the lock: nothing is written in a folder refused
            self._lock = kb_lock(self.dir, timeout=lock_timeout).__enter__()
            try:
                self._open(base_iri)
            except BaseException:
                self._lock.__exit__()
                raise

    def _open(self, base_iri: str | None) -> None:
        import pyoxigraph

        check_new_or_kb(self.dir)  # again, now that no other writer can change the folder
        self.articles_dir = self.dir / "articles"
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.dir / "index.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(f"BEGIN;{_SCHEMA}COMMIT;")  # the tables appear together or not at all
        stored_base = self._meta("base_iri")
        if stored_base is None:
            try:  # quads are bulk-loaded leniently (see _flush): the one IRI part not minted is checked here
                pyoxigraph.NamedNode(base_iri or DEFAULT_BASE_IRI)
            except ValueError as exc:
                raise MarketKGError(f"{self.dir}: base IRI {base_iri!r} is not an IRI ({exc})") from None
            self._set_meta("base_iri", base_iri or DEFAULT_BASE_IRI)
        elif base_iri and base_iri != stored_base:
            raise MarketKGError(f"{self.dir} was built with base IRI {stored_base!r}, not {base_iri!r}")
        self.base = self._meta("base_iri") or DEFAULT_BASE_IRI
        self._rdf = pyoxigraph
        self.store = pyoxigraph.Store(str(self.dir / "store"))
        self.recovered = False
        #: seconds spent per phase since opening (store, files, index, views_*)
        self.timings: dict[str, float] = {}
        self._spool: Any = None  # the open spool file (see _load)
        self._spooled: dict[str, None] = {}  # the articles whose quads are in it (an ordered set)
        self._loading: Callable[[], None] | None = None  # waits for the load running in a thread
        self._piece: int | None = None  # bytes a bulk load takes at a time (None: the whole spool)
        #: articles bulk-loaded into the store since it was last compacted (see _compaction_due)
        self._loaded = int(self._meta("loaded_since_compaction") or 0)
        if (self._meta("state") == "dirty" or self._count("pending") or self._count("removing")
                or self._count("unloaded")):
            self.recover()

    # -- small helpers -----------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _lookup(self, sql: str, keys: Iterable[str]) -> dict[str, str]:
        """key -> the one value ``sql`` (with one ``?``) gives for it, for the keys that have one."""
        found = {}
        for key in keys:
            row = self.db.execute(sql, (key,)).fetchone()
            if row is not None:
                found[key] = row[0]
        return found

    def _count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def _file(self, article_id: str) -> Path:
        return self.articles_dir / f"{article_id}.json"

    def _graph(self, article_id: str) -> Any:
        return self._rdf.NamedNode(article_graph_iri(article_id, self.base))

    def _load(self, nquads: str, ids: Iterable[str]) -> None:
        """Spool the quads of the articles ``ids``; bulk-load the spool once it is big."""
        ids = list(ids)
        if not nquads:
            return
        with self._timed("store"):
            if self._spool is None:
                self._spool = open(self.dir / _SPOOL_NAME, "w", encoding="utf-8")  # noqa: SIM115 (closed in _flush)
            self.db.executemany("INSERT OR REPLACE INTO unloaded (article_id) VALUES (?)", [(i,) for i in ids])
            self._spool.write(nquads)
            self._spooled.update(dict.fromkeys(ids))
            big = self._spool.tell() >= STORE_SPOOL_BYTES
        if big:  # loaded in a thread while the next commits go on (the workers would wait for it otherwise)
            self._wait_load()
            self._loading = self._flush_begin()

    def _flush(self) -> None:
        """Bulk-load the spool into the store (many articles at once: a bulk load writes new
        files, which RocksDB merges later), then forget the articles ``unloaded`` names."""
        self._wait_load()
        self._flush_begin()()

    def _wait_load(self) -> None:
        """Wait for the spool loading in a thread, if any (see :meth:`_load`)."""
        finish, self._loading = self._loading, None
        if finish is not None:
            finish()

    def _flush_begin(self, *, compact: bool = False) -> Callable[[], None]:
        """Start :meth:`_flush` in a thread (the bulk loader releases the GIL and runs on
        several); the function returned waits for it. Nothing may use the store meanwhile.
        With ``self._piece`` set, the spool is loaded that many bytes (whole lines) at a time:
        more CPU in all, a bulk loader a fraction of the size (see :meth:`refresh_views`).
        With ``compact``, the thread then compacts the store (see :meth:`_compaction_due`)."""
        piece = self._piece
        if self._spool is None and not compact:
            return lambda: None
        path, ids = None, []
        if self._spool is not None:
            self._spool.close()
            path = str(self.dir / _LOADING_NAME)  # the next spool may fill meanwhile
            os.replace(self._spool.name, path)
            self._spool = None
            ids, self._spooled = list(self._spooled), {}
        failed: list[BaseException] = []
        compacted: list[float] = []

        def load() -> None:
            try:
                # lenient: the spool holds only quads this process wrote, from minted IRIs (mint_iri)
                # and the vocabulary, under a base IRI checked when the folder was made
                if path is not None and piece is None:
                    self.store.bulk_load(path=path, format=self._rdf.RdfFormat.N_QUADS, lenient=True)
                elif path is not None:
                    for data in _pieces(path, piece):
                        self.store.bulk_load(data, format=self._rdf.RdfFormat.N_QUADS, lenient=True)
                if compact:
                    begun = time.perf_counter()
                    self.store.optimize()
                    compacted.append(time.perf_counter() - begun)
            except BaseException as exc:  # noqa: BLE001 (raised again by finish, in the caller's thread)
                failed.append(exc)

        start = time.perf_counter()
        thread = threading.Thread(target=load, name="marketkg-store-load")
        thread.start()

        def finish() -> None:
            thread.join()
            spent = time.perf_counter() - start - sum(compacted)
            self.timings["store"] = self.timings.get("store", 0.0) + spent
            if compacted:
                self.timings["store_compact"] = compacted[0]
            if failed:
                raise failed[0]
            self._loaded += len(ids)
            if path is not None:
                Path(path).unlink()
                self.db.executemany("DELETE FROM unloaded WHERE article_id = ?", [(i,) for i in ids])
            if compacted:
                self._set_meta("compacted_articles", str(self._count("articles")))
                self._loaded = 0

        return finish

    def _compaction_due(self) -> bool:
        """Whether the store is to be compacted after this ingest's last load: when the articles
        bulk-loaded since its last compaction are at least as many as it held then (so a first
        ingest compacts, and a large store is compacted again each time it has doubled: each
        quad is rewritten a bounded number of times). A bulk load writes files that RocksDB
        merges only while a writer has the store open; left as loaded, the 100k store was 8.3
        GB instead of 6.7 and the shipped queries took 1.5-1.7 times as long."""
        since = self._loaded + len(self._spooled)
        return since > 0 and since >= int(self._meta("compacted_articles") or 0)

    def _remove_graph(self, article_id: str) -> None:
        self._wait_load()
        if article_id in self._spooled:  # its quads must be in the store before they can go
            self._flush()
        self.store.remove_graph(self._graph(article_id))

    @contextmanager
    def _timed(self, phase: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[phase] = self.timings.get(phase, 0.0) + time.perf_counter() - start

    @guarded
    def close(self, *, load: bool = True) -> None:
        """Load what is spooled (unless ``load`` is false: after an error, the next writer's
        recovery reloads it from the article files), flush the store, release the lock."""
        try:
            if load:
                self._flush()
            else:  # what was spooled is reloaded by the next writer's recovery, from the article files
                try:
                    self._wait_load()
                except Exception:  # noqa: BLE001 (the error being handled is the one to report)
                    pass
                if self._spool is not None:
                    self._spool.close()
                    Path(self._spool.name).unlink(missing_ok=True)
            self.store.flush()
            self.db.close()
        finally:
            self.store = None  # drops the RocksDB handle (and its LOCK) before the folder lock
            self._lock.__exit__()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(load=kind is None)

    # -- reading -----------------------------------------------------------------------------
    def sources(self) -> dict[str, str]:
        """source -> article id."""
        return dict(self.db.execute("SELECT source, article_id FROM sources"))

    def canonical_sources(self) -> dict[str, str]:
        """article id -> the source its stored facts were read from."""
        return dict(self.db.execute("SELECT article_id, source FROM articles"))

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT article_id FROM articles ORDER BY article_id")]

    def facts(self, article_id: str) -> ArticleFacts:
        return ArticleFacts.model_validate_json(self._file(article_id).read_bytes())

    def all_facts(self) -> Iterator[ArticleFacts]:
        for ident in self.article_ids():
            yield self.facts(ident)

    def graph(self) -> nx.MultiDiGraph:
        """The merged, resolved graph of every stored article (what graph.json holds)."""
        return build_graph(self.all_facts())

    def named_graphs(self) -> set[str]:
        """Article ids that have a named graph in the store."""
        prefix = article_graph_iri("x", self.base)[:-1]
        self._flush()
        return {g.value[len(prefix):] for g in self.store.named_graphs() if g.value.startswith(prefix)}

    # -- writing -----------------------------------------------------------------------------
    @guarded
    def commit(self, batch: Iterable[Extracted], *, links: Iterable[tuple[str, str]] = ()) -> dict[str, int]:
        """Store a batch of extracted articles, and point ``links`` (source, article id of an
        article already stored) at their articles. Returns counts: added, replaced, linked."""
        batch = list(batch)
        links = list(links)
        # only the rows this batch touches: reading whole tables on each commit grew with the folder
        current = self._lookup("SELECT article_id FROM sources WHERE source = ?",
                               [e.source for e in batch] + [s for s, _ in links])
        canonical = self._lookup("SELECT source FROM articles WHERE article_id = ?", [e.article_id for e in batch])
        rows = [(e.source, current.get(e.source), e.article_id) for e in batch]
        rows += [(s, current.get(s), a) for s, a in links]
        if not rows:
            return {"added": 0, "replaced": 0, "linked": 0}
        self._set_meta("state", "dirty")
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO pending (source, old_id, new_id) VALUES (?, ?, ?)", rows)
        self.db.execute("COMMIT")
        # a stored article re-read from a smaller source name: its graph is rebuilt from the new facts
        for e in batch:
            if e.article_id in canonical:
                self._remove_graph(e.article_id)
        self._load("".join(e.nquads for e in batch), [e.article_id for e in batch])
        with self._timed("files"):
            _write_many([(self._file(e.article_id), e.facts_json) for e in batch])
        with self._timed("index"):
            self._roll_forward([(e.source, e.article_id) for e in batch] + links,
                               extracted={e.article_id: e.source for e in batch},
                               companies={e.article_id: e.companies for e in batch if e.companies is not None})
        counts = {"added": sum(1 for s, old, new in rows[:len(batch)] if old is None),
                  "replaced": sum(1 for s, old, new in rows[:len(batch)] if old is not None and old != new),
                  "linked": len(links)}
        return counts

    def _roll_forward(self, moves: list[tuple[str, str]], *, extracted: dict[str, str],
                      companies: dict[str, str] | None = None) -> None:
        """One SQLite transaction: sources point at their new articles, the journal is cleared;
        then articles nothing points to are removed and canonical sources are fixed.
        ``extracted``: article id -> the source its stored facts were read from; ``companies``:
        article id -> its :func:`~marketkg.graph.resolve.company_rows` (an article extracted
        without them has none: the views read its file instead)."""
        companies = companies or {}
        db = self.db
        db.execute("BEGIN")
        olds = {r[0] for r in db.execute("SELECT old_id FROM pending WHERE old_id IS NOT NULL")}
        for source, ident in moves:
            db.execute("INSERT OR REPLACE INTO sources (source, article_id) VALUES (?, ?)", (source, ident))
            db.execute("DELETE FROM pending WHERE source = ?", (source,))
        touched = olds | {i for _, i in moves}
        for ident in sorted(touched):
            names = sorted(r[0] for r in db.execute("SELECT source FROM sources WHERE article_id = ?", (ident,)))
            if not names:
                db.execute("DELETE FROM articles WHERE article_id = ?", (ident,))
                db.execute("DELETE FROM companies WHERE article_id = ?", (ident,))
            elif ident in extracted:
                db.execute("INSERT OR REPLACE INTO articles (article_id, source) VALUES (?, ?)",
                           (ident, extracted[ident]))
                if ident in companies:
                    db.execute("INSERT OR REPLACE INTO companies (article_id, data) VALUES (?, ?)",
                               (ident, companies[ident]))
                else:
                    db.execute("DELETE FROM companies WHERE article_id = ?", (ident,))
        dead = [i for i in sorted(touched)
                if db.execute("SELECT 1 FROM articles WHERE article_id = ?", (i,)).fetchone() is None]
        # journalled with the index change: the files to delete are named, never guessed
        db.executemany("INSERT OR REPLACE INTO removing (article_id) VALUES (?)", [(i,) for i in dead])
        db.execute("COMMIT")
        self._remove_dead()
        for ident in sorted(touched.difference(dead)):
            self._fix_canonical(ident)

    def _remove_dead(self) -> None:
        """Delete the named graphs and files of the articles the journal names for removal
        (those no source points to any more)."""
        for (ident,) in list(self.db.execute("SELECT article_id FROM removing ORDER BY article_id")):
            if self.db.execute("SELECT 1 FROM articles WHERE article_id = ?", (ident,)).fetchone() is None:
                self._remove_graph(ident)
                self._file(ident).unlink(missing_ok=True)
            self.db.execute("DELETE FROM removing WHERE article_id = ?", (ident,))

    def _fix_canonical(self, ident: str) -> None:
        """An article read from several sources keeps the facts of the smallest source name;
        when that source moved on to other text, the facts are relabelled with the next one."""
        names = sorted(r[0] for r in self.db.execute("SELECT source FROM sources WHERE article_id = ?", (ident,)))
        stored = self.db.execute("SELECT source FROM articles WHERE article_id = ?", (ident,)).fetchone()[0]
        if not names or stored in names:
            return
        facts = self.facts(ident)
        facts = facts.model_copy(update={"article": facts.article.model_copy(update={"source": names[0]})})
        self.db.execute("INSERT OR REPLACE INTO pending (source, old_id, new_id) VALUES (?, ?, ?)",
                        (names[0], ident, ident))
        self._remove_graph(ident)
        self._load(self.quads_of(facts, self.base), [ident])
        write_atomic(self._file(ident), facts.model_dump_json())
        self.db.execute("BEGIN")
        self.db.execute("UPDATE articles SET source = ? WHERE article_id = ?", (names[0], ident))
        self.db.execute("DELETE FROM pending WHERE source = ?", (names[0],))
        self.db.execute("COMMIT")

    # -- views -------------------------------------------------------------------------------
    @guarded
    def refresh_views(self) -> nx.MultiDiGraph:
        """Rebuild graph.json (and the other views) and the resolution graph from the stored
        facts; mark the folder clean. Returns the merged graph."""
        def facts() -> Iterator[ArticleFacts]:
            # in id order, read anew on each pass, never all held at once; the merged graph
            # never reads article texts (evidence carries its sentence), so they are dropped
            for ident in self.article_ids():
                f = self.facts(ident)
                yield f.model_copy(update={"article": f.article.model_copy(update={"text": ""})})

        self._wait_load()
        # the last commits' quads are loaded while the views are made (which do not use the
        # store), on the core the views leave idle; in pieces, so that the bulk loader beside
        # the merged graph stays small (0.5 GB for 64 MB pieces, 1.9 for 1 GB at once)
        self._piece = LAST_LOAD_PIECE
        try:
            loaded = self._flush_begin(compact=self._compaction_due())
        finally:
            self._piece = None
        try:
            with self._timed("views_load"), gc_paused():
                aliases = company_alias_map(self._companies())
            with self._timed("views_build"):
                G = build_graph_from(facts, aliases=aliases)
            with self._timed("views_write"):
                self.write_views(G, self.dir)
        finally:
            with self._timed("views_wait_load"):
                loaded()
        rdf = self._rdf
        graph = rdf.NamedNode(resolution_graph_iri(self.base))
        same = rdf.NamedNode(_OWL_SAME_AS)
        ident = rdf.NamedNode(_DCTERMS_IDENTIFIER)
        quads = []
        for a, b in sorted(aliases.items()):
            alias = rdf.NamedNode(str(mint_iri(a, base=self.base)))
            # the merge, materialised for SPARQL: an alias answers to its entity's identifier, so a
            # query matching `?e dcterms:identifier "hkex-1688"` also finds facts stated of the alias
            quads += [rdf.Quad(alias, same, rdf.NamedNode(str(mint_iri(b, base=self.base))), graph),
                      rdf.Quad(alias, ident, rdf.Literal(b), graph)]
        with self._timed("views_store"):
            self.store.remove_graph(graph)
            self.store.extend(quads)
            entities = rdf.NamedNode(entities_graph_iri(self.base))
            self.store.remove_graph(entities)
            self.store.load(self.shared_quads_of(G, self.base), rdf.RdfFormat.N_QUADS)
            self.store.flush()
        self._set_meta("loaded_since_compaction", str(self._loaded))
        self._set_meta("state", "clean")
        return G

    def _companies(self) -> Iterator[tuple[str, str, Sequence[str]]]:
        """(id, name, aliases) of every company the stored facts name, in article id order:
        from the rows the commits wrote (a hundredth of the cost), else from the article's file."""
        rows = self.db.execute("SELECT a.article_id, c.data FROM articles a LEFT JOIN companies c "
                               "ON c.article_id = a.article_id ORDER BY a.article_id").fetchall()
        for ident, data in rows:
            yield from (stored_companies(self._file(ident).read_bytes()) if data is None else json.loads(data))

    def shared_nquads(self) -> Iterator[bytes]:
        """N-Quads of what is not any one article's: the entities and the resolution graphs."""
        rdf = self._rdf
        self._flush()
        for name in (entities_graph_iri(self.base), resolution_graph_iri(self.base)):
            quads = list(self.store.quads_for_pattern(None, None, None, rdf.NamedNode(name)))
            yield rdf.serialize(quads, format=rdf.RdfFormat.N_QUADS) or b""

    # -- recovery ----------------------------------------------------------------------------
    @guarded
    def recover(self) -> None:
        """Bring a folder whose last writer stopped mid-way back to a consistent state."""
        self.recovered = True
        db = self.db
        for name in (_SPOOL_NAME, _LOADING_NAME):  # quads spooled and never loaded
            (self.dir / name).unlink(missing_ok=True)
        for (ident,) in list(db.execute("SELECT article_id FROM unloaded")):
            self.store.remove_graph(self._graph(ident))  # maybe loaded in part: reloaded below if it lives
        db.execute("DELETE FROM unloaded")
        pending = list(db.execute("SELECT source, old_id, new_id FROM pending"))
        # the only article files recovery may delete: those its journal names (never a
        # file it does not know, such as a user's articles/mydata.json)
        journal = {i for _s, old, new in pending for i in (old, new) if i}
        journal.update(r[0] for r in db.execute("SELECT article_id FROM removing"))
        self._remove_dead()
        done: list[tuple[str, str]] = []
        extracted: dict[str, str] = {}
        for source, _old, new in pending:
            if self._file(new).exists():
                facts = self.facts(new)
                self._remove_graph(new)
                self._load(self.quads_of(facts, self.base), [new])
                done.append((source, new))
                extracted[new] = facts.article.source
            else:
                db.execute("DELETE FROM pending WHERE source = ?", (source,))
        # sources whose new article was never written keep their old article
        self._roll_forward(done, extracted=extracted)
        # reconcile: files, index and named graphs must agree
        on_disk = {p.stem for p in self.articles_dir.glob("*.json")}
        known = set(self.canonical_sources())
        for ident in known - on_disk:  # index entry whose file is gone: forget it (re-ingest restores it)
            db.execute("DELETE FROM sources WHERE article_id = ?", (ident,))
            db.execute("DELETE FROM articles WHERE article_id = ?", (ident,))
            db.execute("DELETE FROM companies WHERE article_id = ?", (ident,))
        for ident in (on_disk - known) & journal:  # a file no source points to: left by an interrupted batch
            self._file(ident).unlink(missing_ok=True)
        live = on_disk & known
        in_store = self.named_graphs()
        for ident in in_store - live:
            self._remove_graph(ident)
        for ident in sorted(live - in_store):
            self._load(self.quads_of(self.facts(ident), self.base), [ident])
        for tmp in self.articles_dir.glob(".*.json.*.tmp"):  # temporary files of the articles it knows
            if tmp.name[1:].split(".json.", 1)[0] in journal | known:
                tmp.unlink(missing_ok=True)
        for tmp in self.dir.glob(".view.sqlite.*.tmp"):  # a view a killed writer left half-written
            tmp.unlink(missing_ok=True)
        self.refresh_views()
