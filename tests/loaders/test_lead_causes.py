"""Causes in Bloomberg's and Reuters' lead sentences, from a blind set of European wraps: "closed at a near
three-month low on Friday as X", "slid to a two-year low, entering a bear market on X", and a record's span with a
fraction before its "after" ("tumbled the most in 3 1/2 years after X") (sentences written for these tests in
those styles, not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2024-05-15").causes}


def test_a_near_extreme_as_the_close():
    assert _causes("European shares closed at a near three-month low on Friday as bond yields climbed.") == {
        ("European markets", "bond yields climbed")}


def test_entering_a_bear_market_then_its_cue():
    assert _causes("European stocks slid to a two-year low, entering a bear market on worries about weak demand.") \
        == {("European markets", "worries about weak demand")}


def test_a_records_span_with_a_fraction():
    assert _causes("Shire slid the most in 2 1/2 years after AbbVie said it may drop its bid.") == {
        ("Shire", "AbbVie said it may drop its bid")}
    # (a guard: a time after a span is no cause)
    assert _causes("The Nikkei rose 1%, two years after the crash.") == set()
