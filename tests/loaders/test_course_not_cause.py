"""'after flipping between gains and losses', 'after hovering near the flat line': the day's own
course, a time and not a cause (dev README: a temporal "after" is no cause). Written in the
style of AP's and Reuters' closing reports."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

COURSE = [
    "The S&P 500 fell 0.7% after flipping between small gains and losses earlier in the day.",
    "The Nikkei ended 0.3% higher after hovering near the flat line for most of the session.",
    "The Kospi closed down 0.5% after wavering between gains and losses.",
]


@pytest.mark.parametrize("text", COURSE, ids=[t[:40] for t in COURSE])
def test_the_days_course_is_no_cause(text):
    facts = facts_of(text)
    assert len(facts.moves) == 1 and facts.causes == ()


def test_an_event_after_after_is_still_a_cause():
    facts = facts_of("The Nikkei rose 1% after the Bank of Japan left its rates on hold.")
    assert [c.effect.id for c in facts.causes] == ["idx-n225"]
