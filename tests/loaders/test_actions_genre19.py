"""Investor actions of the 323rd to 326th sets: a broker acting through "a ... analyst" ("a Citigroup analyst raised
his rating on Research In Motion"), with "UBS analysts" and "S&P" kept as the article names them; a second rating
verb after ", and" shares the broker of the first ("raised its price targets on Canada's big banks, and raised its
rating on Bank of Montreal"), and the first's object ends before that verb; investors that are the subject of "were
net sellers" make a flow with no sum given ("The foreigners were net sellers").

Sentences were written for these tests in the styles of the Financial Post, Reuters and Xinhua, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2011-02-16").investor_actions]


def _investor_aliases(text: str):
    return [a.investor.aliases for a in facts_of("Markets\n\n" + text, published="2011-02-16").investor_actions]


def test_a_broker_s_analyst_and_the_broker_as_named():
    text = "Technology rose 2.1 per cent after a Citigroup analyst raised his rating on Research In Motion to “buy”."
    assert _actions(text) == [("Citigroup", "upgraded", "BlackBerry")]
    assert "Citigroup analyst" in _investor_aliases(text)[0]
    assert "UBS analysts" in _investor_aliases("UBS analysts downgraded CP Ships to reduce from neutral.")[0]
    assert "S&P" in _investor_aliases("Last month, S&P raised Pakistan's sovereign rating to B-minus from CCC+.")[0]


def test_a_second_rating_verb_shares_the_broker():
    assert _actions("Banks rose after Credit Suisse raised its price targets on Canada's big banks, and raised its "
                    "rating on Bank of Montreal to “neutral” from “underperform.”") == [
        ("Credit Suisse", "other", "Banks"), ("Credit Suisse", "upgraded", "Bank of Montreal")]
    assert _actions("Goldman raised its target on Tesla and cut its rating on Ford.") == [
        ("Goldman Sachs", "other", "Tesla Inc"), ("Goldman Sachs", "downgraded", "Ford Motor Company")]


def test_net_sellers_as_the_subject_need_no_sum():
    assert _actions("The foreigners were net sellers.") == [("Foreign investors", "net_outflow", None)]
    assert _actions("Foreign investors were net buyers.") == [("Foreign investors", "net_inflow", None)]
    # (a flow word with no investor as its subject and no sum is no flow)
    assert _actions("The market saw net selling.") == []
