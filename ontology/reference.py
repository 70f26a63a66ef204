"""Reference data shipped with the package: indices, companies, investors, sectors, drivers.

The data are CSV files in ``ontology/data``; this module only reads them. A surface
form maps to exactly one entity: a duplicate alias across two entities is an error
when the data load, so the gazetteer can never resolve a name two ways.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marketkg.ontology.enums import DriverCategory, EntityType
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.ids import company_id, named_id
from marketkg.ontology.models import Entity

__all__ = ["DriverConcept", "ReferenceData", "reference", "SHARE_CLASS_SUFFIX", "strip_share_class", "words_pattern"]

#: HKEX display suffixes: -W (weighted voting rights), -SW, -S (secondary listing), -B
#: (biotech), -H, and the RMB counters -R/-WR/-SWR, with or without a space before the dash.
SHARE_CLASS_SUFFIX = re.compile(r"\s?-\s?(?P<cls>SWR|WR|SW|SR|W|S|B|R|H)$")
RMB_COUNTER_CLASSES = frozenset({"R", "WR", "SWR", "SR"})
#: words that can follow a company's short name without making it another company
_GENERIC_TAILS = frozenset({"motors", "motor", "auto", "automobile", "technology", "technologies", "tech", "pharma",
                            "pharmaceutical", "pharmaceuticals", "electronics", "international", "inc", "group",
                            "holdings", "holding", "co", "ltd", "limited", "corp", "corporation", "plc", "company"})


def strip_share_class(name: str) -> tuple[str, str | None]:
    """Split an HKEX display name into (company name, share-class suffix or None).

    >>> strip_share_class("Alibaba -W")
    ('Alibaba', 'W')
    >>> strip_share_class("Xiaomi Group -WR")
    ('Xiaomi Group', 'WR')
    >>> strip_share_class("JD.com")
    ('JD.com', None)
    """
    m = SHARE_CLASS_SUFFIX.search(name)
    if not m or m.start() == 0:
        return name, None
    return name[: m.start()].rstrip(), m.group("cls")


@dataclass(frozen=True)
class DriverConcept:
    """A known driver: matches a cause phrase when every keyword group has a hit."""

    entity: Entity
    groups: tuple[tuple[str, ...], ...]
    patterns: tuple[re.Pattern[str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "patterns", tuple(words_pattern(group) for group in self.groups))

    def matches(self, phrase: str) -> bool:
        low = phrase.lower()
        return all(p.search(low) for p in self.patterns)

    def mentions_topic(self, phrase: str) -> bool:
        """Whether the phrase holds one of the concept's topic words (its first group)."""
        return self.patterns[0].search(phrase.lower()) is not None


