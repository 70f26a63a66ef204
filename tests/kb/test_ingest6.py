"""Ingest, sixth round: an article's N-Quads made for less CPU, and fewer of them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketkg.exports import rdf
from marketkg.graph.build import build_graph
from marketkg.graph.resolve import merge_entity
from marketkg.ontology.enums import EntityType
from marketkg.ontology.models import ArticleFacts, Entity


def _generic_nquads(G, article: str, base: str) -> str:
    """An article's N-Quads as the generic emitter lays them out (what the fast path replaced)."""
    emitter = rdf._Emitter(G, base, rdf._NtTerms(), None, part="articles")
    name = emitter.graph(article)
    return "".join(dict.fromkeys(f"{s} {p} {o} {name} .\n" for s, p, o in dict(emitter.run())[name]))


def _hostile(f: ArticleFacts) -> ArticleFacts:
    """The same facts with text that needs escaping in N-Triples and in IRIs."""
    text = 'Tencent "rose"\\ 2%\n\r\t\x00\x7f\u2028 é 中文'
    art = f.article.model_copy(update={"title": text, "outlet": text, "id": "id with space/slash#"})
    return f.model_copy(update={"article": art})


@pytest.mark.parametrize("base", ["https://marketkg.org/id/", "http://example.org/kb/x%20y/"])
def test_an_articles_nquads_are_the_generic_emitters_byte_for_byte(sample_facts, base):
    """The fast writer of one article's graph gives the very lines, in the very order, the
    generic emitter gives, escapes and percent-encoded IRIs included."""
    checked = 0
    for f in [*sample_facts, *map(_hostile, sample_facts)]:
        G = build_graph([f], reference_members=False)
        mine = rdf.article_nquads(G, f.article.id, base=base)
        assert mine == _generic_nquads(G, f.article.id, base)
        checked += mine.count("\n")
    assert checked > 100


def test_an_article_not_in_the_graph_has_no_nquads(sample_facts):
    G = build_graph([sample_facts[0]])
    assert rdf.article_nquads(G, "no-such-article") == ""


# -- merging an entity with itself returns it, not a copy ---------------------------------------

_names = st.sampled_from(["Acme", "Acme Motors", "ACME Motors Ltd", "Beta"])
_entity = st.builds(Entity, id=st.just("co-acme"), name=_names, type=st.just(EntityType.COMPANY),
                    ticker=st.sampled_from([None, "", "1234.HK"]), aliases=st.lists(_names, max_size=3).map(tuple))


@settings(max_examples=300, deadline=None)
@given(_entity, _entity)
def test_merging_gives_what_the_copy_gave(a, b):
    """merge_entity returns an entity equal to the model copy it always made, and the very
    entity kept when nothing new is pooled (the build's common case: an entity seen again)."""
    keep = a if (a.ticker or not b.ticker) else b
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) | {a.name, b.name} - {keep.name}))
    merged = merge_entity(a, b)
    assert merged == keep.model_copy(update={"aliases": aliases})
    assert merged.model_dump_json() == keep.model_copy(update={"aliases": aliases}).model_dump_json()
    once = merge_entity(a, a)
    assert merge_entity(once, once) is once


def test_the_texts_kept_across_articles_change_no_byte(sample_facts, monkeypatch):
    """IRIs and short literals kept from one article to the next (and forgotten when the
    store of them is full) give each article the lines it gets on its own."""
    graphs = [(build_graph([f], reference_members=False), f.article.id) for f in sample_facts]
    alone = []
    for G, ident in graphs:
        rdf._texts.cache_clear()
        alone.append(rdf.article_nquads(G, ident))
    rdf._texts.cache_clear()
    monkeypatch.setattr(rdf, "_KEPT", 3)  # full after three of each: cleared again and again
    assert [rdf.article_nquads(G, ident) for G, ident in graphs] == alone
    monkeypatch.undo()
    rdf._texts.cache_clear()
    assert [rdf.article_nquads(G, ident) for G, ident in graphs * 2] == alone * 2
    assert len(rdf._texts("https://marketkg.org/id/")[1]) > 0  # kept across articles
