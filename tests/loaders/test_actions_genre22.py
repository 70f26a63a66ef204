"""Investor actions of the 351st to 354th sets, read blind at c81ee3d: a passive rating's broker after "at" or "by"
may stand far after the rating, past a target price and a bracket (24/7 Wall St.'s "AK Steel Holding Corp. (NYSE:
AKS) was downgraded to Neutral from Outperform with a $9 price target (versus a $9.10 prior close) at Macquarie"),
and the target price "with" the rating is a target change of its own (`other`), as one lifted "and" with it is.

Sentences were written for these tests in the style of 24/7 Wall St., not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Analyst calls\n\n" + text, published="2016-04-05").investor_actions]


@pytest.mark.parametrize("text, expected", [
    ("Darden Restaurants Inc. (NYSE: DRI) was downgraded to Neutral from Outperform with a $70 target price (versus "
     "a $72.10 close) at Credit Suisse.",
     [("Credit Suisse", "downgraded", "Darden Restaurants"), ("Credit Suisse", "other", "Darden Restaurants")]),
    ("Johnson & Johnson (NYSE: JNJ) was upgraded to Overweight from Equal Weight with a $130 price target at Barclays.",
     [("Barclays", "upgraded", "Johnson & Johnson"), ("Barclays", "other", "Johnson & Johnson")]),
    # (no target price: the rating alone)
    ("Johnson & Johnson was downgraded to Equal Weight from Overweight at Barclays.",
     [("Barclays", "downgraded", "Johnson & Johnson")]),
])
def test_actions(text, expected):
    assert _actions(text) == expected
