"""Moves of the 399th to 406th sets with signed figures, read blind at 7717a0d: a close verb before a signed percent
(Stockchase's "the TSX closed -1.72%", "the S&P finished the choppy session -1.22%, the Dow -1.55%"; not "ended the
week -2%"); a ranking's "were Suncor at -3.26% and Manulife -4.84%"; a signed item's price after "at" or "to"
(Sofokleous10's style, "Kestrel Realty -2.17% at EUR 4.32 and Osprey Cables -0.96% at EUR 8.64 were down").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The TSX closed -1.52% on Monday.", [("S&P/TSX Composite", "down", -1.52, None)]),
    ("Stateside, the S&P finished the volatile session -1.12%, the Dow -1.45% and the Nasdaq -0.25%.",
     [("S&P 500", "down", -1.12, None), ("Dow Jones Industrial Average", "down", -1.45, None),
      ("Nasdaq Composite", "down", -0.25, None)]),
    ("The TSX ended the day +0.8%.", [("S&P/TSX Composite", "up", 0.8, None)]),
    ("The TSX ended the week -2.1%.", []),
    ("Among the most traded names were Suncor at -2.26% and Manulife -3.84%.",
     [("Suncor", "down", -2.26, None), ("Manulife Financial", "down", -3.84, None)]),
    ("Kestrel Realty -2.17% at EUR 4.32 and Osprey Cables -0.96% at EUR 8.64 were down.",
     [("Kestrel Realty", "down", -2.17, 4.32), ("Osprey Cables", "down", -0.96, 8.64)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-03-10")[0] == expected
