"""A cause that comes first and "led to" or "resulted in" a move of a market (Chosun Biz's "the hawkish stance of the
Fed led to a steep slide in U.S. tech stocks", Accumulate Capital's "Mounting worries ... have resulted in a worldwide
stock market sell-off", the 345th and 416th sets); a move noun's cause after "was driven largely by", the adverb after
the participle (Times NG's "The rise was driven largely by ...", the 418th set). The verb's object must be a market:
"The merger led to job cuts" states none.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Nikkei fell 1.2%. Worries over new tariffs led to a steep fall in the Nikkei.",
     {("Nikkei 225", "Worries over new tariffs")}),
    ("The Nikkei fell 1.2%. The drop was driven largely by selling in technology stocks.",
     {("Nikkei 225", "selling in technology stocks")}),
    ("The Kospi rose 1.1%. The rise was fueled mostly by foreign buying.", {("KOSPI", "foreign buying")}),
    ("The Nikkei fell 1.2%. The merger led to job cuts at the bank.", set()),
    # (review 80: "sell-off" is three tokens)
    ("The FTSE 100 fell 1.1%. The sell-off was driven mostly by a slump in mining stocks.",
     {("FTSE 100", "a slump in mining stocks")}),
    ("The FTSE 100 fell 1.1%. The sell-off in bonds was driven by inflation fears.", set()),
    ("The TSX fell 1.3%. Friday's sell-off came on the 25th anniversary of the crash.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-06-03")[1] == expected


def test_a_market_sell_off_that_resulted():
    causes = moves_and_causes("The FTSE 100 fell 3.3%. Mounting worries about the outbreak have resulted in a "
                              "worldwide stock market sell-off.", published="2020-02-24")[1]
    assert {c[1] for c in causes} == {"Mounting worries about the outbreak"}
