"""A move noun with another market after "on" is that market's move, the cause of the move before it, not the
market's own earlier course ("Kospi fell 1% after a 2% drop on Wall Street", "tracking a 2.1 percent fall on the MSCI
emerging market index"); "after a 2% drop on Monday" stays the market's own course. "After peaking in January" is a
course too.

Sentences were written for these tests in the styles of Reuters and Yonhap, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Kospi fell 1.1% after a 2.3% drop on Wall Street.", {("KOSPI", "a 2.3% drop on Wall Street")}),
    ("Asian shares fell 1% on Tuesday after a 2% drop on Wall Street overnight.",
     {("Asian markets", "a 2% drop on Wall Street")}),
    ("LAGOS (Reuters) - Nigerian stocks fell 0.6 percent on Wednesday, tracking a 2.1 percent fall on the MSCI "
     "emerging market index.", {("NGX All-Share Index", "a 2.1 percent fall on the MSCI emerging market index")}),
    ("The Nikkei rose 1% after a 2% drop on Monday.", set()),
    ("Nigerian stocks fell 1% on Monday. Equities have fallen more than 20 percent so far after peaking in January.",
     set()),
])
def test_another_market_s_move_noun(text, expected):
    assert moves_and_causes(text, published="2018-08-16")[1] == expected
