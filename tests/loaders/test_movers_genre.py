"""Bloomberg's and Reuters' single-stock movers (sentences written for these tests in their
styles; not copied): the composite ticker in brackets, 'erased', 'the most since', figures
after a 'led losses on' phrase, a noun's figure after an appositive, a close 'near' a low."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("U.S. Equity Movers\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Boeing Co. (BA US) was the worst performer in the Dow industrials, losing "
     "4.6 percent to $187.30.", [("Boeing", -4.6, 187.3)]),
    ("Toyota Motor Corp. (7203 JP) fell 2.1 percent to 5,400 yen.", [("Toyota Motor", -2.1, 5400.0)]),
    ("Tencent Holdings Ltd. (700 HK) rose 1 percent.", [("Tencent Holdings", 1.0, None)]),
])
def test_a_bloomberg_ticker_between_the_name_and_its_verb(sentence, expected):
    assert _moves(sentence) == expected


def test_a_bloomberg_ticker_is_the_listing_code():
    moves = facts_of("Movers\n\nTencent Holdings Ltd. (700 HK) rose 1 percent.").moves
    assert moves[0].entity.ticker == "0700.HK"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harbor Instruments Corp. (HBI US) erased 13 percent, the most since February 2009, to $64.16.",
     [("Harbor Instruments Corp.", -13.0, 64.16)]),
    ("Eaton Vance Corp. (EV US) fell 7 percent, the most since Aug. 8, to $22.27.",
     [("Eaton Vance Corp.", -7.0, 22.27)]),
    # "erased" with no figure after it states no move
    ("The Nikkei 225 erased early losses to close up 0.5 percent.", [("Nikkei 225", 0.5, None)]),
])
def test_erased_and_the_most_since(sentence, expected):
    assert _moves(sentence) == expected


def test_figures_after_a_led_losses_phrase_with_its_market():
    assert _moves("Galaxy Entertainment Group and Sands China led losses on the Hang Seng, diving 6.4 and "
                  "5.8 percent, respectively.") == [("Galaxy Entertainment Group", -6.4, None),
                                                    ("Sands China", -5.8, None)]


def test_a_change_noun_after_an_appositive():
    assert _moves("PetroChina, China's top oil producer, saw a decline of 1.93 percent at closing on Thursday.") \
        == [("PetroChina", -1.93, None)]


def test_a_close_near_a_low_is_a_move_with_its_cause():
    facts = facts_of("Hong Kong shares\n\nHong Kong shares finished near two-week lows on Thursday, weighed down "
                     "by an underperforming Macau gambling sector.")
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == [("Hang Seng Index", "down")]
    assert [(c.effect.name, c.cue) for c in facts.causes] == [("Hang Seng Index", "weighed down by")]


@pytest.mark.parametrize(("text", "name"), [
    ("Nippon Yusen K.K. led gains among shippers, rising 3 percent.", "Nippon Yusen"),
    ("Nokia Oyj rose 1 percent.", "Nokia"),
])
def test_a_corporate_tail_stays_with_its_name(text, name):
    assert [m.entity.name for m in facts_of("Movers\n\n" + text).moves] == [name]


def test_a_six_letter_code_between_the_name_and_its_corporate_tail():
    facts = facts_of("Movers\n\nPandora (PNDORA) A/S tumbled 65 percent as the Danish jewelry maker posted earnings "
                     "that missed estimates.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Pandora", -65.0)]
    assert "Pandora A/S" in facts.moves[0].entity.aliases
    assert [(c.effect.name, c.cue) for c in facts.causes] == [("Pandora", "as")]
