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
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marketkg.ontology.enums import DriverCategory, EntityType
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.ids import named_id
from marketkg.ontology.listings import Listing, pick_listing
from marketkg.ontology.models import Entity
from marketkg.ontology.ref_cache import cached
from marketkg.ontology.user_reference import merge_user_reference, user_reference_path
from marketkg.ontology.ref_companies import CompanyInfo, merge_company_rows

__all__ = ["GENERIC_TAILS", "DriverConcept", "MarketInfo", "ReferenceData", "reference", "build_reference", "SHARE_CLASS_SUFFIX", "strip_share_class", "words_pattern"]

#: HKEX display suffixes: -W (weighted voting rights), -SW, -S (secondary listing), -B
#: (biotech), -H, and the RMB counters -R/-WR/-SWR, with or without a space before the dash.
SHARE_CLASS_SUFFIX = re.compile(r"\s?-\s?(?P<cls>SWR|WR|SW|SR|W|S|B|R|H)$")
RMB_COUNTER_CLASSES = frozenset({"R", "WR", "SWR", "SR"})
#: words that can follow a company's short name without making it another company
GENERIC_TAILS = frozenset({"motors", "motor", "auto", "automobile", "technology", "technologies", "tech", "pharma",
                           "pharmaceutical", "pharmaceuticals", "electronics", "international", "inc", "group",
                           "holdings", "holding", "co", "ltd", "limited", "corp", "corporation", "plc", "company",
                           "systems", "networks"})


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
        for g, p in zip(self.groups, self.patterns):
            if not _group_hit(g, p, low):
                return False
        return True

    def mentions_topic(self, phrase: str) -> bool:
        """Whether the phrase holds one of the concept's topic words (its first group)."""
        return _group_hit(self.groups[0], self.patterns[0], phrase.lower())


