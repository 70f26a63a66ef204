"""Names and sides of the 383rd to 386th sets, read blind at 5e2bb88: a local paper's town after a biotech's name is
no part of it ("Dicerna Pharmaceuticals of Watertown retreated 7.9 percent", the Boston Globe's; but "Bank of America",
"Potash Corp of Saskatchewan"); a weekday after a name is the day ("no real news out for SoundHound Monday", Sherwood's);
"gave up 3.6 per cent and 1.2 per cent, respectively" is a fall (Yuan Talks').

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Dicerna Pharmaceuticals of Watertown retreated 7.9 percent, while RXi Pharmaceuticals of Westborough dropped 6.6 "
     "percent.", [("Dicerna Pharmaceuticals", "down", -7.9, None), ("RXi Pharmaceuticals", "down", -6.6, None)]),
    ("Bank of America fell 2%.", [("Bank of America", "down", -2.0, None)]),
    ("Potash Corp of Saskatchewan fell 10.1% to $124.", [("Potash Corp of Saskatchewan", "down", -10.1, 124.0)]),
    ("With no real news out for SoundHound Monday and the shares up roughly 20%, short sellers ran.",
     [("SoundHound", "up", 20.0, None)]),
    ("Sunny Optical and AAC Technologies gave up 3.6 per cent and 1.2 per cent, respectively.",
     [("Sunny Optical Technology (Group)", "down", -3.6, None), ("AAC Technologies Holdings", "down", -1.2, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2014-04-11")[0] == expected
