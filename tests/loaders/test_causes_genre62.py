"""Causes and moves of the 351st to 354th sets (the US, the Middle East and Africa, South-East Asia and Korea, the UK
and the Nordics), read blind at c81ee3d: "Share prices", "Stock prices" opening a sentence are the story's market, as
"Stocks" are (Malaya's "Share prices closed higher yesterday on bargain hunting"; not "Oil prices"); a cause that
"contributed to" or "added to" the move before it, with a long subject (the Saudi Gazette's "Worries about second
quarter results for Saudi companies ... contributed to the decline"); a move noun pointing back after a speaker's
"X noted that" (Daily News Egypt's "He noted that the rise is supported by the ongoing positive announcements by
companies"); a close "or a drop of" its percent ("closing at 6,033.91 points or a drop of 0.98 percent"); and a year
with an adjective after "in" dates a span ("ISEQ records 66% plunge in dismal 2008").

Sentences were written for these tests in the styles of Malaya, the Saudi Gazette, Daily News Egypt and RTÉ, not
copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The PSEi rose 0.5 percent to 6,300.10. Share prices closed higher yesterday on bargain hunting.",
     {("PSEi", "bargain hunting")}),
    ("The PSEi fell 0.5 percent to 6,300.10. Stock prices fell on profit taking.", {("PSEi", "profit taking")}),
    ("The TASI fell 0.9 percent to 6,100.50. Worries about first quarter results for Saudi companies and the slow "
     "pace of the global economic recovery in the euro zone contributed to the decline.",
     # (two events before the verb, two causes, as the dev annotations split "after A and B")
     {("Tadawul All Share Index", "Worries about first quarter results for Saudi companies"),
      ("Tadawul All Share Index", "the slow pace of the global economic recovery in the euro zone")}),
    ("The TASI fell 0.9 percent to 6,100.50. Weak oil prices added to the losses.",
     {("Tadawul All Share Index", "Weak oil prices")}),
    ("The EGX30 rose 1.2 percent to 11,200.40. He noted that the rise is supported by strong company results.",
     {("EGX 30", "strong company results")}),
    ("The EGX30 rose 1.2 percent to 11,200.40. An analyst said the gain was driven by foreign buying.",
     {("EGX 30", "foreign buying")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2014-06-24")[1] == expected


def test_oil_prices_are_no_story_market():
    moves, causes = moves_and_causes("The PSEi rose 0.5 percent to 6,300.10. Oil prices fell on profit taking.",
                                     published="2014-06-24")
    assert ("PSEi", "profit taking") not in causes


@pytest.mark.parametrize("text, expected", [
    ("The Tadawul All Share Index shrank for a third day on Sunday, closing at 6,100.50 points or a drop of 0.9 "
     "percent.", [("Tadawul All Share Index", "down", -0.9, 6100.5)]),
    ("The TASI closed at 6,100.50 or a 0.9 percent drop.", [("Tadawul All Share Index", "down", -0.9, 6100.5)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2014-06-24")[0] == expected


def test_a_year_after_an_adjective_is_a_span():
    moves = moves_and_causes("ISEQ records 60% plunge in dismal 2008\n\nThe ISEQ index ended at 2,300 today, down "
                             "0.4%.", published="2008-12-31")[0]
    assert ("ISEQ Overall Index", "down", -0.4, 2300.0) in moves
