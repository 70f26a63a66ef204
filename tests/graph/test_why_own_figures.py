"""When articles disagree on a move's figure, `why` shows each cause with the figure its own
article states, from the graph and from a knowledge base's view alike (on generated data a
cause said "slipped 4.12%" beside the day's move "+4.83%" from another article)."""
from __future__ import annotations

from marketkg.graph.build import build_graph
from marketkg.graph.view import GraphAnswers, open_view
from marketkg.graph.view_file import write_view
from marketkg.loaders.extract import extract
from marketkg.loaders.sources import article_from_text


def _graph():
    texts = {"a.txt": "Tencent rose 4.83% after a JPMorgan upgrade.",
             "b.txt": "Tencent rose 4.12% on hopes of new game approvals."}
    return build_graph([extract(article_from_text(t, source=s, published="2025-03-05")) for s, t in texts.items()])


def test_each_cause_shows_its_own_articles_figure(tmp_path):
    G = _graph()
    write_view(G, tmp_path / "view.sqlite")
    for answers in (GraphAnswers(G), open_view(tmp_path)):
        figures = {r["causes"][0]: r["move"]["change_pct"] for r in answers.why("Tencent")}
        assert figures == {"a JPMorgan upgrade": 4.83, "hopes of new game approvals": 4.12}


def test_an_agreed_move_keeps_its_one_figure():
    G = build_graph([extract(article_from_text("Tencent rose 4.83% after a JPMorgan upgrade.", source="a.txt",
                                               published="2025-03-05"))])
    assert [r["move"]["change_pct"] for r in GraphAnswers(G).why("Tencent")] == [4.83]
