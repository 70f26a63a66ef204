"""The knowledge base folder: idempotent, replaces changed sources, order-independent,
consistent with ``marketkg build``, and its store agrees with the resolved graph."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph

from marketkg.exports.cli import main
from marketkg.exports.cli_kb import article_nquads, open_kb
from marketkg.exports.graph_json import to_graph_json
from marketkg.exports.rdf import serialize
from marketkg.graph.build import build_graph
from marketkg.graph.store import article_graph_iri, resolution_graph_iri
from marketkg.loaders.graph_file import read_graph_json
from tests.conftest import EXAMPLES
from tests.kb.conftest import snapshot

FRONT = "---\npublished: 2025-03-03\n---\n"


def ingest(*args: str) -> int:
    return main(["ingest", *map(str, args), "--jobs", "1", "--quiet"])


def test_ingest_writes_the_same_graph_as_build_and_again_changes_nothing(tmp_path, capsys):
    kg, out = tmp_path / "kg", tmp_path / "out"
    assert main(["ingest", str(EXAMPLES), "--kg", str(kg), "--jobs", "1"]) == 0
    summary = capsys.readouterr().out
    assert "added           5" in summary and "knowledge base" in summary
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet"]) == 0
    assert (kg / "graph.json").read_bytes() == (out / "graph.json").read_bytes()
    first = snapshot(kg)
    assert len(first["files"]) == 5 and first["pending"] == 0
    assert main(["ingest", str(EXAMPLES), "--kg", str(kg), "--jobs", "1"]) == 0
    assert "unchanged       5" in capsys.readouterr().out
    assert snapshot(kg) == first
    assert read_graph_json(kg).number_of_nodes() > 50


def test_a_changed_source_replaces_its_facts(tmp_path):
    src, kg = tmp_path / "in", tmp_path / "kg"
    src.mkdir()
    (src / "a.txt").write_text(FRONT + "Tencent rose 2.1% on Monday after strong results.\n")
    (src / "b.txt").write_text(FRONT + "Alibaba fell 1.2% on Monday amid fresh US tariffs.\n")
    assert ingest(src, "--kg", kg) == 0
    old = snapshot(kg)
    (src / "a.txt").write_text(FRONT + "Tencent fell 3.4% on Monday on profit-taking.\n")
    assert ingest(src, "--kg", kg) == 0
    new = snapshot(kg)
    assert len(new["files"]) == 2 and len(new["sources"]) == 2
    G = read_graph_json(kg)
    moves = [d for u, v, d in G.edges(data=True) if d["kind"] == "move" and u == "hkex-0700"]
    assert [(m["direction"], m["change_pct"]) for m in moves] == [("down", -3.4)]
    (gone,) = set(old["files"]) - set(new["files"])
    assert not any(gone.removesuffix(".json") in q for q in new["quads"])
    # the same result as ingesting only the new text
    fresh = tmp_path / "fresh"
    assert ingest(src, "--kg", fresh) == 0
    assert snapshot(fresh) == new


def test_ingest_order_does_not_matter(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    files = sorted(EXAMPLES.glob("*.txt"))
    for folder, part in ((a, files[:3]), (b, files[3:])):
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder / f.name)
    # the same text under a second name, in each half: stored once, with the smaller name's facts
    shutil.copy(files[0], b / "zz-copy.txt")
    assert ingest(a, "--kg", tmp_path / "ab") == 0 and ingest(b, "--kg", tmp_path / "ab") == 0
    assert ingest(b, "--kg", tmp_path / "ba") == 0 and ingest(a, "--kg", tmp_path / "ba") == 0
    assert ingest(a, b, "--kg", tmp_path / "all") == 0
    ab, ba, together = snapshot(tmp_path / "ab"), snapshot(tmp_path / "ba"), snapshot(tmp_path / "all")
    assert ab == ba == together
    assert len(ab["files"]) == 5 and len(ab["sources"]) == 6


def test_named_graphs_are_the_rdf_of_each_article_and_resolution_links_them(tmp_path, sample_facts):
    src, kg = tmp_path / "in", tmp_path / "kg"
    src.mkdir()
    (src / "a.txt").write_text(FRONT + "Zhongke Quantum rose 3.1% on Monday after a new contract win.\n")
    assert ingest(src, "--kg", kg) == 0
    assert "co-zhongke-quantum" in read_graph_json(kg)
    before = snapshot(kg)
    (src / "b.txt").write_text(FRONT + "Zhongke Quantum Co., Ltd. (1688.HK) jumped 5.2% on Tuesday in its debut.\n")
    assert ingest(src, "--kg", kg) == 0
    G = read_graph_json(kg)
    assert "co-zhongke-quantum" not in G and "hkex-1688" in G  # the resolved view merged them
    after = snapshot(kg)
    with open_kb(kg) as kb:
        ids = {f.article.source.rsplit("/", 1)[-1]: f.article.id for f in kb.all_facts()}
        base = kb.base
    graph_a = article_graph_iri(ids["a.txt"], base)
    # article a's named graph did not change when b arrived ...
    assert [q for q in before["quads"] if graph_a in q] == [q for q in after["quads"] if graph_a in q]
    # ... and the resolution graph says what graph.json merged
    store = pyoxigraph.Store.read_only(str(kg / "store"))
    query = f"""SELECT ?day WHERE {{
        GRAPH <{resolution_graph_iri(base)}> {{ ?alias <http://www.w3.org/2002/07/owl#sameAs> <{base}hkex-1688> }}
        GRAPH ?g {{ ?move <https://marketkg.org/ontology#subject> ?alias ;
                          <https://marketkg.org/ontology#tradingDay> ?day }} }}"""
    assert [str(r["day"].value) for r in store.query(query)] == ["2025-03-03"]
    del store
    # a named graph is that article's graph in the export of the article alone
    facts = sample_facts[0]
    exported = serialize(build_graph([facts]), "nq").decode("utf-8").splitlines()
    name = f"<{article_graph_iri(facts.article.id)}> ."
    assert sorted(article_nquads(facts).splitlines()) == [q for q in exported if q.endswith(name)]


def test_a_one_article_store_is_the_rdf_of_that_article(tmp_path, sample_facts):
    """Article graph + entities graph hold the whole RDF of the article, each triple once."""
    facts = sample_facts[1]
    src, kg = tmp_path / "in", tmp_path / "kg"
    src.mkdir()
    (src / "one.txt").write_text(facts.article.text)
    assert ingest(src, "--kg", kg, "--date", facts.article.published or "2025-11-21") == 0
    store = pyoxigraph.Store.read_only(str(kg / "store"))
    resolution = pyoxigraph.NamedNode(resolution_graph_iri())
    got = [str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in store if q.graph_name != resolution]
    with open_kb(kg) as kb:
        (stored,) = kb.all_facts()
    del store
    # the export of the article alone, read by the same store (which writes decimals its own way)
    want = pyoxigraph.Store()
    want.load(serialize(build_graph([stored]), "nt"), pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(got) == len(set(got)) > 100
    assert set(got) == {str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in want}


def test_graph_json_is_the_build_of_the_stored_facts(tmp_path, small_corpus):
    kg = tmp_path / "kg"
    assert main(["ingest", str(small_corpus), "--kg", str(kg), "--jobs", "2", "--quiet"]) == 0
    with open_kb(kg) as kb:
        facts = list(kb.all_facts())
        assert len(facts) == 60 and kb.named_graphs() == {f.article.id for f in facts}
    assert (kg / "graph.json").read_text() == to_graph_json(build_graph(facts))


def test_unreadable_input_is_named_and_the_rest_goes_in(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(FRONT + "Tencent rose 2.1% on Monday.\n")
    (src / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(src), "--kg", str(tmp_path / "kg"), "--jobs", "1", "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("marketkg: error: ") and "empty.txt" in err[0]
    assert len(list((tmp_path / "kg" / "articles").glob("*.json"))) == 1


def test_ingest_into_a_build_folder_says_which_files_are_stale_and_how_to_refresh_them(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(EXAMPLES), "--kg", str(out), "--jobs", "1", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "graph.html, graph.ttl, facts.jsonl" in err and "from the last build" in err
    assert f"marketkg html --kg {out} --out {out}/graph.html" in err
