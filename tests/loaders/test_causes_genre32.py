"""Reuters' "China stocks closed higher on Thursday with banks and the electric vehicle sector leading gains": the
leaders of a with-list after the move's day and without a comma, and a second leader after "and the", are causes
of the index (the 250th set; none was read before).

Sentences were written for these tests in Reuters' style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause, c.cue) for c in facts_of("China stocks\n\n" + text, published="2021-07-15").causes}


def test_leaders_after_the_day_without_a_comma():
    assert {("Shanghai Composite Index", "banks", "with"), ("Shanghai Composite Index", "electric vehicle sector",
                                                            "with")} <= _causes(
        "China stocks closed higher on Thursday with banks and the electric vehicle sector leading gains.")


def test_a_with_list_without_leaders_and_without_a_comma_is_no_cause():
    # (a guard: "with" and names but no leading participle)
    assert not _causes("China stocks closed higher on Thursday with banks in focus.")
