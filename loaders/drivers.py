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
from marketkg.ontology.reference import DriverConcept, reference, words_pattern

__all__ = ["driver_for", "driver_category"]

_STOP = frozenset("a an the of to in on for and or its their his her by with as at from that this is was be "
                  "it will would could can may more".split())


#: the list of driver concepts last asked about, its length then, and its screen: one pattern of
#: every concept's topic words (first keyword group), or None when a concept has no keyword group
_topic_kept: tuple[list[DriverConcept], int, re.Pattern[str] | None] | None = None


def _topic_screen(concepts: list[DriverConcept]) -> re.Pattern[str] | None:
    """A pattern that finds a match in a lower-cased phrase exactly when some concept's topic
    pattern does (the same words and word bounds as :func:`words_pattern`, all in one
    alternation): a concept matches a phrase, and a phrase mentions its topic, only then. Most
    cause phrases hold no topic word, and each concept tried on them cost a lower-casing and a
    substring test per keyword."""
    global _topic_kept
    kept = _topic_kept
    if kept is None or kept[0] is not concepts or kept[1] != len(concepts):  # made anew for another list
        words = {w for c in concepts for w in (c.groups[0] if c.groups else ())}
        screen = words_pattern(tuple(words)) if words and all(c.groups for c in concepts) else None
        kept = _topic_kept = (concepts, len(concepts), screen)
    return kept[2]


def _may_match(concepts: list[DriverConcept], phrase: str) -> bool:
    """False only when no concept can match ``phrase`` nor find its topic in it (see :func:`_topic_screen`)."""
    screen = _topic_screen(concepts)
    return screen is None or screen.search(phrase.lower()) is not None


def driver_category(phrase: str) -> DriverCategory:
    """The category of a cause phrase, from the keywords of the known driver concepts."""
    concepts = reference().drivers
    if not _may_match(concepts, phrase):
        return DriverCategory.OTHER
    for concept in concepts:
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


#: a company name's tail that is also a driver's keyword: "Tencent Holdings" holds no stake change
_NAME_TAIL = re.compile(r"\b([A-Z][\w&.'-]*) Holdings?\b")


def _without_name_tails(text: str) -> str:
    return _NAME_TAIL.sub(r"\1", text) if "Holding" in text else text


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
    concepts = reference().drivers
    plain = _without_name_tails(cause.text)
    topical = _may_match(concepts, plain)
    for concept in concepts if topical else ():
        if concept.matches(plain):
            return concept.entity
    words = [w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", cause.text.lower()) if w not in _STOP][:8]
    name = cause.text if len(cause.text) <= 90 else cause.text[:87].rsplit(" ", 1)[0] + "..."
    return new_entity(id=named_id("drv", " ".join(words) or cause.text), name=name, type=EntityType.DRIVER,
                      category=_topic_category(plain) if topical else DriverCategory.OTHER)
    # (no concept matched it: the loop above)
