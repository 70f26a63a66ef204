"""Causes of the 371st to 378th sets, read blind at 26c7f3f: a move noun's "came on" points back like "came after"
("The decline came on a downgrade from Mizuho Securities", a Finance Markets report's; "came on the heels of");
"mirroring" links a market to the one it follows, as "tracking" does (the New Straits Times' "closed lower,
mirroring the negative trend in regional markets").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Fast Retailing fell 3%. The decline came on a downgrade from Mizuho Securities.",
     {("Fast Retailing", "a downgrade from Mizuho Securities")}),
    ("The FBM KLCI fell 1%. The fall came on the heels of weak export data.",
     {("FTSE Bursa Malaysia KLCI", "weak export data")}),
    ("The FBM KLCI closed 0.5% lower, mirroring the negative trend in regional markets.",
     {("FTSE Bursa Malaysia KLCI", "the negative trend in regional markets")}),
    ("The FBM KLCI fell 1%. The fall came on Monday.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-06-04")[1] == expected
