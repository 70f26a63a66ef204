"""PTI's Sensex wraps, from a blind set of Indian wraps: a full date years before the story ("surpassing its
previous low of 68.85 on August 28, 2013" in a 2016 story) is history, not the story's session; "closed at
25,860.17, showing a loss of 191.64 points or 0.74%" is the close's move (sentences written for these tests in
PTI's style, not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_date_years_before_the_story_is_no_session():
    facts = facts_of("The rupee hit a fresh low of 83.12 against the dollar, surpassing its previous low of 83.08 on "
                     "October 20, 2022. The Sensex fell 0.6 per cent.", published="2024-03-18")
    assert [(m.entity.name, m.date) for m in facts.moves if m.change_pct] == [("BSE Sensex", "2024-03-18")]


def test_a_date_days_before_the_story_is_its_session():
    # (a guard: a wrap published on Monday of Friday's session)
    facts = facts_of("On March 15, 2024, the Sensex fell 0.6 per cent.", published="2024-03-18")
    assert [m.date for m in facts.moves] == ["2024-03-15"]


def test_showing_a_loss_of():
    facts = facts_of("The Sensex resumed lower at 71,862.30 and dropped further to 71,415.08, before closed at "
                     "71,590.66, showing a loss of 384.12 points or 0.53 per cent.", published="2024-03-18")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("BSE Sensex", -0.53, 71590.66)]
    # (a guard: a company's results)
    assert list(facts_of("Infosys is showing a loss for the year.").moves) == []
