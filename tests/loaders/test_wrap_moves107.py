"""Moves of the 399th to 405th sets, read blind at 7717a0d: a list's names each with a comma before its own figure
also between semicolons ("Frankfurt has fallen by 0.55%; Paris, 0.27%; Milan, 0.64%", Europa Press's; review 76's
"The Straits Times Index rose 0.4%; DBS, 1.1%"); a gapped figure after "even" ("Deutsche Bank lost 5.6 percent and
Commerzbank even 11 percent"); a company's "who" before a list's verb ("..., who declined by 0.77%, 0.61% and 0.30%
respectively"); "improving" and "bled" with a figure ("Micron fared even better, improving 6.21 percent to $5.99").

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
    ("Losers included Pearson, Unilever and Tesco, who declined by 0.67%, 0.51% and 0.20% respectively.",
     [("Pearson", "down", -0.67, None), ("Unilever", "down", -0.51, None), ("Tesco", "down", -0.2, None)]),
    ("Micron fared better still, improving 5.21 percent to $6.99 per share.",
     [("Micron Technology", "up", 5.21, 6.99)]),
    ("The property index, which bled 5.3%, led the decliners.", [("Property", "down", -5.3, None)]),
    # no figure, no move: "improving" and "bled" alone
    ("Margins are improving, the chief executive said.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2023-06-20")[0] == expected
