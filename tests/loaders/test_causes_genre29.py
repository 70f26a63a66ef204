"""Moves the 239th-242nd sets showed wrong: Bloomberg's "as exporters climbed on a weaker yen and SoftBank Corp.
advanced" read "a weaker yen" as a mover beside SoftBank; and a Rediff statistic with its month ("IIP rose 2.4
percent in May from a year earlier"), the only trap hit of the four sets' first read.

Sentences were written for these tests in the styles of Bloomberg and Rediff, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str, published: str = "2014-07-14"):
    return facts_of(text, published=published)


def test_a_weaker_currency_is_no_mover():
    facts = _facts("Japanese stocks rose, as exporters climbed on a weaker yen and SoftBank Corp. advanced.")
    assert "Japanese yen" not in {m.entity.name for m in facts.moves}
    assert "SoftBank Group" in {m.entity.name for m in facts.moves}
    # (a guard: the currency's own move)
    assert [(m.entity.name, m.change_pct) for m in _facts("The stronger yen fell 2% against the dollar.").moves] == [
        ("Japanese yen", -2.0)]


def test_a_statistic_with_its_month_on_the_year():
    assert not _facts("Data showed IIP rose 2.4 percent in May from a year earlier.", published="2012-07-12").moves
    # (a guard: an index's move on the year is a move over the period)
    assert [(m.entity.name, m.date) for m in _facts("The Sensex rose 2.4 percent in May from a year earlier.",
                                                    published="2012-07-12").moves] == [("BSE Sensex", None)]
