"""Moves of the 444th to 448th sets: the percent "for a 0.54% gain" after a points figure (PF Advice's "The Dow ended
the day up 22.02 points for a 0.54% gain", "was up 28.19 points for the day for a 0.63% increase"); a bracketed
figure with the price inside it in a ranking (Daba Finance's "Top gainers on the day included CBI (+3.38% to 765
FCFA), Oragroup (+2.94% to 1,750 FCFA)"); and trading on an exchange is no move of the exchange (in the Vietnam
Financial Times' style, "Trading on the Hanoi Stock Exchange ... increased by 64% to 2.815 trillion VND"). From
review 82's too-narrow cases: "drifted down 0.8 per cent", "crept down 0.3%", and "indicating a rise of 0.34%" after a
close; while a light participle's figure "in" a business measure is the data's ("Data showing a rise of 3% in
exports lifted the yen").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow ended the day up 22.02 points for a 0.54% gain.", [("Dow Jones Industrial Average", "up", 0.54, None)]),
    ("The Nasdaq was up 28.19 points for the day for a 0.63% increase.", [("Nasdaq Composite", "up", 0.63, None)]),
    ("Top gainers on the day included CBI (+3.38% to 765 FCFA), Oragroup (+2.94% to 1,750 FCFA), and Orange CI.",
     [("CBI", "up", 3.38, None), ("Oragroup", "up", 2.94, None)]),
    # any light participle after a close brings its noun's figure (the Irish Examiner's "closed at 2,414 points —
    # representing an increase of 41 points, or 1.73%")
    ("The ISEQ closed at 2,414 points, representing an increase of 41 points, or 1.73%.",
     [("ISEQ Overall Index", "up", 1.73, 2414.0)]),
    ("Newcrest drifted down 0.8 per cent.", [("Newcrest", "down", -0.8, None)]),
    ("The Kospi crept down 0.3%.", [("KOSPI", "down", -0.3, None)]),
    ("The Nikkei closed at 38,120.5, indicating a rise of 0.34%.", [("Nikkei 225", "up", 0.34, 38120.5)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-07-03")[0] == expected


@pytest.mark.parametrize("text", [
    "The Dow rose 200 points for a 4% gain this year.",  # the year's
    "Trading on the Hanoi Stock Exchange increased by 64% to 2.815 trillion VND.",  # the volume's
    "Liquidity on the HOSE fell 20%.",
    "Data showing a rise of 3% in exports lifted the yen.",  # the data's
    "Data indicating a rise of 3% in exports lifted the yen.",
])
def test_no_move(text):
    assert [m for m in moves_and_causes(text, published="2024-07-03")[0] if m[2] is not None] == []
