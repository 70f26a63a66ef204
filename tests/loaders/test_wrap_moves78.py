"""Moves of the 315th and 317th sets: TheStreet's quote widget after a bracketed code ("Amazon.com (AMZN) - Get Report
finished down 4.1%": no company called "Get Report"), the names a statement excepts ("All sectors except energy,
consumer staples and health care fell", MT Newswires; but "except Athens' stock exchange, which closed 1.1 percent
down" has a move of its own), a sentence's opening topic before another name ("As for oil and gas stocks, Petronas
Chemical rose", the Star), and Malaysian blue chips the reference data lacked ("Top Glove's share price closed down").

Sentences were written for these tests in the styles of TheStreet, MT Newswires, CNBC, the Star and the Edge, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2020-09-23")[0]


def test_thestreet_s_widget_after_a_bracketed_code():
    assert _moves("Amazon.com  (AMZN) - Get Report finished down 4.2%, and Alphabet  (GOOGL) - Get Report declined "
                  "3.4%.") == [("Amazon.com", "down", -4.2, None), ("Alphabet Inc", "down", -3.4, None)]


def test_the_names_a_statement_excepts():
    assert _moves("All sectors except energy, consumer staples and health care fell 1.2%.") == []
    assert _moves("All bourses finished higher, except Athens' stock exchange, which closed 1.3 percent down.") == [
        ("Athens General Composite", "down", -1.3, None)]


def test_an_opening_topic_before_another_name():
    moves = _moves("As for oil and gas stocks, Petronas Chemical rose 12 sen to RM9.40.")
    assert [m[0] for m in moves] == ["Petronas Chemicals Group"]
    assert _moves("As for banks, Maybank rose 2.1%.") == [("Maybank", "up", 2.1, None)]


def test_malaysian_blue_chips_of_the_reference_data():
    moves = _moves("Top Glove's share price closed down 14 sen or 3.1% at RM4.50.")
    assert [m[:3] for m in moves] == [("Top Glove", "down", -3.1)]
    assert _moves("Hartalega fell 2.2% while IHH Healthcare rose 1.4%.") == [
        ("Hartalega", "down", -2.2, None), ("IHH Healthcare", "up", 1.4, None)]
