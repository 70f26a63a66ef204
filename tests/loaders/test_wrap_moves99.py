"""Moves of the 367th to 370th sets (the UK and Ireland, Central Europe and the Nordics, Latin America and Canada, the
Gulf and Africa), read blind at b8dadb5: Prague's PX and Budapest's BUX and BUMIX are indices of markets of their own
(the Czech Republic, Hungary); the modifier letter apostrophe ("Pragueʼs", U+02BC) is an apostrophe; a company's
"stocks" or "securities" after its name ("Raiffeisen Bank International stocks were down 1.41 percent", "ČEZ
securities fell by 3.95 percent"); an aside of two words between commas after the subject ("Erste Group's shares, in
turn, lost 1.15 percent"); TT's "The share rose over 23.4 per cent" after the company named before (not a currency
code, "SEK 15 million", nor a sentence-opening word, "Order intake ... were lower"); "MDax"; "representing a gain of";
"per cent," glued to the next figure; "Deals" opening a sentence is no company; "Against the euro, sterling was
down" moves sterling alone.

Sentences were written for these tests in the styles of the Budapest Business Journal, dpa-AFX, Czechia Postsen and
TT, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The WIG-20 in Warsaw slipped 1.6%, while Pragueʼs PX index shed 5.8%.",
     [("WIG20", "down", -1.6, None), ("PX", "down", -5.8, None)]),
    ("The Budapest Stock Exchange's main BUX index finished down 6.5% at 29,460.10 on Wednesday.",
     [("BUX", "down", -6.5, 29460.1)]),
    ("The bourse's mid-cap BUMIX finished 3.9% lower at 2,450.30.", [("BUMIX", "down", -3.9, 2450.3)]),
    ("Raiffeisen Bank International stocks were down 1.4 percent.",
     [("Raiffeisen Bank International", "down", -1.4, None)]),
    ("Erste Group's shares, in turn, lost 1.1 percent.", [("Erste Group", "down", -1.1, None)]),
    ("Credit manager Intrum was the day's winner after a deal with lenders. The share rose over 23 per cent.",
     [("Intrum", "up", 23.0, None)]),
    ("Sandvik missed forecasts. Operating profit fell to SEK 15 million. The share fell 2.1 percent.", []),
    ("Sandvik missed forecasts. The share of exports fell 2.1 percent.", []),
    # dpa's "The MDax of mid-cap blue chips", Leadership's "representing a gain of", the Times of Oman's glued comma
    ("The MDax of mid-cap blue chips fell by 0.9% to 25,050.40 points.", [("MDAX", "down", -0.9, 25050.4)]),
    ("The NGX All-Share Index gained 1,560.20 points, representing a gain of 2.4 per cent, to close at 64,600.10 "
     "points.", [("NGX All-Share Index", "up", 2.4, 64600.1)]),
    ("Omantel and Ooredoo Oman declined by 1.3 per cent,1.1 per cent, respectively.",
     [("Omantel", "down", -1.3, None), ("Ooredoo Oman", "down", -1.1, None)]),
    ("Deals fell 11 per cent to 119,000 deals.", []),
    # the Belfast Telegraph's opening "Against the euro," names the other side of the rate, no mover
    ("Against the euro, sterling was down 0.1% at 1.141 euros.", [("British pound", "down", -0.1, 1.141)]),
])
def test_moves(text, expected):
    assert [m for m in moves_and_causes(text, published="2020-03-18")[0] if m[2] is not None] == expected
