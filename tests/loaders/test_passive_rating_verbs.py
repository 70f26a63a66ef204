"""Plain verbs that tell a broker's rating change in the passive (sentences written for these tests in
the style of Bloomberg's European movers and Nikkei Asia; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Movers\n\n" + text).investor_actions]


@pytest.mark.parametrize(("sentence", "action"), [
    ("Autoliv Inc. fell 2 percent. The air-bag maker was cut to “hold” from “buy” at Goldman Sachs.", "downgraded"),
    ("Autoliv Inc. fell 2 percent after it was lowered to neutral at Goldman Sachs.", "downgraded"),
    ("Autoliv Inc. rose 1.6 percent after it was raised to outperform from neutral at Goldman Sachs.", "upgraded"),
    ('Autoliv Inc., whose rating was also lowered by Goldman Sachs to "underweight," slipped 0.6%.', "downgraded"),
])
def test_a_passive_plain_verb_with_a_rating_is_a_rating_change(sentence, action):
    assert _actions(sentence) == [("Goldman Sachs", action, "Autoliv Inc.")]


@pytest.mark.parametrize("sentence", [
    "Autoliv Inc. fell 2 percent after its forecast was cut to $1 billion at the meeting.",
    "Autoliv Inc. fell 2 percent after its dividend was cut by the board.",
    "Autoliv Inc. fell 2 percent after its output target was lowered to a range at Goldman Sachs' urging.",
])
def test_a_passive_cut_without_a_rating_is_no_rating_change(sentence):
    # a guard (the code before reads these so too): a figure or nothing after the verb's 'to'
    assert [a for a in _actions(sentence) if a[1] in ("upgraded", "downgraded")] == []
