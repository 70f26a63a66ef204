"""The 617th to 624th blind sets' first read: wordings it missed (a broker named "... Markets", "the stock" before a
relative clause, a day opening the clause before an unknown name, a knock-on verb's object before "closing at ...,
up N%", "saw sharp drops", a group's members in brackets after "including", ...).

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str) -> list[tuple]:
    return moves_and_causes(text, published="2019-05-14")[0]


@pytest.mark.parametrize("text, expected", [
    # a capitalised "Markets" after an unknown name ends the broker's name; a headline's "Emerging Markets" stays markets
    ("Kestrel Markets (KSTM.L) slumped 9% after the broker left its outlook unchanged.",
     [("Kestrel Markets", "down", -9.0, None)]),
    ("Emerging Markets Fall 3% On Fed Fears", [("Emerging markets", "down", -3.0, None)]),
    # "the stock" before a relative clause that tells its past
    ("Kestrel Chips reported record sales. The stock, which had doubled this year on chip demand, fell by 8.4%, "
     "ending at $61.", [("Kestrel Chips", "down", -8.4, 61.0)]),
    # the points and then the percent with no comma before "or"
    ("The Nifty closed 52.10 points higher or 0.42 per cent at 12,410.30.", [("Nifty 50", "up", 0.42, 12410.3)]),
    # an aside of rank ("just behind", "behind only") between the name and its verb
    ("Shares of Osprey Electronics, just behind Kestrel in market value, rose 1.9%.",
     [("Osprey Electronics", "up", 1.9, None)]),
    # a knock-on verb's object, its figure after "before closing at"; a pronoun after "before"
    ("Buying, led by carmakers, pushed the Kospi towards the 2,800 level before closing at 2,771.05, up 0.62 percent.",
     [("KOSPI", "up", 0.62, None)]),
    ("The Kospi hit a record on Tuesday. Chipmakers pushed the index higher before it closed at 3,052.11, up 0.41 "
     "percent.",
     [("KOSPI", "up", 0.41, 3052.11)]),
    # a points figure restated as an article's percent noun
    ("The Shanghai index posted a gain of 9.2 points, a 0.28% increase to 3,302.5.",
     [("Shanghai Composite Index", "up", 0.28, None)]),
    # the Gulf's Sunday session between the verb and the figure
    ("The Tadawul index ended Sunday 1.2% lower.", [("Tadawul All Share Index", "down", -1.2, None)]),
    ("The property index ended Sunday 1.4% lower.", [("Property", "down", -1.4, None)]),
    # petrochemicals, a materials word
    ("Banks added 2.1% while petrochemicals climbed 3.6%.", [("Banks", "up", 2.1, None), ("Materials", "up", 3.6, None)]),
    ("Petrochemicals climbed 3.6%.", [("Materials", "up", 3.6, None)]),
    # a currency's word opening a company's name
    ("Sterling Asset fell 8 per cent to $1.95.", [("Sterling Asset", "down", -8.0, 1.95)]),
    ("Sterling fell 0.4% against the dollar.", [("British pound", "down", -0.4, None)]),
    # "changing hands for" a price; a day opening the clause before an unknown name
    ("By the close on Friday Kestrel (NYSE: KST) was changing hands for $5.40, up $0.72 or 15.4%.",
     [("Kestrel", "up", 15.4, 5.4)]),
    ("On Friday Kestrel rose 2%.", [("Kestrel", "up", 2.0, None)]),
    # a group's figure-less move, then its members with their bracketed figures after "including"
    ("Technology stocks also advanced, including Kestrel (1.2%), Osprey (3.4%) and Finch (4.9%).",
     [("Technology", "up", None, None), ("Kestrel", "up", 1.2, None), ("Osprey", "up", 3.4, None),
      ("Finch", "up", 4.9, None)]),
    ("Kestrel rose 3%, including gains in Osprey (2.8%).", [("Kestrel", "up", 3.0, None)]),
    # an index name's "sub-index"
    ("Mumbai's Bank Nifty sub-index slid 2.2 percent.", [("Nifty Bank", "down", -2.2, None)]),
    # the typo "it's" for "its" before a stock's noun
    ("Kestrel Bank saw it's share price drop 1.3 percent to HK$24.60.", [("Kestrel Bank", "down", -1.3, 24.6)]),
    # a figure-less dip seen by its subject; not a decline of a business noun
    ("The Hang Seng saw a sharp dip as Kestrel slumped.", [("Hang Seng Index", "down", None, None)]),
    ("Kestrel saw a decline in sales after the strike.", []),
])
def test_the_batchs_wordings(text, expected):
    assert _moves(text) == expected


def test_a_health_insurer_is_the_insurer():
    """A health insurer the reference lists under healthcare is also an insurer: "The insurer climbed 4.2%"."""
    text = "UnitedHealth posted its quarterly numbers. The insurer climbed 4.2% after its profit topped estimates."
    moves, causes = moves_and_causes(text, published="2019-05-14")
    assert moves == [("UnitedHealth Group", "up", 4.2, None)]
    assert causes == {("UnitedHealth Group", "its profit topped estimates")}
