"""Extraction speed against spaCy's bare tokenizer, on real articles.

    .venv/bin/python bench/extract_bench.py [FOLDER ...] [--rounds 5] [--clock cpu]

Reads every article in the folders (default: the seed and dev corpora beside the repository,
../shared/corpus/seeds and ../shared/corpus/dev/articles, else examples/articles), then times,
on one core, the best of ``--rounds`` passes of (a) ``spacy.blank("en").tokenizer`` over the
texts and (b) the whole extraction (pipeline plus fact rules). Prints words/s of each and the
ratio; the target is at most 6x the bare tokenizer. ``--clock cpu`` times this process's CPU
time instead of the wall clock: on a shared machine the wall clock also counts the time other
processes held the core.
"""
from __future__ import annotations

import argparse
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


def _best(step, rounds: int, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = clock()
        step()
        best = min(best, clock() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    args = ap.parse_args()
    folders = args.folders or [f for f in DEFAULT if f.is_dir()] or [ROOT / "examples" / "articles"]
    articles = [a for a in iter_articles(folders) if not isinstance(a, Exception)]
    texts = [working_text(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    nlp = build_pipeline()
    list(extract_many(articles[:2], nlp=nlp))  # warm up: reference data, matchers
    clock = CLOCKS[args.clock]
    tok_s = _best(lambda: [tokenizer(t) for t in texts], args.rounds, clock)
    ext_s = _best(lambda: list(extract_many(articles, nlp=nlp)), args.rounds, clock)
    print(f"articles          {len(articles)} ({words:,} words) from {', '.join(map(str, folders))}; "
          f"{args.clock} clock, best of {args.rounds}")
    print(f"bare tokenizer    {tok_s * 1000:8.1f} ms   {words / tok_s:10,.0f} words/s")
    print(f"extraction        {ext_s * 1000:8.1f} ms   {words / ext_s:10,.0f} words/s")
    print(f"ratio             {ext_s / tok_s:8.1f}x  (target: at most 6x)")


if __name__ == "__main__":
    main()
