"""The fast paths of the sixth speed round give what the plain ones give."""
from __future__ import annotations

import pytest

from marketkg.loaders import drivers
from marketkg.loaders.causes import RawCause
from marketkg.loaders.resolve import Resolver
from marketkg.ontology.enums import DriverCategory
from marketkg.ontology.reference import reference

_PHRASES = [
    "hopes of a Federal Reserve rate cut", "the Fed's dovish pivot", "FedEx results", "fed-up investors",
    "profit-taking", "a stronger dollar", "weak quarterly results", "escalating trade tensions", "tariffs",
    "better-than-expected PMI data", "rising gold prices", "the PBOC's cut to the loan prime rate",
    "Powell's remarks", "powellian", "fears over Chinese property developers", "oil", "crude-oil prices",
    "Waller and Williams backed easing", "", "rate cut", "a cut", "stimulus from Beijing",
]


def _plain_category(phrase: str) -> DriverCategory:
    """driver_category as it was: every concept tried in turn, then every concept's topic."""
    for concept in reference().drivers:
        if concept.matches(phrase):
            return concept.entity.category or DriverCategory.OTHER
    for concept in reference().drivers:
        if concept.mentions_topic(phrase):
            return concept.entity.category or DriverCategory.OTHER
    return DriverCategory.OTHER


@pytest.mark.parametrize("phrase", _PHRASES)
def test_topic_screen_finds_a_topic_exactly_when_a_concept_does(phrase: str) -> None:
    """The one pattern of every concept's topic words finds a match in a phrase exactly when one
    concept's own topic pattern does (no concept matches a phrase the screen turns away)."""
    concepts = reference().drivers
    screen = drivers._topic_screen(concepts)
    assert screen is not None
    low = phrase.lower()
    assert (screen.search(low) is not None) == any(c.patterns[0].search(low) for c in concepts)
    if screen.search(low) is None:
        assert not any(c.matches(phrase) or c.mentions_topic(phrase) for c in concepts)


@pytest.mark.parametrize("phrase", _PHRASES)
def test_driver_category_is_the_plain_one(phrase: str) -> None:
    assert drivers.driver_category(phrase) == _plain_category(phrase)


@pytest.mark.parametrize("phrase", _PHRASES[:12])
def test_driver_for_a_phrase_is_the_plain_one(phrase: str) -> None:
    """A phrase no concept matches becomes a driver of its own, with the plain category."""
    if not phrase:
        return
    cause = RawCause(effects=[], text=phrase, cue="after", start_char=0, end_char=len(phrase))
    found = drivers.driver_for(cause, Resolver())
    matched = next((c.entity for c in reference().drivers if c.matches(phrase)), None)
    if matched is not None:
        assert found.id == matched.id
    else:
        assert found.category == _plain_category(phrase)


def test_topic_screen_follows_a_new_concept_list() -> None:
    """The screen is made per list of concepts (a user's reference data brings its own), and a
    concept with no keyword group (which matches every phrase) turns the screen off."""
    concepts = list(reference().drivers)
    assert drivers._topic_screen(concepts) is not None
    empty = type(concepts[0])(concepts[0].entity, ())
    assert drivers._topic_screen(concepts + [empty]) is None
    assert drivers._may_match(concepts + [empty], "profit-taking")
    concepts.append(empty)  # the same list, grown: its screen is made anew
    assert drivers._topic_screen(concepts) is None
    assert drivers._topic_screen(reference().drivers) is not None
