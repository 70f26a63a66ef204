"""Causes as other outlets join and time them: "amid A and more B" is two causes, "after another
wobbly day of trading" and "after the long weekend" are times, and "The news had earlier sparked a
fall" names no cause of its own. Sentences written in the style of AFP, Business Today, AP and BBC
wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize("text, second", [
    ("Hong Kong stocks closed 1% lower Monday amid investor caution ahead of US-China trade talks and more "
     "civil unrest in the financial hub.", "more civil unrest in the financial hub"),
    ("The Sensex tanked 1.7% due to selling by investors ahead of the Fed meeting and a slide in the rupee.",
     "a slide in the rupee"),
    ("The Sensex closed 1% higher on easing of the North Korea crisis and weakening of Hurricane Irma.",
     "weakening of Hurricane Irma"),
])
def test_and_joins_two_causes(text, second):
    causes = [cause for _, cause in _causes(text)]
    assert len(causes) == 2 and causes[1] == second


def test_and_inside_one_cause_is_kept():
    assert _causes("The Nikkei fell 2% on worries about trade and growth.") == [
        ("Nikkei 225", "worries about trade and growth")]


@pytest.mark.parametrize("text", [
    "The S&P 500 rose 0.2% after another wobbly day of trading.",
    "The Dow rose 1% after the long weekend.",
    "The Dow rose 1% after a holiday break.",
    # "just as" sets two lists side by side; "after having" tells the move's own course; a run of earlier
    # days is the market's own course (sentences in the styles of Kathimerini, City AM, Katadata)
    "Titan lost 2.1% and Jumbo slid 1.3%, just as Mytilineos grew 0.9% and OTE rose 0.4%.",
    "The FTSE 100 extended its losses on Tuesday after having traded with some volatility during the day.",
    "The Jakarta Composite Index fell 1.2% on Tuesday. The decline followed five consecutive days of gains.",
    "The Nasdaq gave up 1.5%, finishing at 9,910.20, a day after booking a fresh record closing high.",
    "The Dow advanced 0.9%, to end at 26,870.03, after briefly rising as high as 27,071.33 at the open.",
])
def test_a_pause_or_a_span_is_no_cause(text):
    assert _causes(text) == []


def test_a_possessive_weekend_names_an_event():
    assert _causes("The Dow rose 1% after the weekend's election.") == [
        ("Dow Jones Industrial Average", "the weekend's election")]


def test_a_cause_that_only_points_back_is_none():
    text = "The news had earlier sparked a fall in Asian markets, with Japan's Nikkei closing down almost 3%."
    assert _causes(text) == []
    text = "Fears of a slowdown had earlier sparked a fall in Asian markets, with Japan's Nikkei closing down 3%."
    assert _causes(text) == [("Asian markets", "Fears of a slowdown")]
