"""Investor actions of the 258th set: a subject list with Reuters' codes after its names and a description before it
("Home builders Toll Brothers Inc TOL.N and KB Home KBH.N both were upgraded by J.P. Morgan Securities"), a target
price "revised" (the Hindustan Times), and a central bank's buying named as a noun (Kyodo's "after the Bank of Japan's
recent purchases of exchange-traded funds").

Sentences were written for these tests in the style of Reuters, Indian papers and Kyodo, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2020-03-24").investor_actions]


def test_a_listed_subject_with_codes_after_its_description():
    got = _actions("Home builders Toll Brothers Inc TOL.N and KB Home KBH.N both were upgraded by J.P. Morgan "
                   "Securities.")
    assert [(action, target) for _, action, target in got] == [("upgraded", "Toll Brothers Inc"), ("upgraded", "KB Home")]


def test_an_object_of_another_clause_is_no_co_subject():
    # (a guard)
    assert [target for _, _, target in _actions("Investors favoured Tesco and Ocado was downgraded by UBS.")] == [
        "Ocado"]


def test_a_revised_target_price():
    assert _actions("Reliance Industries jumped 11.2% after Goldman Sachs revised its target price to Rs 1,200.") == [
        ("Goldman Sachs", "other", "Reliance Industries")]


def test_a_revised_rating_says_no_side():
    # (a guard)
    assert _actions("Tesla rose 2% after Goldman Sachs revised its rating on the stock.") == []


def test_a_central_banks_purchases_as_a_noun():
    for text in ("Tokyo stocks soared after the Bank of Japan's recent purchases of exchange-traded funds.",
                 "Tokyo stocks rose on ETF buying by the Bank of Japan."):
        assert _actions(text) == [("Bank of Japan", "bought", None)]


def test_the_end_of_purchases_is_no_buying():
    # (a guard)
    assert _actions("Stocks fell on worries about the tapering of the Federal Reserve's bond purchases.") == []


def test_a_target_price_revised_up():
    # (review 53)
    assert _actions("Apple rose 2% after Morgan Stanley revised up its target price.") == [
        ("Morgan Stanley", "other", "Apple Inc")]


def test_a_rating_revised_down_is_a_downgrade():
    assert [(name, action) for name, action, _ in _actions("Tesco fell 2% after Jefferies revised down its rating on "
                                                           "the grocer.")] == [("Jefferies", "downgraded")]
