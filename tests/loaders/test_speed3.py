"""The scans of this round's speed work find exactly what plain scans find."""
from __future__ import annotations

import random

from marketkg.loaders import dates
from marketkg.loaders.scan import finditer, finditer_folded, folded

_WORDS = ["On", "on", "3", "25", "1st", "2ND", "23rd", "4th", "5Th", "2025", "1999", ",", ".", "March", "MAR",
          "mar.", "Sept", "sEpt.", "September", "may", "Dec", "december", "Jan", "nov", "Octo", "august", "ſept",
          "\u212aelvin", "market", "Monday", "FRIDAY", "fridays", "tuesdays", "x3", "12a", "\n"]


def _texts(seed: int, n: int = 400):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_WORDS) + rng.choice(["", " ", "  ", ", ", ". "]) for _ in range(rng.randint(1, 14)))


def test_day_month_scans_find_what_plain_scans_find() -> None:
    for text in _texts(3):
        for rx in (dates._DMY, dates._DM):
            assert [m.span() for m in finditer(rx, dates._DIGIT, text)] == [m.span() for m in rx.finditer(text)], text


def test_literal_led_month_and_weekday_scans_find_what_plain_scans_find() -> None:
    """``_MONTH_FIRST`` and ``_WEEKDAY_FIRST`` are tuples of literal-led patterns (scan.finditer)."""
    assert isinstance(dates._MONTH_FIRST, tuple) and isinstance(dates._WEEKDAY_FIRST, tuple)
    for text in _texts(11):
        for rx, first in ((dates._MDY, dates._MONTH_FIRST), (dates._MD, dates._MONTH_FIRST),
                          (dates._WEEKDAY, dates._WEEKDAY_FIRST)):
            plain = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in finditer_folded(rx, first, text, folded(text))] == plain, text
