"""Two writers never share a folder; a writer killed mid-ingest leaves it usable."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from marketkg.exports.cli import main
from marketkg.exports.cli_kb import article_nquads, open_kb
from marketkg.exports.graph_json import to_graph_json
from marketkg.graph.build import build_graph
from marketkg.graph.store import article_graph_iri
from marketkg.ontology.models import ArticleFacts
from tests.kb.conftest import generate, snapshot

HOLD = "import sys, time\nfrom marketkg.graph.store import kb_lock\nwith kb_lock(sys.argv[1]):\n" \
       "    print('held', flush=True)\n    time.sleep(float(sys.argv[2]))\n"


def _ingest_cmd(corpus: Path, kg: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "marketkg.exports.cli", "ingest", str(corpus), "--kg", str(kg), "--quiet", *extra]


def _hold(kg: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(kg), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_then_fails_with_one_line(tmp_path, small_corpus):
    kg = tmp_path / "kg"
    holder = _hold(kg, 30)
    try:
        done = subprocess.run(_ingest_cmd(small_corpus, kg, "--lock-timeout", "0.5"), capture_output=True, text=True)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert done.returncode == 2
    err = done.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("marketkg: error: ") and "in use by marketkg pid" in err[0]
    assert "0.5 s" in err[0] and not (kg / "graph.json").exists()


def test_a_second_writer_waits_for_the_first(tmp_path, small_corpus):
    kg = tmp_path / "kg"
    holder = _hold(kg, 1.0)
    start = time.monotonic()
    assert main(["ingest", str(small_corpus / "part-00000.jsonl"), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    assert time.monotonic() - start >= 0.9
    holder.wait()
    holder.stdout.close()
    assert len(list((kg / "articles").glob("*.json"))) == 20


def _check_whole(kg: Path) -> None:
    """Opens (recovering), and every stored article is whole: file, index and named graph agree."""
    with open_kb(kg) as kb:
        ids = kb.article_ids()
        assert sorted(p.stem for p in (kg / "articles").glob("*.json")) == ids
        assert kb.named_graphs() == set(ids)
        facts = [ArticleFacts.model_validate_json((kg / "articles" / f"{i}.json").read_bytes()) for i in ids]
        for f in facts[:: max(1, len(facts) // 10)]:
            want = pyoxigraph.Store()
            want.load(article_nquads(f, kb.base), pyoxigraph.RdfFormat.N_QUADS)
            graph = pyoxigraph.NamedNode(article_graph_iri(f.article.id, kb.base))
            assert set(map(str, kb.store.quads_for_pattern(None, None, None, graph))) == set(map(str, want))
        assert not list(kb.db.execute("SELECT * FROM pending"))
    assert (kg / "graph.json").read_text() == to_graph_json(build_graph(facts))
    assert not list((kg / "articles").glob(".*.tmp"))


def _kill_mid_way(corpus: Path, kg: Path, *, after_files: int, jobs: str = "1") -> None:
    proc = subprocess.Popen(_ingest_cmd(corpus, kg, "--jobs", jobs, "--batch", "3"))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((kg / "articles").glob("*.json"))) >= after_files:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the ingest finished before it could be killed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def test_kill_9_mid_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    corpus = generate(36, tmp_path / "corpus", per_file=9, seed=11)
    kg, ref = tmp_path / "kg", tmp_path / "ref"
    _kill_mid_way(corpus, kg, after_files=9)
    _check_whole(kg)
    assert main(["ingest", str(corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    assert main(["ingest", str(corpus), "--kg", str(ref), "--jobs", "1", "--quiet"]) == 0
    assert snapshot(kg) == snapshot(ref)


@pytest.mark.slow
def test_repeated_kills_at_random_moments(tmp_path):
    corpus = generate(600, tmp_path / "corpus", per_file=50, seed=5)
    kg, ref = tmp_path / "kg", tmp_path / "ref"
    rng = random.Random(3)
    for _ in range(4):
        have = len(list((kg / "articles").glob("*.json"))) if kg.exists() else 0
        _kill_mid_way(corpus, kg, after_files=have + rng.randint(5, 120), jobs="2")
        _check_whole(kg)
    assert subprocess.run(_ingest_cmd(corpus, kg, "--jobs", "2")).returncode == 0
    assert subprocess.run(_ingest_cmd(corpus, ref, "--jobs", "2")).returncode == 0
    assert snapshot(kg) == snapshot(ref)
