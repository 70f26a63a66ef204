"""Closes in points and per cent, figures read out, dotted corporate tails, "its shares" after an object, a
wider plunge in a benchmark, brand spellings and days to come, as The Hindu, PTI, KBS World, Bloomberg, AFP,
Xinhua and Reuters write them (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str, published: str | None = "2025-03-05") -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published=published).moves]


@pytest.mark.parametrize(("text", "expected"), [
    # The Hindu: the side after the points, then the percent
    ("MUMBAI: The Sensex closed 98.40 points up, or 0.52 per cent, at 19,210.", ("BSE Sensex", 0.52)),
    ("MUMBAI: The Sensex closed 98.40 points down, or 0.52 per cent.", ("BSE Sensex", -0.52)),
    # PTI: the close after a clause of the session's course, "before ending lower by ..."
    ("MUMBAI: The BSE Sensex remained range-bound before ending lower by 130.20 points, or 0.51 per cent, at "
     "25,410.15.", ("BSE Sensex", -0.51)),
])
def test_closes_in_points_and_per_cent(text, expected):
    assert expected in _moves(text)


def test_figures_read_out_with_decimals_in_digits():
    # KBS World: "zero-point-54 percent"
    moves = _moves("SEOUL: Losses were led by chipmakers, with Samsung Electronics down zero-point-61 percent and "
                   "SK hynix sliding one-point-92 percent.")
    assert moves == [("Samsung Electronics", -0.61), ("SK Hynix", -1.92)]


def test_six_point_two_still_reads():
    # (a guard: so before)
    assert _moves("The KOSPI rose six-point-two percent.") == [("KOSPI", 6.2)]


@pytest.mark.parametrize(("text", "name", "pct"), [
    # Bloomberg's Kuala Lumpur wraps: "Bhd." with its full stop, then the code in brackets
    ("KUALA LUMPUR: Tenaga Nasional Bhd. (TNB), the nation's biggest power producer, advanced 3.2 percent.",
     "Tenaga Nasional", 3.2),
    ("JAKARTA: PT Astra International Tbk. rose 2.1 percent.", "Astra International", 2.1),
])
def test_a_dotted_corporate_tail(text, name, pct):
    assert _moves(text) == [(name, pct)]


def test_its_shares_after_an_object_are_the_subject_s():
    # AFP: "X was a major drag on the market, with its shares falling 5.3 percent": X's, not the market's
    moves = _moves("TOKYO: The Nikkei fell 1%.\nSoftbank was a major drag on the market, with its shares falling "
                   "4.8 percent to 2,310 yen.")
    assert ("SoftBank Group", -4.8) in moves and ("Nikkei 225", -4.8) not in moves


def test_a_wider_plunge_in_the_benchmark():
    moves = _moves("TOKYO: Sony shares dropped 12.2 per cent to 2,010 yen, leading a wider 8.4 per cent plunge in "
                   "the Nikkei 225 stock average.")
    assert sorted(moves) == [("Nikkei 225", -8.4), ("Sony Group", -12.2)]


def test_a_brand_spelt_in_lower_case():
    # Xinhua's London wraps spell easyJet as the company does
    assert _moves("LONDON: Mondi and easyJet declined by 1.2 percent and 0.8 percent respectively.") == [
        ("Mondi", -1.2), ("EasyJet", -0.8)]


def test_a_day_to_come_is_not_the_session():
    # PTI's style: "bourses will remain closed on Friday" in a story of Tuesday's session
    facts = facts_of("Investors stayed cautious as bourses will remain closed on Friday for Christmas.\n"
                     "The BSE Sensex fell 0.56 per cent to 25,590.65.", published="2015-12-22")
    assert [(m.entity.name, str(m.date)) for m in facts.moves] == [("BSE Sensex", "2015-12-22")]


@pytest.mark.parametrize(("text", "expected"), [
    # Xinhua's London template: a weekday between the appositive and the verb
    ("LONDON: FTSE 100 Index, British benchmark stock market gauge, Monday increased by 0.52 percent, or 36.10 "
     "points, to 7,140.21 points.", ("FTSE 100", 0.52)),
    # AAP: "meanwhile" between the name and the verb; the name's other order
    ("SYDNEY: The S&P/ASX200 index meanwhile closed 0.64 per cent higher.", ("S&P/ASX 200", 0.64)),
    ("SYDNEY: The benchmark ASX/S&P 200 rose 1.1 percent.", ("S&P/ASX 200", 1.1)),
    # El País in English: "stockmarket" in one word
    ("MADRID: The Shanghai stockmarket closed 7.9% down on Monday.", ("Shanghai Composite Index", -7.9)),
    # a close held steady
    ("HONG KONG: The H-share Hang Seng China Enterprises index closed steady at 10,206.30.",
     ("Hang Seng China Enterprises Index", 0.0)),
])
def test_wire_templates(text, expected):
    assert expected in _moves(text)


@pytest.mark.parametrize(("text", "expected"), [
    # PTI: "and" inside a name that ends on its corporate tail
    ("MUMBAI: Pipavav Defence and Offshore Engineering Co rose 4.2 per cent.",
     ("Pipavav Defence and Offshore Engineering Co", 4.2)),
    # Xinhua's spelling of a FTSE 100 name (a reference alias)
    ("LONDON: St James' Place fell 2.1 percent.", ("St. James's Place plc", -2.1)),
])
def test_names_in_one_piece(text, expected):
    assert _moves(text) == [expected]
