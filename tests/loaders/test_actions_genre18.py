"""Investor actions of the 318th set: two brokers joined by "and" before a rating change ("after both Citigroup and
Morgan Stanley downgraded the stock", the Guardian: two downgrades), a sale of shares counted in words ("sold about
five million shares in the company", Bloomberg), and a person named after a title ("Chairman Pony Ma": the name, not
the title, is the investor's).

Sentences were written for these tests in the styles of the Guardian and Bloomberg, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return sorted((a.investor.name, a.action.value, a.target.name if a.target else None)
                  for a in facts_of("Markets\n\n" + text, published="2016-01-19").investor_actions)


def test_two_brokers_before_a_rating_change():
    assert _actions("Man Group lost 21% after both Citigroup and Morgan Stanley downgraded the stock.") == [
        ("Citigroup", "downgraded", "Man Group"), ("Morgan Stanley", "downgraded", "Man Group")]
    # a group that is no broker is no second rater
    assert _actions("Man Group lost 21% after shareholders and Morgan Stanley downgraded the stock.") == [
        ("Morgan Stanley", "downgraded", "Man Group")]


def test_shares_counted_in_words_and_a_name_past_its_title():
    assert _actions("Tencent fell 2.2%. Chairman Pony Ma sold about four million shares in the company last week.") == [
        ("Pony Ma", "sold", "Tencent Holdings")]
