"""A one-word short name that is a common word or a person's name is no company: ABC's "copper and gold producer Oz
Minerals up nearly 1 per cent" (the 257th set) was read as Minerals Technologies, and "Powell" names the Fed's chair
far more often than Powell Industries.

Sentences were written for these tests in ABC's and Reuters' style, not copied."""
from __future__ import annotations

from marketkg.ontology.listings import short_name
from tests.conftest import facts_of


def test_common_words_give_no_short_name():
    assert short_name("Minerals Technologies") is None
    assert short_name("Powell Industries") is None


def test_a_distinctive_short_name_stays():
    # (a guard)
    assert short_name("Infineon Technologies") == "Infineon"


def test_oz_minerals_is_no_minerals_technologies():
    facts = facts_of("Markets\n\nNot all miners were falling, with copper and gold producer Oz Minerals up nearly 1 per "
                     "cent to $4.40.", published="2014-05-29")
    assert [(m.entity.name, m.change_pct) for m in facts.moves if m.change_pct is not None] == [("Oz Minerals", 1.0)]
