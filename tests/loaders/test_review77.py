"""Review 77 (`7717a0d`..`15f60d0`): a helper who had not written the rules probed them with articles of its own. Its
worse cases: a record of an earlier day given a cause ("had hit fresh closing highs on Friday on X", "hit fresh closing
highs last week on X"); a week's or a year's signed figure read as the day's ("closed +0.3% for the week", "were Suncor
at -3.26% year-to-date"); the market's own run after "after" read as a cause ("registering its first loss in six
sessions after a strong run").

Sentences were written for these tests, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The S&P 500 hit fresh closing highs last week on optimism over chips.", ([], set())),
    ("The Nikkei had hit fresh closing highs on Friday on yen weakness.", ([], set())),
    ("The Straits Times Index closed +0.4% for the week.", ([], set())),
    ("Among the biggest decliners were Suncor at -2.26% year-to-date and Cenovus at -4.1% year-to-date.", ([], set())),
    ("The Nifty fell 0.4%, registering its first loss in five sessions after a strong run.",
     ([("Nifty 50", "down", -0.4, None)], set())),
    ("The Nifty fell 0.4% after a strong rally.", ([("Nifty 50", "down", -0.4, None)], set())),
    # still read: the day's record and a rally named with its object
    ("Sensex and Nifty on Thursday hit fresh closing highs on strong foreign fund inflows.",
     ([], {("BSE Sensex", "strong foreign fund inflows"), ("Nifty 50", "strong foreign fund inflows")})),
    ("The Nifty fell 0.4% after a rally in oil prices.",
     ([("Nifty 50", "down", -0.4, None)], {("Nifty 50", "a rally in oil prices")})),
])
def test_review77(text, expected):
    assert moves_and_causes(text, published="2025-06-10") == expected
