"""Review 72's worse cases, mended: a SeeNews code on Bucharest's, Sofia's, Warsaw's, Budapest's, Zagreb's or
Ljubljana's exchange is that exchange's code, no US ticker ("Electrica [BVB:EL]" had been Estée Lauder, "Transelectrica
[BVB:TEL]" TE Connectivity); "Central Bank of India" is the listed bank (it had been cut to "Bank of India", another
bank); "as trades numbered 1,310 after a windfall tax was proposed" keeps its cause, only a count of trades (and a
turnover after it) that is the whole phrase is volume.

Sentences were written for these tests by the review helper and the lead in the styles of SeeNews, ANI and ČTK, not
copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Electrica [BVB:EL] shares slid 2.7% after the regulator cut distribution tariffs.",
     [("Electrica", "down", -2.7, None)]),
    ("Transelectrica [BVB:TEL] jumped 4% to 28.45 lei.", [("Transelectrica", "up", 4.0, 28.45)]),
    ("Central Bank of India 1.8 per cent lower at Rs.61.40; Bank of India 0.9 per cent higher at Rs.128.30.",
     [("Central Bank of India", "down", -1.8, 61.4), ("Bank of India", "up", 0.9, 128.3)]),
    ("Union Bank of India fell 1%.", [("Union Bank of India", "down", -1.0, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2023-03-25")[0] == expected


def test_a_count_of_trades_before_a_cause_keeps_the_cause():
    causes = moves_and_causes("CEZ slipped 1.2% as trades numbered 1,310 after a windfall tax was proposed.",
                              published="2023-03-25")[1]
    assert any("windfall tax" in cause for _, cause in causes)
    assert moves_and_causes("The PX fell 0.4% as trades numbered 3,279 and turnover came in at CZK 1.2 billion.",
                            published="2023-03-25")[1] == set()
