"""A broker's own price target or rating with no company after it ("raised its price target to
HK$175") is about the stock whose move the sentence reports. Written for these tests in the
styles of the SCMP and Bloomberg; dev-corpus conventions: a target-price change is an action
`other`, a rating change `upgraded`/`downgraded`."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

CASES = [
    ("Meituan advanced 3.6 per cent after Jefferies raised its price target to HK$175 from HK$140.",
     [("Jefferies", "other", "hkex-3690")]),
    ("Xiaomi fell 2.3% after Morgan Stanley cut its target price to HK$40.",
     [("Morgan Stanley", "other", "hkex-1810")]),
    # a description no company fits ("the online grocer", with Ocado unknown) is the sentence's one mover
    ('Ocado fell 9.4% after Jefferies downgraded the online grocer to "underperform".',
     [("Jefferies", "downgraded", "co-ocado")]),
    ("Shares of Walmart gained 1.5% after UBS lifted the retailer's target price by 30 percent.",
     [("UBS", "other", "tkr-wmt")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_the_target_left_unnamed_is_the_movers(text, expected):
    got = [(a.investor.name, a.action.value, a.target.id if a.target else None) for a in facts_of(text).investor_actions]
    assert got == expected


def test_its_price_target_with_no_mover_is_no_action():
    # no move in the sentence or the one before: nothing says whose target it is
    assert facts_of("Jefferies raised its price target to HK$175 from HK$140.").investor_actions == ()


def test_a_description_with_two_movers_and_none_fitting_names_nothing():
    facts = facts_of("Ocado fell 9.4% and Tesco rose 1% after Jefferies downgraded the online grocer.")
    assert facts.investor_actions == ()
