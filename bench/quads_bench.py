"""What an article's named graph holds, and what loading less of it would save:
``python bench/quads_bench.py KG [N] [ROUNDS]``.

Makes the N-Quads of the first N articles (default 5,000) of the knowledge base KG (its
``articles/*.json``, so nothing is extracted), prints the quads per article by kind of
subject and predicate, then writes one N-Quads file per candidate cut (the statements a
cut drops are left out) and bulk-loads each into a fresh store in its own process, as
the knowledge base loads its spool, ROUNDS times (default 2) interleaved, printing the
CPU seconds of each load. The cuts are what could be left out of an article's graph
because the same graph, an IRI or the ontology already says it; whether the model may
drop them is a decision this script does not make (see the README, "Ingest, sixth round").
"""
from __future__ import annotations

import collections
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["CUTS", "kind_of", "main"]

_M = "<https://marketkg.org/ontology#"
_FIGURES = {_M + "direction>", _M + "approx>", _M + "changePct>", _M + "close>"}
_FACTS = ("move", "cause", "action", "member")


def kind_of(subject: str, base: str) -> str:
    """What an N-Triples subject is: report, evidence, a fact kind, article or entity."""
    if "/report/" in subject:
        return "report"
    first = subject[len(base) + 1:].split("/", 1)[0]
    if first in ("evidence", "article", *_FACTS):
        return first
    return "entity"


#: cut name -> (kind, predicate) -> whether the cut drops that statement
CUTS: dict[str, Callable[[str, str], bool]] = {
    "none": lambda k, p: False,
    "move figures (kept on the report)": lambda k, p: k == "move" and p in _FIGURES,
    "report's mkg:article": lambda k, p: k == "report" and p == _M + "article>",
    "evidence's article and offsets": lambda k, p: k == "evidence" and p in (
        _M + "article>", _M + "startOffset>", _M + "endOffset>"),
    "facts' dcterms:identifier": lambda k, p: k in _FACTS and p == "<http://purl.org/dc/terms/identifier>",
    "rdf:type of evidence and reports": lambda k, p: k in ("report", "evidence") and p.endswith("#type>"),
}
_SAID_ELSEWHERE = ("evidence's article and offsets", "facts' dcterms:identifier", "rdf:type of evidence and reports")
_ONE_BY_ONE = dict(CUTS)
CUTS["the three above together"] = lambda k, p: any(_ONE_BY_ONE[name](k, p) for name in _SAID_ELSEWHERE)
CUTS["all of the above"] = lambda k, p: any(cut(k, p) for cut in _ONE_BY_ONE.values())


def _load(path: str) -> None:
    import pyoxigraph as ox

    folder = tempfile.mkdtemp(prefix="quads-bench-store-")
    try:
        store = ox.Store(folder)
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=True)
        store.flush()
        del store
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    me = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{me.ru_utime + me.ru_stime:.2f}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--load"]:
        _load(argv[1])
        return 0
    from marketkg.exports.cli_kb import article_nquads
    from marketkg.ontology.ids import DEFAULT_BASE_IRI
    from marketkg.ontology.models import ArticleFacts

    kg, n = Path(argv[0]), int(argv[1]) if len(argv) > 1 else 5000
    rounds = int(argv[2]) if len(argv) > 2 else 2
    files = sorted((kg / "articles").glob("*.json"))[:n]
    base = "<" + DEFAULT_BASE_IRI.rstrip("/")
    work = Path(tempfile.mkdtemp(prefix="quads-bench-"))
    try:
        outs = {name: open(work / f"{i}.nq", "w", encoding="utf-8") for i, name in enumerate(CUTS)}
        counts: collections.Counter[str] = collections.Counter()
        shape: collections.Counter[tuple[str, str]] = collections.Counter()
        for f in files:
            for line in article_nquads(ArticleFacts.model_validate_json(f.read_bytes())).splitlines(keepends=True):
                s, p, _ = line.split(" ", 2)
                k = kind_of(s, base)
                shape[k, p.rsplit("/", 1)[-1].rstrip(">")] += 1
                for name, cut in CUTS.items():
                    if not cut(k, p):
                        outs[name].write(line)
                        counts[name] += 1
        for fh in outs.values():
            fh.close()
        print(f"{len(files)} articles, {counts['none'] / len(files):.1f} quads an article")
        for (k, p), c in sorted(shape.items(), key=lambda kv: -kv[1]):
            print(f"  {c / len(files):6.1f}  {k:9} {p}")
        cpu: dict[str, list[float]] = collections.defaultdict(list)
        for _ in range(rounds):
            for i, name in enumerate(CUTS):
                out = subprocess.run([sys.executable, __file__, "--load", str(work / f"{i}.nq")],
                                     check=True, capture_output=True, text=True).stdout
                cpu[name].append(float(out))
        for name in CUTS:
            saved = 1 - counts[name] / counts["none"]
            print(f"{name:36} quads -{saved:5.1%}  load CPU {' / '.join(f'{c:.1f}' for c in cpu[name])} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
