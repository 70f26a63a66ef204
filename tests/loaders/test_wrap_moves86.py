"""Moves of the 331st to 334th sets (India, Greater China, the Middle East and Africa, continental Europe), read
blind at 91a3557: Fin24's "pulled back to close at R184.64 after dropping 0.33%" and "firmed to R92.70 after adding
2.43%" (the day's own figure after the close; "after jumping 2.7 per cent on Tuesday" names the day before);
"Sasol [JSE:SOL] was the largest contributor to the bourse's downside as it shed 2.64%" (the one company the sentence
is about); a Kenyan "Sh" amount is money, no name ("a market cap gain of Sh5.28 billion after its share price rose");
"Abu Dhabi's general index".

Sentences were written for these tests in the styles of Fin24, the Business Daily (Kenya) and WAM, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Standard Bank [JSE:SBK] pulled back to close at R184.64 after dropping 0.33%.",
     [("Standard Bank Group", "down", -0.33, 184.64)]),
    ("Motus Holdings [JSE:MTH] firmed to R92.70 after adding 2.43%.", [("Motus Holdings", "up", 2.43, 92.7)]),
    ("On the JSE, index heavyweight Sasol [JSE:SOL] was the largest contributor to the bourse's downside as it shed "
     "2.64% to close at R284.10.", [("Sasol", "down", -2.64, 284.1)]),
    ("Equity Group led the segment with a market cap gain of Sh5.28 billion after its share price rose by 3.4 percent "
     "to Sh41.60.", [("Equity Group", "up", 3.4, 41.6)]),
    ("UAE markets rose as Abu Dhabi's general index added 1.26 per cent and Dubai's main share index gained 0.17 per "
     "cent.", [("DFM General Index", "up", 0.17, None), ("FTSE ADX General Index", "up", 1.26, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2019-01-23")[0] == expected


def test_a_market_s_general_index_where_the_benchmark_is_another():
    # (review 68: Kuwait's benchmark is the Premier Market index; its "general index" is the all-share one)
    moves, _ = moves_and_causes("Kuwait's general index rose 0.5% while the premier market index climbed 0.7%.",
                                published="2024-05-31")
    assert moves == [("Boursa Kuwait All Share Index", "up", 0.5, None), ("Boursa Kuwait Premier Market Index", "up", 0.7, None)]
