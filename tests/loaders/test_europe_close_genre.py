"""A European close as the wires write it: an opening "In currency markets," is no market of the
list after it, and "..., edging up 0.1 percent" after a copula clause is the subject's move.
Written for these tests in the style of Reuters and AP."""
from __future__ import annotations

from tests.conftest import facts_of


def test_an_opening_phrase_is_no_member_of_the_subject_list():
    facts = facts_of("In currency markets, the euro rose 0.3 percent to $1.0812.")
    assert [(m.entity.id, m.change_pct, m.close) for m in facts.moves] == [("fx-eur", 0.3, 1.0812)]


def test_a_participle_after_a_copula_clause_moves_the_subject():
    facts = facts_of("Italy's FTSE MIB was the only major index in positive territory, edging up 0.1 percent.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-ftsemib", 0.1)]
