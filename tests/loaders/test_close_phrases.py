"""The close after a hedged points figure ("or more than 810 points, to 28,140.62") and after a
session phrase ("to finish the session at", "closing the day at"). Sentences written in the style of
AFP, AP and Al Jazeera wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, pct, close", [
    ("The Dow slumped 2.9 percent, or more than 810 points, to 28,140.62.", -2.9, 28140.62),
    ("The Dow slumped 2.9 percent, or nearly 810 points, to 28,140.62.", -2.9, 28140.62),
    ("The Dow shed 812 points or 2.87% to finish the session at 28,140.62.", -2.87, 28140.62),
    ("The Dow shed 812 points or 2.87% to end the day at 28,140.62.", -2.87, 28140.62),
    ("The Dow rose 1.3%, closing the day at 31,204.56.", 1.3, 31204.56),
    ("The Dow rose 1.3% to end the trading day at 31,200 points.", 1.3, 31200.0),
])
def test_the_close_is_read(text, pct, close):
    assert [(m.change_pct, m.close) for m in facts_of(text).moves] == [(pct, close)]


def test_a_session_phrase_without_a_level_gives_no_close():
    assert [m.close for m in facts_of("The Dow rose 1% to end the day at its highest since May.").moves] == [None]
