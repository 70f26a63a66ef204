"""Brokers' ratings in Bloomberg's movers (sentences written for these tests in its style; not
copied): a passive rating 'at' the broker, a rated stock named by a pronoun or a description,
and a target price 'on' a description of the stock that moved, never the broker itself."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Movers\n\n" + text).investor_actions]


@pytest.mark.parametrize("sentence", [
    "Sumco Corp. slumped 5 percent after it was downgraded at Nomura Holdings Inc.",
    "Sumco Corp. slumped 5 percent after the silicon-wafer maker was downgraded at Nomura Holdings Inc.",
    "Sumco Corp. slumped 5 percent after it was downgraded by Nomura Holdings Inc.",  # (as before)
])
def test_a_passive_rating_at_the_broker(sentence):
    assert _actions(sentence) == [("Nomura", "downgraded", "SUMCO")]


def test_a_description_rated_in_the_sentence_after_the_move():
    assert _actions("Eaton Vance Corp. fell 7 percent. The mutual fund manager was downgraded to sell from "
                    "neutral at Ticonderoga Securities.") == [("Ticonderoga Securities", "downgraded",
                                                                "Eaton Vance Corp.")]


def test_a_target_price_on_a_description_is_the_movers():
    # (Credit Suisse is a broker of the reference data: its node's name, whatever tail the text gives it)
    assert _actions("Bridgestone Corp. advanced 3.6 percent as Credit Suisse Group AG raised its target price on "
                    "the tire manufacturer.") == [("Credit Suisse", "other", "Bridgestone")]


def test_a_price_quote_after_at_is_no_rating():
    assert _actions("Brent crude rose 1 percent. Oil is selling at $39.96 per barrel.") == []


@pytest.mark.parametrize(("sentence", "action"), [
    # VOA, public domain: https://voanews.com/amp/a-13-2008-06-09-voa23-66662497/557660.html
    ("The foreign investors have pulled approximately $5 billion from the Indian stock markets this year.",
     "net_outflow"),
    # (written for this test)
    ("Foreign funds pumped more than $2 billion into Indian shares last month.", "net_inflow"),
])
def test_a_hedged_amount_pulled_or_pumped(sentence, action):
    actions = facts_of("India stocks\n\nThe Sensex fell 2 percent. " + sentence).investor_actions
    assert [(a.investor.name, a.action.value) for a in actions] == [("Foreign investors", action)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # VOA, public domain: https://voa.pangea-cms.com/preview/en-US/a/greek-austerity-measures-spark-anger-skirmishes-92773829/116956.html
    ("Those concerns grew in the past week when a key credit rating agency, Standard and Poor's, downgraded its "
     "credit ratings for Greece, Portugal and Spain.",
     [("S&P Global Ratings", "downgraded", "Greece"), ("S&P Global Ratings", "downgraded", "Portugal"),
      ("S&P Global Ratings", "downgraded", "Spain")]),
    # (written for these tests, in the Guardian's style)
    ("Investors reacted to a downgrade to Portugal's credit rating by Moody's.",
     [("Moody's", "downgraded", "Portugal")]),
    ("Moody's upgraded its rating for India.", [("Moody's", "upgraded", "India")]),
])
def test_a_rating_agencys_countries(sentence, expected):
    assert _actions("The euro fell 1 percent. " + sentence) == expected
