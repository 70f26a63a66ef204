"""Closes and gapped moves of the 371st to 378th sets, read blind at 26c7f3f: a currency's code before a price is
money ("unchanged at KES 15.10", Soko Directory's; "to HUF 14,700", which two earlier sets lost as a close); "remained
(largely) unchanged" is flat for a name the reference knows, or with its price; "closed with a day's loss of 4.76 per
cent" (24Brussels'); a gapped move past its index's city in brackets ("the DAX (Frankfurt) with a 4.1 per cent loss")
or after ", by" ("and tech, by 1.6 per cent", Stockhead's).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Safaricom remained unchanged at KES 15.10.", [("Safaricom", "flat", 0.0, 15.1)]),
    ("MOL fell 2 percent to HUF 14,700.", [("MOL", "down", -2.0, 14700.0)]),
    ("Meanwhile, the NASI remained largely unchanged.", [("Nairobi All Share Index", "flat", 0.0, None)]),
    ("The FTSE 100 remained unchanged.", [("FTSE 100", "flat", 0.0, None)]),
    ("Headcount stayed flat at 1,200 employees.", []),
    ("Daily active users remained unchanged.", []),
    ("The Amsterdam AEX closed with a day's loss of 4.76 per cent.", [("AEX", "down", -4.76, None)]),
    ("The CAC 40 (Paris) closed with a loss of 4.8 per cent, the DAX (Frankfurt) with a 4.1 per cent loss.",
     [("DAX", "down", -4.1, None), ("CAC 40", "down", -4.8, None)]),
    ("Materials fell 2.0 per cent and tech, by 1.6 per cent.",
     [("Materials", "down", -2.0, None), ("Technology", "down", -1.6, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2023-09-04")[0] == expected
