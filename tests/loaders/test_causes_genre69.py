"""Causes of the 371st to 378th sets, read blind at 26c7f3f: a move noun's "came on" points back like "came after"
("The decline came on a downgrade from Mizuho Securities", a Finance Markets report's; "came on the heels of");
"mirroring" links a market to the one it follows, as "tracking" does (the New Straits Times' "closed lower,
mirroring the negative trend in regional markets"). Later: a day after "suffering heavy losses", "as it lost 2,061.23
points" and "on volume that declined 46%" are the market's own course (Al Jazeera's, China Last Night's).

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
    # the 384th set's (read blind at 5e2bb88): the market's own course and its volume are no causes
    ("The Nikkei index continued its slide a day after suffering heavy losses, ending Tuesday down 5.65 per cent.",
     set()),
    ("The Hang Seng index ended the day down 8.7 per cent as it lost 2,061.23 points.", set()),
    ("The Hang Seng gained 0.74% on volume that declined 28% from Thursday.", set()),
    ("Acme fell 5% after posting losses in the quarter.", {("Acme", "posting losses in the quarter")}),
    # the 387th's and 390th's (read blind at df1e715): a recovery the market staged, its own move restated
    ("The Sensex closed 6 per cent lower on Tuesday after staging a partial recovery in afternoon trade.", set()),
    ("The PSEi fell 1%. The Financials index fell 2% after it fell 61.48 points.", set()),
    ("Tesla rose 3% after it beat estimates.", {("Tesla Inc", "it beat estimates")}),
    # the 376th's and 388th's "penalized by" (News Bulletin 247's, the Jornal Económico's translated copy)
    ("The PSI 20 fell 0.6% for the third consecutive day, penalized by Galp and BCP.", {("PSI", "Galp"), ("PSI", "BCP")}),
    ("Galp was penalized by the regulator last year.", set()),
    ("Excluding the CAC 40, FDJ fell by 6.4%, penalized by fears of higher gambling taxes.",
     {("FDJ", "fears of higher gambling taxes")}),
    ("The Nikkei fell 2% as it lost ground to the yen.", {("Nikkei 225", "it lost ground to the yen")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-06-04")[1] == expected
