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


def test_a_partition_writes_its_nquads_whole_for_a_bulk_loader(tmp_path):
    """Without Spark: what one partition writes is its articles' graphs, as the store loads them."""
    import pyoxigraph as ox

    from marketkg.exports.cli_kb import article_nquads
    from marketkg.graph.spark import extract_partition, partition_file
    from marketkg.loaders.sources import iter_articles

    corpus = generate(5, tmp_path / "corpus", per_file=5, seed=3)
    lines = [a.model_dump_json() for a in iter_articles([corpus])]
    base = "https://marketkg.org/id/"
    out = tmp_path / "nq"
    out.mkdir()
    records = list(extract_partition(iter(lines), quads_of=article_nquads, base=base, index=3, nquads_dir=str(out)))
    assert [p.name for p in out.iterdir()] == ["part-00003.nq"] == [partition_file(out, 3).name]
    text = partition_file(out, 3).read_text(encoding="utf-8")
    assert text == "".join(r[3] for r in records) and text.count("\n") > 5 * 50
    store = ox.Store()
    store.load(text.encode(), format=ox.RdfFormat.N_QUADS)
    assert len({q.graph_name for q in store}) == 5  # one named graph per article


@pytest.mark.slow
@pytest.mark.skipif(_spark_unavailable() is not None, reason=str(_spark_unavailable()))
def test_spark_partitions_write_nquads_a_server_loads_into_the_store_the_ingest_made(tmp_path):
    import pyoxigraph as ox

    corpus = generate(30, tmp_path / "corpus", per_file=10, seed=5)
    kg, nq = tmp_path / "kg", tmp_path / "nq"
    done = subprocess.run([sys.executable, "-m", "marketkg.exports.cli", "ingest", str(EXAMPLES), str(corpus),
                           "--kg", str(kg), "--engine", "spark", "--master", "local[2]", "--jobs", "3",
                           "--nquads-out", str(nq), "--quiet"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in nq.iterdir()) == ["part-00000.nq", "part-00001.nq", "part-00002.nq", "shared.nq"]
    loaded = ox.Store()  # what `oxigraph load --file DIR/*.nq` or Virtuoso's ld_dir would hold
    for part in sorted(nq.iterdir()):
        loaded.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
    local = ox.Store.read_only(str(kg / "store"))
    assert set(loaded) == set(local) and len(loaded) > 1000
    again = subprocess.run([sys.executable, "-m", "marketkg.exports.cli", "ingest", str(corpus), "--kg", str(kg),
                            "--engine", "spark", "--nquads-out", str(nq)], capture_output=True, text=True)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "already holds .nq files" in again.stderr


def test_nquads_out_needs_the_spark_engine(tmp_path):
    done = subprocess.run([sys.executable, "-m", "marketkg.exports.cli", "ingest", str(EXAMPLES), "--kg",
                           str(tmp_path / "kg"), "--nquads-out", str(tmp_path / "nq")], capture_output=True, text=True)
    assert done.returncode == 2 and "use it with --engine spark" in done.stderr and not (tmp_path / "kg").exists()
