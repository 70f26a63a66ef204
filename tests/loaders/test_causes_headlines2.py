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
    assert ("Wall Street", "fall 3%") not in _headline_causes("Stocks, led by miners, fall 3%")


def test_names_that_sink_a_market_are_its_causes():
    # a move verb with a market as its object: the market moved, the names moved it (SCMP's headlines)
    facts = facts_of("Alibaba, Meituan, Tencent sink Hong Kong stocks on regulatory pressure\n\n"
                     "The Hang Seng Index fell 1.9 percent on Tuesday.\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Hang Seng Index", -1.9)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Hang Seng Index", "Alibaba"), ("Hang Seng Index", "Meituan"), ("Hang Seng Index", "Tencent"),
        ("Hang Seng Index", "regulatory pressure")]


def test_a_market_that_sinks_in_a_place_moved_itself():
    facts = facts_of("Tech stocks sink in Hong Kong on tightening curbs\n\nThe Hang Seng Index fell 1.9 percent.\n")
    assert ("Technology", "tightening curbs") in [(c.effect.name, c.cause) for c in facts.causes]


def test_wary_of_is_a_cue():
    facts = facts_of("Thai stocks fall\n\nThai shares retreated 1 percent on Tuesday, wary of political uncertainty.\n")
    assert [(c.effect.name, c.cause, c.cue) for c in facts.causes] == [("SET Index", "political uncertainty", "wary of")]
