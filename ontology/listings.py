"""Listings (exchange MIC + ticker) of listed companies, and the legal-suffix name normaliser.

A company has one or more listings; the first is its home market. A move reported in
a wrap of one market is on that market's listing: Toyota in a Tokyo wrap is 7203.T,
in a Wall Street wrap TM. An ADR or US line is never given to a home-market move.

>>> legal_name("Chow Tai Fook Jewellery Group Ltd"), legal_name("Apple Inc."), legal_name("Next plc")
('Chow Tai Fook Jewellery', 'Apple', 'Next')
>>> legal_name("Mercedes-Benz Group AG"), legal_name("Henkel AG & Co. KGaA"), legal_name("Group")
('Mercedes-Benz', 'Henkel', 'Group')
>>> pick_listing(parse_listings("XTKS:7203.T|XNYS:TM"), ("XTKS",)).ticker
'7203.T'
>>> pick_listing(parse_listings("XTKS:7203.T|XNYS:TM"), ("XNYS", "XNAS")).ticker
'TM'
>>> pick_listing(parse_listings("XCSE:NOVO-B.CO|XNYS:NVO"), ()).ticker
'NOVO-B.CO'
"""
from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Listing", "legal_name", "short_name", "parse_listings", "pick_listing", "US_MICS"]

US_MICS = frozenset({"XNYS", "XNAS", "ARCX", "XASE"})
_LEGAL = (r"Inc\.?|Incorporated|Corporation|Corp\.?|plc|PLC|Plc|AG|SE|S\.A\.|SA|N\.V\.|NV|Ltd\.?|Limited|Co\.?|"
          r"Company|Holdings?|Group|& Co\.? KGaA|KGaA|ASA|AB|Oyj|A/S|S\.p\.A\.|SpA|LLC|L\.P\.|LP|K\.K\.|Tbk|Bhd|"
          r"Berhad|\(publ\)")
_TAIL = re.compile(rf"(?:,?\s+(?:{_LEGAL}))+\.?$")
_HEAD = re.compile(r"^The\s+")


class Listing(NamedTuple):
    """One line of a company's shares: ISO 10383 MIC and the ticker as wraps print it."""

    mic: str
    ticker: str


def legal_name(name: str) -> str:
    """The name without legal suffixes (Inc., plc, AG, Group, Holdings, ...) or a leading 'The';
    a name that is nothing but such words is kept as it is."""
    out = _HEAD.sub("", _TAIL.sub("", name.strip())).strip(" ,")
    return out or name.strip()


_SHORT_TAILS = frozenset({"Technologies", "Technology", "Systems", "Motors", "Motor", "Pharmaceuticals",
                          "Pharmaceutical", "Therapeutics", "Electronics", "Industries", "Semiconductor",
                          "Semiconductors", "Entertainment", "Software", "Networks", "Brands", "Healthcare",
                          "Banking"})  # ("Lloyds Banking Group", "Westpac Banking Corp")


def short_name(name: str) -> str | None:
    """The name news uses without a descriptive tail: 'Infineon Technologies' -> 'Infineon',
    'Cisco Systems' -> 'Cisco'; None when there is no such tail or too little is left.

    >>> short_name("Infineon Technologies"), short_name("Tokyo Electron"), short_name("Motors")
    ('Infineon', None, None)
    """
    words = legal_name(name).split()
    n = len(words)
    while n > 1 and words[n - 1] in _SHORT_TAILS:
        n -= 1
    if n == len(words) or len(" ".join(words[:n])) < 4 or not words[0][:1].isupper() \
            or n == 1 and words[0] in _COMMON_SHORTS:
        return None
    return " ".join(words[:n])


#: one-word short names that are common words or people's names in news, not the company: ABC's "copper and gold
#: producer Oz Minerals" is no "Minerals" (Minerals Technologies), "Powell said" no Powell Industries
_COMMON_SHORTS = frozenset({"General", "Golden", "Imperial", "Mercury", "Minerals", "National", "Oxford", "Patrick",
                            "Penn", "Powell", "Progress", "Protagonist", "Trinity", "Tyler", "Extreme", "Catalyst",
                            "Align", "Vertex", "Zebra", "Benchmark", "Constellation", "Lumen"})


def parse_listings(cell: str) -> tuple[Listing, ...]:
    """``XTKS:7203.T|XNYS:TM`` -> listings, home market first."""
    out = []
    for part in (cell or "").split("|"):
        mic, _, ticker = part.strip().partition(":")
        if mic and ticker:
            out.append(Listing(mic, ticker))
    return tuple(out)


def pick_listing(listings: tuple[Listing, ...], mics: tuple[str, ...] | frozenset[str],
                 ticker: str | None = None) -> Listing | None:
    """The listing a move is on: the one whose ticker the text printed, else the one on
    the wrap's exchanges (``mics``), else the home listing; never a US line for a move in a
    foreign market's wrap."""
    if not listings:
        return None
    if ticker:
        for lst in listings:
            if lst.ticker.upper() == ticker.upper():
                return lst
    for lst in listings:
        if lst.mic in mics:
            return lst
    return listings[0]
