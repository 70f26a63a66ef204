"""PTI's sector lists and barometers (the 256th set): "bankex jumped 2.20 per cent, financial services (2 per cent),
realty (1.46 per cent), capital goods (1.28 per cent) and utilities (1.26 per cent)" gives each sector of one or two
words its bracketed figure, and "The 30-share BSE barometer" is the Sensex.

Sentences were written for these tests in PTI's style, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2024-10-29")[0]]


def test_two_word_sectors_in_a_bracketed_list():
    assert _moves("Among sectoral indices, bankex jumped 2.20 per cent, financial services (2 per cent), realty "
                  "(1.46 per cent), capital goods (1.28 per cent) and utilities (1.26 per cent).") == [
        ("BSE Bankex", 2.2), ("Financials", 2.0), ("Property", 1.46), ("Industrials", 1.28), ("Utilities", 1.26)]


def test_a_bracketed_list_of_companies_before_a_verb_is_no_gapped_list():
    # (a guard)
    assert _moves("Infosys (1.47 per cent) and Wipro (1.2 per cent) gained.") == [("Infosys", 1.47), ("Wipro", 1.2)]


def test_the_bse_barometer_is_the_sensex():
    assert _moves("The 30-share BSE barometer climbed 363.99 points or 0.45 per cent to settle at 80,369.03.") == [
        ("BSE Sensex", 0.45)]
