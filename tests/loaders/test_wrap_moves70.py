"""Moves of US wraps the 304th set showed: Kiplinger's quotes in brackets after a name ("Tesla (TSLA, +4.1%)
jumped"), a move as a noun owned through "whose" ("the Nasdaq Composite, whose 0.4% gain to 12,870 was just
enough for yet another record close"), a knock-on move as a noun ("lost more than 2 percent, leading the S&P 500
to a 0.8 percent drop", Bloomberg), and the VIX by its exchange's full name ("The Chicago Board Options Exchange
Volatility Index climbed 6.4 percent"), which the aliases now carry.

Sentences were written for these tests in the styles of Kiplinger and Bloomberg, not copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2020-12-30")[0]


def test_a_quote_in_brackets_after_the_name():
    assert _moves("Tesla (TSLA, +4.1%) jumped to within a few dollars of its all-time high.") == [
        ("Tesla Inc", "up", 4.1, None)]
    assert _moves("Apple (AAPL, -1.3%) and Microsoft (MSFT, +0.7%) went separate ways.") == [
        ("Apple Inc", "down", -1.3, None), ("Microsoft Corporation", "up", 0.7, None)]


def test_a_move_noun_owned_through_whose():
    assert _moves("The indices all finished higher, including the Nasdaq Composite, whose 0.4% gain to "
                  "12,870 was enough for another record close.") == [("Nasdaq Composite", "up", 0.4, 12870.0)]
    # (the possessive as before)
    assert _moves("Rio Tinto's 5 per cent climb was one of the few bright spots.") == [("Rio Tinto", "up", 5.0, None)]


def test_a_knock_on_move_as_a_noun():
    moves = _moves("Banks lost more than 2 percent, leading the S&P 500 to a 0.8 percent drop.")
    assert ("S&P 500", "down", -0.8, None) in moves


def test_the_vix_by_its_exchange_s_full_name():
    facts = facts_of("Markets\n\nThe Chicago Board Options Exchange Volatility Index climbed 6.4 percent to 15.85.",
                     published="2014-05-15")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Cboe Volatility Index", 6.4, 15.85)]
    assert "Chicago Board Options Exchange Volatility Index" in facts.moves[0].entity.aliases
