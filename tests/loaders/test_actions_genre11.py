"""Investor actions as four new blind sets showed them missed: a group's sum with no object ("retail investors
scooped up 198.2 billion won"), net selling named by a noun ("net selling by mainland investors"), an analyst's own
price target ("raised her price target to $120"), a market's flow in a clause of its own after a company's move,
and a relative clause between a name and "led the decliners" (sentences written for these tests in the styles of
Yonhap, the SCMP, Fox Business and Reuters; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _actions(text: str) -> set[tuple[str, str, str | None]]:
    return {(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in _facts(text).investor_actions}


def test_a_groups_sum_with_no_object_is_its_trade():
    assert _actions("Foreigners sold a net 52.3 billion won, while retail investors scooped up 61.8 billion won.") == {
        ("Foreign investors", "sold", None), ("Retail investors", "bought", None)}


def test_a_buy_with_no_object_and_no_sum_is_no_action():
    # (a guard: "buying the dip" names nothing bought, nor does a bare verb)
    assert _actions("Retail investors scooped up, analysts said.") == set()


def test_net_selling_named_by_a_noun_is_a_flow():
    assert _actions("Hong Kong stocks fell as net selling by mainland investors weighed on tech names.") == {
        ("Southbound capital", "net_outflow", None)}
    assert _actions("The index slid on the first net selling in three months by foreign investors.") == {
        ("Foreign investors", "net_outflow", None)}
    # (a guard: selling without "net" is a trade)
    assert _actions("Stocks fell on selling by foreign investors.") == {("Foreign investors", "sold", None)}


def test_an_analysts_own_price_target_is_on_the_mover():
    assert _actions("Nike gained 3.1% after Barclays analyst Adrienne Yih raised her price target to $120.") == {
        ("Barclays", "other", "Nike, Inc.")}


def test_a_markets_flow_after_a_companys_move_has_no_company():
    assert _actions("Tencent rose 2 per cent to HK$380, as net inflows from mainland investors into the Hong Kong "
                    "market rose to HK$12 billion.") == {("Southbound capital", "net_inflow", None)}


def test_a_relative_clause_before_led_the_decliners():
    facts = _facts("Rightmove, which reported higher listings in the first half, led the decliners with a fall of "
                   "4.2 percent after a downgrade to underweight from JPMorgan.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Rightmove", -4.2)]
    assert {(a.investor.name, a.action.value, a.target.name) for a in facts.investor_actions} == {
        ("JPMorgan", "downgraded", "Rightmove")}
