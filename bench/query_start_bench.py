"""How long a query on a built graph takes from the shell, start-up included.

    .venv/bin/python bench/query_start_bench.py [--kg DIR] [--runs 7]

Builds examples/articles into a temporary folder unless ``--kg`` names a build, then runs
``marketkg query top``, ``why Baidu``, ``history Baidu`` and ``sparql ASK`` as separate processes
and prints the median and worst wall time of each, the import time of the command alone,
and Python's own start-up.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "marketkg.exports.cli"]


def _wall(argv: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kg", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kg = args.kg
        if kg is None:
            kg = Path(tmp) / "kg"
            subprocess.run(CLI + ["build", str(ROOT / "examples" / "articles"), "--out", str(kg), "-q"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = [("python alone", [sys.executable, "-c", "pass"]),
                ("import marketkg.exports.cli", [sys.executable, "-c", "import marketkg.exports.cli"]),
                ("query top", CLI + ["query", "top", "--kg", str(kg)]),
                ("query why Baidu", CLI + ["query", "why", "Baidu", "--kg", str(kg)]),
                ("query history Baidu", CLI + ["query", "history", "Baidu", "--kg", str(kg)]),
                ("sparql ASK", CLI + ["sparql", "ASK { ?s ?p ?o }", "--kg", str(kg)])]
        for label, argv in rows:
            t = _wall(argv, args.runs)
            print(f"{label:28} median {statistics.median(t):.2f} s   worst {max(t):.2f} s   ({args.runs} runs)")


if __name__ == "__main__":
    main()
