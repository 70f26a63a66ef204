"""Knowledge-base benchmark: generated wrap-ups -> ``ingest`` -> exports -> queries.

    python bench/kb_bench.py                 # 1k and 10k articles
    python bench/kb_bench.py 1000            # just 1k
    python bench/kb_bench.py 100000          # 100k (a long run: about 20 minutes and 3 GB)
    python bench/kb_bench.py --big           # 1k, 10k and 100k
    python bench/kb_bench.py --kg DIR        # only the question rows, on a knowledge base already built

For each size it prints articles/s and words/s of: spaCy's bare tokenizer and full
extraction on the same texts (one core, on up to ``--sample`` articles) and their
ratio; the whole ``ingest`` over all cores, with the time of its phases (extraction
and per-article RDF in the workers, store load, files, index, graph.json); graph
build, Turtle export and HTML of the merged graph; peak memory (this process and the
largest worker); then, from the folder as a user has it: ``marketkg query why X`` and
``history X`` as new processes (start to answer, and peak memory), ``why`` / ``history``
warm from Python on the folder's view (:class:`marketkg.graph.view.KBView`), each
shipped SPARQL query with ``marketkg sparql --kg`` as a new process (on the store), and,
up to ``--graph-json-max`` articles, the old way (reading graph.json whole) beside them.

Corpora are generated once (seeded) under ``--work`` and reused.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from marketkg.ontology.errors import MarketKGError

HERE = Path(__file__).resolve().parent


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _rate(n: float, seconds: float) -> str:
    return f"{n / seconds:,.0f}/s" if seconds > 0 else "-"


def _row(label: str, seconds: float, articles: int, words: int, extra: str = "") -> None:
    print(f"  {label:<34} {seconds:9.2f} s  {_rate(articles, seconds):>12} articles  "
          f"{_rate(words, seconds):>14} words  {extra}")


#: runs the command, then prints its peak RSS in kB: VmHWM, the high-water mark of this program
#: (ru_maxrss would carry the parent's over from the fork)
_PEAK = ("import sys\nfrom marketkg.exports.cli import main\nrc = main(sys.argv[1:])\n"
         "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr)\n"
         "sys.exit(rc)")


def _cold(argv: list[str], timeout: float = 300.0) -> tuple[float, float]:
    """Wall time of ``marketkg ARGV`` as a new process, start to answer, and its peak RSS in MB
    (``inf`` when it runs past ``timeout`` seconds)."""
    wall, rss, _ = _cold_out(argv, timeout)
    return wall, rss


def _cold_out(argv: list[str], timeout: float = 300.0) -> tuple[float, float, str]:
    """:func:`_cold`, and what the command printed."""
    t = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _PEAK, *argv], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf"), float("nan"), ""
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"marketkg {' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
    return wall, int(done.stderr.strip().splitlines()[-1]) / 1024, done.stdout


def _corpus(n: int, work: Path) -> Path:
    from gen_corpus import write_corpus  # the script beside this one (run as `python bench/kb_bench.py`)

    out = work / f"corpus-{n}"
    if not (out / ".done").exists():
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(n, out, seed=7, per_file=1000)
        (out / ".done").write_text("ok")
    return out


def bench(n: int, work: Path, *, jobs: int, sample: int, html_nodes: int, turtle_max: int,
          graph_json_max: int, sparql_timeout: float = 60.0) -> None:
    import spacy

    from marketkg.exports.cli_kb import open_kb
    from marketkg.exports.html import write_html
    from marketkg.exports.rdf import to_turtle
    from marketkg.graph.ingest import ingest, local_extractor
    from marketkg.loaders.extract import extract_many
    from marketkg.loaders.graph_file import read_graph_json
    from marketkg.loaders.pipeline import shared_pipeline
    from marketkg.loaders.sources import iter_articles

    print(f"\n=== {n:,} articles (jobs={jobs}) ===")
    corpus = _corpus(n, work)
    t = time.perf_counter()
    articles = [a for a in iter_articles([corpus]) if not isinstance(a, MarketKGError)]
    read_s = time.perf_counter() - t
    words = sum(len(a.text.split()) for a in articles)
    print(f"  corpus: {len(articles):,} articles, {words:,} words ({words / len(articles):.0f} per article)")
    _row("read + hash", read_s, len(articles), words)

    # one core, same texts: bare tokenizer vs full extraction
    few = articles[:sample]
    few_words = sum(len(a.text.split()) for a in few)
    tok = spacy.blank("en").tokenizer
    for a in few[:50]:
        tok(a.text)
    t = time.perf_counter()
    for a in few:
        tok(a.text)
    tok_s = time.perf_counter() - t
    nlp = shared_pipeline()
    list(extract_many(few[:20], nlp=nlp))
    t = time.perf_counter()
    sample_facts = list(extract_many(few, nlp=nlp))
    ext_s = time.perf_counter() - t
    _row(f"bare tokenizer (1 core, {len(few)})", tok_s, len(few), few_words)
    _row(f"full extraction (1 core, {len(few)})", ext_s, len(few), few_words,
         f"ratio to tokenizer {ext_s / tok_s:.1f}x")
    del sample_facts, articles

    # the real thing: ingest into a fresh folder over all cores
    kg = work / f"kg-{n}"
    shutil.rmtree(kg, ignore_errors=True)
    t = time.perf_counter()
    with open_kb(kg) as kb:
        report = ingest([corpus], kb, extractor=local_extractor(jobs), progress=False)
        timings = dict(kb.timings)
    ingest_s = time.perf_counter() - t
    peak_ingest, peak_worker = _rss_mb(), _rss_mb(resource.RUSAGE_CHILDREN)
    _row(f"ingest, all phases ({jobs} jobs)", ingest_s, report.extracted, report.words,
         f"peak RSS parent {peak_ingest:,.0f} MB, worker {peak_worker:,.0f} MB")
    _row("  extraction (CPU, summed)", report.extract_cpu, report.extracted, report.words)
    _row("  per-article RDF quads (CPU)", report.rdf_cpu, report.extracted, report.words)
    labels = {"store": "store load", "files": "article files", "index": "SQLite index",
              "views_load": "view: find aliases", "views_build": "view: read facts, build graph",
              "views_write": "view: write graph.json + view.sqlite",
              "views_wait_load": "view: wait for the last load (beside the views)",
              "views_store": "view: entities, resolution"}
    for phase, label in labels.items():
        _row(f"  {label}", timings.get(phase, 0.0), report.extracted, report.words)

    # views and exports of the merged graph: the one the ingest built (views_build above),
    # not a second copy from the stored facts, so the big runs fit in memory
    G = report.graph
    del report
    print(f"  merged graph                       {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges "
          f"(built in views_build above)")
    if n <= turtle_max:
        t = time.perf_counter()
        ttl = to_turtle(G)
        ttl_s = time.perf_counter() - t
        _row("RDF export (Turtle)", ttl_s, n, words, f"{len(ttl) / 2**20:,.0f} MB")
        del ttl
    else:
        print(f"  RDF export (Turtle)                skipped above {turtle_max:,} articles (see store dump)")
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(kg / "store"))
    t = time.perf_counter()
    dump = work / f"kg-{n}.nq"
    store.dump(output=str(dump), format=pyoxigraph.RdfFormat.N_QUADS)
    dump_s = time.perf_counter() - t
    _row("RDF export (N-Quads, store dump)", dump_s, n, words,
         f"{len(store):,} quads, {dump.stat().st_size / 2**20:,.0f} MB")
    dump.unlink()
    t = time.perf_counter()
    write_html(G, work / f"graph-{n}.html", max_nodes=html_nodes)
    _row(f"HTML (max {html_nodes} nodes)", time.perf_counter() - t, n, words)
    print(f"  peak RSS after exports             {_rss_mb():,.0f} MB")

    # the questions: from the folder's view (what `marketkg query` reads), cold and warm
    movers = sorted((d for d in G.degree() if str(d[0]).startswith("hkex-")), key=lambda d: -d[1])[:5]
    names = [G.nodes[m]["name"] for m, _ in movers]
    days = sorted({d["date"] for *_, d in G.edges(data=True) if d.get("date") and d["date"][0].isdigit()})
    target = next((v for _, v, d in G.edges(data=True)  # a market: its net flows grow with the corpus
                   if d.get("kind") == "action" and str(v).startswith("market-")), movers[0][0])
    company_target = next((v for _, v, d in G.edges(data=True)
                           if d.get("kind") == "action" and str(v).startswith("hkex-")), movers[0][0])
    del G
    query_figures(kg, [m for m, _ in movers], names, days, target, company_target, sparql_timeout=sparql_timeout)
    if n <= graph_json_max:  # the old way, for comparison: read graph.json whole
        t = time.perf_counter()
        H = read_graph_json(kg)
        open_s = time.perf_counter() - t
        print(f"  (before) open DIR: read graph.json {open_s:9.2f} s")
        from marketkg.graph import queries

        for label, fn in (("why", queries.why), ("history", queries.history)):
            fn(H, names[0])
            times = []
            for name in names:
                t = time.perf_counter()
                fn(H, name)
                times.append((time.perf_counter() - t) * 1000)
            print(f"  (before) {label + '(X)':<25} median {statistics.median(times):7.2f} ms, max {max(times):7.2f} ms")
        del H
    t = time.perf_counter()
    rows = list(store.query(f"""SELECT ?day ?pct WHERE {{ GRAPH ?g {{
        ?m <https://marketkg.org/ontology#subject> <https://marketkg.org/id/{movers[0][0]}> ;
           <https://marketkg.org/ontology#tradingDay> ?day . OPTIONAL {{ ?m <https://marketkg.org/ontology#changePct> ?pct }} }} }}"""))
    print(f"  history via SPARQL on the store    {(time.perf_counter() - t) * 1000:9.2f} ms ({len(rows)} rows)")
    print(f"  peak RSS                           {_rss_mb():,.0f} MB (this process), {_rss_mb(resource.RUSAGE_CHILDREN):,.0f} MB (largest worker)")


def _picks_from_view(kg: Path) -> tuple[list[str], list[str], list[str], str, str]:
    """What :func:`bench` asks about, chosen from a folder's view as it chooses them from the
    merged graph: the five busiest companies (edges either way), the dated days, the first
    market and company targets of an action."""
    import json
    import sqlite3

    db = sqlite3.connect(f"file:{kg / 'view.sqlite'}?mode=ro", uri=True)
    degree: dict[str, int] = {}
    for column in ("u", "v"):
        for node, count in db.execute(f"SELECT {column}, count(*) FROM edges GROUP BY {column}"):
            degree[node] = degree.get(node, 0) + count
    order = [r[0] for r in db.execute("SELECT id FROM nodes WHERE id LIKE 'hkex-%' ORDER BY seq")]
    movers = sorted(order, key=lambda m: -degree.get(m, 0))[:5]
    names = [json.loads(db.execute("SELECT data FROM nodes WHERE id = ?", (m,)).fetchone()[0])["name"] for m in movers]
    days = sorted(r[0] for r in db.execute("SELECT DISTINCT date FROM edges WHERE date GLOB '[0-9]*'"))

    def first(prefix: str) -> str:
        row = db.execute("SELECT v FROM edges WHERE kind = 'action' AND v LIKE ? ORDER BY id LIMIT 1",
                         (prefix + "%",)).fetchone()
        return row[0] if row else movers[0]
    return movers, names, days, first("market-"), first("hkex-")


def query_figures(kg: Path, movers: list[str], names: list[str], days: list[str], target: str, company_target: str,
                  *, sparql_timeout: float = 60.0) -> None:
    """The question rows of :func:`bench`, on the folder ``kg``: cold `marketkg query` and
    `sparql --kg` processes, and warm questions on its view."""
    print(f"  view.sqlite                        {(kg / 'view.sqlite').stat().st_size / 2**20:,.0f} MB, "
          f"graph.json {(kg / 'graph.json').stat().st_size / 2**20:,.0f} MB")
    for question in (["why", names[0]], ["history", names[0]]):
        wall, rss = _cold(["query", *question, "--kg", str(kg)])
        print(f"  cold `marketkg query {question[0]} X`      {wall:9.2f} s   peak {rss:,.0f} MB  (X = {names[0]})")
    from marketkg.graph.view import open_view

    view = open_view(kg)
    for label in ("why", "history"):
        fn = getattr(view, label)
        for name in names:  # warm: each asked once before (its pages read from disk into the cache)
            fn(name)
        times = []
        for _ in range(3):
            for name in names:
                t = time.perf_counter()
                fn(name)
                times.append((time.perf_counter() - t) * 1000)
        print(f"  warm {label + '(X)':<29} median {statistics.median(times):7.2f} ms, max {max(times):7.2f} ms "
              f"over {', '.join(names)} (3 rounds)")
    asks = [("history", "entity", movers[0]), ("why_moved", "entity", movers[0]),
            ("investor_actions", "target", target), ("investor_actions", "target", company_target),
            ("moves_on_day", "day", days[len(days) // 2] if days else "2025-11-21"),
            ("driver_moves", "category", "cat:monetary_policy")]
    wall, rss = _cold(["sparql", "ASK { ?s ?p ?o }", "--kg", str(kg)])
    print(f"  cold `sparql --kg` ASK (start-up)  {wall:9.2f} s   peak {rss:,.0f} MB")
    for name, var, value in asks:
        wall, rss, out = _cold_out(["sparql", name, "--kg", str(kg), "--bind", f"{var}={value}", "--format", "csv"],
                                   timeout=sparql_timeout)
        print(f"  cold `sparql --kg` {name:<16} {wall:9.2f} s   peak {rss:,.0f} MB  (?{var} = {value}, "
              f"{max(out.count(chr(10)) - 1, 0):,} rows)")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sizes", type=int, nargs="*", default=[1000, 10000], metavar="N",
                   help="numbers of generated articles (default: 1000 10000)")
    p.add_argument("--big", action="store_true", help="add 100k articles")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--sample", type=int, default=1000, help="articles for the one-core tokenizer/extraction ratio")
    p.add_argument("--html-nodes", type=int, default=500)
    p.add_argument("--turtle-max", type=int, default=10000, help="skip the Turtle export above this many articles")
    p.add_argument("--graph-json-max", type=int, default=10000,
                   help="above this many articles, skip the comparison with reading graph.json whole")
    p.add_argument("--work", default="/tmp/marketkg-bench")
    p.add_argument("--kg", type=Path, metavar="DIR",
                   help="only the question rows, on this existing knowledge base (nothing is built)")
    p.add_argument("--sparql-timeout", type=float, default=60.0, metavar="S")
    args = p.parse_args()
    if args.kg is not None:
        print(f"marketkg kb benchmark, questions only: {args.kg}")
        query_figures(args.kg, *_picks_from_view(args.kg), sparql_timeout=args.sparql_timeout)
        return 0
    sizes = args.sizes + ([100000] if args.big else [])
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"marketkg kb benchmark: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    for n in sizes:
        bench(n, work, jobs=args.jobs, sample=min(args.sample, n), html_nodes=args.html_nodes,
              turtle_max=args.turtle_max, graph_json_max=args.graph_json_max)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
