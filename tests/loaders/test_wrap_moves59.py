"""PTI's sectoral lists of the 274th set (Business Standard's closes): "oil & gas" and "oil&gas" as one sector in a
list ("PSU 2.32 per cent, oil & gas 1.87 per cent, metal 1.75 per cent and capital goods 1.70 per cent"), two-word
sectors with a bare figure, "BSE PSU gained the most (1.92 per cent) followed by banking (1.65 per cent), ...",
"settled 175.40 points down or 0.65 per cent at 26,904.11" (no comma before "or"), "Nifty media" and "infra" as bare
sector words.

Sentences were written for these tests in the style of PTI, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2016-02-23")[0]]


def test_oil_and_gas_and_two_word_sectors_in_a_list():
    assert _moves("The BSE realty index fell 2.2 per cent, PSU 2.1 per cent, oil & gas 1.6 per cent, metal 1.5 per "
                  "cent and capital goods 1.4 per cent.") == [
        ("BSE Realty", -2.2), ("PSU", -2.1), ("Energy", -1.6), ("Metals and mining", -1.5), ("Industrials", -1.4)]


def test_the_most_in_brackets_then_a_bracketed_list():
    assert _moves("Sector-wise, BSE PSU gained the most (1.8 per cent) followed by banking (1.6 per cent), oil&gas "
                  "(1.4 per cent) and realty (1.1 per cent).") == [
        ("BSE PSU", 1.8), ("Banks", 1.6), ("Energy", 1.4), ("Property", 1.1)]


def test_points_down_or_a_percent_with_no_comma():
    moves = moves_and_causes("The Sensex finally settled 160.2 points down or 0.6 per cent at 26,800.10.",
                             published="2016-02-23")[0]
    assert moves == [("BSE Sensex", "down", -0.6, 26800.1)]


def test_bare_media_and_infra():
    assert _moves("While, Nifty media rose by 0.4 per cent.") == [("Media and entertainment", 0.4)]
    assert ("Infrastructure", -1.3) in _moves("Nifty PSU bank dropped by 2.8 per cent followed by realty 2.2 per "
                                              "cent, infra 1.3 per cent and pharma 1.2 per cent.")
    # (a guard: "Media reports" is no sector's move)
    assert not _moves("Media reports said the carmaker would raise prices by 2 per cent.")


def test_an_and_clause_goes_on_with_the_nearer_clause():
    # Reuters' style (the 266th set): the data's figures are no index's move
    moves = moves_and_causes("The German DAX rose 0.4% after data showed consumer prices in the state fell by 0.3% "
                             "month-on-month and were up by 3.0% year-on-year.", published="2023-11-29")[0]
    assert [(name, pct) for name, _, pct, _ in moves] == [("DAX", 0.4)]
    # (a guard: a clause of the subject's own)
    assert [(name, pct) for name, _, pct, _ in moves_and_causes(
        "The Nikkei fell 1% on Monday and closed at 20,000.", published="2023-11-29")[0]] == [("Nikkei 225", -1.0)]


def test_a_days_course_between_the_subject_and_its_verb():
    moves = moves_and_causes("IT bellwether Infosys' shares erasing all its early gains ended 3.2 per cent down after "
                             "it cut its revenue guidance.", published="2015-10-12")[0]
    assert moves == [("Infosys", "down", -3.2, None)]
