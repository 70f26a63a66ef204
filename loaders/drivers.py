"""Drivers: the canonical node a cause phrase stands for.

A phrase that matches a known driver concept ("Fed pivot bets", "Mary Daly endorsed
a December rate cut" -> *Fed rate-cut expectations*) becomes that node; a phrase led
by a sector or company that moved ("metals stocks led gains") is that entity; any
other phrase becomes a driver of its own, with a category from the concepts'
keywords, and an id from its content words so it is the same node across articles.
"""
from __future__ import annotations

import re

from marketkg.loaders.causes import RawCause
from marketkg.loaders.resolve import Resolver, new_entity
from marketkg.ontology.enums import DriverCategory, EntityType
from marketkg.ontology.ids import named_id
from marketkg.ontology.models import Entity
from marketkg.ontology.reference import reference

__all__ = ["driver_for", "driver_category"]

_STOP = frozenset("a an the of to in on for and or its their his her by with as at from that this is was be "
                  "it will would could can may more".split())


def driver_category(phrase: str) -> DriverCategory:
    """The category of a cause phrase, from the keywords of the known driver concepts."""
    for concept in reference().drivers:
        if concept.matches(phrase):
            return concept.entity.category or DriverCategory.OTHER
    return _topic_category(phrase)


def _topic_category(phrase: str) -> DriverCategory:
    """The category of a phrase no driver concept matches: a concept's topic words (its first
    keyword group) are enough: "rate cut" alone says nothing, "Fed" does."""
    for concept in reference().drivers:
        if concept.mentions_topic(phrase):
            return concept.entity.category or DriverCategory.OTHER
    return DriverCategory.OTHER


def driver_for(cause: RawCause, resolver: Resolver) -> Entity:
    """The node a cause phrase stands for."""
    first = cause.first_item
    if first is not None and first.kind == "M" and (first.mention.kind in ("sector", "ref") or cause.mover) \
            and first.start_char - cause.start_char < 3:
        entities = resolver.entities(first.mention)
        known = entities and (entities[0].type is EntityType.COMPANY or entities[0].id in reference().entities)
        if known and entities[0].type in (EntityType.SECTOR, EntityType.COMPANY) and (
                cause.mover or len(cause.text) - len(first.text) < 30):
            return entities[0]
    for concept in reference().drivers:
        if concept.matches(cause.text):
            return concept.entity
    words = [w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", cause.text.lower()) if w not in _STOP][:8]
    name = cause.text if len(cause.text) <= 90 else cause.text[:87].rsplit(" ", 1)[0] + "..."
    return new_entity(id=named_id("drv", " ".join(words) or cause.text), name=name, type=EntityType.DRIVER,
                  category=_topic_category(cause.text))  # no concept matched it (the loop above)
