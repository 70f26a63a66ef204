"""The vocabulary every room speaks: models, enums, identifiers, reference data."""
from __future__ import annotations

from marketkg.ontology.enums import ActionKind, Direction, DriverCategory, EdgeKind, EntityType
from marketkg.ontology.errors import ExportError, InputError, MarketKGError, UnknownEntityError
from marketkg.ontology.ids import DEFAULT_BASE_IRI, mint_iri
from marketkg.ontology.models import (
    Article, ArticleFacts, Cause, Entity, Evidence, InvestorAction, Membership, PriceMove,
)
from marketkg.ontology.reference import reference

__all__ = [
    "ActionKind", "Direction", "DriverCategory", "EdgeKind", "EntityType",
    "ExportError", "InputError", "MarketKGError", "UnknownEntityError",
    "DEFAULT_BASE_IRI", "mint_iri",
    "Article", "ArticleFacts", "Cause", "Entity", "Evidence", "InvestorAction", "Membership", "PriceMove",
    "reference",
]
