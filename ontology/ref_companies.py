"""The companies of the reference data, merged from three files of ``ontology/data``:

* ``companies.csv``: curated Hong Kong / China companies (HKEX code, aliases, sector,
  index memberships, US ticker) and a few foreign ones; its aliases are checked strictly
  (an alias naming two entities is an error);
* ``listed_extra.csv``: curated listings, country and identifiers of companies no package
  covers (India, Korea, Australia, Taiwan, ...) and of curated companies;
* ``listed.csv``: generated from pytickersymbols (``tools/gen_listed.py``): ~1,800
  constituents of 20 US, European and Japanese indices.

A row of a later file that names a company already known (same name or alias, legal
suffixes aside; or the same US ticker) adds its listings and identifiers to it. The id
of a company is its HKEX code, else its home listing's ticker (``tkr-7203-t`` for Toyota,
never the ADR's), else its name. Names of the generated data that are common words
(``ambiguous_names.txt``: "Next", "Target") are kept only in their full form.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from marketkg.ontology.enums import EntityType
from marketkg.ontology.ids import company_id, name_key
from marketkg.ontology.listings import US_MICS, Listing, legal_name, parse_listings, short_name
from marketkg.ontology.models import Entity

__all__ = ["CompanyInfo", "CompanyRecord", "merge_company_rows"]


@dataclass(frozen=True)
class CompanyInfo:
    """What the reference data know of a company beyond its names."""

    country: str = ""
    industry: str = ""
    isins: tuple[str, ...] = ()
    wikipedia: str = ""


@dataclass
class CompanyRecord:
    """One company while the files are merged."""

    name: str
    aliases: list[str] = field(default_factory=list)  # checked strictly (curated)
    loose: list[str] = field(default_factory=list)  # added where no other entity has them (generated)
    hkex: str = ""
    us: str = ""
    sector: str = ""
    indices: list[str] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    country: str = ""
    industry: str = ""
    isins: list[str] = field(default_factory=list)
    wikipedia: str = ""
    strict: bool = True  # hand-typed: its names must name no other entity

    def entity_id(self) -> str:
        home = self.all_listings()[0] if self.all_listings() else None
        if self.hkex:
            return company_id(hkex=self.hkex)
        if home is not None and (home.mic not in US_MICS or not self.us):
            return company_id(ticker=home.ticker)
        if self.us:
            return company_id(ticker=self.us)
        return company_id(name=self.name)

    def all_listings(self) -> list[Listing]:
        out = [Listing("XHKG", f"{int(self.hkex):04d}.HK")] if self.hkex else []
        out += [lst for lst in self.listings if lst.ticker not in {o.ticker for o in out}]
        if self.us and self.us not in {o.ticker for o in out}:
            out.append(Listing("XNYS", self.us))
        return out

    def entity(self) -> Entity:
        listings = self.all_listings()
        return Entity(id=self.entity_id(), name=self.name, type=EntityType.COMPANY,
                      ticker=listings[0].ticker if listings else None, aliases=tuple(self.aliases))

    def info(self) -> CompanyInfo:
        return CompanyInfo(self.country, self.industry, tuple(self.isins), self.wikipedia)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _keys(forms: list[str]) -> set[str]:
    return {name_key(legal_name(f)) for f in forms if f.strip()} - {""}


def merge_company_rows(rows: Callable[[str], list[dict[str, str]]],
                       ambiguous: frozenset[str]) -> list[CompanyRecord]:
    """The merged company records, curated first, in a fixed order."""
    records: list[CompanyRecord] = []
    curated: set[int] = set()  # ids of the records a generated row may merge into
    by_key: dict[str, CompanyRecord] = {}
    by_us: dict[str, CompanyRecord] = {}
    by_ticker: dict[str, CompanyRecord] = {}

    by_exact: dict[str, CompanyRecord] = {}

    def index(rec: CompanyRecord) -> None:
        for form in [rec.name, *rec.aliases]:
            by_exact.setdefault(form.casefold(), rec)
        for key in _keys([rec.name, *rec.aliases]):
            by_key.setdefault(key, rec)
        for lst in rec.all_listings():
            by_ticker.setdefault(lst.ticker, rec)
            if lst.mic in US_MICS:
                by_us.setdefault(lst.ticker, rec)

    for row in rows("companies.csv"):
        rec = CompanyRecord(row["name"], _split(row["aliases"]), hkex=row["hkex"].strip(), us=row["us_ticker"].strip(),
                            sector=row["sector"].strip(), indices=_split(row["indices"]))
        records.append(rec)
        curated.add(id(rec))
        index(rec)
    # a key two generated rows share ("softbank": SoftBank Corp. and SoftBank Group) merges
    # a generated row into a curated company only by its exact name
    generated = rows("listed.csv")
    shared = {k for k, n in Counter(k for row in generated for k in _keys([row["name"]])).items() if n > 1}
    for fname in ("listed_extra.csv", "listed.csv"):
        for row in (generated if fname == "listed.csv" else rows(fname)):
            aliases = _split(row.get("aliases"))
            listings = list(parse_listings(row["listings"]))
            us = next((lst.ticker for lst in listings if lst.mic in US_MICS), None)
            keys = _keys([row["name"], *aliases]) - (shared if fname == "listed.csv" else set())
            rec = (by_us.get(us or "") or by_exact.get(row["name"].casefold())
                   or next((by_key[k] for k in sorted(keys) if k in by_key), None))
            if rec is not None and listings and any(lst.mic == listings[0].mic and lst.ticker != listings[0].ticker
                                                    for lst in rec.all_listings()):
                rec = None  # another line on the same exchange: another company (SoftBank Corp., SoftBank Group)
            if rec is not None and fname == "listed.csv" and id(rec) not in curated:
                rec = None  # two generated rows are two companies (EQT Corporation, EQT AB)
            if rec is None and listings:
                rec = by_ticker.get(listings[0].ticker)  # the same home listing is the same company
            if rec is None:
                rec = CompanyRecord(row["name"], strict=fname != "listed.csv")
                records.append(rec)
                if fname != "listed.csv":
                    curated.add(id(rec))
            short = legal_name(row["name"])
            forms = (row["name"], short, short_name(row["name"]) or short, *aliases)
            forms += tuple(f.replace(" & ", " and ") for f in forms if " & " in f)  # "Smith and Nephew"
            rec.loose += [f for f in forms if f not in ambiguous and len(f) >= 2]
            known = {lst.ticker for lst in rec.listings} | ({f"{int(rec.hkex):04d}.HK"} if rec.hkex else set())
            rec.listings += [lst for lst in listings if lst.ticker not in known]
            rec.sector = rec.sector or row.get("sector", "").strip()
            rec.indices += [i for i in _split(row.get("indices")) if i not in rec.indices]
            rec.country = rec.country or row.get("country", "").strip()
            rec.industry = rec.industry or row.get("industry", "").strip()
            rec.isins += [i for i in _split(row.get("isin")) if i not in rec.isins]
            rec.wikipedia = rec.wikipedia or row.get("wikipedia", "").strip()
            index(rec)
    # a one-word form that is a later word of other companies' names is a word of the trade, not a name:
    # "The Bancorp, Inc." is "The Bancorp", no "Bancorp" ("Shares of Zions Bancorp rose")
    later = Counter(w.casefold() for rec in records for w in rec.name.replace(",", " ").split()[1:])
    for rec in records:
        own = Counter(w.casefold() for w in rec.name.replace(",", " ").split()[1:])
        generic = {f for f in rec.loose if " " not in f and later[f.casefold()] - own[f.casefold()] >= 2}
        if generic:
            rec.loose = list(dict.fromkeys(f"The {f}" if f in generic and rec.name.startswith("The ") else f
                                           for f in rec.loose if f not in generic or rec.name.startswith("The ")))
    return records
