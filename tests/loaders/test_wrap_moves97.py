"""Moves of the 359th to 362nd sets (the US, Japan, Korea and Taiwan, the Middle East, Africa and South Asia, the UK
and Europe), read blind at 24376e9: a name the reference does not know may open a clause after "after" or "when"
(Mubasher's "The real estate sector tumbled 2.08% after Emaar Properties dropped 5.7% to AED 6.83"); "transport" is
the transport sector's word, so the Gulf Times' list of bracketed figures after one verb reads through it ("The banks
and financial services index soared 2.23%, transport (2.19%), industrials (1.78%) ..."); "climbed down" and "landed
down" are falls (Kenyan Wall Street's "Britam which climbed down 1.9% to KSh 6.86", the Tampa Bay Times' "Wells
Fargo, which is buying Wachovia, landed down 19 percent").

Sentences were written for these tests in the styles of Mubasher, the Gulf Times, Kenyan Wall Street and the Tampa
Bay Times, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The real estate sector fell 1.9% after Emaar Properties dropped 5.1% to AED 6.90.",
     [("Property", "down", -1.9, None), ("Emaar Properties", "down", -5.1, 6.9)]),
    ("The banks index soared 2.1%, transport (2.0%), industrials (1.5%) and insurance (0.9%); while real estate fell "
     "0.4%.", [("Banks", "up", 2.1, None), ("Property", "down", -0.4, None), ("Transport and logistics", "up", 2.0, None),
               ("Industrials", "up", 1.5, None), ("Insurance", "up", 0.9, None)]),
    ("KPLC fell 2.8% to KSh 1.52 and Britam climbed down 1.9% to KSh 6.86.",
     [("KPLC", "down", -2.8, 1.52), ("Britam", "down", -1.9, 6.86)]),
    ("Bank of America fell 20 percent and Wells Fargo, which is buying Wachovia, landed down 18 percent.",
     [("Bank of America", "down", -20.0, None), ("Wells Fargo", "down", -18.0, None)]),
    # (a capitalised phrase after "after" with no figure is no move)
    ("Stocks fell after Chinese Regulators cracked down.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2020-11-09")[0] == expected
