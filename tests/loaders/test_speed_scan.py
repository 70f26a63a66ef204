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
    (quantities._SHARES, quantities._SHARES_FIRST),
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


_LOOKAHEADS = [
    (dates._MDY, dates._MON_FIRST),
    (dates._MD, dates._MON_FIRST),
    (quantities._WORD_PERCENT, quantities._WORD_FIRST),
]
_WORDY = [
    "On November 25, 2025 the index fell three percent; on Dec. 3 it rose six-point-two per cent.",
    "Shares lost a fifth of a percent on sept 9 and one-half of one percent on MAY 1st, twenty-five %.",
    "Sales in March rose nine and a half percent; by April 30 2024 ninety-nine-percent were gone.",
]


def _wordy_noise(seed: int) -> str:
    rng = random.Random(seed)
    words = ("jan feb march May sept. dec August one two three half a fifth of percent per cent % - , 5 12 2025 "
             "twenty ninety point and").split()
    return " ".join(rng.choice(words) for _ in range(120))


@pytest.mark.parametrize("pattern,ahead", _LOOKAHEADS, ids=lambda x: getattr(x, "pattern", x)[:20])
def test_first_letter_lookahead_changes_no_match(pattern, ahead):
    assert ahead in pattern.pattern
    plain = re.compile(pattern.pattern.replace(ahead, ""), pattern.flags)
    for text in _WORDY + [_wordy_noise(n) for n in range(40)]:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert expected or text is not _WORDY[0]
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected


def test_normalise_chars_maps_as_translate_does():
    from marketkg.loaders.text import _CHAR_MAP, _LOW_COMMA, normalise_chars
    rng = random.Random(7)
    alphabet = "".join(map(chr, _CHAR_MAP)) + "ab -\n\u00e9\u4e2d\U0001f600"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(60))
        assert normalise_chars(text) == _LOW_COMMA.sub(",", text).translate(_CHAR_MAP)  # (a low quote for a comma)
    assert normalise_chars("Rare\u2011earth \u201cstocks\u201d rose 5\u20136%\r") == 'Rare-earth "stocks" rose 5-6%\n'
