"""Trading days from the exchanges' calendars (generated from exchange-calendars into
ontology/data/calendars.json): holidays and weekends of HKEX, NYSE, Tokyo and London,
"overnight" as Wall Street's previous session, the day a story reports when it names none,
and the exchange on the session node."""
from __future__ import annotations

import datetime as dt

import pytest

from marketkg.loaders.dates import day_mentions, previous_session_day, session_day
from marketkg.ontology.calendars import calendar, exchange_of, is_session, previous_session

D = dt.date.fromisoformat


@pytest.mark.parametrize(("mic", "day", "open_"), [
    ("XHKG", "2025-12-25", False), ("XHKG", "2025-12-26", False), ("XHKG", "2025-10-01", False),  # National Day
    ("XHKG", "2025-01-29", False), ("XHKG", "2025-11-21", True), ("XHKG", "2025-11-22", False),  # Lunar NY, Sat
    ("XNYS", "2025-07-04", False), ("XNYS", "2025-11-27", False), ("XNYS", "2025-11-28", True),  # Thanksgiving
    ("XNYS", "2025-01-20", False), ("XNYS", "2025-12-26", True), ("XNYS", "2025-11-23", False),  # MLK, Sunday
    ("XTKS", "2025-01-02", False), ("XTKS", "2025-05-05", False), ("XTKS", "2025-11-24", False),  # substitute day
    ("XTKS", "2025-11-25", True), ("XLON", "2025-12-26", False), ("XLON", "2025-08-25", False),  # Boxing, bank hol.
    ("XLON", "2025-04-18", False), ("XLON", "2025-11-21", True), ("XNAS", "2025-07-04", False),
])
def test_sessions_and_holidays(mic, day, open_):
    assert calendar(mic) is not None
    assert is_session(mic, D(day)) is open_


def test_previous_session_skips_weekends_and_holidays():
    assert previous_session("XHKG", D("2025-12-29")) == D("2025-12-24")  # Christmas, Boxing Day, weekend
    assert previous_session("XNYS", D("2025-01-21")) == D("2025-01-17")  # Martin Luther King Day, weekend
    assert previous_session("XTKS", D("2025-11-25")) == D("2025-11-21")  # Labour Thanksgiving substitute, weekend
    assert previous_session("XLON", D("2025-08-26")) == D("2025-08-22")  # summer bank holiday


def test_overnight_in_an_asian_wrap_is_the_previous_nyse_session():
    text = "Asian shares rose on Tuesday after a rally overnight on Wall Street."
    # published Tuesday after Martin Luther King Day: Wall Street last traded on Friday
    days = [d for *_, d in day_mentions(text, published="2025-01-21")]
    assert "2025-01-17" in days
    assert previous_session_day("XNYS", "2025-11-28") == "2025-11-26"


def test_a_saturday_storys_friday_is_friday():
    days = [d for *_, d in day_mentions("Hong Kong stocks fell on Friday.", published="2025-11-22")]
    assert days == ["2025-11-21"]


def test_a_story_naming_no_day_reports_its_exchanges_last_session():
    assert session_day("XHKG", "2025-11-22") == "2025-11-21"  # Saturday
    assert session_day("XHKG", "2025-12-26") == "2025-12-24"  # Boxing Day
    assert session_day("XNYS", "2025-12-26") == "2025-12-26"  # NYSE trades that day


def test_the_session_node_carries_the_exchange():
    from marketkg.graph import build_graph
    from marketkg.loaders import extract_many
    from marketkg.ontology.ids import content_id
    from marketkg.ontology.models import Article

    text = "Hong Kong stocks fell. The Hang Seng Index fell 1.2% to 25,000.00. Tencent fell 2%."
    G = build_graph(list(extract_many([Article(id=content_id(text), source="a.txt", text=text,
                                               published="2025-11-22")])))
    sessions = [d for _, d in G.nodes(data=True) if d.get("type") == "session"]
    assert sessions and all(d["exchange"] == "XHKG" for d in sessions)
    assert {d["date"] for d in sessions} == {"2025-11-21"}  # a Saturday story: Friday's session
    assert exchange_of("jp") == "XTKS" and exchange_of("uk") == "XLON" and exchange_of("world") is None


@pytest.mark.parametrize(("mic", "day", "open_"), [
    # exchanges the calendar file lacks whose week runs Sunday to Thursday: Cairo, Qatar, Dubai before 2022
    ("XCAI", dt.date(2019, 1, 13), True), ("XCAI", dt.date(2019, 1, 11), False),
    ("DSMD", dt.date(2021, 3, 14), True),
    ("XDFM", dt.date(2021, 1, 15), False), ("XDFM", dt.date(2023, 1, 13), True), ("XDFM", dt.date(2023, 1, 15), False),
    # ... and an unknown exchange keeps Monday to Friday
    (None, dt.date(2019, 1, 13), False), (None, dt.date(2019, 1, 14), True),
])
def test_the_working_week_of_exchanges_without_a_calendar(mic, day, open_):
    assert is_session(mic, day) is open_


def test_a_cairo_wrap_on_sunday_reports_sunday():
    assert session_day("XCAI", "2019-01-13") == "2019-01-13"


def test_yesterday_is_the_session_before_the_story():
    # the Taipei Times writes the day before its morning paper: "The TAIEX moved lower yesterday"
    days = [d for _, _, d in day_mentions("The TAIEX moved lower yesterday.", published="2020-12-15", mic="XTAI")]
    assert days == ["2020-12-14"]
    # ... an event's day, "yesterday's record cash injection", dates no move
    assert day_mentions("adding to yesterday's record cash injection", published="2011-03-15", mic="XTKS") == []
