"""Investor actions of the 457th to 464th sets: a rating agency's verb on a country named in two words ("Moody's
upgraded Saudi Arabia's sovereign rating to Aa3 from A1", in Reuters' style), "S&P" before a rating verb (and in a list
of rated countries or a downgrade's noun) is the agency, not the index it also names; a broker's bare "target price" on
the stock the article moved ("Kite Securities has maintained its buy rating on the stock but trimmed target price to
Rs 430 from Rs 480", in Moneycontrol's style), also after "has since" ("Merlin Partners has since raised its target
price to $34 from $31", in Schaeffer's style; "Finch Securities increased its price target", in TheStreet's); "bought
shares worth a net" is a net trade, and "sold another 3.4 per cent stake" a stake sold in the company that moved (PTI's
style).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of


@pytest.mark.parametrize("text, expected", [
    ("The Tadawul index gained 0.4% as Moody's upgraded Saudi Arabia's sovereign rating to Aa3 from A1.",
     [("Moody's", "upgraded", "Saudi Arabia")]),
    ("Stocks fell 2% after S&P downgraded the U.S. credit rating.", [("S&P Global Ratings", "downgraded", "U.S.")]),
    # the agency's short name in a list of rated countries and in a downgrade's noun, the same as before a verb
    ("S&P cut its credit ratings for Greece, Portugal and Spain on Tuesday.",
     [("S&P Global Ratings", "downgraded", "Greece"), ("S&P Global Ratings", "downgraded", "Portugal"),
      ("S&P Global Ratings", "downgraded", "Spain")]),
    ("Italian stocks fell 2% after S&P's downgrade of Italy's credit rating.",
     [("S&P Global Ratings", "downgraded", "Italy")]),
    ("Heron Paints fell 6%. Kite Securities has maintained its buy rating on the stock but trimmed target price to "
     "Rs 430 from Rs 480.", [("Kite Securities", "other", "Heron Paints")]),
    ("Tern Software rose 9%. Merlin Partners has since raised its target price to $34 from $31.",
     [("Merlin Partners", "other", "Tern Software")]),
    ("Wren Telecom climbed 3% after Finch Securities increased its price target to $52 from $47.",
     [("Finch Securities", "other", "Wren Telecom")]),
    ("Tesla increased its target for deliveries.", []),  # a company's own goal
    ("Foreign investors on Friday bought shares worth a net $6,402,318.", [("Foreign investors", "bought", None)]),
    ("Tesla raised its target for deliveries.", []),  # a company's own goal
    ("The S&P rose 2% after the jobs data.", []),
])
def test_actions(text, expected):
    assert actions_of(text, published="2012-08-27") == expected


def test_another_stake_sold_in_the_company_that_moved():
    actions = actions_of("Lark Finance plummeted 17% as promoter Arvind Sethi sold another 3.4 per cent stake worth "
                         "Rs 385 crore.", published="2019-10-01")
    assert ("Arvind Sethi", "cut_stake", "Lark Finance") in actions
