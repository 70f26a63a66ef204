"""The store's quads are spooled and bulk-loaded many commits at a time (graph/store.py):
whatever point a writer dies at, the next one makes every stored article's graph whole."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from marketkg.exports.cli import main
from marketkg.exports.cli_kb import article_nquads, open_kb
from marketkg.graph.store import article_graph_iri
from marketkg.ontology.errors import MarketKGError
from tests.kb.conftest import snapshot

#: runs an ingest in a new process with one KnowledgeBase method replaced by PATCH, then dies
#: without closing anything (os._exit), as a killed writer would
_DIE = """
import os, sys
from marketkg.graph import store
from marketkg.exports.cli import main
{patch}
main(["ingest", sys.argv[1], "--kg", sys.argv[2], "--jobs", "1", "--batch", "5", "--quiet"])
os._exit(9)
"""


def _die(corpus: Path, kg: Path, patch: str) -> None:
    done = subprocess.run([sys.executable, "-c", _DIE.format(patch=patch), str(corpus), str(kg)], capture_output=True)
    assert done.returncode == 9, done.stderr.decode()[-2000:]


def _graphs_whole(kg: Path) -> set[str]:
    """Opens the folder (recovering it) and checks each article's named graph against its file."""
    with open_kb(kg) as kb:
        ids = kb.article_ids()
        assert kb.named_graphs() == set(ids)
        for ident in ids:
            want = pyoxigraph.Store()
            want.load(article_nquads(kb.facts(ident), kb.base), pyoxigraph.RdfFormat.N_QUADS)
            graph = pyoxigraph.NamedNode(article_graph_iri(ident, kb.base))
            assert set(map(str, kb.store.quads_for_pattern(None, None, None, graph))) == set(map(str, want))
        assert not list(kb.db.execute("SELECT * FROM unloaded"))
        assert not (kg / ".store-spool.nq").exists()
        return set(ids)


def test_a_writer_dying_before_its_spool_is_loaded_loses_no_graph(tmp_path, small_corpus):
    kg = tmp_path / "kg"
    _die(small_corpus, kg, "store.KnowledgeBase._flush_begin = lambda self, **kw: os._exit(9) if self._spool else (lambda: None)")
    assert len(list((kg / "articles").glob("*.json"))) == 60  # every commit went through, no quad was loaded
    assert (kg / ".store-spool.nq").exists()
    assert len(_graphs_whole(kg)) == 60


def test_a_writer_dying_between_loads_in_threads_loses_no_graph(tmp_path, small_corpus):
    kg = tmp_path / "kg"
    # a load at every commit of 5, each in a thread beside the next commit; the third one dies
    patch = ("store.STORE_SPOOL_BYTES = 1\n"
             "real, calls = store.KnowledgeBase._flush_begin, []\n"
             "def third(self, **kw):\n"
             "    calls.append(1)\n"
             "    if len(calls) == 3:\n"
             "        os._exit(9)\n"
             "    return real(self, **kw)\n"
             "store.KnowledgeBase._flush_begin = third")
    _die(small_corpus, kg, patch)
    # it dies as the third commit's quads are spooled, before that commit's files: two commits stay
    assert len(list((kg / "articles").glob("*.json"))) == 10
    assert len(_graphs_whole(kg)) == 10


def test_a_bulk_load_cut_short_leaves_no_partial_graph(tmp_path, small_corpus):
    kg, ref = tmp_path / "kg", tmp_path / "ref"
    # the first load stores only the first half of the spooled quads, then the process dies
    half = ("def _half(self, **kw):\n"
            "    if self._spool:\n"
            "        self._spool.close()\n"
            "        lines = open(self._spool.name, encoding='utf-8').readlines()\n"
            "        self.store.bulk_load(''.join(lines[: len(lines) // 2]), self._rdf.RdfFormat.N_QUADS)\n"
            "        self.store.flush()\n"
            "        os._exit(9)\n"
            "store.KnowledgeBase._flush_begin = _half")
    _die(small_corpus, kg, half)
    assert len(_graphs_whole(kg)) == 60
    assert main(["ingest", str(small_corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    assert main(["ingest", str(small_corpus), "--kg", str(ref), "--jobs", "1", "--quiet"]) == 0
    assert snapshot(kg) == snapshot(ref)


def test_loading_at_every_commit_or_once_gives_the_same_folder(tmp_path, small_corpus, monkeypatch):
    from marketkg.graph import store

    once, each = tmp_path / "once", tmp_path / "each"
    assert main(["ingest", str(small_corpus), "--kg", str(once), "--jobs", "1", "--batch", "7", "--quiet"]) == 0
    monkeypatch.setattr(store, "STORE_SPOOL_BYTES", 1)
    loads = []
    real = store.KnowledgeBase._flush_begin
    monkeypatch.setattr(store.KnowledgeBase, "_flush_begin",
                        lambda self, **kw: (loads.append(bool(self._spool)), real(self, **kw))[1])
    assert main(["ingest", str(small_corpus), "--kg", str(each), "--jobs", "1", "--batch", "7", "--quiet"]) == 0
    assert loads.count(True) == 9  # ceil(60 / 7) commits, each loaded at once
    assert snapshot(once) == snapshot(each)


def test_a_base_iri_that_is_no_iri_is_refused_before_anything_is_stored(tmp_path):
    with pytest.raises(MarketKGError, match="is not an IRI"):
        open_kb(tmp_path / "kg", base_iri="https://example.org/a b/")


def test_a_spool_a_killed_build_left_is_the_builds_own_file(tmp_path):
    from marketkg.graph.outdir import foreign_entries

    (tmp_path / ".store-spool.nq").write_text("<a> <b> <c> <d> .\n")
    (tmp_path / "notes.txt").write_text("mine")
    assert foreign_entries(tmp_path) == ["notes.txt"]


def test_removing_a_graph_loads_the_spool_only_if_it_holds_that_graph(tmp_path, small_corpus):
    from marketkg.graph.ingest import ingest

    kg = tmp_path / "kg"
    with open_kb(kg) as kb:
        ingest([str(small_corpus)], kb, progress=False)
        ident = kb.article_ids()[0]
        kb._load(article_nquads(kb.facts(ident), kb.base), [ident])  # the article again, spooled
        kb._remove_graph("0" * 16)  # another article's graph: the spool stays
        assert kb._spool is not None
        kb._remove_graph(ident)  # its own: loaded first, then removed
        assert kb._spool is None
        assert ident not in kb.named_graphs()
