"""``Pattern.finditer`` without its per-position cost.

Python's ``re`` tries a full match at every position of the text unless the pattern opens
with a literal or a plain character class; ours open with optional groups or ``\\b``, so
a wrap-up's percent, money and date scans cost tens of milliseconds. :func:`finditer`
lets a plain class (every character a match can start with) find the candidates in C
and tries the pattern only there: the same matches, found several times faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["finditer"]


def finditer(pattern: re.Pattern[str], first: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, given ``first``: a single character
    class holding every character a match of ``pattern`` can start with. ``pattern`` must
    not match the empty string. ``match(text, pos)`` sees the text before ``pos``, so
    ``\\b`` and look-behinds read as in a plain scan."""
    end = 0
    match = pattern.match
    for c in first.finditer(text):
        s = c.start()
        if s < end:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            end = m.end()
