"""Causes listed by commas in a sentence-case headline, as the wires write them ("Seoul shares
down on virus concerns, US election uncertainties"), and the commas that open no further cause:
a cue's own clause, the sentence's verb after an aside, the inner list of "including"
(headlines written for these tests in the styles of Yonhap, SCMP, Bloomberg and Mint; not
copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _headline_causes(headline: str) -> list[tuple[str, str]]:
    facts = facts_of(headline + "\n\nThe index closed lower on Tuesday.\n")
    return [(c.effect.name, c.cause) for c in facts.causes]


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline's comma joins two causes, in sentence case as in title case
    ("Seoul shares down on virus concerns, US election uncertainties",
     [("KOSPI", "virus concerns"), ("KOSPI", "US election uncertainties")]),
    ("Seoul Shares Down on Virus Concerns, US Election Uncertainties",
     [("KOSPI", "Virus Concerns"), ("KOSPI", "US Election Uncertainties")]),
    # a comma before another cue leaves the cue its own clause
    ("Hong Kong stocks tumble, led by Tencent, as regulator probes gaming firms",
     [("Hang Seng Index", "Tencent"), ("Hang Seng Index", "regulator probes gaming firms")]),
    # movers listed before their verb are one cause
    ("Dutch stocks fall as banks, Philips shares drop", [("AEX", "banks, Philips shares drop")]),
    # the names an "including" lists are no causes of their own
    ("Sensex falls as banks including HDFC, ICICI and Axis slide",
     [("BSE Sensex", "banks including HDFC, ICICI and Axis slide")]),
])
def test_a_headline_lists_causes_with_commas(headline, expected):
    assert _headline_causes(headline) == expected


def test_the_verb_after_an_aside_is_no_cause():
    assert ("Wall Street", "fall 4%") not in _headline_causes("Stocks, led by banks, fall 4%")
