"""A passive rating change with an adverb ("was also downgraded to sell by Stifel") or a relative clause
between the company and its verb ("Hammerson, which owns shopping centres, was downgraded") rates that
company, not the one the sentence before moved (sentences written for these tests in the style of the
Evening Standard; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text, published="2024-05-15").investor_actions]


def test_an_adverb_inside_the_passive():
    assert _actions("Purplebricks fell 5%. Hammerson was also downgraded to sell by Stifel.") == [
        ("Stifel", "downgraded", "Hammerson")]


def test_a_relative_clause_before_the_passive():
    assert _actions("Purplebricks fell 5%. Hammerson, which owns shopping centres, was also downgraded to sell "
                    "by Stifel.") == [("Stifel", "downgraded", "Hammerson")]
    assert _actions("Purplebricks fell 5%. Hammerson, which owns shopping centres, was downgraded at Stifel.") == [
        ("Stifel", "downgraded", "Hammerson")]


def test_a_passive_without_a_subject_of_its_own_rates_the_mover():
    # (a guard: "after it was downgraded" rates the stock that moved)
    assert _actions("Baidu rose 3% after it was downgraded at Nomura.") == [("Nomura", "downgraded", "Baidu Inc")]


def test_a_relative_clause_of_another_name_is_not_the_subject():
    # (guards from the review: the name before ", which" is not the sentence's subject)
    for text in ("Sainsbury's, unlike Tesco, which kept its buy rating, was downgraded to sell by UBS.",
                 "Persimmon, a rival of Barratt, which reported weak sales on Tuesday, was downgraded to hold by "
                 "Jefferies."):
        assert all(a[2] not in ("Tesco", "Barratt Developments") for a in _actions(text)), text
