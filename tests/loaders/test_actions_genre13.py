"""Investor actions a helper's probe showed missed: an adverb set off by commas between an investor group and its
verb ("Domestic institutional investors (DIIs), however, bought shares worth Rs 2,810.7 crore").

Sentences were written for these tests in the style of the Economic Times, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(text, published="2026-03-27")
    return [(a.investor.name, a.action, a.amount) for a in facts.investor_actions]


def test_an_aside_between_the_group_and_its_verb():
    assert _actions("Foreign institutional investors offloaded stocks worth Rs 3,450.2 crore on Thursday. Domestic "
                    "institutional investors (DIIs), however, bought shares worth Rs 2,810.7 crore.") == [
        ("Foreign investors", "sold", "Rs 3,450.2 crore"), ("Domestic investors", "bought", "Rs 2,810.7 crore")]
    assert _actions("DIIs, meanwhile, sold shares worth Rs 1,200 crore.") == [
        ("Domestic investors", "sold", "Rs 1,200 crore")]


def _ratings(text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(text, published="2008-06-26")
    return [(a.investor.name, a.action, a.target.name if a.target else None) for a in facts.investor_actions]


def test_a_brokers_analysts_rate_the_shares_of_a_company():
    # (the Financial News' and AP's styles)
    assert _ratings("Kestrel Securities analysts downgraded Osprey Motors.") == [
        ("Kestrel Securities", "downgraded", "Osprey Motors")]
    assert _ratings("Lenders slid after Kestrel Securities analysts downgraded the shares of Osprey Motors, which "
                    "dropped 4.7%.") == [("Kestrel Securities", "downgraded", "Osprey Motors")]
    # (a guard: analysts who rate nothing)
    assert _ratings("Citi analysts said the shares of Apple were cheap.") == []
