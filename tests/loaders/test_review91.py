"""Review 91: a helper who had not written the round's rules probed them with 68 articles of its own; the wrong facts
it found, each fixed, and the near misses around them.

Sentences were written for the review in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, facts_of, moves_and_causes


def _moves(text: str, published: str = "2019-05-14") -> list[tuple]:
    return [(m.entity.name, m.change_pct, m.date) for m in facts_of(text, published=published).moves]


@pytest.mark.parametrize("text, expected", [
    # "last" with a year or "in a single session" after it tells when it last happened
    ("Kestrel Bank's stock was last down 10 percent in a single session during the 2008 financial crisis.", []),
    ("Kestrel Bank shares fell 3 percent, and were last down 10 percent in a day in October 2008.",
     [("Kestrel Bank", -3.0, "2019-05-14")]),
    ("Kestrel Bank shares were last down 1.2 percent.", [("Kestrel Bank", -1.2, "2019-05-14")]),
])
def test_the_last_time_is_no_latest_quote(text, expected):
    assert _moves(text) == expected


def test_a_course_on_one_day_keeps_its_figure_beside_another_days_quote():
    # two days named: the later plain figure is not the first day's close
    moves = _moves("Kestrel shares rose as much as 9 percent on Monday and were up 4 percent on Tuesday.")
    assert ("Kestrel", 4.0, "2019-05-13") not in moves and ("Kestrel", 9.0, "2019-05-13") in moves


def test_the_canadian_press_label_of_two_words_and_quotes_that_are_no_share_price():
    text = ("TORONTO - The busiest stocks on the Toronto exchange:\n\n"
            "Finch Telecom Inc. (TSX:FTI). Communication services. Up 31 cents, or 1.4 per cent, to $22.40 on 2.3 "
            "million shares.\n\n"
            "Osprey Pipelines Ltd. (TSX:OPL). The pipeline operator reported its first-quarter results. Down 14 cents, "
            "or 12 per cent, to $1.02 a share, adjusted earnings missed forecasts.\n\n"
            "Wren Fuels reported on Friday. Up three cents, or 2.5 per cent, to $1.24 a litre by Friday, pump prices "
            "are expected to keep climbing.")
    assert _moves(text) == [("Finch Telecom Inc.", 1.4, "2019-05-14")]


@pytest.mark.parametrize("text, causes", [
    # what filled the pause is news, not the session's pause
    ("The Hang Seng rose 1.2 per cent after coming back from a weekend of trade talks in Washington that ended in a "
     "truce.", {("Hang Seng Index", "coming back from a weekend of trade talks in Washington that ended in a truce")}),
    ("The Hang Seng fell 3% after returning from the long weekend.", set()),
])
def test_a_pause_filled_with_news(text, causes):
    assert moves_and_causes(text, published="2019-05-14")[1] == causes


@pytest.mark.parametrize("text, expected", [
    # the name before "which opened at" must open its clause
    ("Retail investors who shorted the Nifty which opened at 18,120.5 lost 3 per cent of their capital.", []),
    # an index at its lower band is the market's breaker, no move of the day
    ("The Sensex hit the 10 per cent lower circuit shortly after the opening bell, halting trading.", []),
    ("Kestrel Labs was locked in a 10 % upper circuit today at Rs 212.", [("Kestrel Labs", 10.0, "2019-05-14")]),
])
def test_near_misses_of_the_opening_level_and_the_price_band(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize("text", [
    "Engineering stocks gained, with shares of Larsen &\nToubro up 2.1 percent.",
    "Engineering stocks gained, with shares of Larsen\n&Toubro up 2.1 percent.",
])
def test_a_name_wrapped_on_either_side_of_its_ampersand(text):
    assert ("Larsen & Toubro", 2.1, "2019-05-14") in _moves(text)


@pytest.mark.parametrize("text, expected", [
    # too narrow at the review: the latest quote with no auxiliary, or "quoted"
    ("Kestrel shares last traded up 2.4 percent.", [("Kestrel", 2.4, "2019-05-14")]),
    ("Kestrel shares were last quoted down 1.1 percent.", [("Kestrel", -1.1, "2019-05-14")]),
    ("Kestrel last traded up 20 percent in 2015.", []),
    # "making up" a share of the index, in the aside
    ("Samsung Electronics, making up about 5 percent of the Kospi, fell 2 percent.",
     [("Samsung Electronics", -2.0, "2019-05-14")]),
])
def test_what_the_review_found_too_narrow(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize("text", [
    "Moody's downgraded several lenders such as Kestrel Bank and Osprey Financial.",
    "Moody's downgraded several lenders including Kestrel Bank and Osprey Financial.",
])
def test_a_rated_groups_examples_with_no_comma(text):
    assert actions_of(text, published="2019-05-14") == [("Moody's", "downgraded", "Kestrel Bank"),
                                                        ("Moody's", "downgraded", "Osprey Financial")]


@pytest.mark.parametrize("text", [
    "Shares of Tesla hit a record high on Tuesday after the company raised its outlook.",
    "The shares of Tesla hit a record high on Tuesday after the company raised its outlook.",
])
def test_a_record_high_of_the_shares_of_a_company(text):
    assert moves_and_causes(text, published="2019-05-14")[1] == {("Tesla Inc", "the company raised its outlook")}


@pytest.mark.parametrize("text, expected", [
    # a single day or a day of trading after the latest quote is no history
    ("Kestrel shares were last up 2.1 percent, their biggest single-day gain since March.",
     [("Kestrel", 2.1, "2019-05-14")]),
    ("Kestrel shares were last up 2.1 percent in a day of heavy trading.", [("Kestrel", 2.1, "2019-05-14")]),
    ("Kestrel shares were last down 10 percent in a single session in 2008.", []),
])
def test_when_it_last_happened_and_what_is_no_history(text, expected):
    assert _moves(text) == expected
