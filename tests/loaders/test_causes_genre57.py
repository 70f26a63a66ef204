"""More causes of the 327th to 330th sets: an aside between spaced dashes counts no distance to the cue after it
("tumbled 1.6% to just over 1.30 US dollars - the lowest level for nearly a month and the steepest fall since March -
following X"); "weak trading from mining stocks" is the miners' trading, a cause, where "on weak trading" is volume
and "following choppy trading" the market's own course; "The increase was largely thanks to X" points back.

Sentences were written for these tests in the styles of the Press Association and the Evening Standard, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Sterling tumbled 1.6% to just over 1.30 US dollars – the lowest level for nearly a month and the steepest fall "
     "since March – following the shock departure of a senior official.",
     {("British pound", "the shock departure of a senior official")}),
    ("The FTSE 100 dipped 0.2% after weak trading from mining stocks.",
     {("FTSE 100", "weak trading from mining stocks")}),
    ("The FTSE 100 dipped 0.2% on weak trading.", set()),
    ("The FTSE 100 closed higher following choppy trading.", set()),
    ("The FTSE 100 rose 1%. The increase was largely thanks to London's mining giants.",
     {("FTSE 100", "London's mining giants")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2020-09-08")[1] == expected
