"""Causes of the 269th and 270th sets: a by-cue after a lone spaced dash (CNN's "the broader stock market rallied --
boosted by optimism about X"), and a cause verb's "on" that is its particle, not a cue, before a knock-on participle
("Worries about Brexit weighed on sentiment, driving the DAX down 3.02 percent": the worries, not "sentiment").

Sentences were written for these tests in the style of CNN and Xinhua, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("Markets\n\n" + text, published="2020-05-26").causes}


def test_a_by_cue_after_a_spaced_dash():
    assert _causes("The Dow rose 1.9% -- boosted by optimism about a trade deal with China.") == {
        ("Dow Jones Industrial Average", "optimism about a trade deal with China")}
    assert _causes("The Dow rose 2.4% - boosted by hopes for a vaccine.") == {
        ("Dow Jones Industrial Average", "hopes for a vaccine")}


def test_an_aside_between_dashes_stays_read_as_before():
    # (a guard: the aside's cue is still read)
    assert ("Dow Jones Industrial Average", "Apple") in _causes("The Dow rose 2.4% - led by Apple - as bond yields fell.")


def test_a_cause_verbs_on_is_its_particle():
    assert _causes("Worries about Brexit weighed on sentiment, driving the DAX down 3.02 percent.") == {
        ("DAX", "Worries about Brexit weighed on sentiment")}
    # (a guard: a cue "on" after a move verb)
    assert _causes("Stocks fell on weak data, sending the DAX down 3 percent.") == {("DAX", "weak data")}
