"""Extraction time and memory as one article doubles in size: linear, or not?

    .venv/bin/python bench/linear_bench.py [--start-kb 64] [--doublings 4] [--shape NAME ...]

Three shapes of one long article, each extracted at ``--doublings`` + 1 sizes from
``--start-kb`` up, each size twice the one before:

* ``days``: wrap sentences each naming its trading day ("... fell 1.2% on Monday."), so the
  article holds as many day mentions as sentences (issue 15 item 14: once quadratic);
* ``table``: lines of figures with no entity name ("  12.50   13.20   -0.4%   1,234.5"),
  each line a sentence full of quantities (issue 15 item 14: once quadratic);
* ``wrap``: an ordinary wrap-up (the first sample article, up to its disclaimer) repeated.

For each size it prints the extraction CPU time (best of ``--rounds``, pipeline plus fact
rules, one process; CPU time, as the machine may be shared), the ratio to the size before
(2.0 is linear, 4.0 quadratic) and the peak of Python's heap during one extraction
(tracemalloc, in a separate pass so it does not slow the timed ones).
"""
from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from marketkg.loaders.extract import extract
from marketkg.loaders.pipeline import build_pipeline
from marketkg.loaders.sources import iter_articles
from marketkg.ontology.models import Article

__all__ = ["SHAPES", "shape_text"]

ROOT = Path(__file__).resolve().parents[1]
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_VERBS = ("fell", "rose", "slipped", "gained", "dropped")


def _days_unit(i: int) -> str:
    return (f"Shares of property developers {_VERBS[i % 5]} {1 + i % 9}.{i % 10}% on {_DAYS[i % 5]} "
            f"as traders weighed the outlook.\n")


def _table_unit(i: int) -> str:
    return f"  {10 + i % 90}.{i % 100:02d}   {i % 50}.20   -{i % 7}.{i % 10}%   {1000 + i:,}.5   +0.{i % 10}%\n"


def _wrap_unit(i: int) -> str:
    """The first sample article up to its disclaimer (text after a disclaimer is blanked as
    boilerplate, so a repeated whole article would be mostly blanks)."""
    found = [a for a in iter_articles([ROOT / "examples" / "articles"]) if not isinstance(a, Exception)]
    lines = found[0].text.splitlines()
    body = lines[:next((n for n, line in enumerate(lines) if "disclaimer" in line.lower()), len(lines))]
    return "\n".join(body).rstrip() + "\n\n"


SHAPES: dict[str, Callable[[int], str]] = {"days": _days_unit, "table": _table_unit, "wrap": _wrap_unit}


def shape_text(shape: str, size: int) -> str:
    """About ``size`` characters of the shape (whole units, at least one)."""
    unit = SHAPES[shape]
    if shape == "wrap":
        block = unit(0)
        return block * max(1, round(size / len(block)))
    parts: list[str] = []
    total, i = 0, 0
    while total < size or not parts:
        parts.append(unit(i))
        total += len(parts[-1])
        i += 1
    return "".join(parts)


def _article(text: str) -> Article:
    return Article(id=f"bench-{len(text)}", source="bench", text=text, published="2025-11-26")


def _time(article: Article, nlp, rounds: int) -> tuple[float, int]:
    best, moves = float("inf"), 0
    for _ in range(rounds):
        gc.collect()
        t0 = time.process_time()
        facts = extract(article, nlp=nlp)
        best = min(best, time.process_time() - t0)
        moves = len(facts.moves)
    return best, moves


def _peak_mb(article: Article, nlp) -> float:
    gc.collect()
    tracemalloc.start()
    extract(article, nlp=nlp)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--start-kb", type=float, default=64)
    ap.add_argument("--doublings", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES))
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = ap.parse_args()
    nlp = build_pipeline()
    extract(_article(shape_text("wrap", 1)), nlp=nlp)  # warm up: reference data, matchers
    print(f"{'shape':6} {'chars':>10} {'moves':>6} {'seconds':>8} {'ratio':>6} {'peak MB':>8}")
    for shape in args.shape or list(SHAPES):
        before = None
        for k in range(args.doublings + 1):
            article = _article(shape_text(shape, int(args.start_kb * 1000 * 2 ** k)))
            seconds, moves = _time(article, nlp, args.rounds)
            ratio = f"{seconds / before:6.2f}" if before else f"{'':6}"
            peak = "" if args.no_memory else f"{_peak_mb(article, nlp):8.1f}"
            print(f"{shape:6} {len(article.text):>10,} {moves:>6} {seconds:8.2f} {ratio} {peak}", flush=True)
            before = seconds


if __name__ == "__main__":
    main()
