"""Deterministic identifiers and the one place IRIs are minted.

An id comes from what an entity is (its exchange code, ticker or canonical name),
never from run order, so the same input always gives the same graph.

>>> slug("Alibaba Group Holding")
'alibaba-group-holding'
>>> slug("Yangtze Optical Fibre & Cable")
'yangtze-optical-fibre-and-cable'
>>> company_id(hkex="700")
'hkex-0700'
>>> str(mint_iri("hkex-0700", base="https://example.org/kg/"))
'https://example.org/kg/hkex-0700'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

__all__ = [
    "DEFAULT_BASE_IRI",
    "slug",
    "company_id",
    "named_id",
    "session_id",
    "content_id",
    "mint_iri",
]

DEFAULT_BASE_IRI = "https://marketkg.org/id/"


def slug(text: str) -> str:
    """A lowercase ASCII slug; text with no Latin letters gets a short hash instead."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = folded.replace("&", " and ").lower()
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not out:
        out = "u" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return out[:80].rstrip("-")


def company_id(*, hkex: str | None = None, ticker: str | None = None, name: str | None = None) -> str:
    """Id of a listed company: its HKEX code, else its ticker, else its name."""
    if hkex:
        return f"hkex-{int(hkex):04d}"
    if ticker:
        return f"tkr-{slug(ticker)}"
    if name:
        return f"co-{slug(name)}"
    raise ValueError("company_id needs an HKEX code, a ticker or a name")


def named_id(prefix: str, name: str) -> str:
    """Id of an entity known by name only: ``named_id('drv', 'US tariffs') == 'drv-us-tariffs'``."""
    return f"{prefix}-{slug(name)}"


def session_id(market: str, day: str | None) -> str:
    """The trading session node of a market on a day (``undated`` when unknown)."""
    return f"session-{slug(market)}-{slug(day) if day else 'undated'}"


def content_id(text: str) -> str:
    """Article id: a hash of its text, so the same article read twice is one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def mint_iri(node_id: str, *, base: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a node. Every IRI in marketkg's RDF comes from here."""
    return URIRef(base + quote(node_id, safe="-._~"))
