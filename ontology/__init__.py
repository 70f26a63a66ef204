"""The vocabulary every room speaks: models, enums, identifiers, reference data.

The names below load on first use (PEP 562): importing one module of the package
(``marketkg.ontology.errors``) does not import pydantic and rdflib, which
``marketkg query`` does not need.
"""
from __future__ import annotations

from marketkg.ontology.lazy import lazy_names

__all__ = [
    "ActionKind", "Direction", "DriverCategory", "EdgeKind", "EntityType",
    "ExportError", "InputError", "MarketKGError", "UnknownEntityError",
    "DEFAULT_BASE_IRI", "mint_iri",
    "Article", "ArticleFacts", "Cause", "Entity", "Evidence", "InvestorAction", "Membership", "PriceMove",
    "reference",
]

__getattr__, __dir__ = lazy_names(__name__, {
    **dict.fromkeys(["ActionKind", "Direction", "DriverCategory", "EdgeKind", "EntityType"], "enums"),
    **dict.fromkeys(["ExportError", "InputError", "MarketKGError", "UnknownEntityError"], "errors"),
    **dict.fromkeys(["DEFAULT_BASE_IRI", "mint_iri"], "ids"),
    **dict.fromkeys(["Article", "ArticleFacts", "Cause", "Entity", "Evidence", "InvestorAction", "Membership",
                     "PriceMove"], "models"),
    "reference": "reference"})
