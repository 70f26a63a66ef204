"""Causes of the 399th to 406th sets, read blind at 7717a0d: a day's record or run told by "registering", "logging",
"booking" or "clocking" before the cue (PTI's "surged more than 1 per cent on Monday, registering their fifth day of
rally on the back of X"), as "extending its rally" was; a plural closing record with no article (Deccan Chronicle's
"Sensex and Nifty on Tuesday hit fresh closing highs on X").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Sensex rose 0.8 per cent on Monday, registering its fourth day of rally on the back of buying in banks.",
     {("BSE Sensex", "buying in banks")}),
    ("The Nifty fell 0.6 per cent, logging its third session of losses amid selling by foreign funds.",
     {("Nifty 50", "selling by foreign funds")}),
    ("Sensex and Nifty on Wednesday hit fresh closing highs on strong foreign fund inflows.",
     {("BSE Sensex", "strong foreign fund inflows"), ("Nifty 50", "strong foreign fund inflows")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-07-16")[1] == expected
