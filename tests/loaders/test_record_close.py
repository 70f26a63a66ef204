"""'closed at a record high' is a rise (a new closing high is above yesterday's close), 'closed at
a record low' a fall: a direction the lead's cause can attach to. Written in the style of Nikkei
Asia's Tokyo close."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_record_close_carries_its_cause():
    facts = facts_of("Japan's Nikkei Stock Average closed at a record high Wednesday, lifted by chip-related shares."
                     "\n\nThe Nikkei rose 1.3% to 42,118.30.")
    assert [(m.entity.id, m.direction.value, m.change_pct, m.close) for m in facts.moves] == [
        ("idx-n225", "up", 1.3, 42118.3)]
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("idx-n225", "chip-related shares")]


def test_a_record_low_close_is_a_fall():
    facts = facts_of("The Kospi closed at a record low on Monday as foreign investors sold.")
    assert [(m.entity.id, m.direction.value) for m in facts.moves] == [("idx-kospi", "down")]
