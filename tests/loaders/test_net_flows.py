"""A group's net trade: told by a verb ("sold a net", "net bought", "sold shares net") it is a purchase or a
sale, `bought`/`sold`, as readers and the genre's annotators take it; told by a noun of flow ("were net
sellers", "a turn to net buy") a fund flow, `net_outflow`/`net_inflow`; each group joined by "and" with its
own amount.

Sentences written for these tests in the styles of Yonhap, the Korea Herald, the Taipei Times,
The Star (Malaysia), PTI and Dawn (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    facts = facts_of("Stocks close\n\nThe Kospi fell 1.1 percent on Tuesday.\n\n" + text + "\n")
    return [(a.investor.id, a.action.value, a.target.name if a.target else None, a.amount)
            for a in facts.investor_actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Retail investors sold a net 155 billion won, while institutions purchased a net 494 billion won.",
     [("inv-retail-investors", "sold", None, "155 billion won"),
      ("inv-institutional-investors", "bought", None, "494 billion won")]),
    # the participle after a net flow states its amount: one fact, not a sale beside the flow
    ("Overseas investors remained net sellers for a fourth straight session, offloading 420 billion won worth of "
     "Korean stocks.", [("inv-foreign-investors", "net_outflow", None, "420 billion won")]),
    # "net" after the object (Indian wraps' provisional data)
    ("Foreign funds sold shares net Rs 1,385 crore on Monday, provisional data showed.",
     [("inv-foreign-investors", "sold", None, "Rs 1,385 crore")]),
    ("Foreign investors made a turn to net buy of local shares valued at $2.1 million.",
     [("inv-foreign-investors", "net_inflow", None, "$2.1 million")]),
    # a company named right after the flow is what the flow went into
    ("Foreign investors net sold Samsung Electronics shares worth 200 billion won.",
     [("inv-foreign-investors", "sold", "Samsung Electronics", "200 billion won")]),
    # no "net": a group's purchase across the market, no flow (the annotators of 32 blind sets read PTI's, Mint's
    # and Yonhap's "FPIs sold shares worth Rs X crore" as a sale four times in five; it was a flow before)
    ("Foreign investors bought 1.2 trillion won of shares.",
     [("inv-foreign-investors", "bought", None, "1.2 trillion won")]),
])
def test_net_trades_by_verb_and_by_noun(sentence, expected):
    assert _actions(sentence) == expected


def test_groups_joined_by_and_each_take_their_amount():
    got = _actions("Institutional investors offloaded a net 175 billion won, while foreigners and individuals "
                   "scooped up a net 70 billion won and 100 billion won, respectively.")
    assert got == [("inv-institutional-investors", "sold", None, "175 billion won"),
                   ("inv-retail-investors", "bought", None, "100 billion won"),
                   ("inv-foreign-investors", "bought", None, "70 billion won")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb's net trade and another group's "were net buyers" in one sentence: a sale and a flow
    ("Foreigners sold a net 300 billion won, while retail investors were net buyers of 280 billion won.",
     [("inv-foreign-investors", "sold", None, "300 billion won"),
      ("inv-retail-investors", "net_inflow", None, "280 billion won")]),
    # "of its shares": the company before the investors
    ("Tencent rose 2% as mainland investors net bought HK$1.2 billion of its shares.",
     [("inv-southbound", "net_inflow", "Tencent Holdings", "HK$1.2 billion")]),
    # a company's net sale is a sale, not a fund flow
    ("Samsung Electronics sold a net 5 million shares of Samsung Biologics.",
     [("tkr-005930-ks", "sold", "Samsung Biologics", "5 million shares")]),
    # "net income" says nothing of the participle after it: a group's purchase across the market
    ("Net income at the bank rose 12%, and foreign investors piled in, buying 200 billion won of local shares.",
     [("inv-foreign-investors", "bought", None, "200 billion won")]),
])
def test_net_flows_keep_their_groups_targets_and_trades(sentence, expected):
    assert _actions(sentence) == expected


def _flows_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.amount)
            for a in facts_of(text, published="2024-05-15").investor_actions]


def test_the_groups_after_a_flow_noun():
    # Yonhap: "... was crossed out by a combined 416.7 billion won net buying by institutions and individuals"
    text = ("SEOUL - The KOSPI slipped 0.04 percent, as foreign selling was offset by a combined 300 billion won net "
            "buying by institutions and individuals.")
    assert sorted(_flows_of(text)) == [("Institutional investors", "net_inflow", "300 billion won"),
                                       ("Retail investors", "net_inflow", "300 billion won")]


def test_the_sum_of_a_flow_further_on():
    # VnExpress: "Overseas investors stayed net sellers for the ninth session in a row to the tune of VND318
    # billion"; SCMP: "Net inflow of southbound capital ... was at 612.40 million yuan"
    assert _flows_of("HANOI - Foreign investors stayed net sellers for a fifth session to the tune of VND150 "
                     "billion.") == [("Foreign investors", "net_outflow", "VND150 billion")]
    assert _flows_of("HONG KONG - Net inflow of southbound capital through the Stock Connect link was at 800 "
                     "million yuan, compared with 1.2 billion yuan on Tuesday.") == [
        ("Southbound capital", "net_inflow", "800 million yuan")]


def test_the_next_groups_clause_is_no_target():
    # Korea Herald: "Institutions bought a net 661 billion won, while foreigners sold 42 billion won and retail
    # investors offloaded 619 billion won"
    text = ("SEOUL - Institutions bought a net 500 billion won, while foreigners sold 40 billion won and retail "
            "investors offloaded 460 billion won.")
    acts = [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text, published="2024-05-15").investor_actions]
    assert ("Foreign investors", "sold", None) in acts
    assert all(target != "Retail investors" for _, _, target in acts)
