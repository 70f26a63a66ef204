"""Causes and non-causes as agencies write them (sentences written for these tests in the styles of
AP, Reuters, CNBC and Jiji; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.id, c.cause, c.cue) for c in facts_of(text).causes]


@pytest.mark.parametrize("sentence", [
    # the market's own course or its own earlier move is a time, not a cause
    "The S&P 500 fell 0.3% a day after setting an all-time high.",
    "The Dow slipped 0.6%, a day after crossing that milestone for the first time.",
    "Tencent added another 1.1 percent after Tuesday's 4 percent jump.",
    "Coal stocks fell 2% after a strong rally the previous trading day.",
    "The Topix slipped 0.7%. Following the close of the day's trading, the governor spoke at the exchange.",
])
def test_a_time_is_no_cause(sentence):
    assert _causes(sentence) == []


def test_an_earlier_move_elsewhere_is_still_a_cause():
    assert _causes("The Hang Seng rose 1% after Wall Street's overnight rally.") == [
        ("idx-hsi", "Wall Street's overnight rally", "after")]


def test_shares_of_a_mover_are_the_cause():
    text = "The Nasdaq rose 1.7 percent as shares of Netflix jumped 9.2 percent to a record high."
    assert _causes(text) == [("idx-ixic", "shares of Netflix jumped 9.2 percent", "as")]


def test_on_account_of_is_a_cue():
    text = "The FTSE 100 fell 1.2 percent on account of heavy losses at Italian banks."
    assert _causes(text) == [("idx-ftse100", "heavy losses at Italian banks", "on account of")]


def test_bare_stocks_opening_a_sentence_are_the_story_market():
    text = "The Dow fell 1%. Stocks surged on Tuesday after strong results from big U.S. banks."
    assert _causes(text) == [("market-us", "strong results from big U.S. banks", "after")]


def test_a_gave_back_move_reads_through_its_object_to_the_cue():
    text = "The Dow fell 1%. Stocks gave back some of their recent gains Wednesday as weak retail sales worried investors."
    assert _causes(text) == [("market-us", "weak retail sales worried investors", "as")]


def test_shares_alone_are_no_market():
    # "Shares" opening a sentence is often a company's: no market is guessed for it
    assert _causes("The Dow fell 1%. Shares fell 2% after the report.") == []


def test_bare_stocks_after_a_dateline():
    text = "The Dow fell 1%. NEW YORK — Stocks slipped Wednesday as weak retail sales worried investors."
    assert _causes(text) == [("market-us", "weak retail sales worried investors", "as")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # two predicates of one subject after the cue are two causes (CNBC style)
    ("UnitedHealth shares rose 3.6 percent after it reported strong earnings and raised its outlook.",
     [("tkr-unh", "it reported strong earnings", "after"), ("tkr-unh", "raised its outlook", "after")]),
    # one sector phrase joining two sectors, as the whole cause, is two causes, each its own sector's driver
    ("The Hang Seng rose 1%, led by financials and property developers.",
     [("idx-hsi", "financials", "led by"), ("idx-hsi", "property developers", "led by")]),
    ("Australian shares fell 1.2 percent as blue chip financials and miners weighed on the market.",
     [("idx-asx200", "blue chip financials", "weighed on"), ("idx-asx200", "miners", "weighed on")]),
])
def test_two_causes(sentence, expected):
    assert _causes(sentence) == expected


def test_joined_sectors_keep_their_own_drivers():
    drivers = [c.driver.id for c in facts_of("Banks and industrial companies helped lift stocks on Wall Street.").causes]
    assert drivers == ["sector-banks", "sector-industrials"]


def test_a_new_closing_extreme_is_the_days_direction():
    moves = facts_of("Australian shares closed at a 19-month high on Tuesday, boosted by miners.").moves
    assert [(m.entity.id, m.direction.value) for m in moves] == [("idx-asx200", "up")]
    moves = facts_of("The Kospi ended at a three-year low on Friday.").moves
    assert [(m.entity.id, m.direction.value) for m in moves] == [("idx-kospi", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the market whose lead was followed (VOA, Nikkei styles)
    ("European markets followed Asia's lead.", [("market-eu", "Asia's lead", "followed")]),
    ("The Nikkei followed Wall Street's lead and fell 1%.", [("idx-n225", "Wall Street's lead", "followed")]),
    ("Tokyo stocks took their lead from Wall Street's overnight rally.",
     [("idx-n225", "Wall Street's overnight rally", "followed")]),
    # "led by the movers amid a second cause" (PTI style): the movers, then the second cause
    ("The Sensex rose 1%, led by Reliance amid heavy buying by foreign funds.",
     [("idx-sensex", "Reliance", "led by"), ("idx-sensex", "heavy buying by foreign funds", "amid")]),
])
def test_more_cues(sentence, expected):
    assert _causes(sentence) == expected


def test_a_longer_sector_list_is_one_cause():
    text = "The Sensex rose 1.2%, led by pharma, metal, auto and banking stocks."
    assert _causes(text) == [("idx-sensex", "pharma, metal, auto and banking stocks", "led by")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stock that doubled on a deal (AP style); "doubled" over years states no day's move
    ("Biotech company Acme Bio doubled after agreeing to be bought by a Swiss drugmaker.",
     [("co-acme-bio", "agreeing to be bought by a Swiss drugmaker", "after")]),
    # one more week of a run is the run's direction, and its cue follows
    ("The Dow fell 1%. Wall Street closed its eighth straight winning week on Friday following reports "
     "showing inflation is easing.", [("market-us", "reports showing inflation is easing", "following")]),
    # the market's own start is a time; bare "stocks" after an opening phrase are the story's market
    ("The Dow fell 1%. After a stumbling start to the week, stocks moved higher on the back of upbeat retail sales.",
     [("market-us", "upbeat retail sales", "on the back of")]),
    # "A helped X close higher": A is the cause (BBC style)
    ("Mr Draghi's remarks also helped Germany's Dax close 0.6% higher.",
     [("idx-dax", "Mr Draghi's remarks", "helped")]),
])
def test_causes_of_runs_and_helpers(sentence, expected):
    assert _causes(sentence) == expected


def test_doubled_over_years_is_no_move():
    assert [m.change_pct for m in facts_of("Acme rose 2% on Monday. It has doubled in price in the past two years.").moves] \
        == [2.0]
