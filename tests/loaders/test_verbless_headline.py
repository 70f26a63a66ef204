"""A verbless headline 'Asian Markets Mostly Higher on Wave of Wall Street Comeback': the title-case
adverb the name finder took is read as a word, so the cue finds its effect. VOA headline
(2020-09-10, public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_title_case_adverb_in_a_verbless_headline():
    facts = facts_of("Asian Markets Mostly Higher on Wave of Wall Street Comeback\n\nThe Nikkei rose 0.8%.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-asia", "Wave of Wall Street Comeback")]


def test_a_headline_then_move_reads_on_to_its_cue():
    # VOA headline (2016-06-24, public domain)
    facts = facts_of("Asia Markets Rise, Then Fall on Tight Brexit Vote Count\n\nThe Nikkei fell 1.5%.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-asia", "Tight Brexit Vote Count")]


def test_another_subjects_verb_still_ends_the_search():
    facts = facts_of("The Nikkei rose 1%, the yen fell on Fed worries.")
    assert [c.effect.id for c in facts.causes] == ["fx-jpy"]
