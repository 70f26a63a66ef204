"""A figure that measures a distance from a peak or a trough is no day's move (sentences written
for these tests in the style of AP; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize("sentence", [
    "U.S. stocks ended steeply lower Thursday, pushing the S&P 500 index more than 12 percent off its recent peak.",
    "Selling dragged the Nasdaq 20 percent below its record.",
])
def test_a_distance_from_a_peak(sentence):
    assert all(pct is None for _, pct in _moves(sentence))


def test_the_days_move_in_a_later_sentence_stands():
    text = ("U.S. stocks ended steeply lower Thursday, pushing the S&P 500 index more than 12 percent off its recent "
            "peak. The S&P 500 index slid 64.15 points, or 3.2 percent, to 1,958.40.")
    assert _moves(text) == [("S&P 500", -3.2)]


def test_a_knock_on_figure_stands():
    assert _moves("Weak earnings dragged the Nasdaq 2 percent lower.") == [("Nasdaq Composite", -2.0)]


def test_a_knock_on_stock_of_the_company_named_before():
    # CNBC's "The numbers sent the stock up by 1.6%": the company of the sentence before
    moves = _moves("Johnson & Johnson beat forecasts for quarterly earnings. The numbers sent the stock up by 1.6%.")
    assert moves == [("Johnson & Johnson", 1.6)]
