"""The store is compacted after an ingest's last load when it has at least doubled since it was
last compacted (graph/store.py, KnowledgeBase._compaction_due): a first ingest compacts, a small
daily one into a large folder does not, and the count carries over from one ingest to the next."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from marketkg.exports.cli import main


def _meta(kg: Path) -> dict[str, str]:
    db = sqlite3.connect(kg / "index.sqlite")
    try:
        return dict(db.execute("SELECT key, value FROM meta WHERE key IN "
                               "('compacted_articles', 'loaded_since_compaction')"))
    finally:
        db.close()


def _ingest(kg: Path, *paths: Path) -> None:
    assert main(["ingest", *map(str, paths), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0


def test_the_store_is_compacted_each_time_it_has_doubled(tmp_path, small_corpus):
    first, second, third = sorted(small_corpus.glob("*.jsonl"))  # 20 articles each
    kg = tmp_path / "kg"
    _ingest(kg, first)
    assert _meta(kg) == {"compacted_articles": "20", "loaded_since_compaction": "0"}
    _ingest(kg, second)  # 20 loaded since the compaction at 20: doubled
    assert _meta(kg) == {"compacted_articles": "40", "loaded_since_compaction": "0"}
    _ingest(kg, third)  # 20 since the compaction at 40: not yet
    assert _meta(kg) == {"compacted_articles": "40", "loaded_since_compaction": "20"}
    _ingest(kg, third)  # the same articles again: nothing is loaded
    assert _meta(kg) == {"compacted_articles": "40", "loaded_since_compaction": "20"}


def test_a_compacted_store_holds_the_same_quads(tmp_path, small_corpus):
    import pyoxigraph

    first, second, _ = sorted(small_corpus.glob("*.jsonl"))
    stepwise, at_once = tmp_path / "stepwise", tmp_path / "at-once"
    _ingest(stepwise, first)
    _ingest(stepwise, second)  # compacted twice
    _ingest(at_once, first, second)  # compacted once
    quads = []
    for kg in (stepwise, at_once):
        store = pyoxigraph.Store.read_only(str(kg / "store"))
        quads.append(sorted(map(str, store)))
        del store
    assert quads[0] == quads[1]
