"""Extraction speed against spaCy's bare tokenizer, on real articles.

    .venv/bin/python bench/extract_bench.py [FOLDER ...] [--rounds 5]

Reads every article in the folders (default: the seed and dev corpora beside the repository,
../shared/corpus/seeds and ../shared/corpus/dev/articles, else examples/articles), then times,
on one core, the best of ``--rounds`` passes of (a) ``spacy.blank("en").tokenizer`` over the
texts and (b) the whole extraction (pipeline plus fact rules). Prints words/s of each and the
ratio; the target is at most 6x the bare tokenizer.
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
DEFAULT = [ROOT.parent / "shared" / "corpus" / "seeds", ROOT.parent / "shared" / "corpus" / "dev" / "articles"]


def _best(step, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    folders = args.folders or [f for f in DEFAULT if f.is_dir()] or [ROOT / "examples" / "articles"]
    articles = [a for a in iter_articles(folders) if not isinstance(a, Exception)]
    texts = [working_text(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    nlp = build_pipeline()
    list(extract_many(articles[:2], nlp=nlp))  # warm up: reference data, matchers
    tok_s = _best(lambda: [tokenizer(t) for t in texts], args.rounds)
    ext_s = _best(lambda: list(extract_many(articles, nlp=nlp)), args.rounds)
    print(f"articles          {len(articles)} ({words:,} words) from {', '.join(map(str, folders))}")
    print(f"bare tokenizer    {tok_s * 1000:8.1f} ms   {words / tok_s:10,.0f} words/s")
    print(f"extraction        {ext_s * 1000:8.1f} ms   {words / ext_s:10,.0f} words/s")
    print(f"ratio             {ext_s / tok_s:8.1f}x  (target: at most 6x)")


if __name__ == "__main__":
    main()
