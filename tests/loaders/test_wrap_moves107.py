"""Moves of the 399th to 405th sets, read blind at 7717a0d: a list's names each with a comma before its own figure
also between semicolons ("Frankfurt has fallen by 0.55%; Paris, 0.27%; Milan, 0.64%", Europa Press's; review 76's
"The Straits Times Index rose 0.4%; DBS, 1.1%"); a gapped figure after "even" ("Deutsche Bank lost 5.6 percent and
Commerzbank even 11 percent"); a company's "who" before a list's verb ("..., who declined by 0.84%, 0.52% and 0.19%
respectively"); "improving" and "bled" with a figure ("Micron outdid them, improving 4.38 percent to $7.42").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Frankfurt has fallen by 0.45%; Paris, 0.37%; and Milan, 0.54%.",
     [("DAX", "down", -0.45, None), ("CAC 40", "down", -0.37, None), ("FTSE MIB", "down", -0.54, None)]),
    ("The Straits Times Index rose 0.6%; DBS, 1.2%; and OCBC, 0.7%.",
     [("Straits Times Index", "up", 0.6, None), ("DBS Group", "up", 1.2, None), ("OCBC", "up", 0.7, None)]),
    ("In Frankfurt, Deutsche Bank lost 4.6 percent and Commerzbank even 9 percent.",
     [("Deutsche Bank", "down", -4.6, None), ("Commerzbank", "down", -9.0, None)]),
    ("Losers included Barclays, Unilever and Tesco, who declined by 0.84%, 0.52% and 0.19% respectively.",
     [("Barclays", "down", -0.84, None), ("Unilever", "down", -0.52, None), ("Tesco", "down", -0.19, None)]),
    ("Micron outdid them, improving 4.38 percent to $7.42 a share.",
     [("Micron Technology", "up", 4.38, 7.42)]),
    ("The property index, which bled 5.3%, led the decliners.", [("Property", "down", -5.3, None)]),
    # no figure, no move: "improving" and "bled" alone
    ("Margins are improving, the chief executive said.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2023-06-20")[0] == expected
