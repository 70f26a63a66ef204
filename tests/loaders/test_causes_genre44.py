"""An opening "With" whose clause acts (a participle in its first words) is the cause of the move after its comma:
VOA's "With the Dow index dropping five percent in New York on Wednesday ..., Asian markets ...". Breadth ("With 20
stocks rising") and a clause with no participle stay no cause.

The VOA sentence is public domain and copied (source line below); the others were written for these tests."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("Markets\n\n" + text, published="2008-11-20").causes}


def test_an_opening_with_clause_that_acts():
    # VOA, 2008-11-20, with a figure added to the move: https://www.voanews.com/a/a-13-2008-11-20-voa18/406290.html
    assert _causes("With the Dow index dropping five percent in New York on Wednesday, Asian markets fell 2 percent.") \
        == {("Asian markets", "the Dow index dropping five percent in New York on Wednesday")}
    assert _causes("With oil prices falling, energy stocks slid 3%.") == {("Energy", "oil prices falling")}


def test_an_opening_with_of_breadth_or_no_participle():
    # (a guard: neither was read as a cause before)
    assert not _causes("With 20 stocks rising, the index gained 1%.")
    assert not _causes("With the holiday over, the Nikkei gained 1%.")
