"""'snapped a three-day losing streak' is a rise, 'snap three-day winning streak' a fall: a
direction without a figure, enough for a cause to attach to. Written in the styles of the SCMP
and the Economic Times."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_snapped_losing_streak_carries_the_cause_of_the_day():
    facts = facts_of("Hong Kong stocks snapped a three-day losing streak on Tuesday as bargain hunters swooped on "
                     "battered tech names.\n\nThe Hang Seng Index climbed 1.3 per cent to 17,912.34.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("idx-hsi", "bargain hunters swooped on battered tech names")]
    assert [(m.entity.id, m.direction.value, m.change_pct) for m in facts.moves] == [("idx-hsi", "up", 1.3)]


def test_a_snapped_winning_streak_in_a_headline_is_a_fall_with_its_cause():
    facts = facts_of("Sensex, Nifty snap three-day winning streak as IT stocks drag\n\n"
                     "The BSE Sensex fell 1.2 per cent to 73,715.18.")
    assert {c.effect.id for c in facts.causes} == {"idx-sensex", "idx-nifty50"}
    assert all(m.direction.value == "down" for m in facts.moves)
