"""Moves of the 347th to 350th sets (the US, Central and Eastern Europe, Greater China, South Asia), read blind at
3d27e8b: SeeNews' codes in square brackets on Sofia's, Bucharest's, Warsaw's, Budapest's and Zagreb's exchanges
("Central Cooperative Bank [BUL:4CF] fell the most among blue chips, closing 2.20% lower at 1.78 levs"), and "Central"
before another capitalised word stays in the name (not "Central Bank ..."); a list of verbless items after a
semicolon, each a name, its percent and its side, with its price after "at" (in ANI's style, "UltraTech Cement 2.1 per
cent higher at Rs.7,500.10; Kotak Bank 1.8 per cent higher at Rs.1,790.30; ... were among the top Sensex gainers").

Sentences were written for these tests in the styles of SeeNews and ANI, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Central Cooperative Bank [BUL:4CF] fell the most among blue chips, closing 1.9% lower at 1.75 levs.",
     [("Central Cooperative Bank", "down", -1.9, 1.75)]),
    ("Telelink Business Services Group [BUL:TBS] was also a gainer, up 2.5% to 10.10 levs.",
     [("Telelink Business Services Group", "up", 2.5, 10.1)]),
    ("Titan rose 3 per cent. UltraTech Cement 2.1 per cent higher at Rs.7,500.10; Kotak Bank 1.8 per cent higher at "
     "Rs.1,790.30 and Infosys 0.4 per cent lower at Rs.1,880.65 were among the major movers.",
     [("Titan Company", "up", 3.0, None), ("UltraTech Cement", "up", 2.1, 7500.1), ("Kotak Bank", "up", 1.8, 1790.3),
      ("Infosys", "down", -0.4, 1880.65)]),
    ("NTPC down 1.2 per cent at Rs.124.40; Tech Mahindra 0.5 per cent down at Rs.1,790.55.",
     [("NTPC", "down", -1.2, 124.4), ("Tech Mahindra", "down", -0.5, 1790.55)]),
    # an adverb "itself" after the name; the Czech crown's "Kc" before a price
    ("The OMXT index itself had fallen 1.9 percent to 1,190.10 points on Wednesday as trades numbered 3,100.",
     [("OMXT", "down", -1.9, 1190.1)]),
    ("Erste Bank fell 1.4 percent to Kc1,655 and VIG rose by 0.8 percent to Kc1,032 apiece.",
     [("Erste Bank", "down", -1.4, 1655.0), ("VIG", "up", 0.8, 1032.0)]),
    # a close "for a gain of" its points or percent; a quote line with semicolons and the points between
    ("The S&P 500 finished at 2,950.10 for a gain of 88.20 points or 3.08%.", [("S&P 500", "up", 3.08, 2950.1)]),
    ("The VIX Volatility Index was lower at 28.10 for a loss of 2.20 points or -7.3%.",
     [("Cboe Volatility Index", "down", -7.3, 28.1)]),
    ("Dow Jones: 20,650.10; +120.40; +0.59%", [("Dow Jones Industrial Average", "up", 0.59, 20650.1)]),
    # (a figure with its side in a sentence of its own verb is no list item)
    ("Tesla 5% higher would be a record.", []),
])
def test_moves(text, expected):
    assert sorted(moves_and_causes(text, published="2021-12-31")[0]) == sorted(expected)


def test_a_count_of_trades_is_no_cause():
    causes = moves_and_causes("The OMXT index had fallen 1.9 percent on Wednesday as trades numbered 3,100.",
                              published="2020-03-12")[1]
    assert causes == set()
