"""Asides between a subject and its verb, and cues before it: 'The Nikkei, Japan's benchmark, fell
2%', 'The Nikkei, weighed down by exporters, fell 2%', 'The Nikkei tracked losses on Wall Street,
falling 1.1%', 'The gains were driven by ...', 'amid fresh concerns over China's property sector'.
Written in the styles of AP, Reuters and the SCMP."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    facts = facts_of(text)
    return [(m.entity.id, m.change_pct) for m in facts.moves], [(c.effect.id, c.cause, c.cue) for c in facts.causes]


@pytest.mark.parametrize("text, causes", [
    ("The Nikkei, Japan's benchmark, fell 2% after the data.", [("idx-n225", "the data", "after")]),
    ("The Nikkei, weighed down by exporters, fell 2%.", [("idx-n225", "exporters", "weighed down by")]),
    ("The Nikkei tracked losses on Wall Street, falling 2%.", [("idx-n225", "losses on Wall Street", "tracked")]),
])
def test_the_move_of_a_subject_with_an_aside_or_a_cue_before_its_verb(text, causes):
    assert _facts(text) == ([("idx-n225", -2.0)], causes)


def test_an_index_described_by_tracking_is_no_cause():
    # Xinhua's style: the index tracks the board, it is not explained by it
    moves, causes = _facts("The ChiNext Index, tracking the Nasdaq-like board of start-ups, closed "
                           "down 0.73 percent at 2,318.45 points.")
    assert moves == [("idx-chinext", -0.73)] and causes == []


def test_were_driven_by_refers_back_to_the_days_gains():
    assert _facts("The Hang Seng rose 1%. The gains were driven by property developers.")[1] == [
        ("idx-hsi", "property developers", "were driven by")]


def test_a_sector_word_inside_a_cue_phrase_does_not_swallow_the_cue():
    assert _facts("The Hang Seng dropped 1.5% amid fresh concerns over China's property sector.")[1] == [
        ("idx-hsi", "fresh concerns over China's property sector", "amid")]