def words_pattern(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` as a whole word (hyphenated words count as one)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@dataclass(eq=False)  # compared and hashed by identity: one per process
class ReferenceData:
    """Every reference entity by id, and every known surface form by its text."""

    entities: dict[str, Entity] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)  # exact surface form -> id
    folded: dict[str, str] = field(default_factory=dict)  # casefolded form -> id (long forms)
    tickers: dict[str, str] = field(default_factory=dict)  # 9988.HK / BABA -> id
    sectors: dict[str, str] = field(default_factory=dict)  # company id -> sector id
    index_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # company id -> index ids
    sector_keywords: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    drivers: list[DriverConcept] = field(default_factory=list)
    index_market: dict[str, str] = field(default_factory=dict)
    folded_companies: dict[str, str] = field(default_factory=dict)  # casefolded company form -> id

    def add(self, entity: Entity, forms: list[str]) -> None:
        self.entities[entity.id] = entity
        for form in [entity.name, *forms]:
            form = form.strip()
            if not form:
                continue
            owner = self.surface.get(form)
            if owner is not None and owner != entity.id:
                raise MarketKGError(f"reference data: alias {form!r} names both {owner} and {entity.id}")
            self.surface[form] = entity.id
            # long names are matched case-insensitively ("Hang Seng TECH Index");
            # short ones only as written, so "CMB" never matches the word "cmb".
            if len(form) >= 6 or " " in form:
                self.folded.setdefault(form.casefold(), entity.id)

    def lookup(self, text: str) -> Entity | None:
        """The reference entity a surface form names, if any."""
        key = self.surface.get(text) or self.folded.get(text.casefold())
        return self.entities.get(key) if key else None

    def lookup_company_loose(self, name: str) -> Entity | None:
        """A company named with other casing or a generic tail: 'Xpeng Motors' -> XPeng.

        >>> reference().lookup_company_loose("Xpeng Motors").id
        'hkex-9868'
        >>> reference().lookup_company_loose("Alibaba Health Information") is None
        True
        """
        words = name.split()
        if not words:
            return None
        exact = self.folded_companies.get(name.casefold())
        if exact is None and len(words) > 1 and all(w.casefold().strip(".,") in _GENERIC_TAILS for w in words[1:]):
            exact = self.folded_companies.get(words[0].casefold())
        return self.entities.get(exact) if exact else None


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("marketkg.ontology").joinpath("data", name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _split(cell: str | None, sep: str = "|") -> list[str]:
    return [part.strip() for part in (cell or "").split(sep) if part.strip()]


@lru_cache(maxsize=1)
def reference() -> ReferenceData:
    """Load (once per process) and return the shipped reference data."""
    ref = ReferenceData()
    for row in _rows("indices.csv"):
        ent = Entity(id=f"idx-{row['id']}", name=row["name"], type=EntityType.INDEX,
                     aliases=tuple(_split(row["aliases"])))
        ref.add(ent, list(ent.aliases))
        ref.index_market[ent.id] = row["market"]
    for row in _rows("companies.csv"):
        hkex = row["hkex"].strip()
        us = row["us_ticker"].strip()
        ticker = f"{int(hkex):04d}.HK" if hkex else (us or None)
        ent = Entity(id=company_id(hkex=hkex or None, ticker=us or None, name=row["name"]),
                     name=row["name"], type=EntityType.COMPANY, ticker=ticker,
                     aliases=tuple(_split(row["aliases"])))
        ref.add(ent, list(ent.aliases))
        for form in (ent.name, *ent.aliases):
            if len(form) >= 4:
                ref.folded_companies.setdefault(form.casefold(), ent.id)
        for tkr in filter(None, [ticker, us, f"{int(hkex)}.HK" if hkex else None]):
            ref.tickers[tkr.upper()] = ent.id
        if row["sector"].strip():
            ref.sectors[ent.id] = f"sector-{row['sector'].strip()}"
        members = tuple(f"idx-{i}" for i in _split(row["indices"]))
        if members:
            ref.index_members[ent.id] = members
    for row in _rows("investors.csv"):
        ent = Entity(id=f"inv-{row['id']}", name=row["name"], type=EntityType.INVESTOR,
                     aliases=tuple(_split(row["aliases"])))
        if ent.name in ref.surface:  # a listed bank is one node, whatever role it plays
            continue
        ref.add(ent, [a for a in ent.aliases if a not in ref.surface])
    for name, prefix, kind in (("commodities.csv", "cmd", EntityType.COMMODITY),
                               ("currencies.csv", "fx", EntityType.CURRENCY)):
        for row in _rows(name):
            ent = Entity(id=f"{prefix}-{row['id']}", name=row["name"], type=kind, aliases=tuple(_split(row["aliases"])))
            ref.add(ent, list(ent.aliases))
    for row in _rows("sectors.csv"):
        ent = Entity(id=f"sector-{row['id']}", name=row["name"], type=EntityType.SECTOR)
        ref.entities[ent.id] = ent
        ref.sector_keywords.append((ent.id, tuple(_split(row["keywords"]))))
    for row in _rows("drivers.csv"):
        ent = Entity(id=named_id("drv", row["id"]), name=row["name"], type=EntityType.DRIVER,
                     category=DriverCategory(row["category"]))
        groups = tuple(tuple(_split(g, ";")) for g in row["all_of"].split("+"))
        ref.drivers.append(DriverConcept(ent, groups))
    return ref
