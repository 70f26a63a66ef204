"""The story's session is a day its lead names, never a day named deep in the story's back-story.
Sentences written in the style of Business Today and Guardian market reports (2025-03-05 is a
Wednesday)."""
from __future__ import annotations

from tests.conftest import facts_of

BACK_STORY = (
    "The Sensex and Nifty closed higher for the second day amid firm global cues.\n\n"
    "The Sensex closed 276 points or 0.87 percent higher at 32,158.\n\n"
    "Bharat Financial closed 0.03 percent lower at 967.\n\n"
    "On Monday, both stocks were the major market movers on news of merger talks.")


def test_a_day_named_after_the_lead_is_not_the_story_day():
    dates = {m.entity.name: m.date for m in facts_of(BACK_STORY).moves}
    assert dates["BSE Sensex"] == "2025-03-05"


def test_a_day_the_lead_names_is_the_story_day():
    text = "Indian shares rose on Tuesday.\n\n" + BACK_STORY.split("\n\n", 1)[1]
    dates = {m.entity.name: m.date for m in facts_of(text).moves}
    assert dates["BSE Sensex"] == "2025-03-04"


def test_a_sentence_naming_its_own_day_keeps_it():
    text = BACK_STORY + "\n\nOn Monday, the Nifty fell 0.4 percent."
    dates = {m.entity.name: m.date for m in facts_of(text).moves}
    assert dates["Nifty 50"] == "2025-03-03" and dates["BSE Sensex"] == "2025-03-05"
