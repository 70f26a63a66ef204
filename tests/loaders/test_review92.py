"""Review 92: a helper who had not written the round's rules probed them with 70 articles of its own. The facts it
found wrong, and some close wordings it found unread, with their fixes.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str) -> list[tuple]:
    return moves_and_causes(text, published="2019-05-14")[0]


@pytest.mark.parametrize("text, expected", [
    # a place after "In the" opens the clause of the index named by its head, not the last one named
    ("Kingdom of Bahrain: The all-share index slipped 0.2 percent. In the Kingdom of Saudi Arabia, the index rose 0.9 "
     "percent.", [("Bahrain All Share Index", "down", -0.2, None), ("Tadawul All Share Index", "up", 0.9, None)]),
    # an opening adverb before "in" and the region: the region's places are the list, the region no member of it
    ("Also in Europe, London gained 0.4%, Frankfurt 0.7% and Paris 0.2%.",
     [("FTSE 100", "up", 0.4, None), ("DAX", "up", 0.7, None), ("CAC 40", "up", 0.2, None)]),
    ("Over in Asia, Tokyo fell 1% and Hong Kong 0.5%.", [("Nikkei 225", "down", -1.0, None),
                                                         ("Hang Seng Index", "down", -0.5, None)]),
    # an economy's figures for each place are no market's
    ("Unemployment fell in southern Europe in March, with declines of 0.3% in Spain and 0.2% in Italy.", []),
    ("Consumer prices climbed in April, with increases of 0.4% in Germany and 0.3% in France.", []),
    # a region's adjective before "Markets" is no company's name
    ("Nordic Markets rose 0.5% on Tuesday.", []),
    # a capitalised "-ed" word before "shares" is a company's name
    ("Allied shares were down 3% after the bank cut its dividend.", [("Allied", "down", -3.0, None)]),
    # a sector's sub-index named after the index family is the sector's
    ("The Topix sub-index of banks rose 2.1%.", [("Banks", "up", 2.1, None)]),
    ("The Hang Seng sub-index tracking property stocks fell 1.8 percent.", [("Property", "down", -1.8, None)]),
    # a forecast's "see", and a bare sector word that names the trade: no figure-less move
    ("Brokers see a sharp rally in Kestrel after its results.", []),
    ("Tech stocks saw a sharp fall after the forecast.", [("Technology", "down", None, None)]),
    # a ranking's dashed aside that holds a span's figure is no day's move
    ("Kestrel Resources was the biggest loser - down 40 percent since its listing - after another profit warning.", []),
    # the fronted figure before its noun, and a plural noun with no article; not a deal "closed"
    ("With a 1.3% increase, the Bovespa closed at 118,402 points.", [("Bovespa", "up", 1.3, 118402.0)]),
    ("With losses of 1.2%, the DAX finished at 15,210.", [("DAX", "down", -1.2, 15210.0)]),
    ("With gains of 2%, Kestrel closed the deal.", []),
    # a fall "in" something else is that thing's, not the subject's that saw it
    ("After Kestrel was charged by regulators, the index saw a steep fall in Kestrel group stocks.", []),
])
def test_the_reviews_cases(text, expected):
    assert _moves(text) == expected


def test_a_quarters_gain_is_no_days_move():
    """"a gain of 15% in the first quarter": a span's figure, its move undated."""
    moves = facts_of("Kestrel managed a gain of 15% in the first quarter, its best run since 2009.",
                     published="2019-05-14").moves
    assert [(m.entity.name, m.change_pct, m.date) for m in moves] == [("Kestrel", 15.0, None)]


@pytest.mark.parametrize("text, expected", [
    # the points' restatement hedged after "or"
    ("The Nifty closed 120 points higher or about 0.3 per cent at 12,410.", [("Nifty 50", "up", 0.3, 12410.0)]),
    # a group's members after "such as", as after "including"
    ("Technology stocks advanced, such as Kestrel (1.2%) and Osprey (3.4%).",
     [("Technology", "up", None, None), ("Kestrel", "up", 1.2, None), ("Osprey", "up", 3.4, None)]),
])
def test_the_reviews_narrow_cases(text, expected):
    assert _moves(text) == expected
