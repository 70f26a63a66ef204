"""Moves of the 457th to 459th sets: "the last trading session" after a settle verb is the session the figure closes
(Zacks' "Papa John's PZZA shares ended the last trading session 7.3% higher at $100.89"), and dpa-AFX's translated
"minus" is a move noun ("The shares ended the trading day with a significant minus of 1.81 percent"); a pluperfect
move dated long before the story is history, no move (Mangalore Today's "It had plunged by 869.65 points or 5.83 per cent
on July 6, 2009").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Papa John's shares ended the last trading session 7.3% higher at $100.89.", [("Papa John", "up", 7.3, 100.89)]),
    ("Vienna Airport shares ended the trading day with a significant minus of 1.81 percent.",
     [("Vienna Airport", "down", -1.81, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2021-05-07")[0] == expected


def test_temperatures_in_minus_are_no_move():
    assert moves_and_causes("Temperatures of minus 5 degrees hit the city.", published="2021-05-07")[0] == []


def test_a_pluperfect_move_long_before_is_history():
    moves = moves_and_causes("The Sensex plunged 704 points, or 4.13 per cent. It had plunged by 869.65 points or 5.83 "
                             "per cent on July 6, 2009.", published="2011-09-22")[0]
    assert moves == [("BSE Sensex", "down", -4.13, None)]


def test_a_pluperfect_move_of_the_week_stays():
    moves = moves_and_causes("The Sensex had fallen 2% on Friday.", published="2011-09-26")[0]
    assert moves == [("BSE Sensex", "down", -2.0, None)]
