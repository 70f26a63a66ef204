"""Extraction on Spark (optional: ``pip install marketkg[spark]``, Java 17+).

``marketkg ingest ... --engine spark --master local[*]`` ships the articles to extract
as partitions of an RDD; each partition builds the spaCy pipeline once, extracts its
articles with ``nlp.pipe`` and writes each article's named graph as N-Quads. The
driver streams the partitions back (``toLocalIterator``) and commits them to the
knowledge base exactly as the local engine does (bulk load of the N-Quads, then the
article files), so both engines give the same folder.

With ``nquads_dir`` (``ingest --nquads-out DIR``) each partition also writes its
articles' named graphs to ``DIR/part-NNNNN.nq`` itself, on the executor, for a server's
bulk loader (Oxigraph ``load``, Virtuoso ``ld_dir``); the path must be one every
executor sees (local, or a mounted shared folder). Each file is written under a
temporary name and renamed when its partition is done: a loader never sees half a
partition.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from marketkg.graph.ingest import CHUNK, Extractor, extract_chunk
from marketkg.graph.store import Extracted, QuadsOf
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.models import Article

__all__ = ["spark_extractor", "extract_partition", "partition_file"]


def partition_file(nquads_dir: str | Path, index: int) -> Path:
    """Where partition ``index`` writes its N-Quads."""
    return Path(nquads_dir) / f"part-{index:05d}.nq"


def extract_partition(lines: Iterator[str], *, quads_of: QuadsOf, base: str, index: int = 0,
                      nquads_dir: str | None = None) -> Iterator[tuple]:
    """One partition: Article JSON lines in, (Extracted fields) tuples out; with
    ``nquads_dir``, the partition's N-Quads also written to :func:`partition_file`."""
    from marketkg.ontology.atomic import write_atomic

    chunk: list[Article] = []
    pieces: list[str] = []

    def done(records: list[Extracted]) -> Iterator[tuple]:
        if nquads_dir is not None:
            pieces.extend(e.nquads for e in records if e.error is None)
        return (_fields(e) for e in records)

    for line in lines:
        chunk.append(Article.model_validate_json(line))
        if len(chunk) == CHUNK:
            yield from done(extract_chunk(chunk, quads_of, base))
            chunk = []
    if chunk:
        yield from done(extract_chunk(chunk, quads_of, base))
    if nquads_dir is not None:
        write_atomic(partition_file(nquads_dir, index), pieces)


def _fields(e: Extracted) -> tuple:
    return (e.source, e.article_id, e.facts_json, e.nquads, e.words, e.extract_seconds, e.rdf_seconds, e.error,
            e.companies)


def spark_extractor(*, master: str = "local[*]", partitions: int | None = None,
                    nquads_dir: str | Path | None = None) -> Extractor:
    """An extractor running on Spark at ``master`` with ``partitions`` partitions
    (default: Spark's default parallelism); with ``nquads_dir``, each partition also
    writes its N-Quads there."""
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise MarketKGError("--engine spark needs pyspark: pip install 'marketkg[spark]'") from None

    def run(articles: Iterator[Article], quads_of: QuadsOf, base: str, total: int) -> Iterator[Extracted]:
        data = [a.model_dump_json() for a in articles]
        if not data:
            return
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        conf = (SparkConf().setMaster(master).setAppName("marketkg-ingest")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))
        try:
            sc = SparkContext.getOrCreate(conf)
        except Exception as exc:  # py4j / JVM start-up errors have no common base class
            raise MarketKGError(f"cannot start Spark at {master} ({str(exc).splitlines()[0][:200]})") from None
        sc.setLogLevel("ERROR")
        try:
            slices = partitions or max(sc.defaultParallelism, 1)
            rdd = sc.parallelize(data, min(slices, len(data)))
            out = None if nquads_dir is None else str(Path(nquads_dir).resolve())

            def each(index: int, lines: Iterator[str]) -> Iterator[tuple]:
                return extract_partition(lines, quads_of=quads_of, base=base, index=index, nquads_dir=out)

            for rec in rdd.mapPartitionsWithIndex(each).toLocalIterator():
                yield Extracted(*rec)
        finally:
            sc.stop()

    return run
