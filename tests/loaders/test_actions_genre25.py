"""Investor actions of the 457th to 464th sets: a rating agency's verb on a country named in two words ("Moody's
upgraded South Korea's government bond to A1 from Aa3", Reuters), "S&P" before a rating verb (and in a list of rated
countries or a downgrade's noun) is the agency, not the index it also names; a broker's bare "target price" on the stock the article moved ("Deutsche Bank has maintained its
buy call on the stock but cut target price to Rs 525 from Rs 575", Moneycontrol), also after "has since" ("Canaccord
Genuity has since raised its price target to $21 from $20", Schaeffer's; "Jefferies increased its price target",
TheStreet); "bought shares worth a net" is a net trade, and "sold another 2.16 per cent stake" a stake sold in the
company that moved (PTI).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of


@pytest.mark.parametrize("text, expected", [
    ("The Kospi rose 0.1% as Moody's upgraded South Korea's government bond to A1 from Aa3.",
     [("Moody's", "upgraded", "South Korea")]),
    ("Stocks fell 2% after S&P downgraded the U.S. credit rating.", [("S&P Global Ratings", "downgraded", "U.S.")]),
    # the agency's short name in a list of rated countries and in a downgrade's noun, the same as before a verb
    ("S&P cut its credit ratings for Greece, Portugal and Spain on Tuesday.",
     [("S&P Global Ratings", "downgraded", "Greece"), ("S&P Global Ratings", "downgraded", "Portugal"),
      ("S&P Global Ratings", "downgraded", "Spain")]),
    ("Italian stocks fell 2% after S&P's downgrade of Italy's credit rating.",
     [("S&P Global Ratings", "downgraded", "Italy")]),
    ("Kansai Nerolac fell 8%. Deutsche Bank has maintained its buy call on the stock but cut target price to Rs 525 "
     "from Rs 575.", [("Deutsche Bank", "other", "Kansai Nerolac")]),
    ("Box rose 12%. Canaccord Genuity has since raised its price target to $21 from $20.",
     [("Canaccord Genuity", "other", "Box")]),
    ("AT&T climbed 2% after Jefferies increased its price target to $40 from $39.", [("Jefferies", "other", "AT&T")]),
    ("Tesla increased its target for deliveries.", []),  # a company's own goal
    ("Foreign investors bought shares worth a net $8,177,045 on Wednesday.", [("Foreign investors", "net_inflow", None)]),
    ("Tesla raised its target for deliveries.", []),  # a company's own goal
    ("The S&P rose 2% after the jobs data.", []),
])
def test_actions(text, expected):
    assert actions_of(text, published="2012-08-27") == expected


def test_another_stake_sold_in_the_company_that_moved():
    actions = actions_of("Yes Bank plummeted 22% as promoter Rana Kapoor sold another 2.16 per cent stake worth Rs 510 "
                         "crore.", published="2019-10-01")
    assert ("Rana Kapoor", "cut_stake", "Yes Bank") in actions
