"""Two names the lists and the gazetteer lost: "the" before a list's last name (the Christian Science Monitor's "The
Standard & Poor's 500 index and the Nasdaq followed a similar pattern, rising 3.0 and 3.5 percent, respectively", the
425th set), and a currency's word that opens a company's name (Lagos' "Sterling Bank", "Sterling Financial
Holdings", left by review 80), while "Sterling fell 0.5%" stays the pound's move.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow rose 2%. The S&P 500 and the Nasdaq followed suit, rising 1.8% and 2.6%, respectively.",
     [("Dow Jones Industrial Average", "up", 2.0), ("S&P 500", "up", 1.8), ("Nasdaq Composite", "up", 2.6)]),
    ("Sterling Bank fell 4.8% to close at N2.10.", [("Sterling Bank", "down", -4.8)]),
    ("Sterling Financial Holdings rose 5% on Tuesday.", [("Sterling Financial Holdings", "up", 5.0)]),
    ("Sterling fell 0.5% against the dollar.", [("British pound", "down", -0.5)]),
])
def test_moves(text, expected):
    assert [m[:3] for m in moves_and_causes(text, published="2009-07-15")[0]] == expected
