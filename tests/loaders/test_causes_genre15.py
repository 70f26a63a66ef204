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
