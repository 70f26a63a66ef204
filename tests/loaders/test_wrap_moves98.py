"""Moves of the 363rd to 366th sets (the US, Hong Kong and China, India and Pakistan, Australia, New Zealand, Singapore
and Malaysia), read blind at a0507d2: a capitalised "Airlines" after one capitalised word that is no place is a
company's name (the Miami Herald's "Miramar-based Spirit Airlines fell more than 7% to close at $34.71"; not "Chinese
airlines"); a news source's aside is no mover ("Dow Jones also finished the quarter at a new closing record, the Wall
Street Journal reported, rising 52.38 points, or 0.4 percent"); "dropped 400 points, for a 1.6 percent drop"; "The
biggest loser was BoB that shed 7.20 per cent"; the Business Times' "added three Singapore cents or 2.4 per cent".

Sentences were written for these tests in the styles of the Miami Herald, PRI, the Portland Business Journal and the
Hindu BusinessLine, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Miramar-based Spirit Airlines fell more than 6% to close at $33.10.", [("Spirit Airlines", "down", -6.0, 33.1)]),
    ("Chinese Airlines fell 7%.", [("Airlines", "down", -7.0, None)]),
    ("Dow Jones also finished the quarter at a record, the Wall Street Journal reported, rising 61.40 points, or "
     "0.4%, to end the day at 14,521.80.", [("Dow Jones Industrial Average", "up", 0.4, 14521.8)]),
    ("Most investors had a bad day as the Dow dropped 400 points, for a 1.5 percent drop.",
     [("Dow Jones Industrial Average", "down", -1.5, None)]),
    ("The biggest loser was BoB that shed 7.1 per cent.", [("BoB", "down", -7.1, None)]),
    ("It was Tencent that fell 2%.", [("Tencent Holdings", "down", -2.0, None)]),
    # the Business Times' cents with their number in words
    ("Rigmaker Sembcorp Marine added three Singapore cents or 2.3 per cent to S$1.32.",
     [("Sembcorp Marine", "up", 2.3, 1.32)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2018-03-01")[0] == expected
