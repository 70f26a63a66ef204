"""Names that show what they say: no invisible format characters.

A right-to-left override (U+202E) or another bidi control, a zero-width character or a
tag character in a name makes it display as another ("\u202egnp.exe" shows as
"exe.png"), or two names that look alike differ. Article text keeps them (evidence
quotes it exactly); the working text extraction reads maps them to spaces one for one
(:mod:`marketkg.loaders.text`), and every entity name and alias passes :func:`clean_name`
(the :class:`~marketkg.ontology.models.Entity` model calls it); names read back from
RDF lose the format characters (and keep any other character, so a round trip is exact).

>>> clean_name("\u202eTen\u200bcent\u202c")
'Tencent'
>>> clean_name("Hang\u2028Seng  Index")
'Hang Seng Index'
>>> clean_name("Hang  Seng")  # a printable name is left as it is
'Hang  Seng'
"""
from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["FORMAT_RANGES", "FORMAT_CHARS", "format_chars", "clean_name"]

#: Unicode's format characters (general category Cf, Unicode 15), as inclusive ranges
FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def format_chars() -> Iterator[str]:
    """Every format character, one at a time."""
    for first, last in FORMAT_RANGES:
        yield from map(chr, range(first, last + 1))


#: one format character
FORMAT_CHARS = re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in FORMAT_RANGES) + "]")
_BLANKS = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """``name`` as one visible line: format characters and other characters that do not
    print (controls, escape codes) removed, each run of blanks one space, no blank at
    either end. A name that prints as it is comes back unchanged."""
    if name.isprintable():
        return name
    return "".join(ch for ch in _BLANKS.sub(" ", name) if ch.isprintable()).strip()
