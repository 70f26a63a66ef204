"""Investor actions of the 434th to 443rd sets: a broker's rating change on "shares of" a company (the New York
Sun's "Prudential Equity Group raised shares to overweight from neutral weight"), a stake told with an adjective
("has increased his personal stake in Alibaba", Asia Financial), and a bank's bare "target" on a named stock
(FXStreet's "HSBC lifted its target to $880"), while a company's own target stays no action.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Analyst calls\n\n" + text, published="2024-03-05").investor_actions]


@pytest.mark.parametrize("text, expected", [
    ("JPMorgan raised shares of Alcoa to overweight from neutral.", [("JPMorgan", "upgraded", "Alcoa")]),
    ("JPMorgan cut shares of Alcoa to underweight.", [("JPMorgan", "downgraded", "Alcoa")]),
    ("Billionaire investor Ryan Cohen has increased his personal stake in Alibaba to roughly $1 billion.",
     [("Ryan Cohen", "raised_stake", "Alibaba Group Holding")]),
    ("HSBC lifted its target on Nvidia to $880 from $835.", [("HSBC Holdings", "other", "Nvidia Corporation")]),
    ("Tesla raised its target for deliveries.", []),
    ("Tesla raised its target on deliveries to 2 million.", []),
])
def test_actions(text, expected):
    assert _actions(text) == expected
