"""One cause stated once: "as worries about stubborn inflation weighed on the market" is the cause
"worries about stubborn inflation" (read off "weighed on"), not also a second cause that runs on
into the verb. Written in the style of AP's closing reports."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_cause_running_on_into_its_verb_is_not_a_second_cause():
    facts = facts_of("Stocks closed lower on Wall Street Thursday, as worries about stubborn inflation weighed on "
                     "the market.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-us", "worries about stubborn inflation")]


def test_two_causes_of_one_effect_in_one_sentence_both_stay():
    facts = facts_of("The Nikkei fell 1% amid a stronger yen and worries about U.S. tariffs.")
    assert len(facts.causes) == 2
