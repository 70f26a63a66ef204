"""A user's own reference file, merged over the built-in reference data.

``marketkg extract|build|ingest|resolve --reference FILE`` (or ``$MARKETKG_REFERENCE``):
a CSV with the columns ``id, name, type, aliases, tickers, isin, country, industry``
(``aliases`` and ``tickers`` separated by ``|``; a ticker may name its exchange as
``XTKS:7203.T``; ``type`` is company, index or investor, company when empty). A row whose
id is already known adds its names and identifiers to that entity; a name or alias the
built-in data give another entity is taken over by the user's row. Errors name the file
and line: ``FILE: line 3: type 'bond' is not company, index or investor``.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import replace
from pathlib import Path

from marketkg.ontology.enums import EntityType
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.listings import Listing
from marketkg.ontology.ref_companies import CompanyInfo

__all__ = ["ENV", "merge_user_reference", "COLUMNS"]

ENV = "MARKETKG_REFERENCE"
COLUMNS = ("id", "name", "type", "aliases", "tickers", "isin", "country", "industry")
_TYPES = {"": EntityType.COMPANY, "company": EntityType.COMPANY, "index": EntityType.INDEX,
          "investor": EntityType.INVESTOR}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_ISIN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ("id", "name") if c not in (reader.fieldnames or ())]
            if missing:
                raise MarketKGError(f"{path}: no column {', '.join(missing)} (columns: {', '.join(COLUMNS)})")
            return [(n, row) for n, row in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise MarketKGError(f"{path}: cannot read the reference file ({exc})") from None


def merge_user_reference(ref, path: str | Path) -> None:  # ref: ReferenceData (a cycle to import)
    """Merge the user's file into ``ref`` in place."""
    path = Path(path)
    for line, row in _rows(path):
        ident, name = (row.get("id") or "").strip(), (row.get("name") or "").strip()
        kind = _TYPES.get((row.get("type") or "").strip().lower())
        if not _ID.match(ident):
            raise MarketKGError(f"{path}: line {line}: id {ident!r} is not a lower-case id (letters, digits, -._)")
        if not name:
            raise MarketKGError(f"{path}: line {line}: no name")
        if kind is None:
            raise MarketKGError(f"{path}: line {line}: type {row.get('type')!r} is not company, index or investor")
        isins = _split(row.get("isin"))
        bad = [i for i in isins if not _ISIN.match(i)]
        if bad:
            raise MarketKGError(f"{path}: line {line}: {bad[0]!r} is not an ISIN")
        listings = []
        for tkr in _split(row.get("tickers")):
            mic, _, code = tkr.rpartition(":")
            listings.append(Listing(mic or "", code))
        old = ref.entities.get(ident)
        aliases = _split(row.get("aliases"))
        if old is not None and old.type is not kind:
            raise MarketKGError(f"{path}: line {line}: {ident} is a {old.type.value} in the built-in data")
        from marketkg.ontology.models import Entity

        ticker = listings[0].ticker if listings else (old.ticker if old else None)
        ent = Entity(id=ident, name=name, type=kind, ticker=ticker,
                     aliases=tuple(dict.fromkeys([*(old.aliases if old else ()), *aliases])))
        ref.entities[ident] = ent
        for form in (name, *aliases):
            ref.surface[form] = ident  # the user's names win over the built-in ones
            if " " in form or len(form) >= 6:
                ref.folded[form.casefold()] = ident
            if kind is EntityType.COMPANY and len(form) >= 4:
                ref.folded_companies[form.casefold()] = ident
        if listings:
            known = [lst for lst in ref.listings.get(ident, ()) if lst.ticker not in {x.ticker for x in listings}]
            ref.listings[ident] = tuple([lst for lst in listings if lst.mic] + known)
            for lst in listings:
                ref.tickers[lst.ticker.upper()] = ident
        for isin in isins:
            ref.isins[isin] = ident
        if kind is EntityType.COMPANY:
            info = ref.company_info.get(ident, CompanyInfo())
            ref.company_info[ident] = replace(
                info, country=(row.get("country") or "").strip().upper() or info.country,
                industry=(row.get("industry") or "").strip() or info.industry,
                isins=tuple(dict.fromkeys([*info.isins, *isins])))


def user_reference_path() -> str | None:
    """The user's reference file named in the environment, if any."""
    return os.environ.get(ENV) or None
