"""'A spillover from Tuesday's losses on Wall Street, with the Dow ... all falling one percent':
a weekday's possessive before a move noun names that session, even after 'from'. From VOA's
"Asian Markets Begin April with More Pandemic-Sparked Losses" (2020-04-01, public domain)."""
from __future__ import annotations

from tests.conftest import facts_of

_VOA = ("Asian markets were mostly trading in negative territory Wednesday. The bad day in Asia was a spillover "
        "from Tuesday’s losses on Wall Street, with the Dow Jones, the S&P 500 and the Nasdaq all falling one "
        "percent or above.")


def test_the_moves_of_tuesdays_losses_are_dated_tuesday():
    facts = facts_of(_VOA, published="2020-04-01")
    assert sorted((m.entity.id, m.date) for m in facts.moves) == [
        ("idx-djia", "2020-03-31"), ("idx-ixic", "2020-03-31"), ("idx-spx", "2020-03-31")]


def test_from_a_weekdays_close_is_still_no_session_of_the_move():
    # written in Xinhua's style: the reference close, not the day of the move
    facts = facts_of("The Nikkei rose 0.5 percent on Wednesday from Tuesday's close at 39,792.10.",
                     published="2025-03-05")
    assert [m.date for m in facts.moves] == ["2025-03-05"]
