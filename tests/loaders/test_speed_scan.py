"""The candidate-character scan (marketkg.loaders.scan) finds exactly what a plain
``finditer`` finds, for every pattern that uses it."""
from __future__ import annotations

import random
import re

import pytest

from marketkg.loaders import dates, quantities
from marketkg.loaders.scan import finditer

_CASES = [
    (quantities._RANGE, quantities._RANGE_FIRST),
    (quantities._PERCENT, quantities._PERCENT_FIRST),
    (quantities._SHARES, quantities._DIGIT),
    (quantities._MONEY, quantities._MONEY_FIRST),
    (quantities.TICKER, quantities._TICKER_FIRST),
    (dates._DMY, dates._DIGIT),
    (dates._DM, dates._DIGIT),
]
_TEXTS = [
    "The Hang Seng Index fell 2.38% to 25,222.02, its lowest close since ~1.5-2% moves in 2024.",
    "Alibaba -W (9988.HK) rose +4.19 per cent; HK$20.975 billion changed hands, 1,200 million H-shares.",
    "Rs. 1,234 crore, ₹500, US$3bn, 12 yen, 7 Hong Kong dollars, (NYSE: BABA), (.HSI), (7203.T), (RELIANCE.NS)",
    "On 25 November 2025 and 3rd December, 1. 39 percent, a5% x-3%, 12.5pp, 1-2 pct, 10 to 20 percentage points",
    "",
]


def _noise(seed: int) -> str:
    rng = random.Random(seed)
    alphabet = "0123456789.,%~+-$€£¥₹₩ ()HKUSDRMBCNYJPEGaefinorstz:\n"
    return "".join(rng.choice(alphabet) for _ in range(400))


@pytest.mark.parametrize("pattern,first", _CASES, ids=lambda x: getattr(x, "pattern", "")[:20])
def test_scan_finds_what_finditer_finds(pattern, first):
    for text in _TEXTS + [_noise(n) for n in range(30)]:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer(pattern, first, text)] == expected


def test_scan_misses_matches_outside_the_first_class():
    """A ``first`` class without the opening character finds nothing: the class is what keeps it exact."""
    assert [m.group(0) for m in finditer(quantities._PERCENT, re.compile(r"~"), "rose 4.1%")] == []
    assert [m.group(0) for m in finditer(quantities._PERCENT, quantities._PERCENT_FIRST, "rose 4.1%")] == ["4.1%"]
