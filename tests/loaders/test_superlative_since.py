"""'since' after a superlative dates the record, not a span: 'rose 1% to its highest close since
1990' and 'had its worst day since 2020' are the day's moves; 'has risen 10% since March' is a
span. Sentences written in the style of Reuters and AP."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Nikkei rose 1% to its highest close since 1990.",
    "The Nikkei rose 1.2% to its highest level since March.",
])
def test_a_superlative_since_keeps_the_days_date(text):
    assert [m.date for m in facts_of(text).moves] == ["2025-03-05"]


@pytest.mark.parametrize("text", ["The Nikkei has risen 10% since March.",
                                  "The Nikkei rose 2% since the interest rate cut in March."])
def test_since_right_after_the_figure_is_a_span(text):
    assert [m.date for m in facts_of(text).moves] == [None]


def test_worst_day_since_is_a_dated_figureless_move_with_its_cause():
    facts = facts_of("NEW YORK (AP) — U.S. stocks had their worst day since 2022 on Thursday after a surprise jump "
                     "in inflation sent a chill through markets worldwide.", published="2025-04-04")
    assert [(c.effect.id, c.date) for c in facts.causes] == [("market-us", "2025-04-03")]
