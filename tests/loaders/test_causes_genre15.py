"""Causes in more wordings of the wires (sentences written for these tests in the styles of
Bloomberg and Reuters; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a clause after a clause, the second's subject a name and a noun: two causes
    ("The Topix index rose 0.4 percent as the yen held losses and U.S. data boosted confidence in the economy.",
     [("TOPIX", "the yen held losses", "as"), ("TOPIX", "U.S. data boosted confidence in the economy", "as")]),
    ("The Dow fell 1 percent as oil prices dropped and China data disappointed investors.",
     [("Dow Jones Industrial Average", "oil prices dropped", "as"),
      ("Dow Jones Industrial Average", "China data disappointed investors", "as")]),
    # one clause whose object names a place: one cause
    ("The Dow fell 1 percent as investors sold banks and U.S. bonds.",
     [("Dow Jones Industrial Average", "investors sold banks and U.S. bonds", "as")]),
])
def test_two_clauses_after_one_cue(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause verb's bare market word is the story's market (CNN's and the Global Times' wording)
    ("Wall Street fell 1 percent on Monday. Bleak economic reports on manufacturing and car sales hurt stocks Monday.",
     [("Wall Street", "Bleak economic reports on manufacturing and car sales", "hurt")]),
    ("Chinese stocks fell 1 percent. The chance of a US rate hike this month also weighed on the markets.",
     [("Shanghai Composite Index", "The chance of a US rate hike this month", "weighed on")]),
])
def test_a_bare_market_object_is_the_storys_market(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text", [
    # the place after the bare word names the market: not the story's
    "Hong Kong stocks fell 1 percent. Weak data hurt shares in Asia.",
    # the bare word is a clause's subject, not the verb's object
    "The FTSE 100 fell 2.6%. On a volatile day, leading shares finally finished down 2.6%.",
    # a forecast, no cause
    "Indian shares fell 1 percent. Earnings and trade talks are likely to drive markets going ahead.",
])
def test_no_story_market_cause(text):
    assert all(effect != "Hang Seng Index" and cue not in ("leading", "drive")
               for effect, _, cue in _causes(text))


@pytest.mark.parametrize(("cause", "found"), [
    # a course noun as a modifier is no course of the market's: the cause stands
    ("weak trade data", True),
    ("trade talks stalled", True),
    ("a downbeat trading statement from Munich Re", True),
    # the market's own course is no cause
    ("a choppy session", False),
    ("directionless trade", False),
])
def test_a_course_noun_before_its_head(cause, found):
    causes = _causes(f"Hong Kong stocks fell 2 percent on Monday after {cause}.")
    assert bool(causes) is found
    if found:
        assert causes == [("Hang Seng Index", cause, "after")]


@pytest.mark.parametrize(("predicate", "direction"), [
    ("were weak", "down"), ("were firm", "up"), ("were hit hard", "down"), ("were among the worst hit", "down"),
    ("bore the brunt", "down"), ("ended with gains", "up"), ("closed with losses", "down"),
])
def test_a_figureless_predicate_carries_its_cause(predicate, direction):
    facts = facts_of(f"Markets\n\nHong Kong stocks {predicate} on Monday after weak Chinese trade data.")
    assert [(m.entity.name, m.direction.value, m.change_pct) for m in facts.moves] == \
        [("Hang Seng Index", direction, None)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Hang Seng Index", "weak Chinese trade data")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hong Kong stocks were mixed on Monday after weak Chinese trade data.", []),  # no direction
    ("The Nikkei closed with gains of 2 percent on Monday.", [("Nikkei 225", 2.0)]),  # (the figure, as before)
    ("Hong Kong stocks closed with gains in Tencent offsetting losses elsewhere.", []),  # Tencent's gains
])
def test_predicates_that_state_no_figureless_move(sentence, expected):
    assert [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + sentence).moves] == expected


def test_a_quantified_aggregate_with_a_figureless_move_and_its_cause():
    # VOA, public domain: https://www.voanews.com/covid-19-pandemic/asian-markets-decline-amid-escalating-covid-19-infections
    causes = _causes("Most Asian markets sustained losses Thursday as worries over the growing rate of coronavirus "
                     "infections around the world overshadows optimism about a possible vaccine.")
    assert [(effect, cue) for effect, _, cue in causes] == [("Asian markets", "as")]


def test_gambling_stocks_are_the_gaming_sector():
    causes = _causes("Hong Kong stocks fell 1 percent. Gambling stocks were some of the heaviest hit after "
                     "Deutsche Bank lowered revenue forecasts for the sector.")
    assert causes == [("Casinos and gaming", "Deutsche Bank lowered revenue forecasts for the sector", "after")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Analysts attributed Tuesday's tumble to profit-taking.", ["profit-taking"]),
    ("Traders blamed the sell-off on weak data and a stronger yen.", ["weak data", "a stronger yen"]),
])
def test_an_attributed_move_named_by_its_day_or_a_sell_off(sentence, expected):
    causes = _causes("The Nikkei fell 2 percent. " + sentence)
    assert [(effect, cause) for effect, cause, _ in causes] == [("Nikkei 225", c) for c in expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Nikkei fell 2 percent. Analysts attributed Tuesday's tumble to the yen's rise as well as an overnight "
     "drop in U.S. tech stocks.", ["the yen's rise", "an overnight drop in U.S. tech stocks"]),
    ("Wall Street rallied 2 percent, led by strength in tech stocks in addition to encouraging economic reports.",
     ["strength in tech stocks", "encouraging economic reports"]),
    # one clause's objects: one cause
    ("Tencent fell 4 percent as the watchdog announced it is probing WeChat as well as platforms backed by Baidu.",
     ["the watchdog announced it is probing WeChat as well as platforms backed by Baidu"]),
])
def test_as_well_as_and_in_addition_to_join_two_causes(sentence, expected):
    assert [cause for _, cause, _ in _causes(sentence)] == expected


def test_a_clause_after_an_on_cause_is_a_second_cause():
    # written in Yonhap's style
    causes = _causes("South Korean stocks closed lower Thursday on foreign selling as new virus cases continued to "
                     "surge.")
    assert [(cause, cue) for _, cause, cue in causes] == [("foreign selling", "on"),
                                                          ("new virus cases continued to surge", "as")]


def test_as_much_as_after_an_on_cause_is_no_clause():
    causes = _causes("The Nikkei fell 1 percent on profit-taking as much as on weak data.")
    assert all(cue != "as" for _, _, cue in causes)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a company's report after a course participle is a cause (written in Reuters' style)
    ("Bank of China gained 0.8 percent after posting an above-estimate 11 percent increase in quarterly profits.",
     [("Bank of China", "posting an above-estimate 11 percent increase in quarterly profits", "after")]),
    # the stock's own course is none; the cue after it is the cause
    ("Canara Bank shares were up 4.05 per cent, after falling as much as 2.8 per cent as quarterly profit more than "
     "halved.", [("Canara Bank", "quarterly profit more than halved", "as")]),
    ("Hong Kong stocks rose 3 percent on Monday, inspired by a surge in Japanese shares.",
     [("Hang Seng Index", "a surge in Japanese shares", "inspired by")]),
])
def test_a_report_after_a_course_word_and_inspired_by(sentence, expected):
    assert _causes(sentence) == expected


def test_a_reuters_dateline_with_its_date_and_no_credit():
    # written in Reuters' style: "LONDON, June 6" and no "(Reuters) -"
    causes = _causes("LONDON, June 6 European shares reversed early gains to close lower on Thursday, led by banks, "
                     "after the central bank said the outlook remained weak.")
    assert causes == [("European markets", "banks", "led by"),
                      ("European markets", "the central bank said the outlook remained weak", "after")]


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline's present tense of "led the gains" (written in SCMP's style)
    ("Mainland banks lead the gains on the back of strong loan figures",
     [("Banks", "strong loan figures", "on the back of")]),
    ("Banks lead losses as bad loans mount", [("Banks", "bad loans mount", "as")]),
])
def test_a_headlines_lead_the_gains(headline, expected):
    causes = facts_of(headline + "\n\nHong Kong stocks rose 1 percent.").causes
    assert [(c.effect.name, c.cause, c.cue) for c in causes] == expected


def test_shares_elsewhere_in_a_region():
    # written in Reuters' style
    causes = _causes("Hong Kong stocks fell 1 percent. Shares elsewhere in Asia rose on the back of strong energy stocks.")
    assert causes == [("Asian markets", "strong energy stocks", "on the back of")]


@pytest.mark.parametrize(("sentence", "found"), [
    # a record's span before "after" leaves "after" a cue (written in Bloomberg's style)
    ("European stocks sank the most in more than 18 months after the Fed signalled tapering.", True),
    ("The Stoxx 600 sank the most in two months after the Fed signalled tapering.", True),
    # a span of time before "after" is a time, as before
    ("The Nikkei rose 1 percent, two months after the Fed cut rates.", False),
])
def test_a_records_span_before_after(sentence, found):
    causes = _causes(sentence)
    assert bool(causes) is found
    if found:
        assert [(cause, cue) for _, cause, cue in causes] == [("the Fed signalled tapering", "after")]


@pytest.mark.parametrize(("headline", "expected"), [
    # headlines' present tense (written in SCMP's and Reuters' styles)
    ("Hong Kong shares end at 2-week low as Macau casinos tumble", [("Hang Seng Index", "Macau casinos tumble", "as")]),
    ("Hong Kong stocks extend declines as Tencent drops", [("Hang Seng Index", "Tencent drops", "as")]),
])
def test_a_headlines_end_at_and_extend(headline, expected):
    causes = facts_of(headline + "\n\nHong Kong stocks fell 1 percent.").causes
    assert [(c.effect.name, c.cause, c.cue) for c in causes] == expected
