"""Indian closes of the 256th set, as PTI and Business Standard write them: "Benchmark" opening a sentence is no
company ("Benchmark Sensex recouped its early losses to close higher"), a session with an adjective stands between
the verb and its side ("ended Wednesday's range-bound session higher"), the rupee settles some paise lower, and
"This was driven by X" after a ", while" clause explains the main clause's move (Arab News, the 257th set).

Sentences were written for these tests in the style of PTI, Business Standard and Arab News, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2024-10-29")


def test_benchmark_opening_a_sentence_is_no_name():
    moves, causes = _facts("Benchmark Sensex recouped its early losses to close higher by nearly 318 points on "
                           "Monday, on the back of late buying in banking and metal shares.")
    assert moves == [("BSE Sensex", "up", None, None)]
    assert causes == {("BSE Sensex", "late buying in banking and metal shares")}


def test_benchmark_inside_a_name_stays():
    # (a guard)
    assert _facts("Benchmark Electronics fell 3%.")[0] == [("Benchmark Electronics", "down", -3.0, None)]


def test_a_session_with_an_adjective_before_the_side():
    moves, causes = _facts("The Sensex ended Tuesday's range-bound session higher, lifted by public sector banks.")
    assert moves == [("BSE Sensex", "up", None, None)]
    assert ("BSE Sensex", "public sector banks") in causes


def test_a_session_with_an_adjective_and_a_figure():
    assert _facts("The Nikkei closed the volatile session 1.2% lower.")[0] == [("Nikkei 225", "down", -1.2, None)]


def test_ending_the_week_higher_is_no_days_move_without_a_figure():
    # (a guard: "ended the week higher" tells no day's move)
    assert _facts("The Sensex ended the week higher.")[0] == []


def test_the_rupee_settles_paise_lower():
    moves, causes = _facts("The rupee settled 17 paise lower at 83.42 against the dollar on Thursday, tracking a "
                           "rebound in the US currency overseas.")
    assert moves == [("Indian rupee", "down", None, 83.42)]
    assert causes == {("Indian rupee", "a rebound in the US currency overseas")}


def test_this_after_a_while_clause_is_the_main_clauses_move():
    _, causes = _facts("TASI, the main index, closed 1.14 percent higher at 11,560 points, while the parallel Nomu "
                       "market added 0.8 percent. This was driven by gains in some of Saudi's biggest players.")
    assert {effect for effect, _ in causes} == {"Tadawul All Share Index"}


def test_this_after_two_sentences_of_moves_is_the_last_move():
    # (a guard: no ", while" clause, the last move told)
    _, causes = _facts("The Nikkei fell 1%. The Topix lost 2%. This came after weak data.")
    assert causes == {("TOPIX", "weak data")}
