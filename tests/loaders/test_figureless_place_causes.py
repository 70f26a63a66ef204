"""The cause of a figure-less move of markets named by their places, after a comma and a participle
cue ("Shares in Japan and Hong Kong gained Tuesday, tracking an overnight rally on Wall Street"), and
"took a hammering" as a fall (not "has taken a pounding this year": a span).

Sentences written for these tests in the styles of AP and Deutsche Welle (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Stocks close\n\n" + text + "\n").causes]


def test_places_figureless_move_with_a_participle_cue():
    assert _causes("Shares in Japan and South Korea rose Wednesday, tracking a rally on Wall Street.") == [
        ("Nikkei 225", "a rally on Wall Street", "tracking"), ("KOSPI", "a rally on Wall Street", "tracking")]


def test_took_a_hammering_is_a_fall_with_its_cause():
    assert _causes("Stocks in the United States took a hammering on Monday, after data showed factory "
                   "activity slowed.") == [("Wall Street", "data showed factory activity slowed", "after")]


def test_has_taken_a_pounding_is_no_move_of_the_day():
    facts = facts_of("Stocks close\n\nThe rupee, which has taken a pounding this year, rose 0.2 per cent.\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Indian rupee", 0.2)]


def test_following_suit_is_no_cause():
    assert _causes("Shares in Japan and Australia gained Tuesday, following suit.") == []


def test_a_comma_before_a_clause_of_its_own_is_no_cue():
    # (a guard: "while" after the comma opens a clause of its own, no cause)
    got = _causes("Shares in Japan and South Korea rose Wednesday, while bond yields fell.")
    assert got == []
