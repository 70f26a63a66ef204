"""Extraction on Spark (optional: ``pip install marketkg[spark]``, Java 17+).

``marketkg ingest ... --engine spark --master local[*]`` ships the articles to extract
as partitions of an RDD; each partition builds the spaCy pipeline once, extracts its
articles with ``nlp.pipe`` and writes each article's named graph as N-Quads. The
driver streams the partitions back (``toLocalIterator``) and commits them to the
knowledge base exactly as the local engine does (bulk load of the N-Quads, then the
article files), so both engines give the same folder.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from functools import partial

from marketkg.graph.ingest import CHUNK, Extractor, extract_chunk
from marketkg.graph.store import Extracted, QuadsOf
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.models import Article

__all__ = ["spark_extractor", "extract_partition"]


def extract_partition(lines: Iterator[str], *, quads_of: QuadsOf, base: str) -> Iterator[tuple]:
    """One partition: Article JSON lines in, (Extracted fields) tuples out."""
    chunk: list[Article] = []
    for line in lines:
        chunk.append(Article.model_validate_json(line))
        if len(chunk) == CHUNK:
            yield from (_fields(e) for e in extract_chunk(chunk, quads_of, base))
            chunk = []
    if chunk:
        yield from (_fields(e) for e in extract_chunk(chunk, quads_of, base))


def _fields(e: Extracted) -> tuple:
    return (e.source, e.article_id, e.facts_json, e.nquads, e.words, e.extract_seconds, e.rdf_seconds, e.error)


def spark_extractor(*, master: str = "local[*]", partitions: int | None = None) -> Extractor:
    """An extractor running on Spark at ``master`` with ``partitions`` partitions
    (default: Spark's default parallelism)."""
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
            for rec in rdd.mapPartitions(partial(extract_partition, quads_of=quads_of, base=base)).toLocalIterator():
                yield Extracted(*rec)
        finally:
            sc.stop()

    return run
