"""Extraction speed against spaCy's bare tokenizer, on real articles.

    .venv/bin/python bench/extract_bench.py [FOLDER ...] [--rounds 5] [--clock cpu]

Reads every article in the folders (default: the seed and dev corpora beside the repository,
../shared/corpus/seeds and ../shared/corpus/dev/articles, else examples/articles), then times,
on one core, ``--rounds`` rounds of (a) ``spacy.blank("en").tokenizer`` over the texts and (b)
the whole extraction (pipeline plus fact rules), back to back in each round. Prints words/s of
each (best round) and the median of the rounds' ratios; the target is at most 6x the bare
tokenizer. ``--clock cpu`` times this process's CPU
time instead of the wall clock: on a shared machine the wall clock also counts the time other
processes held the core.

``--fresh FOLDER ...`` then reads the articles of other folders once each, in slices of eight,
the bare tokenizer and the extraction taking turns on each slice: a first read, as a real run
makes, where the tokenizer's cache of chunks helps less than in the rounds, which read the
same texts again and again. Prints the ratio of the two sums.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from marketkg.loaders.extract import extract_many
from marketkg.loaders.pipeline import build_pipeline
from marketkg.loaders.sources import iter_articles
from marketkg.loaders.text import working_text

ROOT = Path(__file__).resolve().parents[1]
#: the shared corpora beside the repository (or beside the folder of git worktrees it is in)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")
DEFAULT = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev" / "articles"]
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def _timed(step, clock) -> float:
    t0 = clock()
    step()
    return clock() - t0


def paired_rounds(tokenize, extract, rounds: int, clock=time.perf_counter) -> list[tuple[float, float]]:
    """(tokenizer seconds, extraction seconds) per round, the two measured back to back so that
    both see the same machine: on a shared or virtual machine the speed of a core drifts from
    one second to the next, and two best-of figures taken minutes apart drift apart with it.
    The tokenizer pass is short, so each round keeps the best of three of it."""
    out = []
    for _ in range(rounds):
        tok = min(_timed(tokenize, clock) for _ in range(3))
        out.append((tok, _timed(extract, clock)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    ap.add_argument("--fresh", nargs="+", type=Path, default=[], metavar="FOLDER",
                    help="also time one first read of the articles in these folders")
    args = ap.parse_args()
    folders = args.folders or [f for f in DEFAULT if f.is_dir()] or [ROOT / "examples" / "articles"]
    articles = [a for a in iter_articles(folders) if not isinstance(a, Exception)]
    texts = [working_text(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    nlp = build_pipeline()
    list(extract_many(articles, nlp=nlp))  # warm up: reference data, matchers, caches
    [tokenizer(t) for t in texts]
    rounds = paired_rounds(lambda: [tokenizer(t) for t in texts], lambda: list(extract_many(articles, nlp=nlp)),
                           args.rounds, CLOCKS[args.clock])
    tok_s, ext_s = min(t for t, _ in rounds), min(e for _, e in rounds)
    ratios = sorted(e / t for t, e in rounds)
    print(f"articles          {len(articles)} ({words:,} words) from {', '.join(map(str, folders))}; "
          f"{args.clock} clock, {args.rounds} paired rounds")
    print(f"bare tokenizer    {tok_s * 1000:8.1f} ms   {words / tok_s:10,.0f} words/s  (best round)")
    print(f"extraction        {ext_s * 1000:8.1f} ms   {words / ext_s:10,.0f} words/s  (best round)")
    print(f"ratio             {statistics.median(ratios):8.1f}x  median of the rounds' ratios "
          f"(range {ratios[0]:.1f}-{ratios[-1]:.1f}x; target: at most 6x)")
    if args.fresh:
        fresh = [a for a in iter_articles(args.fresh) if not isinstance(a, Exception)]
        tok_f, ext_f = first_reads(tokenizer, nlp, fresh, CLOCKS[args.clock])
        fresh_words = sum(len(working_text(a.text).split()) for a in fresh)
        print(f"first read        {len(fresh)} articles ({fresh_words:,} words) from {', '.join(map(str, args.fresh))}: "
              f"bare tokenizer {tok_f * 1000:.1f} ms, extraction {ext_f * 1000:.1f} ms, ratio {ext_f / tok_f:.1f}x")


def first_reads(tokenizer, nlp, articles: list, clock, size: int = 8) -> tuple[float, float]:
    """(tokenizer seconds, extraction seconds) of one read of each article, slice by slice, the
    two taking turns on each slice (so both see the machine of that moment)."""
    tok = ext = 0.0
    for at in range(0, len(articles), size):
        part = articles[at:at + size]
        texts = [working_text(a.text) for a in part]
        tok += _timed(lambda: [tokenizer(t) for t in texts], clock)
        ext += _timed(lambda: list(extract_many(part, nlp=nlp)), clock)
    return tok, ext


if __name__ == "__main__":
    main()
