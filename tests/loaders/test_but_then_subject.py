"""', but then quickly tumbled': a predicate after ', but' has the sentence's subject when it is the
only name before it, even when the first clause stated no move of its own. Sentences from VOA
stories (public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_but_then_tumbled_has_the_sentences_subject_and_its_cause():
    # VOA, "Asia Markets Rise, Then Fall on Tight Brexit Vote Count" (2016-06-24)
    facts = facts_of("Asia stock markets started the day up slightly Friday, but then quickly tumbled as results "
                     "of Britain’s referendum on its European Union membership began to come in.")
    assert [c.effect.id for c in facts.causes] == ["market-asia"]
    assert facts.causes[0].cause.startswith("results of Britain's referendum")


def test_but_was_unchanged_has_the_sentences_subject():
    # VOA, "European Markets Close Out Final Week of 2020"
    facts = facts_of("Shanghai’s Composite earned nearly three-quarters of one point, but was unchanged "
                     "percentage-wise (+0.02).")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-ssec", 0.02)]


def test_a_second_name_before_but_is_not_taken_for_the_subject():
    facts = facts_of("Analysts in Tokyo upgraded Sony on Friday, but then quickly tumbled.")
    assert [m.entity.id for m in facts.moves] == []
