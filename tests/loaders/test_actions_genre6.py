"""The broker behind a rating: past an aside between it and its verb, and behind its analyst named after its
possessive, as CNBC-TV18 and AP write them (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text, published="2024-05-15").investor_actions]


def test_a_broker_past_an_aside():
    # CNBC-TV18: "Morgan Stanley, in a report, downgraded the stock"
    assert _actions("MUMBAI: State Bank of India fell 3 per cent. Morgan Stanley, in a report, downgraded the stock to "
                    "'equal-weight' from 'overweight'.") == [("Morgan Stanley", "downgraded", "State Bank of India")]


def test_the_broker_its_analyst_speaks_for():
    # AP: "Morgan Stanley's Scott Devitt downgraded ...", "Macquarie Capital's Ben Schachter raised his rating on ..."
    assert _actions("NEW YORK: Morgan Stanley's Scott Devitt downgraded Twitter to Underweight.") == [
        ("Morgan Stanley", "downgraded", "Twitter")]
    assert [investor for investor, _, _ in _actions(
        "NEW YORK: Macquarie Capital's Ben Schachter raised his rating on Twitter to Outperform.")] == ["Macquarie"]
