"""Reference data shipped with the package: indices, markets and places, companies,
investors, sectors, drivers.

``markets.csv`` has one row per market region: the benchmark index that stands for it,
whether the region is itself a ``market`` entity (``as_market``), the aggregate a
"regional markets" phrase means in a story about it, and the words that name it:
``places`` (countries and cities that stand for the market: "In Australia, stocks
fell"), ``adjectives`` (modifiers only: "Japanese stocks") and ``names`` (names of the
market itself: "Wall Street"). See :meth:`ReferenceData.market_entity` for the rule.

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

__all__ = ["DriverConcept", "MarketInfo", "ReferenceData", "reference", "SHARE_CLASS_SUFFIX", "strip_share_class", "words_pattern"]

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


@dataclass(frozen=True)
class MarketInfo:
    """One market region of ``markets.csv``."""

    region: str
    name: str
    benchmark: str | None  # index entity id
    entity: str | None  # market entity id, for regions that are market entities themselves
    regional: str | None  # the aggregate region "regional markets" means in a story about this one
    aggregate: bool  # several countries' markets (Asia, Europe, the world), not one country's


#: place roles: a bare ``place`` or market ``name`` is a mention of its own; an ``adjective`` only modifies
PLACE_ROLES = ("name", "place", "adjective")


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
    markets: dict[str, MarketInfo] = field(default_factory=dict)  # region -> market
    place_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (region, role)

    def market_entity(self, region: str | None, *, index_head: bool = False) -> Entity | None:
        """The entity a market phrase of ``region`` names.

        The rule: a single-country market resolves to its benchmark index ("Hong Kong
        stocks", "In Australia, stocks fell", "Seoul" -> KOSPI); a region that is a market
        entity itself (multi-country aggregates, and the US, whose three benchmarks are
        reported side by side as "Wall Street") resolves to that market entity, except
        that a singular index word ("the benchmark", "the main U.S. index") still names its
        benchmark; plural ones ("U.S. indexes", "stock indexes in East Asia") name the market.

        >>> reference().market_entity("hk").id, reference().market_entity("us").id
        ('idx-hsi', 'market-us')
        >>> reference().market_entity("us", index_head=True).id, reference().market_entity("asia").id
        ('idx-spx', 'market-asia')
        """
        info = self.markets.get(region or "")
        if info is None:
            return None
        ident = info.benchmark if info.benchmark and (index_head or info.entity is None) else info.entity
        return self.entities.get(ident or "")

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


def _load_markets(ref: ReferenceData) -> None:
    for row in _rows("markets.csv"):
        region = row["region"]
        bench = f"idx-{row['benchmark']}" if row["benchmark"].strip() else None
        if bench is not None and bench not in ref.entities:
            raise MarketKGError(f"reference data: market {region} names unknown benchmark {bench}")
        entity = None
        if row["as_market"].strip() == "yes":
            ent = Entity(id=named_id("market", region), name=row["name"], type=EntityType.MARKET)
            ref.entities[ent.id] = ent
            ref.index_market[ent.id] = region
            entity = ent.id
        ref.markets[region] = MarketInfo(region, row["name"], bench, entity, row["regional"].strip() or None,
                                         row["scope"].strip() == "aggregate")
        for role, column in (("name", "names"), ("place", "places"), ("adjective", "adjectives")):
            for form in _split(row[column]):
                owner = ref.place_forms.get(form)
                if owner is not None and owner[0] != region:
                    raise MarketKGError(f"reference data: place {form!r} names both {owner[0]} and {region}")
                ref.place_forms.setdefault(form, (region, role))


@lru_cache(maxsize=1)
def reference() -> ReferenceData:
    """Load (once per process) and return the shipped reference data."""
    ref = ReferenceData()
    for row in _rows("indices.csv"):
        ent = Entity(id=f"idx-{row['id']}", name=row["name"], type=EntityType.INDEX,
                     aliases=tuple(_split(row["aliases"])))
        ref.add(ent, list(ent.aliases))
        ref.index_market[ent.id] = row["market"]
    _load_markets(ref)
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
