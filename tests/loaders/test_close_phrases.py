"""The close after a hedged points figure ("or more than 940 points, to 26,519.95") and after a
session phrase ("to finish the session at", "closing the day at"). Sentences written in the style of
AFP, AP and Al Jazeera wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, pct, close", [
    ("The Dow slumped 3.4 percent, or more than 940 points, to 26,519.95.", -3.4, 26519.95),
    ("The Dow slumped 3.4 percent, or nearly 940 points, to 26,519.95.", -3.4, 26519.95),
    ("The Dow shed 943 points or 3.43 percent to finish the session at 26,519.95.", -3.43, 26519.95),
    ("The Dow shed 943 points or 3.43 percent to end the day at 26,519.95.", -3.43, 26519.95),
    ("The Dow rose 1%, closing the day at 30,000.12.", 1.0, 30000.12),
    ("The Dow rose 1% to end the trading day at 30,000 points.", 1.0, 30000.0),
])
def test_the_close_is_read(text, pct, close):
    assert [(m.change_pct, m.close) for m in facts_of(text).moves] == [(pct, close)]


def test_a_session_phrase_without_a_level_gives_no_close():
    assert [m.close for m in facts_of("The Dow rose 1% to end the day at its highest since May.").moves] == [None]
