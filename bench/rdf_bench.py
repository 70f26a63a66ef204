"""RDF export speed: triples per second for each format, marketkg's pyoxigraph path
beside plain rdflib (``to_rdf(G).serialize``) on the same synthetic graph.

    python bench/rdf_bench.py [--triples 1000000] [--skip-rdflib]

The graph is made directly in networkx (no extraction): companies moving in daily
sessions over many articles, each move with a report and an evidence sentence, plus
causes and investor actions, in the shape ``marketkg.graph.build_graph`` gives.
"""
from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import networkx as nx

from marketkg.exports.rdf import FORMATS, serialize, to_dataset, to_rdf

__all__ = ["synthetic_graph", "main"]

RDFLIB = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
TRIPLES_PER_MOVE = 22  # measured: a move, its report, evidence, cause and a share of the entities


def synthetic_graph(moves: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A graph with ``moves`` price moves (about 22 triples each, all told)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    companies = [f"hkex-{i:04d}" for i in range(max(10, moves // 40))]
    articles = [f"{i:016x}" for i in range(max(1, moves // 50))]
    G.graph["articles"] = {a: {"source": f"synthetic/{a}.txt", "title": f"Market wrap {a}", "published": None,
                               "trading_day": None, "warnings": []} for a in articles}
    for c in companies:
        G.add_node(c, type="company", name=f"Company {c}", ticker=f"{c[5:]}.HK", aliases=[f"Co {c}"], articles=[])
    for d in ("drv-fed-rate-cut", "drv-us-tariffs"):
        G.add_node(d, type="driver", name=d, ticker=None, aliases=[d], category="monetary_policy", articles=[])
    for i in range(moves):
        art, c = articles[i % len(articles)], rng.choice(companies)
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        sess = f"session-hk-{day}"
        if sess not in G:
            G.add_node(sess, type="session", name=f"HK session {day}", market="hk", date=day, ticker=None,
                       aliases=[], articles=[])
        key = f"move:{c}:{day}:{i}"
        pct = round(rng.uniform(-9, 9), 2)
        ev = {"article": art, "source": "x", "sentence": f"Company {c} moved {pct}% on {day}.", "start": i % 5000,
              "end": i % 5000 + 40}
        G.add_edge(c, sess, key=key, kind="move", direction="up" if pct > 0 else "down", change_pct=pct,
                   close=round(rng.uniform(1, 500), 2), turnover=None, approx=False, date=day, market="hk",
                   conflict=False, reports=[{"article": art, "direction": "up" if pct > 0 else "down",
                                             "change_pct": pct, "close": None, "approx": False}],
                   evidence=[ev], articles=[art])
        if i % 4 == 0:
            G.add_edge("drv-fed-rate-cut", c, key=f"cause:drv-fed-rate-cut:{c}:{day}:{i}", kind="cause", date=day,
                       cue="after", causes=["rate-cut hopes"], move=key, evidence=[ev], articles=[art])
    return G


def _rate(label: str, triples: int, fn: Callable[[], object]) -> None:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {seconds:8.2f} s   {triples / seconds:12,.0f} triples/s", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 1,000,000)")
    p.add_argument("--skip-rdflib", action="store_true", help="time marketkg's serializers only")
    args = p.parse_args()
    G = synthetic_graph(args.triples // TRIPLES_PER_MOVE + 1)
    n = len(serialize(G, "nq").splitlines())
    print(f"synthetic graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges, {n:,} quads")
    for fmt in FORMATS:
        _rate(f"marketkg {fmt}", n, lambda fmt=fmt: serialize(G, fmt))
    if args.skip_rdflib:
        return
    for fmt in FORMATS:
        build = to_dataset if fmt in ("nq", "trig", "jsonld") else to_rdf
        _rate(f"rdflib {fmt}", n, lambda fmt=fmt, build=build: build(G).serialize(format=RDFLIB[fmt]))


if __name__ == "__main__":
    main()
