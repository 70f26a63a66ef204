"""A cue's noun before a sector's words (sentences written for these tests in the styles of the SCMP and
Reuters; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hong Kong stocks slumped 3 percent on mounting concerns Chinese technology companies face new curbs.",
     ("Hang Seng Index", "mounting concerns Chinese technology companies face new curbs", "on")),
    ("The Kospi fell 1.2 percent on fears chip makers will cut output.",
     ("KOSPI", "fears chip makers will cut output", "on")),
    ("European shares rose 0.8% on hopes banks will raise dividends.",
     ("European markets", "hopes banks will raise dividends", "on")),
])
def test_the_noun_of_a_content_clause_is_no_sectors_word(sentence, expected):
    assert _causes(sentence) == [expected]
