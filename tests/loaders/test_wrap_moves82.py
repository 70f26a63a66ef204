"""Moves of the 323rd to 326th sets (Australia and New Zealand, Canada and Latin America, continental Europe, South
Asia and Africa): Reuters' "near" before a figure ("ANZ's near 3 per cent fall"); an exact figure in brackets after
a round one ("slid by more than 3% (3.27%)"); an exchange's "main" or "key" index with the exchange's possessive; a
stray comma between a company that opens its clause and its verb ("Deutsche Boerse AG, climbed by 2.23 percent");
listed names each with a description and a bare Reuters code ("Energy firm Oando OANDO.LG and insurer Wapic
WAPIC.LG"); "Abroad" opening a sentence; "KGaA" closing a name; Oslo's All Share index; Pakistan's blue chips.

Sentences were written for these tests in the styles of Reuters, Xinhua and the South Asian press, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2019-11-11")[0]


@pytest.mark.parametrize("text, expected", [
    ("Westpac's near 3 per cent fall capped gains in the financial index.", ("Westpac", "down", -3.0, None)),
    ("The Colombo bourse slid by more than 3% (3.27%) on Monday.", ("Colombo All Share Price Index", "down", -3.27, None)),
    ("The Toronto Stock Exchange's main index fell 2.1% to 12,180.04.", ("S&P/TSX Composite", "down", -2.1, 12180.04)),
    ("The Tokyo Stock Exchange's key index rose 0.8%.", ("Nikkei 225", "up", 0.8, None)),
    ("Deutsche Boerse AG, climbed by 2.23 percent.", ("Deutsche Boerse AG", "up", 2.23, None)),
    ("Fresenius SE & Co. KGaA, a health care group, topped the list of risers, up by 2.69 percent.",
     ("Fresenius SE", "up", 2.69, None)),
    ("The broader Oslo All Share Index was down 0.41 percent.", ("Oslo All Share Index", "down", -0.41, None)),
])
def test_one_move(text, expected):
    assert _moves(text) == [expected]


def test_a_round_figure_keeps_its_own_without_a_close_exact_one():
    assert _moves("The Colombo bourse sank by more than 4% (1.2%) on Friday.")[:1] == [
        ("Colombo All Share Price Index", "down", -4.0, None)]


def test_listed_names_with_descriptions_and_bare_codes():
    assert _moves("Energy firm Oando OANDO.LG and insurer Wapic WAPIC.LG each fell 9.8%.") == [
        ("Oando", "down", -9.8, None), ("Wapic", "down", -9.8, None)]


def test_a_stray_comma_in_a_list_and_pakistan_s_blue_chips():
    assert _moves("Among blue chips, National Bank of Pakistan fell 1.2 percent to 70.05 rupees, Oil and Gas "
                  "Development Co Ltd shed 0.5 percent to 110.24 rupees, and Pakistan Oilfields, ended 2.1 percent lower "
                  "at 190.47 rupees.") == [
        ("National Bank of Pakistan", "down", -1.2, 70.05), ("Oil and Gas Development Company", "down", -0.5, 110.24),
        ("Pakistan Oilfields", "down", -2.1, 190.47)]


def test_abroad_opens_a_sentence_and_names_nothing():
    assert _moves("Abroad European shares fell 0.2 pct.") == [("European markets", "down", -0.2, None)]


def test_an_appositive_s_comma_is_no_stray_one():
    assert _moves("HSBC, the lender, rose 2%.") == [("HSBC Holdings", "up", 2.0, None)]
