"""'on the back of an upgrade from JPMorgan', 'after being downgraded by Citi to sell': the broker
named after the rating word is the actor and the sentence's mover its target. 'Reckitt
Benckiser' is Reckitt. Written in the style of the Guardian's and Reuters' London reports."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.investor.id, a.action.value, a.target.id if a.target else None, a.rating_to)
            for a in facts_of(text).investor_actions]


@pytest.mark.parametrize("text, expected", [
    ("Reckitt Benckiser rose 2.7% on the back of an upgrade from JPMorgan.",
     [("inv-jpmorgan", "upgraded", "tkr-rkt-l", None)]),
    ("Reckitt fell 2.7% after being downgraded by Citi to sell.",
     [("inv-citi", "downgraded", "tkr-rkt-l", "sell")]),
])
def test_a_broker_after_the_rating_word_is_the_actor(text, expected):
    assert _actions(text) == expected


def test_a_broker_before_the_rating_word_still_reads():
    assert _actions("Reckitt rose 2.7% after JPMorgan upgraded the stock to overweight.") == [
        ("inv-jpmorgan", "upgraded", "tkr-rkt-l", "overweight")]
