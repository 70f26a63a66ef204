"""Headline verbs in the present, records as rises and "on" with a statistic, as the LA Times, the Korea Herald,
The Local, PTI and AP write them (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text).causes}


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's present tense: "falter", "roars"
    ("Stocks falter as oil slides to a five-month low\n\nThe S&P 500 fell 0.5% on Wednesday.",
     ("Wall Street", "oil slides to a five-month low")),
    ("Kosdaq roars to seven-year high on biotech rally\n\nThe Kosdaq rose 1.2% on Wednesday.",
     ("KOSDAQ", "biotech rally")),
    # "on" a place and a statistic is a cause, not a venue
    ("Stockholm bourse falls on US retail stats\n\nThe Stockholm bourse fell 1.1% on Wednesday.",
     ("OMX Stockholm 30", "US retail stats")),
    # a new record is a rise, its cue the cause
    ("Markets\n\nThe Sensex and the Nifty ended at fresh lifetime peaks on Wednesday amid steady foreign inflows.",
     ("BSE Sensex", "steady foreign inflows")),
    ("Markets\n\nBoth the S&P 500 and the Dow had set records on Tuesday thanks to big gains in chipmakers.",
     ("Dow Jones Industrial Average", "big gains in chipmakers")),
])
def test_headline_verbs_records_and_statistics(text, expected):
    assert expected in _causes(text)


@pytest.mark.parametrize("text", [
    # (guards: a venue after "on" stays no cause; "to falter" with no subject moves nothing)
    "Markets\n\nShares of Alibaba fell 2% on Wall Street.",
    "Markets\n\nThe rally could falter as oil prices rise, analysts said.",
])
def test_no_cause_from_a_venue_or_a_hedge(text):
    assert not {c for c in _causes(text) if c[1] in ("Wall Street", "oil prices rise")}
