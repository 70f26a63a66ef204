"""A cause whose own noun phrase holds the movers: the Vancouver Sun's "The TSX closed 59 points lower today after
prices for both crude oil and gold fell" (the 443rd set) is the whole clause, not "prices for both", while a clause
of its own after another mover still ends the cause before it. A move noun that grows before its cue points back
at the move before (Mondo Visione's "The losses deepened this afternoon after China revealed retaliatory tariffs",
the 436th set), and "this setback" is such a noun (247 News Agency's "this setback is also due to political
uncertainty", the 441st); "after lunch" is a time, no cause, and "on last Thursday's close" the base a change is
measured from (the Irish Examiner's "an increase of 41 points, or 1.73%, on last Thursday's close", the 328th set).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The TSX closed lower today after prices for both crude oil and gold fell.",
     {("S&P/TSX Composite", "prices for both crude oil and gold fell")}),
    ("The TSX fell after prices for crude oil fell.", {("S&P/TSX Composite", "prices for crude oil fell")}),
    ("The TSX fell after oil prices fell.", {("S&P/TSX Composite", "oil prices fell")}),
    ("The FTSE 100 fell 2% this morning. The losses deepened this afternoon after China revealed retaliatory tariffs.",
     {("FTSE 100", "China revealed retaliatory tariffs")}),
    ("The Nikkei rose 2%. The rally gathered pace as the yen weakened.", {("Nikkei 225", "the yen weakened")}),
    ("The Lima Stock Exchange fell 1.3%. This setback is due to political uncertainty.",
     {("S&P/BVL Peru General Index", "political uncertainty")}),
    ("The FTSE 100 fell 2%. The losses deepened after lunch.", set()),
    ("The FTSE 100 fell 2% after lunch.", set()),
    ("The Hang Seng rose 1.1% after lunch talks between the two leaders.",
     {("Hang Seng Index", "lunch talks between the two leaders")}),  # (review 82's: an event, not the time)
    ("The ISEQ closed at 2,414 points, representing an increase of 41 points, or 1.73%, on last Thursday's close.",
     set()),
    ("The ISEQ rose 1.7% on the close of the merger.", {("ISEQ Overall Index", "the close of the merger")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2010-12-14")[1] == expected
