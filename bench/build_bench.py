"""``marketkg build`` of one JSON Lines file, and of one twice as long: time ratio and peak memory.

    python bench/build_bench.py 2000            # 2,000 then 4,000 generated articles
    python bench/build_bench.py 12000 --jobs 2  # the 24,000-article file of issue 15 item 15
    python bench/build_bench.py 2000 --ingest   # also `ingest --kg` of each file, to compare

Each build runs as its own process (as a user runs it); its wall time, the peak RSS of
the command and of its largest extraction worker, and the size of each file written are
printed, then the ratios of the doubled run to the first. Memory that does not grow with
the articles shows as a peak ratio near 1; a linear one near 2. With ``--ingest`` each
file is also ingested into a new knowledge base (``marketkg ingest --kg``, the same
extraction and store without the exports), so what the exports add shows as the
difference of the two peaks.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: runs the command, then prints the peak RSS (kB) of this program (VmHWM: ru_maxrss would carry
#: the parent's over from the fork) and of its largest worker
_WRAPPER = """import resource, sys
from marketkg.exports.cli import main
rc = main(sys.argv[1:])
peak = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))
print(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(rc)
"""


def _one_file(n: int, work: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from gen_corpus import write_corpus

    out = work / f"one-file-{n}"
    if not (out / ".done").exists():
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(n, out, seed=7, per_file=n)
        (out / ".done").write_text("ok")
    (path,) = sorted(out.glob("*.jsonl"))
    return path


def build(path: Path, out: Path, jobs: int, command: str = "build") -> dict[str, float]:
    """Run ``marketkg build`` (or ``ingest``) of ``path`` into ``out``: wall time, peaks, file sizes."""
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    where = ["--out", str(out)] if command == "build" else ["--kg", str(out)]
    done = subprocess.run([sys.executable, "-c", _WRAPPER, command, str(path), *where, "-q",
                           "--jobs", str(jobs)], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"{command} failed: {done.stderr.strip()[-800:]}")
    parent, worker = (int(x) / 1024 for x in done.stderr.strip().splitlines()[-1].split())
    sizes = {p.name: p.stat().st_size / 2**20 for p in out.iterdir() if p.is_file()}
    return {"wall": wall, "parent": parent, "worker": worker, **sizes}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, nargs="?", default=2000, help="articles in the first file (default 2000)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--work", default="/tmp/marketkg-bench")
    p.add_argument("--ingest", action="store_true", help="also time `marketkg ingest --kg` of each file")
    args = p.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    runs = []
    for n in (args.n, 2 * args.n):
        path = _one_file(n, work)
        r = build(path, work / f"build-{n}", args.jobs)
        runs.append(r)
        files = ", ".join(f"{k} {v:,.1f} MB" for k, v in sorted(r.items()) if k not in ("wall", "parent", "worker"))
        print(f"build of one JSON Lines file, {n:,} articles ({path.stat().st_size / 2**20:,.1f} MB): "
              f"{r['wall']:.1f} s, peak RSS {r['parent']:,.0f} MB (command), {r['worker']:,.0f} MB (largest worker)")
        print(f"  wrote {files}")
        if args.ingest:
            i = build(path, work / f"ingest-{n}", args.jobs, "ingest")
            print(f"  ingest --kg of the same file: {i['wall']:.1f} s, peak RSS {i['parent']:,.0f} MB (command); "
                  f"the build's exports add {r['parent'] - i['parent']:+,.0f} MB")
    a, b = runs
    print(f"doubling: time x{b['wall'] / a['wall']:.2f}, peak RSS of the command x{b['parent'] / a['parent']:.2f} "
          f"(+{b['parent'] - a['parent']:,.0f} MB), of a worker x{b['worker'] / a['worker']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
