"""``Pattern.finditer`` without its per-position cost.

Python's ``re`` tries a full match at every position of the text unless the pattern opens
with a literal or a plain character class; ours open with optional groups or ``\\b``, so
a wrap-up's percent, money and date scans cost tens of milliseconds. :func:`finditer`
lets a plain class (every character a match can start with) find the candidates in C
and tries the pattern only there: the same matches, found several times faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["finditer", "candidates", "folded", "finditer_folded"]


#: where matches can start: a pattern, a tuple of literal-led patterns, or the positions themselves
First = re.Pattern[str] | tuple[re.Pattern[str], ...] | list[int]


def finditer(pattern: re.Pattern[str], first: First, text: str,
             within: str | None = None) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, given ``first``: a single character
    class holding every character a match of ``pattern`` can start with (or any pattern that
    matches where a match of ``pattern`` can start, its matches holding no other such place
    inside them). ``pattern`` must
    not match the empty string. ``match(text, pos)`` sees the text before ``pos``, so
    ``\\b`` and look-behinds read as in a plain scan. ``within``, if given, is what ``first``
    scans instead of ``text`` (as long, offset for offset: see :func:`finditer_folded`).
    ``first`` can also be a tuple of such patterns, each led by a literal (``re`` finds a
    literal in C at memory-search speed, where it tries an alternation or a class at every
    position): the candidates are then the starts of all their matches, in order; or the
    sorted list :func:`candidates` gave, for two patterns that share their ``first``."""
    end = 0
    match = pattern.match
    for s in candidates(first, text if within is None else within):
        if s < end:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            end = m.end()


def candidates(first: First, guide: str) -> Iterable[int]:
    """The positions of ``guide`` that :func:`finditer` tries, in order (see there)."""
    if isinstance(first, list):
        return first
    if isinstance(first, tuple):
        return sorted(c.start() for rx in first for c in rx.finditer(guide))
    if guide.isascii():  # most texts, after working_text
        first = _ascii_digits(first)
    return map(re.Match.start, first.finditer(guide))  # in C: no generator frame per candidate


_ASCII_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _ascii_digits(first: re.Pattern[str]) -> re.Pattern[str]:
    """``first`` with ``\\d`` written as the range 0-9 (made once per pattern; the first patterns
    of this package hold ``\\d`` only as a class or in one). In an ASCII text
    it finds the same places, and faster: re tests a range where ``\\d`` looks each character
    up in Unicode's tables."""
    twin = _ASCII_TWINS.get(first)
    if twin is None:
        source = first.pattern.replace("[\\d", "[0-9").replace("\\d]", "0-9]").replace("\\d", "[0-9]")
        twin = _ASCII_TWINS[first] = re.compile(source, first.flags) if source != first.pattern else first
    return twin


#: the characters besides ASCII letters that a case-insensitive pattern matches to an ASCII
#: letter (İ, ı, ſ, the Kelvin sign): ``str.lower`` does not map them to it
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def folded(text: str) -> str | None:
    """``text.lower()`` when it is a faithful guide for :func:`finditer_folded`: the same
    length, and no character a case-insensitive ASCII letter matches that lower-casing
    leaves apart. None otherwise."""
    low = text.lower()
    if text.isascii():  # most texts: none of those characters, and the same length (a test in C)
        return low
    if len(low) != len(text) or not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return low


def finditer_folded(pattern: re.Pattern[str], first: First, text: str,
                    low: str | None) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, for a case-insensitive ``pattern``
    whose every match starts where the case-sensitive, lower-case ``first`` finds a match in
    ``low`` (``folded(text)``): ``first`` can then be a plain alternation of literals, which
    ``re`` scans for fast, where a case-insensitive one is tried in full at every position.
    Without ``low`` (a text :func:`folded` refuses), the plain scan."""
    return pattern.finditer(text) if low is None else finditer(pattern, first, text, within=low)
