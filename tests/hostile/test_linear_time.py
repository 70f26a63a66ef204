"""Long articles are read in linear time (issue 15 item 14).

Two shapes were quadratic: an article naming a trading day in every sentence (each sentence
scanned every day found, and each new day was checked against all found), and a table of
figures with no entity name (the per-doc index of quantity starts was rebuilt for every
sentence, because an empty mention list is a new list each time). The fast tests check that
the indexes are built once and used; the slow one counts the Python lines the extractor runs
(deterministic, unlike a time) as the input doubles. Times and memory: bench/linear_bench.py.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from marketkg.loaders import extract as extract_module
from marketkg.loaders.dates import day_mentions
from marketkg.loaders.extract import _ArticleExtractor, extract
from marketkg.loaders.items import sentence_items
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.text import working_text
from marketkg.ontology.models import Article

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(extract_module.__file__).resolve().parents[1]


def _bench() -> ModuleType:
    """bench/linear_bench.py, whose shapes these tests read (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("linear_bench", ROOT / "bench" / "linear_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(text: str) -> Article:
    return Article(id="linear", source="linear", text=text, published="2025-11-26")


class _CountingDays(list):
    """A list of day mentions that counts how often it is walked from the start."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_an_empty_mention_list_hits_the_item_start_cache():
    doc = shared_pipeline()(working_text(_bench().shape_text("table", 2000)))
    assert not doc._.mkg_mentions, "the table shape names no entity"
    sents = list(doc.sents)
    assert len(sents) > 5
    sentence_items(sents[0], doc._.mkg_mentions or [])
    cached = doc.user_data["mkg_starts"]
    for sent in sents[1:]:
        sentence_items(sent, doc._.mkg_mentions or [])  # a new empty list every time, as callers pass it
        assert doc.user_data["mkg_starts"] is cached


def test_sentences_find_their_days_without_walking_every_day():
    text = _bench().shape_text("days", 6000)
    article = _article(text)
    doc = shared_pipeline()(working_text(text))
    extractor = _ArticleExtractor(article, doc)
    assert len(extractor.days) > 50
    extractor.days = _CountingDays(extractor.days)
    _CountingDays.walks = 0
    facts = extractor.run()
    assert _CountingDays.walks == 0  # each sentence bisects for its own days
    # (a Wednesday story's Thursday is the next day's session, as in Asia's next morning)
    assert {m.date for m in facts.moves} == {"2025-11-24", "2025-11-25", "2025-11-26", "2025-11-21", "2025-11-27"}


def test_day_mentions_keep_the_first_pattern_that_covers_a_place():
    text = "On November 25, 2025 stocks fell. On 3 December they rose. On Monday, on 25 November, overnight"
    found = day_mentions(text, published="2025-12-05")
    starts = [s for s, _e, _d in found]
    assert starts == sorted(set(starts))
    assert [d for _s, _e, d in found] == ["2025-11-25", "2025-12-03", "2025-12-01", "2025-11-25", "2025-12-04"]
    assert text[found[0][0]:found[0][1]] == "November 25, 2025"  # not also "November 25" from the short pattern


def _lines_run(text: str) -> int:
    """How many lines of marketkg's own code extracting ``text`` runs."""
    count = 0
    package = str(PACKAGE)

    def tracer(frame, event, arg):
        nonlocal count
        if event == "call":
            return local if frame.f_code.co_filename.startswith(package) else None
        return None

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    article = _article(text)
    sys.settrace(tracer)
    try:
        extract(article, nlp=shared_pipeline())
    finally:
        sys.settrace(None)
    return count


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["days", "table"])
def test_work_grows_linearly_as_the_article_doubles(shape):
    bench = _bench()
    extract(_article(bench.shape_text("wrap", 1)), nlp=shared_pipeline())  # warm up the reference data
    counts = [_lines_run(bench.shape_text(shape, size)) for size in (20_000, 40_000, 80_000)]
    # the growth from 40k to 80k over the growth from 20k to 40k: 2 for linear work, towards 4
    # for quadratic work; fixed costs cancel out
    growth = (counts[2] - counts[1]) / (counts[1] - counts[0])
    assert growth < 2.2, (shape, counts, growth)
