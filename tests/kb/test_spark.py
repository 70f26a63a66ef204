"""The Spark engine gives the same knowledge base as the local one."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES
from tests.kb.conftest import generate, snapshot


def _spark_unavailable() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'marketkg[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime on PATH (Spark needs Java 17+)"
    done = subprocess.run(["java", "-version"], capture_output=True, text=True)
    if done.returncode != 0:
        return f"`java -version` failed: {done.stderr.strip()[:100]}"
    return None


@pytest.mark.slow
@pytest.mark.skipif(_spark_unavailable() is not None, reason=str(_spark_unavailable()))
def test_spark_engine_matches_the_local_engine(tmp_path):
    corpus = generate(40, tmp_path / "corpus", per_file=10, seed=3)
    runs = {}
    for engine, extra in (("local", ["--jobs", "1"]), ("spark", ["--master", "local[2]", "--jobs", "3"])):
        kg = tmp_path / engine
        done = subprocess.run([sys.executable, "-m", "marketkg.exports.cli", "ingest", str(EXAMPLES), str(corpus),
                               "--kg", str(kg), "--engine", engine, "--quiet", *extra],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        runs[engine] = snapshot(kg)
    assert len(runs["spark"]["files"]) == 45
    assert runs["spark"] == runs["local"]
