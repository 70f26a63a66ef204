"""Fixtures of the knowledge-base tests: a small generated corpus and folder snapshots."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench" / "gen_corpus.py"


def generate(n: int, out: Path, *, seed: int = 7, fmt: str = "jsonl", per_file: int = 1000) -> Path:
    """Write a generated corpus by running the generator as users do."""
    subprocess.run([sys.executable, str(GEN), "--n", str(n), "--out", str(out), "--seed", str(seed),
                    "--format", fmt, "--per-file", str(per_file)], check=True, capture_output=True)
    return out


def snapshot(kg: Path) -> dict[str, object]:
    """Everything a knowledge base holds: graph.json bytes, the store's quads, files, index."""
    import sqlite3

    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(kg / "store"))
    quads = sorted(str(q) for q in store)
    del store
    db = sqlite3.connect(kg / "index.sqlite")
    sources = sorted(db.execute("SELECT source, article_id FROM sources"))
    pending = db.execute("SELECT count(*) FROM pending").fetchone()[0]
    db.close()
    files = {p.name: p.read_bytes() for p in sorted((kg / "articles").glob("*.json"))}
    return {"graph": (kg / "graph.json").read_bytes(), "quads": quads, "files": files, "sources": sources,
            "pending": pending}


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """60 generated articles in 3 JSON Lines files."""
    return generate(60, tmp_path_factory.mktemp("corpus"), per_file=20)


def pytest_collection_modifyitems(config, items):
    """The slow knowledge-base tests run only when asked for (``-m slow``)."""
    if config.option.markexpr:
        return
    skip = pytest.mark.skip(reason="slow: run with `pytest -m slow`")
    for item in items:
        if "slow" in item.keywords and "/tests/kb/" in str(item.path):
            item.add_marker(skip)
