"""Moves in more wordings of the wires (sentences written for these tests in the styles of AP,
Reuters and Nikkei Asia; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a sector noun right before the names only describes them: the names moved, not the sector
    ("Automakers Toyota and Honda fell 1.5% and 2.2%, respectively.", [("Toyota Motor", -1.5), ("Honda", -2.2)]),
    ("Banks HSBC and Standard Chartered rose 1% each.", [("HSBC Holdings", 1.0), ("Standard Chartered", 1.0)]),
])
def test_a_sector_describing_the_names_is_no_move_of_its_own(sentence, expected):
    assert _moves("Stocks mixed\n\n" + sentence) == expected


def test_a_sector_named_with_examples_still_moves():
    # "Gold miners like A and B rallied": the group is the subject, the names are examples of it
    moves = _moves("Stocks mixed\n\nGold miners like Zijin Mining and Zhaojin Mining rallied 4% on Tuesday.")
    assert ("Metals and mining", None) in moves and ("Zijin Mining Group", 4.0) in moves
