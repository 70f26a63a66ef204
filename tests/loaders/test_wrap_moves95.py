"""Moves of the 351st to 354th sets, read blind at c81ee3d: "hike" is a move noun ("was up 46.15 points, a 0.75
percent hike to 6,225.78"); a price "steady at" its level is a flat move, as "unchanged at" is (Malaya's "Ayala Land
Inc. was steady at P28.25"); a change after "closed at" with its sign in words (TT's style, "The OMXS index closed at
minus 0.9 percent"); a slow verb's "to" before the move's noun (CCN's "clawed to a slight gain of 19.02 points or
0.07%").

Sentences were written for these tests in the styles of Malaya, TT and CCN, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The PSEi was up 37.20 points, a 0.58 percent hike to 6,451.30.",
     [("PSEi", "up", 0.58, None)]),
    ("Ayala Land Inc. was steady at P29.50.", [("Ayala Land", "flat", 0.0, 29.5)]),
    ("Jollibee Foods held steady at P245.80 while SM Prime rose 1.2 percent to P36.50.",
     [("Jollibee Foods", "flat", 0.0, 245.8), ("SM Prime Holdings", "up", 1.2, 36.5)]),
    ("The OMXS index closed at minus 0.4 percent.", [("OMXS", "down", -0.4, None)]),
    ("Ericsson closed at plus 2.1 percent.", [("Ericsson", "up", 2.1, None)]),
    ("The Dow Jones Industrial Average clawed to a slight gain of 21.10 points or 0.08% on Monday.",
     [("Dow Jones Industrial Average", "up", 0.08, None)]),
    # (a hike of a price is no move of the one who sets it)
    ("The company announced a 5% hike in fuel prices.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2019-10-21")[0] == expected
