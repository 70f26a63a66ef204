"""Moves of the 327th to 330th sets: a move noun with points before its percent ("suffered a fall of 47.36 points,
or 0.64%"); a ranked name with cents restated as a percent after its comma ("was Genting Singapore, down 2.1 cents or
4.2 per cent"); a rank a few words further from its verb ("Weir was back among the top five risers in the FTSE 100, up
1.9 per cent": Weir's, not the index's); "reduced 4.03 per cent"; London's "top flight"; "FTSE Bursa Malaysia" as the
KLCI; "City" (London's financial district) is no company a description could name.

Sentences were written for these tests in the styles of the Press Association, the New Straits Times and My Paper,
not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("London's blue-chip market suffered a fall of 47.36 points, or 0.64%, to end at 7,352.18.",
     [("FTSE 100", "down", -0.64, 7352.18)]),
    ("London's top flight ended the day 68.28 points, or 0.91%, higher at 7,611.23 points.",
     [("FTSE 100", "up", 0.91, 7611.23)]),
    ("The day's most actively traded was Genting Singapore, down 2.1 cents or 4.2 per cent to 47.9 cents.",
     [("Genting Singapore", "down", -4.2, 47.9)]),
    ("Glasgow-based Weir was back among the top five risers in the FTSE 100, up 1.9 per cent or 32p at 1,735p.",
     [("Weir Group", "up", 1.9, 1735.0)]),
    ("Hong Kong's Hang Seng Index reduced 4.03 per cent to 23,063.57.", [("Hang Seng Index", "down", -4.03, 23063.57)]),
    ("At the close, the FTSE Bursa Malaysia (FBM KLCI) erased 64.12 points or 4.76 per cent to 1,280.63.",
     [("FTSE Bursa Malaysia KLCI", "down", -4.76, 1280.63)]),
    ("Standard Life rose after interim profits beat City expectations. The stock was up 5.7 per cent at 184.1p.",
     [("Standard Life", "up", 5.7, 184.1)]),
    # (a verb that reduces something else, with no figure right after it, is no move)
    ("BlackRock reduced its stake in HSBC to 4.9%.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2020-03-16")[0] == expected
