"""Two names the lists and the gazetteer lost: "the" before a list's last name (in the Christian Science Monitor's
style, "The Russell 2000 and the Nasdaq followed a similar pattern, rising 2.9 and 1.7 percent, respectively", the
425th set), and a currency's word that opens a company's name (Lagos' "Sterling Bank", "Sterling Financial
Holdings", left by review 80), while "Sterling fell 0.5%" stays the pound's move.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow rose 2.4%. The Russell 2000 and the Nasdaq followed suit, rising 2.9% and 1.7%, respectively.",
     [("Dow Jones Industrial Average", "up", 2.4), ("Russell 2000", "up", 2.9), ("Nasdaq Composite", "up", 1.7)]),
    ("Sterling Bank fell 4.8% to close at N2.10.", [("Sterling Bank", "down", -4.8)]),
    ("Sterling Financial Holdings rose 5% on Tuesday.", [("Sterling Financial Holdings", "up", 5.0)]),
    ("Sterling fell 0.5% against the dollar.", [("British pound", "down", -0.5)]),
])
def test_moves(text, expected):
    assert [m[:3] for m in moves_and_causes(text, published="2009-07-15")[0]] == expected
