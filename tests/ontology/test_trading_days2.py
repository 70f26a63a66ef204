"""A weekday named in a wrap when that day was a holiday of the story's exchange (issue 11,
trading days): it names no session of that exchange, so the moves take the story's session
(the publication day if the exchange traded, else its last session before); a weekday that
was a session keeps its day. Cases for NYSE, HKEX, Tokyo and London."""
from __future__ import annotations

import pytest

from marketkg.loaders.dates import DayMention, day_mentions, resolve_weekday, story_day
from tests.conftest import facts_of


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {m.entity.id: m.date for m in facts_of(text, published=published).moves}


@pytest.mark.parametrize(("published", "text", "entity", "day"), [
    # Wednesday 31 December: the Thursday before is Christmas Day, no NYSE session
    ("2025-12-31", "U.S. stocks rose on Thursday. The S&P 500 rose 1% to 6,900.00.", "idx-spx", "2025-12-31"),
    ("2025-12-31", "The S&P 500 rose 1% to 6,900.00 on Thursday.", "idx-spx", "2025-12-31"),
    # Tuesday after Easter Monday, an HKEX holiday
    ("2025-04-22", "Hong Kong markets were shut on Monday for Easter. The Hang Seng Index rose 1.2% to 21,500.00.",
     "idx-hsi", "2025-04-22"),
    ("2025-04-22", "On Monday, the Hang Seng rose 1.2% to 21,500.00.", "idx-hsi", "2025-04-22"),
    # Saturday 3 January 2026: Friday 2 January is a Tokyo holiday; the last session was 30 December
    ("2026-01-03", "Japanese stocks rose on Friday. The Nikkei 225 rose 1% to 50,000.00.", "idx-n225", "2025-12-30"),
    # Tuesday after the summer bank holiday in London
    ("2025-08-26", "On Monday, the FTSE 100 rose 0.5% to 9,300.00.", "idx-ftse100", "2025-08-26"),
    # controls: a named weekday that was a session keeps its day
    ("2025-04-22", "Hong Kong stocks rose on Thursday. The Hang Seng Index rose 1.2% to 21,500.00.",
     "idx-hsi", "2025-04-17"),
    ("2025-11-28", "U.S. stocks rose on Wednesday. The benchmark S&P 500 rose 1% to 6,800.00.", "idx-spx",
     "2025-11-26"),
    ("2025-11-22", "Hong Kong stocks fell on Friday. The Hang Seng Index fell 1.2% to 25,000.00.",
     "idx-hsi", "2025-11-21"),
])
def test_a_weekday_that_was_a_holiday_names_no_session(published, text, entity, day):
    assert _dates(text, published)[entity] == day


def test_resolve_weekday_with_and_without_the_exchange():
    assert resolve_weekday("Thursday", published="2025-12-30") == "2025-12-25"
    assert resolve_weekday("Thursday", published="2025-12-30", mic="XNYS") is None
    assert resolve_weekday("Thursday", published="2025-12-31", mic="XNYS") is None  # nor the next day's: New Year's
    assert resolve_weekday("Monday", published="2025-04-22", mic="XHKG") is None  # Easter Monday
    assert resolve_weekday("Monday", published="2025-04-22", mic="XNYS") == "2025-04-21"  # NYSE traded
    assert resolve_weekday("Friday", published="2026-01-03", mic="XTKS") is None
    assert resolve_weekday("Monday", published="2025-08-26", mic="XLON") is None


def test_day_mentions_drop_only_the_holiday_weekday():
    text = "Stocks were shut on Monday and rose on Tuesday."
    assert [d for *_, d in day_mentions(text, published="2025-04-22", mic="XHKG")] == ["2025-04-22"]
    assert [d for *_, d in day_mentions(text, published="2025-04-22")] == ["2025-04-21", "2025-04-22"]


def test_the_storys_day_is_never_a_holiday_of_its_exchange():
    christmas = [DayMention((0, 15, "2025-12-25"))]
    assert story_day(christmas, "On December 25", "XHKG", "2025-12-29") == "2025-12-29"
    assert story_day(christmas, "On December 25", "XHKG", "2025-12-27") == "2025-12-24"  # Saturday story
    overnight = [DayMention((0, 9, "2025-11-26"))]
    assert story_day(overnight, "overnight", "XHKG", "2025-11-27") == "2025-11-27"
    # no year: kept (a lead's day: a date alone on its line is a page's date line, no session)
    assert story_day([DayMention((0, 5, "--11-25"))], "Nov 25 Hong Kong stocks rose on Tuesday.", "XHKG", None) == "--11-25"
    assert story_day([DayMention((0, 5, "--11-25"))], "Nov 25\nHong Kong stocks rose.", "XHKG", None) is None
