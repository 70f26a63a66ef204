"""Moves of the 457th to 459th sets: "the last trading session" after a settle verb is the session the figure closes
(in Zacks' style, "Kestrel Foods KSTF stock ended the last trading session 5.4% higher at $84.12"), and dpa-AFX's
translated "minus" is a move noun ("The shares closed the session with a significant minus of 2.37 percent"); a
pluperfect move dated long before the story is history, no move (in Mangalore Today's style, "It had tumbled by 742.30
points or 4.96 per cent on March 3, 2009").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Foods stock ended the last trading session 5.4% higher at $84.12.",
     [("Kestrel Foods", "up", 5.4, 84.12)]),
    ("Kestrel Bank shares closed the session with a significant minus of 2.37 percent.",
     [("Kestrel Bank", "down", -2.37, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2021-05-07")[0] == expected


def test_temperatures_in_minus_are_no_move():
    assert moves_and_causes("Temperatures of minus 5 degrees hit the city.", published="2021-05-07")[0] == []


def test_a_pluperfect_move_long_before_is_history():
    moves = moves_and_causes("The Sensex slumped 652 points, or 3.78 per cent. It had tumbled by 742.30 points or 4.96 "
                             "per cent on March 3, 2009.", published="2011-09-22")[0]
    assert moves == [("BSE Sensex", "down", -3.78, None)]


def test_a_pluperfect_move_of_the_week_stays():
    moves = moves_and_causes("The Sensex had fallen 2% on Friday.", published="2011-09-26")[0]
    assert moves == [("BSE Sensex", "down", -2.0, None)]
