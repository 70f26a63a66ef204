"""Where a cause phrase ends: "such as" introduces examples, part of the cause as the genre's
annotators write it, never a cause of their own ("dragged down by exporters such as Toyota Motor,
which shed 3.2%" is the cause "exporters such as Toyota Motor"), and a cue cut off by a
mover ends nothing ("dragged down by miners after iron ore prices slumped"). Written for these
tests in the style of Reuters' Asia wraps."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_cause_stops_after_its_examples():
    facts = facts_of("Japan's Nikkei share average lost 1.8% to 36,912.45, dragged down by exporters such as "
                     "Toyota Motor, which shed 3.2%.")
    assert [(c.effect.id, c.cause, c.cue) for c in facts.causes] == [
        ("idx-n225", "exporters such as Toyota Motor", "dragged down by")]
    assert sorted((m.entity.id, m.change_pct) for m in facts.moves) == [("idx-n225", -1.8), ("tkr-7203-t", -3.2)]


def test_such_as_opens_no_second_cause():
    facts = facts_of("The Nikkei fell 1%, as exporters such as Sony and Toyota slid.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("idx-n225", "exporters such as Sony and Toyota slid")]


def test_a_cause_cut_short_by_a_mover_drops_its_dangling_cue():
    facts = facts_of("Australia's S&P/ASX 200 ended 0.7% lower at 7,846.3, dragged down by miners after iron ore "
                     "prices slumped.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("idx-asx200", "miners")]
