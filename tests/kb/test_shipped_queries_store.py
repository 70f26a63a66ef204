"""The shipped SPARQL queries on a knowledge base's store, where each article's facts sit in
its own named graph and two articles may give other figures for the same move."""
from __future__ import annotations

from pathlib import Path

from marketkg.exports.cli import main

# Two wraps of the same session that disagree on Baidu's figures; only the first gives a cause.
WITH_CAUSE = """---
published: 2025-11-21
---
Baidu rose 4.2% on Friday after JPMorgan upgraded the stock to overweight.
"""
WITHOUT_CAUSE = """---
published: 2025-11-21
---
Baidu fell 1.1% on Friday, giving up early gains.
"""


def _kb(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(WITH_CAUSE, encoding="utf-8")
    (articles / "b.txt").write_text(WITHOUT_CAUSE, encoding="utf-8")
    kg = tmp_path / "kg"
    assert main(["ingest", str(articles), "--kg", str(kg), "--quiet", "--jobs", "1"]) == 0
    return kg


def _rows(capsys, kg: Path, *argv: str) -> list[str]:
    capsys.readouterr()
    assert main(["sparql", *argv, "--kg", str(kg), "--format", "csv"]) == 0
    return capsys.readouterr().out.splitlines()[1:]


def test_driver_moves_gives_the_move_as_the_causes_own_article_states_it(tmp_path, capsys):
    kg = _kb(tmp_path)
    history = _rows(capsys, kg, "history", "--bind", "entity=Baidu")
    assert len(history) == 2 and {r.split(",")[2] for r in history} == {"up", "down"}  # both articles' figures
    rows = _rows(capsys, kg, "driver_moves", "--bind", "category=cat:analyst_rating")
    assert len(rows) == 1, rows  # not also paired with the other article's "fell 1.1%"
    assert rows[0].endswith(",up,4.2")


def test_driver_moves_leaves_the_figures_empty_for_a_cause_that_explains_no_move(tmp_path, capsys):
    # Baidu's cause has no move of Baidu's behind it; Alibaba's rise in the same article is no
    # figure of it (the query looks the move's figures up on the cause's own move only)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("---\npublished: 2025-11-21\n---\nBaidu was weighed down by "
                                    "worries over US tariffs, while Alibaba rose 2.1%.\n", encoding="utf-8")
    kg = tmp_path / "kg"
    assert main(["ingest", str(articles), "--kg", str(kg), "--quiet", "--jobs", "1"]) == 0
    rows = [r.split(",") for r in _rows(capsys, kg, "driver_moves")]
    assert len(rows) == 1, rows
    category, driver, entity, day, direction, change = rows[0]
    assert (day, direction, change) == ("2025-11-21", "", "")
    history = _rows(capsys, kg, "history", "--bind", f"entity={entity}")
    assert history == []  # the cause's entity has no move of its own
