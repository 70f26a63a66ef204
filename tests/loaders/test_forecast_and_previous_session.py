"""Precision: 'Analysts expect the Nikkei to drop 2%' and 'is expected to rise' are forecasts, not
moves; 'had risen 3% in the previous session' is dated the session before, and 'from the previous
session's close' is a reference point, no date. Sentences written in the style of Reuters and Yonhap."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Analysts expect the Nikkei to drop as much as 2% this week if the yen keeps strengthening.",
    "The Nikkei is expected to drop 2%.",
    "The Hang Seng is likely to rise 1% when trading resumes.",
])
def test_a_forecast_is_no_move(text):
    assert facts_of(text).moves == ()


@pytest.mark.parametrize("text", ["BYD failed to hold early gains to end 1.3% lower.",
                                  "The Nikkei rose 2% to close at 38,000."])
def test_an_infinitive_of_the_days_own_close_stays(text):
    assert len(facts_of(text).moves) == 1


def test_in_the_previous_session_is_the_session_before():
    facts = facts_of("The Nikkei rose 1% on Tuesday. It had fallen 2% in the previous session.",
                     published="2025-06-03")
    assert [(m.change_pct, m.date) for m in facts.moves] == [(1.0, "2025-06-03"), (-2.0, "2025-06-02")]


def test_the_previous_sessions_close_dates_nothing():
    # (2025-06-03 was a holiday in Seoul: election day)
    facts = facts_of("The Kospi added 0.4% from the previous session's close.", published="2025-06-05")
    assert [m.date for m in facts.moves] == ["2025-06-05"]
