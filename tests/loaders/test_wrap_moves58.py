"""Indian closes of the 268th set and a US close of the 269th: a ranking with its scope ("Other gainers of today's
rally were A (12.94%), B (9.41%)"), "The stock pared some gains and closed 14.65% higher", a name in a preposition's
object is no infinitive's subject ("surged after the RBI policy review to settle at 20,929.01, a gain of ... 1.74 per
cent": the Sensex's), "flared up", and a possessed move with a hedge ("led by the Nifty Pharma index's over 4 per
cent gain"). A cause ends before the move's own close ("climbed after the BOJ meeting to close 2% higher").

Sentences were written for these tests in the style of PTI, Business Today and NDTV, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2020-03-25")


def test_a_ranking_with_its_scope_before_the_copula():
    moves, _ = _facts("Other gainers of today's session were Kotak Bank (11.2%), HDFC Bank (8.4%) and Titan (6.1%).")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Kotak Bank", 11.2), ("HDFC Bank", 8.4),
                                                          ("Titan Company", 6.1)]
    moves, _ = _facts("Top losers of the day were Tata Steel (3%) and Infosys (2%).")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Tata Steel", -3.0), ("Infosys", -2.0)]


def test_the_stock_pared_gains_and_closed():
    moves, _ = _facts("Reliance Industries rallied in early trade. The stock pared some gains and closed 12.1% higher "
                      "at Rs 1,050 on BSE.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Reliance Industries", 12.1)]


def test_a_prepositions_object_is_no_infinitives_subject():
    moves, _ = _facts("The 30-share Sensex traded in a narrow range and jumped after the RBI policy review to settle "
                      "at 38,120.50, a gain of 410.3 points or 1.09 per cent.")
    assert [(name, pct, close) for name, _, pct, close in moves] == [("BSE Sensex", 1.09, 38120.5)]
    moves, causes = _facts("The Nikkei climbed after the BOJ meeting to close 2% higher.")
    assert moves == [("Nikkei 225", "up", 2.0, None)]
    assert causes == {("Nikkei 225", "the BOJ meeting")}


def test_a_close_verb_inside_a_cause_stays_in_it():
    # (a guard)
    assert _facts("Toyota fell 2% after the company moved to close two plants.")[1] == {
        ("Toyota Motor", "the company moved to close two plants")}


def test_flared_up_and_a_hedged_possessed_move():
    moves, _ = _facts("The 50-share Nifty flared up 88.6 points, or 1.2 per cent, to end at 7,540.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Nifty 50", 1.2)]
    moves, _ = _facts("Eight of 11 sector gauges ended higher led by the Nifty Pharma index's over 3 per cent gain.")
    assert ("Nifty Pharma", "up", 3.0, None) in moves


def test_move_nouns_of_a_figure_for_each_name():
    # AP's style: "including declines of 2.8% for Apple and 2% for Nvidia"
    moves, _ = moves_and_causes("Big Tech kept indexes in check, including declines of 2.1% for Apple and 3% for "
                                "Nvidia.", published="2024-09-16")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Apple Inc", -2.1), ("Nvidia Corporation", -3.0)]
    # (not a forecast's)
    assert not moves_and_causes("Analysts see declines of 10% for Tesla next year.", published="2024-09-16")[0]
