"""More moves of the 323rd to 326th sets: a small unit with its country before it ("was off 54 Canadian cents, or 1.1
percent"); "North American" is a region's adjective, no company a description could name ("The world's largest
fertiliser producer skidded" is the company named before); Peru's and Colombia's markets and Toronto's Venture
exchange in the reference data; "recorded a final increase of 0.07%".

Sentences were written for these tests in the styles of Reuters, the Financial Post and an Italian wire, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2008-01-22")[0]


@pytest.mark.parametrize("text, expected", [
    ("In Toronto, Royal Bank of Canada was off 54 Canadian cents, or 1.1 percent, to C$48.11.",
     [("Royal Bank of Canada", "down", -1.1, 48.11)]),
    ("The junior Venture exchange added 6.73 points, or 0.34 per cent, to 1,987.64.",
     [("S&P/TSX Venture Composite", "up", 0.34, 1987.64)]),
    ("The benchmark of the Lima Stock Exchange gained 0.47%, to 612.3 points.",
     [("S&P/BVL Peru General Index", "up", 0.47, 612.3)]),
    ("Colombia's COLCAP index rose 1.2%.", [("MSCI COLCAP", "up", 1.2, None)]),
    ("At the close, London recorded a final increase of 0.07%.", [("FTSE 100", "up", 0.07, None)]),
])
def test_moves(text, expected):
    assert _moves(text) == expected


def test_a_region_s_adjective_is_no_company():
    assert _moves("Potash Corp of Saskatchewan fell after an analyst questioned a build-up in North American potash "
                  "inventory. The world's largest fertiliser producer skidded C$13.90, or 10.1 percent, to C$124.00.") == [
        ("Potash Corp of Saskatchewan", "down", -10.1, 124.0)]
    assert _moves("North American Construction rose 3%.") == [("North American Construction", "up", 3.0, None)]
