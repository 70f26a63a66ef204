"""Moves told with a phrase verb and points, a price's change in cents with its percent in brackets, a
session phrase after a close verb, a list that "saw their stock price rise", sector plurals, and a
bank named "of" a country (sentences written for these tests in the styles of Jiji, RTE, RTHK and the
Korea Herald; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 225-issue Nikkei average shot up 409.39 points, or 1.85 percent, to 22,597.35.",
     [("Nikkei 225", 1.85, 22597.35)]),
    # (a guard: the percent right after the phrase was read before this change too)
    ("The Nikkei shot up 2.2%.", [("Nikkei 225", 2.2, None)]),
])
def test_shot_up_with_points_then_its_percent(sentence, expected):
    assert _moves(sentence) == expected


def test_shot_up_with_no_figure_states_no_move():
    # a guard: a figure-less "shot up this week" is no move (it passes before this change too)
    assert _moves("Wheat futures shot up this week to near the all-time high.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Anglo Irish Bank plunged 62 cent (7.4%) to €7.78.", [("Anglo Irish Bank", -7.4, 7.78)]),
    ("Shares in Tesco fell 5p (1.2%) to 410p.", [("Tesco", -1.2, 410.0)]),
    # (a guard: a number and its currency word before the bracket were read before this change too)
    ("Toyota rose 25 yen (1.2%) to 2,100 yen.", [("Toyota Motor", 1.2, 2100.0)]),
])
def test_a_price_change_in_small_units_with_its_percent_in_brackets(sentence, expected):
    assert _moves(sentence) == expected


def test_bank_of_a_country_is_a_bank_not_the_countrys_market():
    assert _moves("Bank of Ireland shares slumped 56 cent (6.9%) to close at €7.59.") == [
        ("Bank of Ireland Group", -6.9, 7.59)]
    # (a guard: the country's shares alone are its market, before this change too)
    assert _moves("Shares in Ireland fell 2%.") == [("ISEQ Overall Index", -2.0, None)]


@pytest.mark.parametrize("sentence", [
    "The Hang Seng Index ended trading for the day down 187 points, or 0.74 percent, at 25,113.",
    # (the phrases known before: guards)
    "The Hang Seng Index closed the session down 0.74 percent at 25,113.",
    "The Hang Seng Index ended the trading day down 0.74 percent at 25,113.",
])
def test_a_session_phrase_between_the_close_verb_and_its_figure(sentence):
    assert _moves(sentence) == [("Hang Seng Index", -0.74, 25113.0)]


def test_a_list_that_saw_their_stock_price_rise_respectively():
    assert _moves("Naver and Kakao saw their stock price rise 0.82 percent and 4.28 percent, respectively.") == [
        ("Naver", 0.82, None), ("Kakao", 4.28, None)]
    # (one name and its own share price: a guard)
    assert _moves("Shanghai Pharmaceuticals saw its share price surge 10 percent.") == [
        ("Shanghai Pharmaceuticals", 10.0, None)]


@pytest.mark.parametrize(("sentence", "sector"), [
    ("Shares of semiconductors dropped nearly two percent.", "Semiconductors"),
    ("Tech majors were down 1.6 percent.", "Technology"),
    ("Homebuilders rose 3 percent.", "Property"),
])
def test_sector_plurals(sentence, sector):
    [move] = facts_of("Markets\n\n" + sentence).moves
    assert move.entity.name == sector


def test_a_day_session_phrase_left_of_the_direction_word_is_skipped_to_the_subject():
    # ABC's style: the subject of "down" is found past "ended the day" (its points are no percent)
    [move] = facts_of("Markets\n\nThe Dow ended the day down 131 points, but managed to close at 12,029.").moves
    assert (move.entity.name, move.direction.value, move.change_pct) == ("Dow Jones Industrial Average", "down", None)


def test_a_weeks_course_left_of_a_participle_is_no_days_move():
    # Ahram's style: "ended the week plunging" is the week's; the day's move is the index's figure (a guard)
    facts = facts_of("Markets\n\nEgypt's stocks ended the week plunging as the main index EGX30 declined 0.7 percent.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("EGX 30", -0.7)]
    assert facts.causes == ()


def test_a_forecasters_verb_before_another_clause_makes_no_forecast():
    # the forecast's clause ends at "as": the Nikkei's move after it is the day's (a second constant of the same
    # name made the clause run on past it, so the move was read as forecast)
    assert _moves("Analysts forecast losses as the Nikkei went on to rise 2%.") == [("Nikkei 225", 2.0, None)]
    # (a guard: within the forecaster's own clause it is still a forecast)
    assert _moves("Analysts forecast profits at the biggest carmakers in the benchmark to rise 2%.") == []


@pytest.mark.parametrize("sentence", ["Blue-chip stocks fell 2%.", "The blue-chip stocks fell 2%."])
def test_blue_chip_stocks_are_no_chipmakers(sentence):
    # the sector words were joined with spaces ("blue - chip stocks"), so the blue-chip test missed them
    assert all(m.entity.name != "Semiconductors" for m in facts_of("Markets\n\n" + sentence).moves)


def test_chip_stocks_are_chipmakers():
    # a guard: it passes before this change too
    assert _moves("Chip stocks fell 2%.") == [("Semiconductors", -2.0, None)]


def test_an_aside_of_the_distance_so_far_before_the_days_move():
    # the New York Times' style: the aside's figure is the run from a high, the day's move follows it
    moves = _moves("The S&P 500, already down 12 percent from its late February high, fell more than 7 percent on "
                   "Monday.")
    assert ("S&P 500", -7.0, None) in moves


def test_non_ferrous_metals_are_a_sector_not_a_company_named_non():
    # Reuters China's style
    facts = facts_of("Markets\n\nNon-ferrous metals jumped 4%, leading gains onshore, as the dollar tumbled.")
    assert ("Metals and mining", 4.0, None) in [(m.entity.name, m.change_pct, m.close) for m in facts.moves]
    assert all(m.entity.name != "Non" for m in facts.moves) and all(c.effect.name != "Non" for c in facts.causes)


@pytest.mark.parametrize("sentence", ["Precious metals rose 2%.", "Metals rose 2% on the LME."])
def test_metals_alone_are_no_sector(sentence):
    # a guard: metals with no "non-ferrous" before them are as often the commodities (passes before this change)
    assert _moves(sentence) == []


def test_a_later_close_with_its_level_outranks_a_plain_figure_before_it():
    # Nikkei Asia's style: the lead's jump, then the close after giving some back
    facts = facts_of("Sony hits 2016 high\n\nSony shares jumped 7.3% Wednesday to the highest so far this year. "
                     "After giving back some of the gains, Sony ended the day up 6.5% at 3,072 yen.", published=None)
    [move] = facts.moves
    assert (move.change_pct, move.close, move.conflicts) == (6.5, 3072.0, (7.3,))


def test_a_weeks_close_does_not_outrank_the_days_figure():
    # a guard: "down 17 per cent over the week" is the week's (kept before this change too)
    moves = facts_of("Markets\n\nThe SMI tumbled nearly six per cent on Friday. The SMI closed at 6,128 points, "
                     "down 17 per cent over the week.").moves
    # (the week's figure stands as a move of its own, undated, as the annotation conventions list a span's)
    assert sorted((m.change_pct, m.date is None) for m in moves) == [(-17.0, True), (-6.0, False)]


def test_an_index_name_glued_to_index_by_a_hyphen():
    # The Local's style
    assert _moves("London's FTSE-index fell 1.6 percent to 5,787.6 points, Frankfurt's DAX-index dipped 1.9 percent "
                  "to 6,832.4.") == [("FTSE 100", -1.6, 5787.6), ("DAX", -1.9, 6832.4)]
    # (a capitalised "-Index" is part of the name as printed: a guard)
    assert _moves("The VN30-Index rose 1.2% to 1,250.") == [("VN30-Index", 1.2, 1250.0)]


def test_a_sector_group_sub_index():
    # the CBC's style
    assert _moves("The energy group sub-index was down by 14 per cent as oil stocks fell.") == [
        ("Energy", -14.0, None)]
