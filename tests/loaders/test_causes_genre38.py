"""The SCMP's "after S&P Global Ratings downgraded the city and China's credit ratings" (the 244th set): a possessive
after "and" is the verb's second object, not a second cause, unless a verb of its own follows it ("after oil fell
and China's exports slumped": two causes).

Sentences were written for these tests in the SCMP's style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {c.cause for c in facts_of("Markets\n\n" + text, published="2017-09-25").causes}


def test_a_possessive_object_after_and_stays_in_its_clause():
    assert _causes("The Hang Seng Index slid 1.4 per cent after S&P Global Ratings downgraded the city and China's "
                   "credit ratings.") == {"S&P Global Ratings downgraded the city and China's credit ratings"}


def test_a_possessive_subject_with_its_own_verb_is_a_second_cause():
    # (guards)
    assert _causes("The Nikkei fell 1% after oil fell and China's exports slumped.") == {
        "oil fell", "China's exports slumped"}
    assert _causes("The Nikkei fell 1% after weak data and China's trade curbs.") == {"weak data",
                                                                                      "China's trade curbs"}
