"""What "after", "following", "on", "as", "tracking" and "boost" introduce when they tell no cause: a market's own
course, its reopening, a time, a yardstick, what an index holds, a rank; as Xinhua, CGTN, Reuters, AP, VOA and NDTV
Profit write them (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2025-03-05").causes}


@pytest.mark.parametrize("text", [
    # the market's own course
    "China's benchmark Shanghai Composite Index ended 0.3 percent higher at 3,184.27 after fluctuating throughout "
    "the session.",
    "The Standard & Poor's 500 index slid 14.6, or 1.4 percent, to 1,038.75, following a weekly drop of 3 percent.",
    "SHANGHAI: A-shares slumped following a recent bull run.",
    "HONG KONG: The Hang Seng gauge closed up 0.8 per cent to 19,642.35 on Tuesday after briefly topping the 20,000 "
    "level.",
    "NEW YORK: The S&P 500 has risen 40 percent after reaching lows on March 23.",
    "MUMBAI: After moving up for three consecutive days, the Sensex closed 0.9 percent lower.",  # (a guard: so before)
    # a level it ranks behind
    "SEOUL: The KOSPI fell 3.9 percent to close at 1,960.21 points, the lowest reading after 1,931.40 on Aug. 28 last "
    "year.",
    # its reopening: a time
    "Chinese stocks opened higher on Thursday after the market was closed for a week for the Spring Festival.",
    "The Dubai Financial Market index fell 4% after it opened for the week.",
    # a time
    "PARIS: The French stock market fell sharply on that day.",
    # a yardstick
    "LONDON: Major European shares suffered their worst one-day loss ever (as measured by percentages).",
    # what an index holds
    "HONG KONG: A Hang Seng sub-index tracking property shares gained 1.3 percent.",
])
def test_no_cause(text):
    assert _causes(text) == set()


def test_a_rank_before_boost_is_no_cause():
    # NDTV Profit: "the top boost on the NSE Nifty" is the company's rank; the company is the index's cause
    assert _causes("Reliance Industries, the top boost on the NSE Nifty, closed 1 percent higher.") == {
        ("Nifty 50", "Reliance Industries")}


@pytest.mark.parametrize(("text", "expected"), [
    # (guards: another's move after "after", and a company's news, stay causes; so before)
    ("The Nikkei fell 2% after a 10% drop in crude prices.", ("Nikkei 225", "a 10% drop in crude prices")),
    ("The Nikkei fell 2% after a rout on Wall Street.", ("Nikkei 225", "a rout on Wall Street")),
    ("Toyota rose 2% after posting strong profit.", ("Toyota Motor", "posting strong profit")),
    ("Toyota rose 2% after reaching a deal with unions.", ("Toyota Motor", "reaching a deal with unions")),  # (a guard)
    ("Tokyo stocks fell 1% tracking Wall Street.", ("Nikkei 225", "Wall Street")),
    # the cue after the own course is read: Business Day's "after tumbling 13.9% on Friday, as ..." (a guard too)
    ("JOHANNESBURG: Dis-Chem lost a further 0.9% to R30.13 after tumbling 12.1% on Friday, as the group missed "
     "earnings expectations.", ("Dis-Chem", "the group missed earnings expectations")),
])
def test_causes_kept(text, expected):
    assert expected in _causes(text)


@pytest.mark.parametrize("size", ["505 points", "over 505 points", "by more than 3 percent"])
def test_a_mark_crossed_after_the_size_keeps_the_cue(size):
    # PTI's "tumbled over 505 points to slip below the 38,000-level as worries ...": the move's own result, then
    # its cue (Yonhap's "by more than 3 percent to dip below the 2,500-point threshold" was read so before)
    causes = _causes(f"MUMBAI: The Sensex tumbled {size} to slip below the 38,000-level as worries about the trade "
                     f"war dampened investors' mood.")
    assert any(effect == "BSE Sensex" and cause.startswith("worries about the trade war") for effect, cause in causes)
