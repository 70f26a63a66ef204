"""Moves in Singapore's, Australia's and Europe's wraps: a place in a ranking, a name's move as a
possessed noun, a bear market that is no market (sentences written for these tests in the styles of
The Business Times, ABC, Bloomberg and the Straits Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize("sentence", ["Coming in second was Keppel Corp, which rose 1.3 per cent to S$4.50.",
                                      "In second place was Keppel Corp, which rose 1.3 per cent to S$4.50."])
def test_a_place_in_a_ranking_before_the_name(sentence):
    assert _moves(sentence) == [("Keppel Corp", 1.3)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("BHP's 4 per cent climb was one of the few bright spots.", [("BHP Group", 4.0)]),
    ("Roche's 3.5 percent plunge contributed the most to the decline.", [("Roche Holding AG", -3.5)]),
])
def test_a_names_move_as_a_possessed_noun(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", ["Tencent's 40 percent gain this year made it a favourite.",
                                      "Toyota's 5% sales rise beat forecasts.",
                                      "Yesterday's 6.6 per cent decline wiped out last week's gains."])
def test_a_possessed_span_or_another_things_change_is_no_move(sentence):
    # a guard: it passes before this change too, and must keep passing
    assert _moves(sentence) == []


def test_a_bear_market_is_no_market():
    moves = facts_of("Asian markets\n\nTokyo plunged into bear market with a 3.7 per cent drop.").moves
    assert not any(m.entity.name == "Asian markets" for m in moves)


def test_electronics_stands_bare_as_a_sector():
    # Yonhap's "Large-cap electronics lost ground, weighed down by heavy institutional selling" (in its style)
    facts = facts_of("Seoul stocks\n\nLarge-cap electronics lost ground, weighed down by foreign selling.")
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == [("Hardware", "down")]
    assert [c.cause for c in facts.causes] == ["foreign selling"]


@pytest.mark.parametrize("sentence", ["Ebitda up 56.8% at Rs 1,858 crore.", "EBIT rose 12% to Rs 900 crore."])
def test_a_results_line_is_no_move(sentence):
    # NDTV Profit's results bullets: an earnings measure is no company
    assert _moves(sentence) == []


def test_signed_figures_in_brackets_after_the_first_states_its_unit():
    # The Local's list: the first bracket says "percent", the rest give the signed figure alone
    moves = _moves("Truck and oil stocks took a beating: Volvo (-6.6 percent), Scania (-9.4), Lundin Petroleum "
                   "(-11.1).")
    assert [m for m in moves if m[1] is not None] == [("Volvo", -6.6), ("Scania", -9.4), ("Lundin Petroleum", -11.1)]


def test_signed_figures_with_no_unit_in_the_sentence_are_no_moves():
    # (passes before this change too, and must keep passing)
    # a guard: with no percent in the sentence, a bare bracketed number may be points or a price
    assert _moves("It was a dark day, with Ericsson (-7.3), SAS (-9.6) and H&M (-4.8) all hit.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Airline SAS also saw its stock increase, rising 4.2 percent thanks to lower oil prices.", [("SAS", 4.2)]),
    ("Drugmaker Zydus Lifesciences paced the decline, dropping 4.3 percent.", [("Zydus Lifesciences", -4.3)]),
])
def test_a_businesss_kind_opening_the_sentence_is_no_part_of_its_name(sentence, expected):
    assert _moves(sentence) == expected


def test_leading_shares_is_no_company():
    # the Guardian's "Leading shares lost 2.6% of their value"
    assert not any(name == "Leading" for name, _ in _moves("Leading shares lost 2.6% of their value yesterday."))


@pytest.mark.parametrize(("sentence", "expected"), [
    # AP's round-up: the figure first, then the place it stands for, for each market of the list
    ("Stock indexes fell 1.2 percent in London, 1.5 percent in Frankfurt and 0.8 percent in Hong Kong.",
     [("FTSE 100", -1.2), ("DAX", -1.5), ("Hang Seng Index", -0.8)]),
    ("Shares rose 2% in Tokyo and 1% in Seoul.", [("Nikkei 225", 2.0), ("KOSPI", 1.0)]),
])
def test_figures_then_places(sentence, expected):
    assert _moves(sentence) == expected


def test_a_time_after_in_is_no_place():
    # a guard: "in early trading" names no market
    assert _moves("Stocks fell 1.7% in early trading and 2% by the close.") == []


def test_a_sector_sub_index_named_with_sector():
    assert _moves("The CSI300 index shed 1.1 percent, with the financial sector sub-index sliding 1.4 percent.") == [
        ("CSI 300 Index", -1.1), ("Financials", -1.4)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Bloomberg's code inside the name: "Straumann (STMN) Holding AG", "Bankia (BKIA) SA"
    ("Straumann (STMN) Holding AG slid 1.1 percent after quarterly sales dropped.", [("Straumann", -1.1)]),
    ("Bankia (BKIA) SA fell 3 percent.", [("Bankia", -3.0)]),
    # the BBC: the figure after the index a name was the biggest winner on is the name's
    ("Supergroup was the biggest winner in the FTSE 250, up 11%, after it lifted its outlook.", [("Supergroup", 11.0)]),
])
def test_names_around_a_code_or_a_ranking(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Livemint's "was quoting 1.17% down"; the Financial Express's bracketed figures and closes in a list
    ("The BSE bank index was quoting 1.2% down at 28,025.60.", [("Banks", -1.2, 28025.6)]),
    ("HDFC Bank fell 3 per cent, followed by Bank of Baroda (down 2.5 per cent at Rs 172.60) and Axis Bank "
     "(down 2.1 per cent).", [("HDFC Bank", -3.0, None), ("Bank of Baroda", -2.5, 172.6), ("Axis Bank", -2.1, None)]),
])
def test_indian_quotes_and_bracketed_closes(sentence, expected):
    moves = facts_of("Mumbai stocks\n\n" + sentence).moves
    assert [(m.entity.name, m.change_pct, m.close) for m in moves] == expected


def test_closing_a_tick_lower_takes_its_cause():
    # Reuters India: "surrendered early gains to close a tick lower on Monday, weighed by X"
    facts = facts_of("Mumbai stocks\n\nIndian shares surrendered early gains to close a tick lower on Monday, "
                     "weighed by heavy selling in IT stocks.")
    assert [c.cause for c in facts.causes] == ["heavy selling in IT stocks"]
