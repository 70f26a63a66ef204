"""Figure forms of VOA and AP wraps: every member of "the S&P 500, the Dow and the Nasdaq all
fell", a mixed fraction ("2 1/2 percent"), and a percent restating points after "by the close".
Sentences written in the style of VOA and AP."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.id, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize("text", [
    "The S&P 500, the Dow and the Nasdaq all fell 1.4%.",
    "Wall Street fell, with the S&P 500, the Dow and the Nasdaq each losing 1.4%.",
])
def test_every_member_of_a_list_with_the_before_each_moves(text):
    assert sorted(_moves(text)) == [("idx-djia", -1.4), ("idx-ixic", -1.4), ("idx-spx", -1.4)]


def test_a_comma_and_the_before_a_lone_subject_is_no_list():
    moves = _moves("On Wall Street, the Dow slid 2.2%.")
    assert moves == [("idx-djia", -2.2)]


@pytest.mark.parametrize("text, value", [("fell more than 2 1/2 percent", 2.5), ("up 3 3/4%", 3.75)])
def test_a_mixed_fraction_is_one_figure(text, value):
    assert [q.value for q in find_quantities(text) if q.kind == "PERCENT"] == [value]


def test_a_bare_fraction_is_not_read_as_its_denominator():
    assert [q.value for q in find_quantities("rose 1/2 percent") if q.kind == "PERCENT"] == []


def test_a_percent_restating_points_after_by_the_close():
    assert _moves("The Dow Jones industrials lost 472 points by the close, shedding 1.4 percent.") \
        == [("idx-djia", -1.4)]