def _group_hit(words: tuple[str, ...], pattern: re.Pattern[str], low: str) -> bool:
    """Whether ``pattern`` (:func:`words_pattern` of ``words``) finds a word in ``low``. It runs
    only where one of the words stands in the text as a substring: the pattern opens with a
    look-behind, which re tries at every character, and most phrases hold none of the words."""
    for w in words:
        if w in low:
            return pattern.search(low) is not None
    return False


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
    more_sectors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # its other sectors ("hardware|semiconductors")
    index_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # company id -> index ids
    sector_keywords: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    drivers: list[DriverConcept] = field(default_factory=list)
    index_market: dict[str, str] = field(default_factory=dict)
    folded_companies: dict[str, str] = field(default_factory=dict)  # casefolded company form -> id
    markets: dict[str, MarketInfo] = field(default_factory=dict)  # region -> market
    place_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (region, role)
    listings: dict[str, tuple[Listing, ...]] = field(default_factory=dict)  # company id -> listings, home first
    company_info: dict[str, CompanyInfo] = field(default_factory=dict)  # company id -> country, ISINs, ...
    isins: dict[str, str] = field(default_factory=dict)  # ISIN -> company id
    index_forms: dict[tuple[int, int, str], list[tuple[str, str]]] | None = None  # see _index_forms
    market_mics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # region -> exchange MICs
    #: investor id -> the listed company of that name: "JPMorgan Chase rose 2%" is the stock
    listed_investors: dict[str, str] = field(default_factory=dict)
    adjective_places: dict[str, str | None] = field(default_factory=dict)  # see place_of_adjective

    def listing(self, entity_id: str, region: str | None, ticker: str | None = None) -> Listing | None:
        """The listing of a company that a move in a wrap of ``region`` is on (see
        :func:`marketkg.ontology.listings.pick_listing`).

        >>> reference().listing("tkr-7203-t", "jp").ticker, reference().listing("tkr-7203-t", "us").ticker
        ('7203.T', 'TM')
        """
        return pick_listing(self.listings.get(entity_id, ()), self.market_mics.get(region or "", ()), ticker)

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

    def add(self, entity: Entity, forms: list[str], *, fold_single: bool = True, with_name: bool = True) -> None:
        self.entities[entity.id] = entity
        for form in [entity.name, *forms] if with_name else forms:
            form = form.strip()
            if not form:
                continue
            owner = self.surface.get(form)
            if owner is not None and owner != entity.id:
                raise MarketKGError(f"reference data: alias {form!r} names both {owner} and {entity.id}")
            self.surface[form] = entity.id
            # long names are matched case-insensitively ("Hang Seng TECH Index");
            # short ones only as written, so "CMB" never matches the word "cmb".
            if " " in form or (fold_single and len(form) >= 6):
                self.folded.setdefault(form.casefold(), entity.id)

    def lookup(self, text: str) -> Entity | None:
        """The reference entity a surface form names, if any."""
        key = self.surface.get(text) or self.folded.get(text.casefold())
        return self.entities.get(key) if key else None

    def place_of_adjective(self, adjective: str) -> str | None:
        """The place an adjective of the reference's places names ("South Korean": "South Korea", "Vietnamese":
        "Vietnam"): the name of a place of that region sharing the longest start with the adjective, four letters
        at least, the shorter name on a tie; None if none does or the word is no such adjective. Made on first use.

        >>> reference().place_of_adjective("Vietnamese"), reference().place_of_adjective("South Korean")
        ('Vietnam', 'South Korea')
        >>> reference().place_of_adjective("Tokyo") is None
        True
        """
        if adjective not in self.adjective_places:
            form = self.place_forms.get(adjective)
            best, shared = None, 3
            if form is not None and form[1] == "adjective":
                for name, (region, role) in self.place_forms.items():
                    if region == form[0] and role == "place":
                        common = len(os.path.commonprefix([name, adjective]))
                        if common > shared or common == shared and best is not None and len(name) < len(best):
                            best, shared = name, common
            self.adjective_places[adjective] = best
        return self.adjective_places[adjective]

    def lookup_index_misspelt(self, name: str) -> Entity | None:
        """An index named with one letter wrong, missing, extra or swapped ("Hang Sang Tech", "Nikkie
        225"), when exactly one index has such a form; names under eight letters are never guessed.

        >>> reference().lookup_index_misspelt("Hang Sang Tech").id
        'idx-hstech'
        >>> reference().lookup_index_misspelt("Dow Jonas Transport") is None
        True
        """
        name = name.casefold().removesuffix(" index")
        if len(name) < 8:
            return None
        forms = self._index_forms()
        # one edit keeps the first or the last letter (see _one_edit): only forms that share one are tried
        found = {ident for size in (len(name) - 1, len(name), len(name) + 1) for end in ((0, name[0]), (-1, name[-1]))
                 for form, ident in forms.get((size, *end), ()) if _one_edit(form, name)}
        return self.entities[found.pop()] if len(found) == 1 else None

    def _index_forms(self) -> dict[tuple[int, int, str], list[tuple[str, str]]]:
        """(casefolded form, id) of every index by the form's length and first letter, key (length, 0,
        letter), and by its length and last letter, key (length, -1, letter); made on first use."""
        if self.index_forms is None:
            forms = {(form, ident) for form, ident in self.folded.items() if ident in self.index_market}
            forms |= {(self.entities[ident].name.casefold(), ident) for ident in self.index_market}
            self.index_forms = {}
            for form, ident in sorted(forms):
                for end in (0, -1):
                    self.index_forms.setdefault((len(form), end, form[end]), []).append((form, ident))
        return self.index_forms

    def lookup_company_loose(self, name: str) -> Entity | None:
        """A company named with other casing or a generic tail: 'Xpeng Motors' -> XPeng.

        >>> reference().lookup_company_loose("Xpeng Motors").id
        'hkex-9868'
        >>> reference().lookup_company_loose("Alibaba Health Information") is None
        True
        >>> reference().lookup_company_loose("Ford Motor Co").id
        'tkr-f'
        """
        words = name.split()
        for n in range(len(words), 0, -1):  # "Ford Motor Co" -> "Ford Motor" (an alias) -> "Ford"
            form = " ".join(words[:n])
            key = self.folded_companies.get(form.casefold())
            found = self.entities.get(key) if key else self.lookup(form) if n < len(words) else None
            if found is not None and found.type is EntityType.COMPANY:
                return found
            if n < 2 or words[n - 1].casefold().strip(".,") not in GENERIC_TAILS:
                return None
        return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one character changed, added, dropped, or two neighbours swapped."""
    if a == b or a[0] != b[0] and a[-1] != b[-1]:
        return False  # one edit of a word of three letters or more keeps its first or its last letter
    i, n = 0, min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("marketkg.ontology").joinpath("data", name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _ambiguous() -> frozenset[str]:
    with resources.files("marketkg.ontology").joinpath("data", "ambiguous_names.csv").open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def _load_companies(ref: ReferenceData) -> None:
    records = merge_company_rows(_rows, _ambiguous())
    # an investor's names stay the investor's: "Morgan Stanley upgraded ..." is the broker
    reserved = {f for row in _rows("investors.csv") for f in [row["name"], *_split(row["aliases"])]}
    owners: dict[str, set[str]] = {}  # generated surface form -> the companies it may name
    for rec in records:
        for form in rec.loose:
            owners.setdefault(form, set()).add(rec.entity_id())
    for rec in records:
        ent = rec.entity()
        if ent.id in ref.entities:
            raise MarketKGError(f"reference data: two companies have the id {ent.id}")
        if rec.strict:
            ref.add(ent, list(ent.aliases))
        ref.entities[ent.id] = ent
        loose = [f for f in dict.fromkeys(rec.loose)
                 if len(owners[f]) == 1 and f not in ref.surface and f not in reserved]
        ref.add(ent, loose, fold_single=False, with_name=False)
        for form in (ent.name, *ent.aliases):
            if len(form) >= 4:
                ref.folded_companies.setdefault(form.casefold(), ent.id)
        listings = tuple(rec.all_listings())
        ref.listings[ent.id] = listings
        ref.company_info[ent.id] = rec.info()
        for tkr in [lst.ticker for lst in listings] + ([f"{int(rec.hkex)}.HK"] if rec.hkex else []):
            ref.tickers.setdefault(tkr.upper(), ent.id)
        for isin in rec.isins:
            ref.isins.setdefault(isin, ent.id)
        if rec.sector:
            first, *more = rec.sector.split("|")
            ref.sectors[ent.id] = f"sector-{first}"
            if more:
                ref.more_sectors[ent.id] = tuple(f"sector-{x}" for x in more)
        members = tuple(f"idx-{i}" for i in rec.indices if f"idx-{i}" in ref.entities)
        if members:
            ref.index_members[ent.id] = members


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
        ref.market_mics[region] = tuple(_split(row.get("mics")))
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
    """Load (once per process) and return the shipped reference data: from the versioned
    cache file when there is one (see :mod:`marketkg.ontology.ref_cache`), else built from
    the CSV files and cached."""
    ref = cached(build_reference, ReferenceData)
    user = user_reference_path()
    if user:  # --reference FILE: merged over the built-in data, never cached
        merge_user_reference(ref, user)
    return ref


def build_reference() -> ReferenceData:
    """The reference index built from the CSV files of ``ontology/data``."""
    ref = ReferenceData()
    for row in _rows("indices.csv"):
        ent = Entity(id=f"idx-{row['id']}", name=row["name"], type=EntityType.INDEX,
                     aliases=tuple(_split(row["aliases"])))
        ref.add(ent, list(ent.aliases))
        ref.index_market[ent.id] = row["market"]
    _load_markets(ref)
    _load_companies(ref)
    companies = {e.name.casefold(): e.id for e in ref.entities.values() if e.type is EntityType.COMPANY}
    for row in _rows("investors.csv"):
        ent = Entity(id=f"inv-{row['id']}", name=row["name"], type=EntityType.INVESTOR,
                     aliases=tuple(_split(row["aliases"])))
        if ent.name in ref.surface:  # a listed bank is one node, whatever role it plays
            continue
        ref.add(ent, [a for a in ent.aliases if a not in ref.surface])
        listed = next((companies[f.casefold()] for f in (ent.name, *ent.aliases) if f.casefold() in companies), None)
        if listed is not None:
            ref.listed_investors[ent.id] = listed
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
