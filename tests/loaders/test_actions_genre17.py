"""A broker's plain verb with "the stock" as its object and a rating after "to" (Reuters' style, e.g. "Kestrel Energy
fell 6% after Tern Securities cut the stock to 'neutral' from 'outperform'"): the stock the sentence moved, downgraded.

Sentences were written for these tests in the style of Reuters, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2018-03-08").investor_actions]


def test_a_broker_cuts_the_stock_to_a_rating():
    assert _actions("Shares in French fuel depot operator Kestrel Energy fell 6% after Tern Securities cut the stock "
                    "to “neutral” from “outperform”.") == [("Tern Securities", "downgraded", "Kestrel Energy")]
    assert _actions("Kestrel Energy rose 2% after Tern Securities raised the stock to outperform from neutral.") == [
        ("Tern Securities", "upgraded", "Kestrel Energy")]
    # (a guard: a company cutting its own stock's price target is no broker's rating)
    assert _actions("Kestrel Energy rose 2% after the company cut the stock split ratio to three for one.") == []
