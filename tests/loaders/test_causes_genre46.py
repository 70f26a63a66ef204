"""Indian closes of the 268th set: "after a highly volatile session" is the day's own course (an adverb before the
course noun), so the "as" clause after it is the cause; a date's commas stay inside a cause ("for the quarter ended
December 31, 2010"); what stands between a verb and its "by" participle is the verb's object ("Lupin topped the
Sensex list by surging 1.99 per cent": Lupin's move, and its cause).

Sentences were written for these tests in the style of PTI and the Hindu BusinessLine, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2017-10-10")


def test_an_adverb_before_a_course_noun():
    _, causes = _facts("The Sensex ended 0.5 per cent lower after a highly volatile session, as investors assessed the "
                       "impact of higher oil prices.")
    assert causes == {("BSE Sensex", "investors assessed the impact of higher oil prices")}


def test_a_dates_commas_inside_a_cause():
    _, causes = _facts("Tata Power rose 4 per cent after it reported a jump in profit for the quarter ended December 31, "
                       "2016, on higher sales.")
    assert ("Tata Power", "it reported a jump in profit for the quarter ended December 31, 2016") in causes


def test_a_verbs_object_before_its_by_participle():
    moves, causes = _facts("Drugmaker Lupin topped the Sensex list by surging 2.1 per cent to Rs 1,100 after the US "
                           "regulator approved its generic drug.")
    assert moves == [("Lupin", "up", 2.1, 1100.0)]
    assert causes == {("Lupin", "the US regulator approved its generic drug")}


def test_a_role_after_a_dates_year_stays_in_the_cause():
    _, causes = _facts("Infosys went up 1.3 per cent after the company said it has fixed November 1, 2017, as the "
                       "record date for its buyback.")
    assert causes == {("Infosys", "the company said it has fixed November 1, 2017, as the record date for its buyback")}
