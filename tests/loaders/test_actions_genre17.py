"""A broker's plain verb with "the stock" as its object and a rating after "to" (Reuters' "Rubis fell 5% after
Berenberg cut the stock to 'hold' from 'buy'"): the stock the sentence moved, downgraded.

Sentences were written for these tests in the style of Reuters, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2018-03-08").investor_actions]


def test_a_broker_cuts_the_stock_to_a_rating():
    assert _actions("Shares in French oil storage company Rubis fell 4% after Berenberg cut the stock to “hold” "
                    "from “buy”.") == [("Berenberg", "downgraded", "Rubis")]
    assert _actions("Rubis rose 3% after Berenberg raised the stock to buy from hold.") == [
        ("Berenberg", "upgraded", "Rubis")]
    # (a guard: a company cutting its own stock's price target is no broker's rating)
    assert _actions("Rubis rose 3% after the company cut the stock split ratio to two for one.") == []
