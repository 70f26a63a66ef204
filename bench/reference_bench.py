"""How long loading the reference index adds to a run.

    python bench/reference_bench.py [--repeat N]

Each figure is the median of N fresh processes (the machine is shared, so single runs
are noisy): the import of the reference module alone, then ``reference()`` read from
the versioned cache file, then built from the CSV files with the cache turned off, then
the extraction pipeline, whose gazetteer matches every name of the index.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

__all__ = ["main"]

_PROBE = """
import time, sys
t0 = time.perf_counter()
import marketkg.ontology.reference
mod = sys.modules['marketkg.ontology.reference']
t1 = time.perf_counter()
ref = mod.reference()
t2 = time.perf_counter()
from marketkg.loaders.pipeline import shared_pipeline
t3 = time.perf_counter()
shared_pipeline()  # its gazetteer holds every name of the index
print(t1 - t0, t2 - t1, len(ref.entities), time.perf_counter() - t3)
"""


def _run(env_cache: str | None) -> tuple[float, float, int, float]:
    env = None
    if env_cache is not None:
        import os
        env = dict(os.environ, MARKETKG_CACHE=env_cache)
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env).stdout
    imp, load, n, pipe = out.split()
    return float(imp), float(load), int(n), float(pipe)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    _run(None)  # write the cache if it is not there yet
    cached = [_run(None) for _ in range(args.repeat)]
    built = [_run("off") for _ in range(args.repeat)]
    print(f"entities in the index        {cached[0][2]}")
    print(f"import of the module         {statistics.median(c[0] for c in cached):.3f} s (pydantic, rdflib)")
    print(f"reference() from the cache   {statistics.median(c[1] for c in cached):.3f} s")
    print(f"reference() built from CSV   {statistics.median(b[1] for b in built):.3f} s")
    print(f"spaCy pipeline + gazetteer   {statistics.median(c[3] for c in cached):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
