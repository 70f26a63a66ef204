"""What loading the reference index adds to a run.

    python bench/reference_bench.py [--repeat N] [--article FILE]

The headline figure is end to end: ``marketkg extract`` of one short article, timed from
process start to exit by this script, once with the built-in reference data (2,000+
companies) and once with a minimal reference (the same data without any company or
investor: indices, markets, sectors, drivers, commodities and currencies only, which the
rules need to extract anything). The difference of the two medians is what the reference
index adds to a run. Each variant has its own warm cache folder, as a user's second run
has; runs of the two variants alternate, so a burst of load elsewhere on the (shared)
machine hits both. The first run with an empty cache (the index and the gazetteer built
and written) is printed once, for each variant.

Then, in-process: the import of the reference module, ``reference()`` from the cache and
built from the CSV files, and the gazetteer of the extraction pipeline (from its cache).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "000_184a4183394db407.txt"
_MINIMAL_DROPS = ("companies.csv", "listed.csv", "listed_extra.csv", "investors.csv")

#: one run of the CLI; with "minimal", the company and investor tables read as empty
_RUN = """
import sys
if sys.argv[1] == "minimal":
    import marketkg.ontology.reference
    r = sys.modules["marketkg.ontology.reference"]
    _rows = r._rows
    r._rows = lambda name: [] if name in %r else _rows(name)
from marketkg.exports.cli import main
sys.argv = ["marketkg", "extract", sys.argv[2], "-o", sys.argv[3]]
sys.exit(main())
""" % (_MINIMAL_DROPS,)

_PROBE = """
import time, sys
t0 = time.perf_counter()
import marketkg.ontology.reference
mod = sys.modules['marketkg.ontology.reference']
t1 = time.perf_counter()
ref = mod.reference()
t2 = time.perf_counter()
from marketkg.loaders import mentions, pipeline
import spacy
nlp = spacy.blank("en")
t3 = time.perf_counter()
mentions.GazetteerMatcher(nlp, ref)
print(t1 - t0, t2 - t1, len(ref.entities), time.perf_counter() - t3)
"""


def _env(cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MARKETKG_REFERENCE"}
    env["MARKETKG_CACHE"] = cache
    return env


def _cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _extract(variant: str, cache: str, article: Path, out: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one run, process start to exit."""
    t0, c0 = time.perf_counter(), _cpu()
    subprocess.run([sys.executable, "-c", _RUN, variant, str(article), out], check=True, env=_env(cache),
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0, _cpu() - c0


def _probe(cache: str) -> tuple[float, float, int, float]:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True,
                         env=_env(cache)).stdout
    imp, load, n, gaz = out.split()
    return float(imp), float(load), int(n), float(gaz)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--article", type=Path, default=ARTICLE)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mkg-refbench-") as tmp:
        caches = {v: os.path.join(tmp, v) for v in ("built-in", "minimal")}
        out = os.path.join(tmp, "facts.jsonl")
        cold = {v: _extract(v, caches[v], args.article, out) for v in caches}  # writes the caches
        runs: dict[str, list[tuple[float, float]]] = {v: [] for v in caches}
        for _ in range(args.repeat):
            for v in caches:
                runs[v].append(_extract(v, caches[v], args.article, out))
        (full, full_cpu), (minimal, minimal_cpu) = (
            (statistics.median(r[0] for r in runs[v]), statistics.median(r[1] for r in runs[v])) for v in caches)
        print(f"marketkg extract, one article ({args.article.stat().st_size:,} bytes), process start to exit,"
              f" median of {args.repeat} (wall / CPU):")
        print(f"  built-in reference         {full:.3f} s / {full_cpu:.3f} s"
              f"   (first run, empty cache: {cold['built-in'][0]:.3f} s)")
        print(f"  minimal reference          {minimal:.3f} s / {minimal_cpu:.3f} s"
              f"   (first run, empty cache: {cold['minimal'][0]:.3f} s)")
        print(f"  the reference index adds   {full - minimal:.3f} s / {full_cpu - minimal_cpu:.3f} s")
        probes = [_probe(caches["built-in"]) for _ in range(args.repeat)]
        built = [_probe("off") for _ in range(max(3, args.repeat // 2))]
    print(f"in-process, median of {len(probes)}:")
    print(f"  entities in the index      {probes[0][2]}")
    print(f"  import of the module       {statistics.median(p[0] for p in probes):.3f} s (pydantic, rdflib)")
    print(f"  reference() from the cache {statistics.median(p[1] for p in probes):.3f} s")
    print(f"  reference() built from CSV {statistics.median(b[1] for b in built):.3f} s")
    print(f"  gazetteer, cached patterns {statistics.median(p[3] for p in probes):.3f} s")
    print(f"  gazetteer, no cache        {statistics.median(b[3] for b in built):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
