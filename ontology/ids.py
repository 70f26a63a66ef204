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
>>> str(mint_iri("move", "hkex-0700", "--11-25", base="https://example.org/kg/"))
'https://example.org/kg/move/hkex-0700/--11-25'
>>> str(mint_iri("co-<script>", base="https://example.org/kg/"))
'https://example.org/kg/co-%3Cscript%3E'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from rdflib import URIRef

__all__ = [
    "DEFAULT_BASE_IRI",
    "slug",
    "name_key",
    "company_id",
    "named_id",
    "session_id",
    "content_id",
    "mint_iri",
    "iri_segment",
    "graph_name",
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


_SHARE_CLASS = re.compile(r"\s?-\s?(?:SWR|WR|SW|SR|W|S|B|R|H)$")
_CORPORATE_TAILS = frozenset({"inc", "ltd", "limited", "co", "corp", "corporation", "plc", "holdings", "holding",
                              "group", "company", "sa", "ag", "nv", "se", "llc", "the"})


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A company name reduced to what identifies it: no share class, no corporate tails.

    >>> name_key("GaoDi Co., Ltd."), name_key("Alibaba -W"), name_key("SoftBank Group Corp.")
    ('gaodi', 'alibaba', 'softbank')
    """
    base = _SHARE_CLASS.sub("", name.strip())
    words = [w.strip(".") for w in re.split(r"[^\w&.]+", base.lower()) if w.strip(".")]
    kept = [w for w in words if w not in _CORPORATE_TAILS]
    return " ".join(kept or words)


def company_id(*, hkex: str | None = None, ticker: str | None = None, name: str | None = None) -> str:
    """Id of a listed company: its HKEX code, else its ticker, else its name."""
    if hkex:
        return f"hkex-{int(hkex):04d}"
    if ticker:
        return f"tkr-{slug(ticker)}"
    if name:
        return f"co-{slug(name_key(name))}"
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


def mint_iri(*segments: str, base: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a node or fact. Every instance IRI in marketkg's RDF comes from here;
    each segment is percent-encoded, so no text can break out of its IRI."""
    if not segments:
        raise ValueError("mint_iri needs at least one segment")
    return _uriref()(base + "/".join(map(iri_segment, segments)))


@lru_cache(maxsize=1 << 16)
def iri_segment(text: str) -> str:
    """One IRI path segment, percent-encoded (ids, article hashes and keywords recur by the thousand)."""
    return quote(text, safe="-._~")


@cache
def _uriref() -> type[URIRef]:
    """rdflib's IRI class, imported on the first IRI minted: a command that mints none
    (``marketkg query``, ``sparql``) starts without rdflib."""
    from rdflib import URIRef

    return URIRef


def graph_name(article: str | None, *, base: str = DEFAULT_BASE_IRI) -> URIRef:
    """The named graph of one article's statements, or (``None``) the shared graph of
    entities: the same names in an export and in a knowledge base's store."""
    return mint_iri("graph", "article", article, base=base) if article else mint_iri("graph", "entities", base=base)
