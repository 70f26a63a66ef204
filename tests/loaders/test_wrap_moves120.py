"""Four readings of lists and rankings seen in the 424th to 433rd sets:

* a name that opens the sentence before its copula is the subject, not a description of a word after it: the Manila
  Standard's "Emperador Inc. was the top index gainer, climbing by 1.02 percent to P13.80" is the company's move, not
  the index's ("index gainer" ranks the name on the index);
* "off" in a name's bracket is a fall, as "down" is (the Hollywood Reporter's "Walt Disney (off 2 percent)");
* a code in brackets after each name of a list that says its verb once (the C-Suite's "Anglo American (LON:AAL)
  climbed 1.8%, Antofagasta (LON:ANTO) 2.7%");
* a week's move whose percent restates points after "or" and a comma: the Qatar Tribune's "advanced 333.43 points,
  or 2.6 percent, during the week" has no trading day.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Philippine shares fell on Tuesday. Emperador Inc. was the top index gainer, climbing by 3.2 percent to P13.80.",
     [("Emperador Inc.", "up", 3.2, 13.8)]),
    ("Media stocks fell on Friday, including Walt Disney (off 2.1 percent), Time Warner (down 3 percent) and CBS (off "
     "6 percent).", [("The Walt Disney Company", "down", -2.1, None), ("Time Warner", "down", -3.0, None),
                     ("CBS", "down", -6.0, None)]),
    ("Miners rallied as Anglo American (LON:AAL) climbed 1.8%, Antofagasta (LON:ANTO) 2.7% and Glencore (LON:GLEN) "
     "3.3%.", [("Anglo American plc", "up", 1.8, None), ("Antofagasta plc", "up", 2.7, None),
               ("Glencore", "up", 3.3, None)]),
])
def test_moves(text, expected):
    moves = [m for m in moves_and_causes(text, published="2024-03-08")[0] if m[2] is not None]
    assert sorted(moves) == sorted(expected)


@pytest.mark.parametrize("text, day", [
    ("The Qatar Stock Exchange index advanced 333.43 points, or 2.6 percent, during the week to close at 13,028.70 "
     "points.", None),
    ("The Dow fell 500 points, or 1.4 percent, to 33,000 on Thursday.", "2024-03-07"),
])
def test_a_week_after_the_restated_figure(text, day):
    moves = facts_of("Markets\n\n" + text, published="2024-03-08").moves
    assert [str(m.date) if m.date else None for m in moves] == [day]
