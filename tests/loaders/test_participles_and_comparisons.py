"""A participle with the figure after a clause whose past verb has no -ed ("got caught up in the melee,
falling 5%") or after "by" ("led the losses by dropping 3 percent"); a figure compared with something
else ("6.2 percent higher than the average over the past 20 days") is no move.

Sentences written for these tests in the styles of the Evening Standard, Xinhua and Bloomberg (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Stocks close\n\n" + text + "\n").moves]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rival British American Tobacco got caught up in the selling, falling 4%.", [("British American Tobacco", -4.0)]),
    ("Tencent led the losses by dropping 3 percent.", [("Tencent Holdings", -3.0)]),
])
def test_the_participles_figure_is_the_subjects(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize("text", [
    "The volume of shares traded in companies listed on the DAX was 6.2 percent higher than the average over the "
    "past 20 days.",
    "Shares of Tesla were 5 percent higher than their offer price.",
])
def test_a_comparison_is_no_move(text):
    assert _moves(text) == []


def test_a_day_figure_with_higher_is_still_a_move():
    # (a guard: "higher at the close" compares nothing)
    assert _moves("The DAX was 1.2 percent higher at the close.") == [("DAX", 1.2)]


def test_had_its_worst_week_is_no_clause_for_the_days_figure():
    # (the week's slump; "had" opens no clause whose participle is the day's move)
    assert _moves("Apple supplier AAC Technologies Holdings had its worst week in over a year, slumping 14% before "
                  "trading was halted.") == []
