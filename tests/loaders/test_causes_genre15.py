"""Causes in more wordings of the wires (sentences written for these tests in the styles of
Bloomberg and Reuters; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a clause after a clause, the second's subject a name and a noun: two causes
    ("The Topix index rose 0.4 percent as the yen held losses and U.S. data boosted confidence in the economy.",
     [("TOPIX", "the yen held losses", "as"), ("TOPIX", "U.S. data boosted confidence in the economy", "as")]),
    ("The Dow fell 1 percent as oil prices dropped and China data disappointed investors.",
     [("Dow Jones Industrial Average", "oil prices dropped", "as"),
      ("Dow Jones Industrial Average", "China data disappointed investors", "as")]),
    # one clause whose object names a place: one cause
    ("The Dow fell 1 percent as investors sold banks and U.S. bonds.",
     [("Dow Jones Industrial Average", "investors sold banks and U.S. bonds", "as")]),
])
def test_two_clauses_after_one_cue(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause verb's bare market word is the story's market (CNN's and the Global Times' wording)
    ("Wall Street fell 1 percent on Monday. Bleak economic reports on manufacturing and car sales hurt stocks Monday.",
     [("Wall Street", "Bleak economic reports on manufacturing and car sales", "hurt")]),
    ("Chinese stocks fell 1 percent. The chance of a US rate hike this month also weighed on the markets.",
     [("Shanghai Composite Index", "The chance of a US rate hike this month", "weighed on")]),
])
def test_a_bare_market_object_is_the_storys_market(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text", [
    # the place after the bare word names the market: not the story's
    "Hong Kong stocks fell 1 percent. Weak data hurt shares in Asia.",
    # the bare word is a clause's subject, not the verb's object
    "The FTSE 100 fell 2.6%. On a volatile day, leading shares finally finished down 2.6%.",
    # a forecast, no cause
    "Indian shares fell 1 percent. Earnings and trade talks are likely to drive markets going ahead.",
])
def test_no_story_market_cause(text):
    assert all(effect != "Hang Seng Index" and cue not in ("leading", "drive")
               for effect, _, cue in _causes(text))
