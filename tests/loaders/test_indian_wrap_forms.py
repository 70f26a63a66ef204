"""Forms of Indian and US wraps: "closed higher for the second consecutive day this week" is the
day's move; a descriptor before a clause's subject ("Private sector lender IndusInd Bank lost ...
to close 2.74 percent or 49 points lower"); "pushed together two huge banks" moved nothing.
Sentences written in the style of Business Today and AP wraps (2025-03-05 is a Wednesday)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_the_nth_consecutive_day_this_week_is_the_day():
    facts = facts_of("The Sensex and Nifty closed higher for the second consecutive day this week amid firm "
                     "global cues. The Sensex rose 0.87 percent.")
    assert [(m.entity.name, m.change_pct, m.date) for m in facts.moves] == [
        ("BSE Sensex", 0.87, "2025-03-05"), ("Nifty 50", None, "2025-03-05")]


def test_a_descriptor_before_the_clause_subject_of_an_infinitive_close():
    facts = facts_of("Private sector lender IndusInd Bank lost nearly half of its yesterday's gains to close "
                     "2.74 percent or 49 points lower at 1741.65 level on the BSE.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("IndusInd Bank", -2.74, 1741.65)]


def test_pushed_together_is_no_cause_verb():
    facts = facts_of("Wall Street closed higher after regulators pushed together two huge banks over the weekend.")
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Wall Street", "regulators pushed together two huge banks over the weekend")]
