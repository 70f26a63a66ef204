"""Descriptions that stand for a company named earlier: "the lender", "the carmaker",
"the Dutch chip-equipment maker".

A description has a head noun (a sector word such as "carmaker", or a company word such
as "maker", "company"), lower-case modifiers that may carry the sector ("chip-equipment")
and a nationality adjective ("Dutch", "Japanese") from the places of ``markets.csv``.
It names the latest company met in the article that fits: its sector, its country (from
the reference data; a company whose country is unknown is not ruled out); else nothing.
A nationality never becomes an entity of its own.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marketkg.ontology.enums import EntityType
from marketkg.ontology.models import Entity
from marketkg.ontology.reference import reference

__all__ = ["Description", "read_description", "nationality", "fits", "describes_sector"]

#: head nouns that name a company of any sector
COMPANY_NOUNS = frozenset({"company", "firm", "maker", "group", "manufacturer", "producer", "giant", "conglomerate",
                           "stock", "shares", "counter", "supplier", "exporter", "heavyweight", "startup",
                           "operator", "major"})
_MAX_MODIFIERS = 4
#: the broad sectors of the reference data and the narrower ones inside them: a company filed under
#: "consumer" is described as "the retailer", one under "materials" as "the miner"
_WITHIN = {"consumer": ("retail", "food_beverage", "luxury", "travel_leisure", "gaming"),
           "materials": ("metals_mining",), "financials": ("banks", "insurance", "brokers"),
           "technology": ("semiconductors", "hardware", "software", "internet", "ai"),
           "industrials": ("transport", "airlines", "defense")}
_NEAR = {(f"sector-{broad}", f"sector-{narrow}") for broad, narrows in _WITHIN.items() for narrow in narrows}
_NEAR |= {(b, a) for a, b in _NEAR}


@dataclass(frozen=True)
class Description:
    """What a description says of the company it stands for."""

    descriptor: str  # the word that fixes the sector (or a company noun: any sector)
    country: str | None = None  # ISO country of a nationality adjective


def nationality(word: str) -> str | None:
    """'Dutch' -> 'NL', 'Japanese' -> 'JP'; None for anything else (and for 'European', 'Asian')."""
    ref = reference()
    region, role = ref.place_forms.get(word, (None, None))
    if region is None or role != "adjective" or ref.markets[region].aggregate:
        return None
    return {"uk": "GB"}.get(region, region.upper())


def _sector(word: str) -> str | None:
    from marketkg.loaders.action_phrases import sector_of_word  # a cycle at import time otherwise
    return sector_of_word(word)


def describes_sector(word: str) -> bool:
    """Whether a singular noun names a company by its sector: "insurer", "lender", "carmaker"."""
    return not word.endswith("s") and _sector(word) is not None


def read_description(words: Sequence[str]) -> Description | None:
    """The description that ``words`` (from its article to its head noun) make, if they make one.

    >>> read_description(["the", "Dutch", "chip", "-", "equipment", "maker"])
    Description(descriptor='chip', country='NL')
    >>> read_description(["the", "lender"]), read_description(["the", "Dutch"])
    (Description(descriptor='lender', country=None), None)
    """
    if len(words) < 2 or words[0].lower() != "the":
        return None
    head = words[-1].lower()
    if not (_sector(head) or head in COMPANY_NOUNS) or head == "major" and len(words) == 2:
        return None  # (India's "the auto major", "the IT major": a big company of a sector, never "the major" alone)
    country, descriptor = None, head
    mods = [part for w in words[1:-1] for part in w.split("-") if part]  # "chip-equipment": two words
    if len(mods) > _MAX_MODIFIERS:
        return None
    for w in mods:
        cc = nationality(w)
        if cc is not None:
            if country is not None:
                return None
            country = cc
        elif not w.islower() and not (w.isupper() and w.isalpha() and len(w) <= 4):
            return None  # a name ("the Hang Seng index"): not a description (an acronym is one: "the DIY retailer")
        elif head in COMPANY_NOUNS and descriptor == head and _sector(w):
            descriptor = w  # "chip-equipment maker": the sector is in the modifier
    return Description(descriptor, country)


def fits(entity: Entity, desc: Description, near: bool = False) -> bool:
    """Whether a company met earlier fits the description (sector by the reference data or
    by a word of its name; country by the reference data); ``near`` lets a company filed under a
    broad sector fit a narrower one ("the retailer" for a consumer company)."""
    if entity.type is not EntityType.COMPANY:
        return False
    ref = reference()
    if desc.country is not None:
        info = ref.company_info.get(entity.id)
        if info is not None and info.country and info.country != desc.country:
            return False
    if desc.descriptor in COMPANY_NOUNS:
        return True
    sector = _sector(desc.descriptor)
    name_words = entity.name.lower().split()
    own = ref.sectors.get(entity.id)
    return (desc.descriptor in name_words or sector is not None and (
        own == sector or near and (own, sector) in _NEAR or sector in ref.more_sectors.get(entity.id, ())
        or any(_sector(w) == sector for w in name_words)))
