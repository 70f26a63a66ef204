"""The round's second batch, the 609th to 616th blind sets: wordings that its first read missed (a signed figure after
the last name of a bracketed list, "diminished", an old name of the CSI 300).

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str) -> list[tuple]:
    return moves_and_causes(text, published="2019-05-14")[0]


@pytest.mark.parametrize("text, expected", [
    # a signed figure after each name of a list a bracket opened, the last one's before its closing bracket
    ("Losers included several energy names (Kestrel -2.05% and Osprey -0.47%) and industry (Finch -1.36% and Wren "
     "-0.82%).", [("Kestrel", "down", -2.05, None), ("Osprey", "down", -0.47, None), ("Finch", "down", -1.36, None),
                  ("Wren", "down", -0.82, None)]),
    # a bracket of another kind before the name: no list
    ("Kestrel (up 20% this year) and Osprey -0.47% fell.", [("Osprey", "down", -0.47, None)]),
    # a translated close's "diminished", with its figure only
    ("Osprey diminished 1.74%.", [("Osprey", "down", -1.74, None)]),
    ("Demand diminished sharply.", []),
    # the CSI 300 by its longer name
    ("China's Shanghai and Shenzhen 300 Index slid 4.1 percent.", [("CSI 300 Index", "down", -4.1, None)]),
])
def test_the_second_batchs_wordings(text, expected):
    assert _moves(text) == expected
