"""Records as rises and "on" with a statistic, as The Local and PTI write them (sentences written for these tests
in their styles; not copied). The present-tense "falter", "roar" and "set records" of the round were taken back
after a review: see test_review_round40.py."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text).causes}


@pytest.mark.parametrize(("text", "expected"), [
    # "on" a place and a statistic is a cause, not a venue
    ("Stockholm bourse falls on US retail stats\n\nThe Stockholm bourse fell 1.1% on Wednesday.",
     ("OMX Stockholm 30", "US retail stats")),
    # a new record is a rise, its cue the cause
    ("Markets\n\nThe Sensex and the Nifty ended at fresh lifetime peaks on Wednesday amid steady foreign inflows.",
     ("BSE Sensex", "steady foreign inflows")),
])
def test_records_and_statistics(text, expected):
    assert expected in _causes(text)


@pytest.mark.parametrize("text", [
    # (guards: a venue after "on" stays no cause; "to falter" with no subject moves nothing)
    "Markets\n\nShares of Alibaba fell 2% on Wall Street.",
    "Markets\n\nThe rally could falter as oil prices rise, analysts said.",
])
def test_no_cause_from_a_venue_or_a_hedge(text):
    assert not {c for c in _causes(text) if c[1] in ("Wall Street", "oil prices rise")}
