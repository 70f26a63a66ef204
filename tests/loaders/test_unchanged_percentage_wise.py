"""'Unchanged percentage-wise (0.06%)': the bracketed figure is the day's move, signed as printed or
else in the direction of the points before it; 'after earning 1.74 points' is the day's course,
not a cause. Sentences from VOA's Asian and European market reports (public domain)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, str, float | None]]:
    return [(m.entity.id, m.direction.value, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize("text, expected", [
    # "Asian Markets Fall Tuesday" (VOA, public domain)
    ("Singapore’s Composite lost 1.8 points, but was unchanged percentage-wise (0.06%).",
     [("idx-sti", "down", -0.06)]),
    # dev 30_voa-european-markets-strong-start-2021-2021-01-04 (VOA, public domain)
    ("Brent crude oil was unchanged percentage-wise (+0.04%), selling at $51.82 per barrel.",
     [("cmd-brent", "up", 0.04)]),
    # "European Markets Close Out Final Week of 2020" (VOA, public domain)
    ("South Korea’s KOSPI index was also unchanged (+0.06) after earning 1.74 points.",
     [("idx-kospi", "up", 0.06)]),
])
def test_the_bracketed_figure_of_an_unchanged_index_is_its_move(text, expected):
    assert _moves(text) == expected


def test_unchanged_with_no_bracket_stays_flat():
    # dev 11_voa-asian-markets-higher-despite-us-drop-2020-10-07 (VOA, public domain)
    moves = _moves("The benchmark Nikkei index in Japan lost nearly 11 points, but was unchanged percentage-wise.")
    assert moves == [("idx-n225", "flat", 0.0)]


def test_earning_points_after_unchanged_is_no_cause():
    facts = facts_of("South Korea’s KOSPI index was also unchanged (+0.06) after earning 1.74 points.")
    assert facts.causes == ()
