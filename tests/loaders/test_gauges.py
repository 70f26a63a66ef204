"""Bloomberg's "A gauge of Asian stocks fell 0.8 percent": the gauge is the market's, its words the
market's name as the article writes it; inside a clause ("a rout that saw a gauge of worldwide equities
slump") the phrase stays the cause's.

Sentences written for these tests in Bloomberg's style (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_gauge_of_a_market_opening_the_sentence():
    facts = facts_of("Stocks close\n\nA gauge of worldwide equities slid 1.9 percent amid concern about the outlook "
                     "for the global economy.\n")
    [move] = facts.moves
    assert (move.entity.name, move.change_pct) == ("Global markets", -1.9)
    assert "A gauge of worldwide equities" in move.entity.aliases
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Global markets", "concern about the outlook for the global economy")]


def test_a_gauge_inside_a_cause_clause_stays_in_the_cause():
    # (a guard: the gauge after "saw" is part of the cause)
    facts = facts_of("Stocks close\n\nThe Hang Seng Index fell 1.1 percent amid a rout that saw a gauge of worldwide "
                     "equities slump the most in two years.\n")
    assert [c.cause for c in facts.causes] == ["a rout that saw a gauge of worldwide equities slump the most in two "
                                               "years"]
