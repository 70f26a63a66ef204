"""Ingest, fifth round: the views of a knowledge base built with less work, the same bytes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marketkg.graph import build
from marketkg.ontology.enums import EntityType
from marketkg.ontology.models import Entity

_NAMES = ["Acme", "Acme Motors", "ACME Motors Ltd", "Beta"]
_entities = st.builds(
    Entity, id=st.sampled_from(["co-acme", "hkex-1234"]), name=st.sampled_from(_NAMES),
    type=st.just(EntityType.COMPANY), ticker=st.sampled_from([None, "", "1234.HK", "9999.HK"]),
    aliases=st.lists(st.sampled_from(_NAMES), max_size=3).map(tuple))


def _nodes(mentions: list[tuple[Entity, str]], remap: dict[str, str]) -> dict[str, dict[str, object]]:
    builder = build._Builder(remap)
    for entity, article in mentions:
        builder.node(entity, article)
    return {n: dict(d) for n, d in builder.G.nodes(data=True)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_entities, st.sampled_from(["a1", "a2", "a3"])), max_size=12),
       st.sampled_from([{}, {"co-acme": "hkex-1234"}]))
def test_an_entity_merged_again_is_skipped_with_the_same_node(mentions, remap):
    """Skipping the merge of an entity already merged into a node (the build's fast path)
    gives the node data the full merge gives, whatever the order of the mentions."""
    fast = _nodes(mentions, remap)
    original = build._signature
    try:  # every mention its own signature: the merge is never skipped
        build._signature = lambda entity: (object(),)
        slow = _nodes(mentions, remap)
    finally:
        build._signature = original
    assert fast == slow


# -- the last spool is loaded in pieces, beside the views ---------------------------------------

def test_pieces_end_at_line_ends_and_make_the_whole_file(tmp_path):
    from marketkg.graph.store import _pieces

    lines = [f"<a{i}> <b> \"{'x' * (i % 13)}\" <g> .\n".encode() for i in range(200)]
    path = tmp_path / "spool.nq"
    path.write_bytes(b"".join(lines))
    pieces = list(_pieces(str(path), 100))
    assert len(pieces) > 10
    assert all(p.endswith(b" .\n") for p in pieces)
    assert b"".join(pieces) == path.read_bytes()


def test_the_last_load_in_small_pieces_gives_the_same_folder(tmp_path, small_corpus, monkeypatch):
    from marketkg.exports.cli import main
    from marketkg.graph import store
    from tests.kb.conftest import snapshot

    whole, pieces = tmp_path / "whole", tmp_path / "pieces"
    monkeypatch.setattr(store, "LAST_LOAD_PIECE", 1 << 30)
    assert main(["ingest", str(small_corpus), "--kg", str(whole), "--jobs", "1", "--quiet"]) == 0
    loads = []
    monkeypatch.setattr(store, "LAST_LOAD_PIECE", 300_000)
    real_pieces = store._pieces
    monkeypatch.setattr(store, "_pieces", lambda path, size: (loads.append(size), real_pieces(path, size))[1])
    assert main(["ingest", str(small_corpus), "--kg", str(pieces), "--jobs", "1", "--quiet"]) == 0
    assert loads == [300_000]  # the last spool (all 60 articles, ~5 MB) in pieces
    assert snapshot(pieces) == snapshot(whole)


def test_a_writer_dying_half_way_through_the_last_load_loses_no_graph(tmp_path, small_corpus):
    from tests.kb.test_store_spool import _die, _graphs_whole

    kg = tmp_path / "kg"
    # the views are written beside the last load; the writer dies after its first piece
    patch = ("store.LAST_LOAD_PIECE = 3000\n"
             "real = store._pieces\n"
             "def first(path, size):\n"
             "    for n, piece in enumerate(real(path, size)):\n"
             "        if n == 1:\n"
             "            os._exit(9)\n"
             "        yield piece\n"
             "store._pieces = first")
    _die(small_corpus, kg, patch)
    assert len(list((kg / "articles").glob("*.json"))) == 60
    assert len(_graphs_whole(kg)) == 60


# -- graph.json written beside view.sqlite, each evidence sentence encoded once -----------------

def _tricky_graph():
    import networkx as nx

    G = nx.MultiDiGraph(articles={"a1": {"source": 'x"evidence":"\x00evidence\x00"'}})
    G.add_node("n1", name='say "evidence":"\x00evidence\x00" \\', articles=["a1"])
    G.add_node("n2", name="two")
    sentence = 'He said "evidence":"\x00evidence\x00", then \\"evidence\\":[1]}'
    G.add_edge("n1", "n2", key="move:n1:d", kind="move", direction="up", reports=[{"article": "a1"}],
               evidence=[{"article": "a1", "sentence": sentence, "start": 0, "end": 9},
                         {"article": "a1", "sentence": "\x00evidence\x00", "start": 10, "end": 12}])
    G.add_edge("n1", "n2", key="member:n1:n2", kind="member_of", origin="reference", evidence=[])
    G.add_edge("n2", "n1", key="security_of:n2", kind="security_of")
    G.add_edge("n2", "n1", key="odd", kind="cause", evidence=None, zz='"evidence":"\x00evidence\x00"')
    return G


def test_graph_json_written_beside_the_view_is_the_same_bytes(tmp_path):
    from marketkg.exports.cli_kb import write_views
    from marketkg.exports.graph_json import to_graph_json

    G = _tricky_graph()
    write_views(G, tmp_path)
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == to_graph_json(G)
    assert (tmp_path / "view.sqlite").exists()


def test_graph_json_beside_the_view_refuses_a_lone_surrogate_as_before(tmp_path):
    import pytest

    from marketkg.exports.cli_kb import write_views
    from marketkg.exports.graph_json import write_graph_json
    from marketkg.ontology.errors import ExportError

    G = _tricky_graph()
    G.edges["n1", "n2", "move:n1:d"]["evidence"][1]["sentence"] = "bad \ud800 text"
    with pytest.raises(ExportError) as old:
        write_graph_json(G, tmp_path / "old.json")
    with pytest.raises(ExportError) as new:
        write_views(G, tmp_path)
    assert str(new.value) == str(old.value).replace("old.json", "graph.json")
    assert list(tmp_path.iterdir()) == []  # neither file, nor a temporary one


# -- the alias pass reads the companies the commits kept, not every article file ----------------

def _alias_inputs(kg):
    """(from the index rows, from the article files) of a folder: what the alias pass reads."""
    import sqlite3

    from marketkg.graph.resolve import company_alias_map, stored_companies

    db = sqlite3.connect(kg / "index.sqlite")
    rows = dict(db.execute("SELECT article_id, data FROM companies"))
    ids = [r[0] for r in db.execute("SELECT article_id FROM articles ORDER BY article_id")]
    db.close()
    return rows, ids, company_alias_map, stored_companies


def test_the_companies_kept_by_the_index_are_those_of_the_article_files(tmp_path, small_corpus):
    import json

    from marketkg.exports.cli import main

    kg = tmp_path / "kg"
    assert main(["ingest", str(small_corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    rows, ids, alias_map, stored = _alias_inputs(kg)
    assert sorted(rows) == ids  # one row per stored article, none for anything else
    for ident in ids:
        from_file = list(stored((kg / "articles" / f"{ident}.json").read_bytes()))
        assert [(i, n, tuple(a)) for i, n, a in json.loads(rows[ident])] == list(dict.fromkeys(
            (i, n, tuple(a)) for i, n, a in from_file))
    assert alias_map(c for i in ids for c in json.loads(rows[i])) == alias_map(
        c for i in ids for c in stored((kg / "articles" / f"{i}.json").read_bytes()))


def test_views_without_the_kept_companies_are_the_same(tmp_path, small_corpus):
    """A folder whose index has no companies rows (made before them, or recovered) reads the
    article files instead, and writes the same views."""
    import sqlite3

    from marketkg.exports.cli import main
    from marketkg.exports.cli_kb import open_kb

    kg = tmp_path / "kg"
    assert main(["ingest", str(small_corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    before = (kg / "graph.json").read_bytes(), (kg / "view.sqlite").read_bytes()
    db = sqlite3.connect(kg / "index.sqlite")
    db.execute("DELETE FROM companies WHERE rowid % 2 = 0")
    db.commit()
    db.close()
    (kg / "graph.json").unlink()
    with open_kb(kg) as kb:
        kb.refresh_views()
    assert ((kg / "graph.json").read_bytes(), (kg / "view.sqlite").read_bytes()) == before


def test_a_replaced_article_takes_its_companies_row_with_it(tmp_path, small_corpus):
    import shutil

    from marketkg.exports.cli import main

    corpus = tmp_path / "corpus"
    shutil.copytree(small_corpus, corpus)
    kg = tmp_path / "kg"
    assert main(["ingest", str(corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    first = sorted(corpus.glob("*.jsonl"))[0]
    first.write_text(first.read_text().replace("Hong Kong", "HK"))  # new texts under the same sources
    assert main(["ingest", str(corpus), "--kg", str(kg), "--jobs", "1", "--quiet"]) == 0
    rows, ids, _, _ = _alias_inputs(kg)
    assert sorted(rows) == ids


# -- an article's N-Quads are made without the reference memberships it never holds -----------

def test_an_articles_nquads_are_those_of_its_whole_graph(sample_facts, small_corpus):
    from marketkg.exports import rdf
    from marketkg.exports.cli_kb import article_nquads
    from marketkg.graph.build import build_graph
    from marketkg.loaders.extract import extract_many
    from marketkg.loaders.sources import iter_articles

    facts = [*sample_facts, *extract_many(iter_articles([small_corpus]))]
    members = 0
    for f in facts:
        whole = build_graph([f])
        members += sum(1 for *_, d in whole.edges(data=True) if d.get("origin") == "reference")
        assert article_nquads(f) == rdf.article_nquads(whole, f.article.id)
    assert members > 50  # the articles' companies have reference sectors and indices


def test_a_spark_partitions_records_keep_the_companies():
    """What a partition returns (graph/spark.py: a tuple of the fields) makes the same record,
    companies included, on the driver."""
    from marketkg.graph.spark import _fields
    from marketkg.graph.store import Extracted

    e = Extracted("a.txt", "abc", "{}", "<a> <b> <c> <d> .\n", 12, 0.5, 0.25, None, '[["co-x","X",[]]]')
    assert Extracted(*_fields(e)) == e
