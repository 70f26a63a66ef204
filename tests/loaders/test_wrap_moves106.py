"""Moves of the 391st to 398th sets, read blind at e7356ab: a move noun after any describing adjective ("recorded a
remarkable increase of 1.42%", The Greek Deal's) and a "change" whose side its adjective gives ("recording a negative
change of 2.51%", Geo News'); "showing a decrease of ... or 0.78%" (Mettis Global's) and "closed on a 2.3 percent rise"
(Al Bawaba's) as a noun's verbs; "Celltrion plummeted 8.19 percent, Hanmi Science, 6.63 percent" (Korea Biomedical
Review's); an opening "Having" is no name (Investment Week's); an exchange's own name standing for its market ("The ASX continued its slide as
X", "Bursa Malaysia ended higher amid X", "the Nairobi Securities Exchange"), as "Wall Street" and "Dalal Street" do.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Athens general index recorded a remarkable increase of 0.84% to 1,412.30 points.",
     [("Athens General Composite", "up", 0.84, 1412.3)]),
    ("The KSE-100 index closed at 41,870 points, recording a negative change of 1.93%.",
     [("KSE-100", "down", -1.93, 41870.0)]),
    ("The KSE-100 index closed at 41,870 points, recording a positive change of 0.41%.",
     [("KSE-100", "up", 0.41, 41870.0)]),
    ("The KSE-100 Index closed at 158,220.50, showing a decrease of 905.10 points or 0.57%.",
     [("KSE-100", "down", -0.57, 158220.5)]),
    ("The DFM General Index closed on a 1.3 percent rise on Wednesday.",
     [("DFM General Index", "up", 1.3, None)]),
    # not a day's move: a span's adjective, a change with no side
    ("The Athens general index recorded an annual increase of 14% last year.", []),
    ("Karachi's KSE-100 index recorded a change of 1.7%.", []),
    # Korea Biomedical Review's list: each name, a comma, its own figure (not a name with a clause of its own)
    ("On KOSPI, Celltrion plunged 5.19 percent, Hanmi Science, 4.63 percent, Samsung BioLogics, 4.6 percent, and "
     "Yuhan, 3.23 percent.",
     [("Celltrion", "down", -5.19, None), ("Hanmi Science", "down", -4.63, None),
      ("Samsung Biologics", "down", -4.6, None), ("Yuhan", "down", -3.23, None)]),
    ("Celltrion fell 3 percent, Hanmi Science, which makes drugs, also slid.", [("Celltrion", "down", -3.0, None)]),
    # an opening participle is no name: Investment Week's "Having risen some 31% last year, the index ..."
    ("Having risen some 25% last year, the Nikkei fell 1.2% on Monday.", [("Nikkei 225", "down", -1.2, None)]),
    # an exchange's name is its market's
    ("The ASX fell 1.1% on Monday.", [("S&P/ASX 200", "down", -1.1, None)]),
    ("The JSE firmed 0.6% on Thursday.", [("JSE All Share Index", "up", 0.6, None)]),
    ("The Nairobi Securities Exchange gained 0.9 percent.", [("Nairobi All Share Index", "up", 0.9, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-08-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("The ASX continued its slide as banks weakened.", {("S&P/ASX 200", "banks weakened")}),
    ("Bursa Malaysia ended higher on Tuesday amid optimism over the budget.",
     {("FTSE Bursa Malaysia KLCI", "optimism over the budget")}),
    ("The IDX continued its slide as foreign funds sold banks.", {("Jakarta Composite Index", "foreign funds sold banks")}),
])
def test_causes_of_an_exchange(text, expected):
    assert moves_and_causes(text, published="2024-08-14")[1] == expected
