"""Names and subjects of the 371st to 378th sets, read blind at 26c7f3f: a commodity's word opening a company's name
("Gold One International", MiningNews'; "Oil Search", which four earlier sets read as "Search"), not a headline's "Oil
Prices Rise"; a relative clause inside a list is its own name's ("Boeing, Caterpillar, Apple, which jumped 3.3
percent, Starbucks, and Home Depot", a radio station's); CNA's dateline "(CNA)-Taiwan shares closed"; "Trade volume"
names no company (the Saigon Times').

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Gold One International rose 8.3%.", [("Gold One International", "up", 8.3, None)]),
    ("Oil Search fell 2.8 per cent.", [("Oil Search", "down", -2.8, None)]),
    ("Copper Mountain Mining rose 3%.", [("Copper Mountain Mining", "up", 3.0, None)]),
    ("Gold rose 2% while Newmont fell 1%.", [("Gold", "up", 2.0, None), ("Newmont", "down", -1.0, None)]),
    ("Oil Prices Rise 2% on Supply Fears", [("Crude oil", "up", 2.0, None)]),
    ("Among today's gainers were Boeing, Caterpillar, Apple, which jumped 3.3 percent, Starbucks, and Home Depot.",
     [("Apple Inc", "up", 3.3, None), ("Boeing", "up", None, None), ("Caterpillar Inc.", "up", None, None)]),
    ("Boeing, Caterpillar and Apple, which jumped 3.3 percent, led the Dow.",
     [("Boeing", "up", 3.3, None), ("Caterpillar Inc.", "up", 3.3, None), ("Apple Inc", "up", 3.3, None)]),
    ("Taipei, Oct. 11 (CNA)-Taiwan shares closed down 6.31 percent at 9,806.11 Thursday.",
     [("TAIEX", "down", -6.31, 9806.11)]),
    ("Trade volume totaled over 475 million shares, down 13.5% in volume against the previous session.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2018-10-11")[0] == expected
