"""Moves the 432nd and 433rd sets wrote in shapes the rules did not read: a verb with "down" before its percent
(the Advertiser's "BHP lagged down 0.58 per cent"), a level in whole points ("closed at 654 points", Athens and
Cyprus wraps), the change after a close brought by "recording a 2.08% rise", any adjective before the noun of
"closed with a remarkable increase of 10.52%", "finished heavily in the green", and a relative clause's "which
managed to gain 0.8%".

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Rio Tinto shares dropped 0.66 per cent to $110.02 and BHP lagged down 0.58 per cent to $37.56.",
     [("Rio Tinto", "down", -0.66, 110.02), ("BHP Group", "down", -0.58, 37.56)]),
    ("Fortescue slipped down 1.2 per cent to $18.40.", [("Fortescue", "down", -1.2, 18.4)]),
    ("The ATHEX index closed at 654 points, up 2.08%.", [("Athens General Composite", "up", 2.08, 654.0)]),
    ("The ATHEX index closed at 654 points in its Tuesday session, recording a 2.08% rise.",
     [("Athens General Composite", "up", 2.08, 654.0)]),
    ("The Kospi closed at 2,412.58 points, posting a gain of 0.4 percent.", [("KOSPI", "up", 0.4, 2412.58)]),
    ("Ericsson closed with a remarkable increase of 10.52%.", [("Ericsson", "up", 10.52, None)]),
    ("The broader All Ordinaries also finished heavily in the green up 61.30 points or 0.73 per cent to 8,457.30.",
     [("All Ordinaries", "up", 0.73, 8457.3)]),
    ("The lone bright spot was Redeia, which managed to gain 0.8%.", [("Redeia", "up", 0.8, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-05-23")[0] == expected


@pytest.mark.parametrize("text", [
    "The index fell 20 points to 654 points.",  # two whole-points figures: no percent, no move
    "Ericsson closed with an annual increase of 10.52%.",  # a span's change
    "Analysts said Samsung, which is expected to gain 14% this year, is cheap.",  # a forecast
])
def test_no_move(text):
    assert [m for m in moves_and_causes(text, published="2025-05-23")[0] if m[2] is not None] == []
