"""'as U.S. tariffs on Canada, Mexico and China took effect': a list of places inside a cause does
not cut it at its first comma; 'had lost more than 7% over the previous three sessions' is a span.
Written in the style of AP and DW."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_list_of_places_stays_inside_the_cause():
    facts = facts_of("European stocks slumped on Tuesday as U.S. tariffs on Canada, Mexico and China took effect.")
    assert [c.cause for c in facts.causes] == ["U.S. tariffs on Canada, Mexico and China took effect"]


def test_over_the_previous_sessions_is_a_span():
    facts = facts_of("The DAX rose 1.3%. The gauge had lost more than 7% over the previous three sessions.")
    assert [(m.change_pct, m.date) for m in facts.moves] == [(1.3, "2025-03-05"), (-7.0, None)]
