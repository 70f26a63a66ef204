"""An aside set off by dashes or brackets between a subject and its verb, and "Google parent
Alphabet" inside a list of subjects. Sentences written in the style of AFP and Al Jazeera wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize("text", [
    "The S&P 500 – a gauge of US retirement savings – closed down 3.52 percent.",
    "The S&P 500 — a gauge of US retirement savings — also closed down 3.52 percent.",
    "The S&P 500 (a gauge of US retirement savings) closed down 3.52 percent.",
])
def test_the_name_before_the_aside_is_the_subject(text):
    assert _moves(text) == [("S&P 500", -3.52)]


def test_a_figure_inside_the_aside_is_its_own():
    assert _moves("The Nasdaq (up 20% this year) closed 1.1% lower.") == []


def test_the_owner_named_before_a_company_does_not_end_the_list():
    moves = _moves("Facebook, Twitter and Google parent Alphabet all fell 2 percent.")
    assert len(moves) == 3 and moves[-1][0].startswith("Alphabet")
    assert {pct for _, pct in moves} == {-2.0}


def test_the_owner_is_no_subject_of_its_own():
    assert [name for name, _ in _moves("Gucci owner Kering fell 3%.")] == ["Kering"]
