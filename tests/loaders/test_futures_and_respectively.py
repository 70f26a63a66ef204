"""A futures quote is not the index's move ("In futures trading, the Dow Jones is up 0.8 percent",
"S&P 500 futures slipped 0.2%"); "closed 2.1 percent and 1.3 percent higher, respectively" gives
each subject its own figure. Sentences written in the style of VOA and Reuters."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return sorted((m.entity.id, m.change_pct) for m in facts_of(text).moves)


@pytest.mark.parametrize("text", [
    "In futures trading, the Dow Jones is up 0.8 percent, the S&P 500 is 0.4 percent higher.",
    "S&P 500 futures slipped 0.2%.",
])
def test_a_futures_quote_is_no_index_move(text):
    assert _moves(text) == []


def test_the_index_beside_a_futures_quote_still_moves():
    assert _moves("Dow futures rose 0.3%, while the Nikkei rose 1%.") == [("idx-n225", 1.0)]


def test_futures_named_after_the_move_leave_it_alone():
    assert _moves("The Nikkei fell 1% as U.S. futures slid.") == [("idx-n225", -1.0)]


def test_crude_futures_are_crude():
    assert [m.entity.type.value for m in facts_of("Crude futures rose 2% to $80.10 a barrel.").moves] == ["commodity"]


@pytest.mark.parametrize("text, expected", [
    ("Meanwhile, the indexes in Tokyo and Sydney closed 2.1 percent and 1.3 percent higher, respectively.",
     [("idx-asx200", 1.3), ("idx-n225", 2.1)]),
    ("The Nikkei and the Kospi closed 2.1 percent and 1.3 percent lower, respectively.",
     [("idx-kospi", -1.3), ("idx-n225", -2.1)]),
])
def test_closed_with_figures_listed_before_the_direction(text, expected):
    assert _moves(text) == expected
