"""A group's net trade told by a verb ("sold a net", "net bought") is `bought`/`sold`, as is a trade without
"net"; one told by a noun ("were net buyers") and a flow of money ("net inflows") are `net_inflow`/`net_outflow`,
as the facts contract has fund flows, and so is a net trade through the Stock Connect link.

Sentences written in the styles of Yonhap, Reuters, PTI and the SCMP (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str]]:
    return [(a.investor.id, a.action.value) for a in facts_of(text).investor_actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Foreigners net bought 48.7 billion won worth of stocks, while individuals dumped 83 billion won.",
     [("inv-retail-investors", "sold"), ("inv-foreign-investors", "bought")]),  # (a trade in money)
    ("Offshore investors bought a net 210.5 billion won of Kospi shares on Thursday.",
     [("inv-foreign-investors", "bought")]),
    ("Institutions scooped up a net 140 billion won worth of shares.",
     [("inv-institutional-investors", "bought")]),
    ("Foreigners pushed the index lower, offloading a net 512 billion won.",
     [("inv-foreign-investors", "sold")]),
    ("Foreign investors were net sellers of $900 million of Taiwan shares on Friday.",
     [("inv-foreign-investors", "net_outflow")]),
    ("Mainland investors bought a net HK$7.5 billion of Hong Kong shares via the trading link.",
     [("inv-southbound", "net_inflow")]),
    # money moving is a flow, whatever the verb around it
    ("Southbound funds recorded net inflows of HK$4.1 billion on Monday.", [("inv-southbound", "net_inflow")]),
    ("Southbound capital inflows surged, with net purchases totalling HK$31 billion.",
     [("inv-southbound", "net_inflow")]),
    ("Overseas investors pulled $1.3 billion out of Indian stocks last week.",
     [("inv-foreign-investors", "net_outflow")]),
    # "picked up" with an amount is a purchase (Yonhap)
    ("Foreigners picked up a net 86.3 billion won of local shares.", [("inv-foreign-investors", "bought")]),
])
def test_net_trades_and_flows(sentence, expected):
    assert _actions(sentence) == expected


def test_worth_of_is_no_target_phrase():
    [action] = facts_of("Institutions scooped up a net 140 billion won worth of shares.").investor_actions
    assert action.target is None and action.amount == "140 billion won"


def test_local_institutions_selling_is_an_action():
    text = "Seoul shares rose 1.2% as foreign buying outweighed selling by local institutions."
    assert ("inv-institutional-investors", "sold") in _actions(text)


def test_investor_groups_joined_by_and_each_act():
    text = "Foreigners bought a net 420 billion won of stocks, while individuals and institutions sold 470 billion won."
    # (each group's market-wide trade in money is a purchase or a sale, "net" said or not)
    assert _actions(text) == [("inv-foreign-investors", "bought"), ("inv-institutional-investors", "sold"),
                              ("inv-retail-investors", "sold")]


def test_two_amounts_are_two_trades():
    text = ("Foreigners sold a net 858 billion won on Tuesday. The amount is the most since June 2013, "
            "when foreign investors dumped a net 955.1 billion won.")
    assert [a.amount for a in facts_of(text).investor_actions] == ["858 billion won", "955.1 billion won"]


def test_a_rating_on_the_sector_is_on_the_sector_named_before():
    [action] = facts_of("Chinese insurers rose 2% after Morgan Stanley upgraded the sector.").investor_actions
    assert (action.investor.id, action.action.value, action.target.id) == (
        "inv-morgan-stanley", "upgraded", "sector-insurance")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time between the investor and the verb; bare "shares" bought are market-wide
    ("Meanwhile, foreign investors this week sold a net NT$14.6 billion of shares.",
     [("inv-foreign-investors", "sold", None)]),
    ("The market weakened as institution investors offloaded stocks near the close.",
     [("inv-institutional-investors", "sold", None)]),
    # "Bank of Ireland" is a company, and "the bank" names it
    ("Bank of Ireland rose 1%. Ratings agency Standard & Poor's upgraded the bank to investment grade.",
     [("inv-sp-ratings", "upgraded", "tkr-birg-ir")]),
    # a person named in apposition cuts a stake ("his stock holdings")
    ("The founder of Naver, Lee Hae-jin, has cut his stock holdings in Naver by selling 110,000 shares.",
     [("inv-lee-hae-jin", "cut_stake", "tkr-035420-ks")]),
])
def test_more_actions(sentence, expected):
    got = [(a.investor.id, a.action.value, a.target.id if a.target else None) for a in facts_of(sentence).investor_actions]
    assert got == expected

