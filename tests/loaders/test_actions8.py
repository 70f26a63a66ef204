"""Net trades and stake deals as Vietnamese, Philippine, Korean and South African wraps state them
(sentences written for these tests in the styles of VnExpress, the Financial District, the Financial
News and BusinessLIVE; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.investor.id, a.action.value, a.target.name if a.target else None, a.amount)
            for a in facts_of(text).investor_actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a net trade in Vietnamese dong, "to the tune of"
    ("The VN-Index rose 1%. Foreign investors turned net sellers this session to the tune of VND588 billion.",
     [("inv-foreign-investors", "net_outflow", None, "VND588 billion")]),
    # the flow's words name their doer
    ("The PSEi fell 1%. Total net foreign selling reached P2.05 billion.",
     [("inv-foreign-investors", "net_outflow", None, "P2.05 billion")]),
    # two groups, two amounts, "respectively"
    ("The Kospi fell 2%. Individual investors and institutional investors logged net purchases of 1.86 trillion "
     "won and 412.7 billion won, respectively.",
     [("inv-institutional-investors", "net_inflow", None, "412.7 billion won"),
      ("inv-retail-investors", "net_inflow", None, "1.86 trillion won")]),
    # a stake bought in a named company, said by the buyer (an unknown name, or a known company)
    ("Impala rose 2%. Pan African said it had obtained a 38% stake in Harmony.",
     [("inv-pan-african", "raised_stake", "Harmony", None)]),
    ("Impala rose 2%. Sibanye said it had obtained a 38% stake in Harmony.",
     [("tkr-ssw-jo", "raised_stake", "Harmony", None)]),
    ("Zinc producer Nonfemet has taken a 50.1 per cent controlling stake in Perilya.",
     [("inv-nonfemet", "raised_stake", "Perilya", None)]),
])
def test_actions(sentence, expected):
    assert _actions(sentence) == expected


def test_a_stake_held_is_no_deal():
    assert _actions("Sibanye, which holds a 38% stake in Harmony, rose 2%.") == []


def test_the_companies_a_market_wide_trade_names():
    text = ("The VN-Index rose. Foreign funds were net buyers in this session to the tune of VNĐ612.37 billion, "
            "mainly buying FPT and property developer Vinhomes (VHM).")
    assert _actions(text) == [("inv-foreign-investors", "net_inflow", None, "VNĐ612.37 billion"),
                              ("inv-foreign-investors", "bought", "FPT", None),
                              ("inv-foreign-investors", "bought", "Vinhomes", None)]


def test_selling_by_overseas_speculators():
    assert _actions("The Nikkei fell. Concerns led to increased selling by overseas speculators.") == [
        ("inv-foreign-investors", "sold", None, None)]


def test_each_group_its_own_amount_when_they_sold_respectively():
    # the Korea Herald's style: two groups, two amounts "respectively", and a third group's amount after "while"
    # (no "net" said: each group's sale or purchase, as the README's conventions name them)
    actions = {(a.investor.id, a.action.value, a.amount) for a in facts_of(
        "The Kospi fell 1%. Foreigners and institutions sold local shares worth 386 billion won and 94.4 billion won, "
        "respectively, while retail investors purchased 464.7 billion won.").investor_actions}
    assert ("inv-foreign-investors", "sold", "386 billion won") in actions
    assert ("inv-institutional-investors", "sold", "94.4 billion won") in actions
    assert ("inv-retail-investors", "bought", "464.7 billion won") in actions


def test_one_amount_for_two_groups_is_each_groups():
    # a guard: with no "respectively" the one amount is both groups' (as before this change)
    actions = {(a.investor.id, a.amount) for a in facts_of(
        "The Kospi fell 1%. Foreigners and institutions sold shares worth 386 billion won.").investor_actions}
    assert actions == {("inv-foreign-investors", "386 billion won"), ("inv-institutional-investors", "386 billion won")}
