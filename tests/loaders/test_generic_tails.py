"""A known company's short name followed by a generic tail ("Cisco Systems") is that company,
not the company plus a company named "Systems". Written in the style of AP's US wraps."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_generic_tail_after_a_known_name_is_part_of_it():
    facts = facts_of("Cisco Systems jumped 6.1% after reporting stronger profit than analysts expected.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("tkr-csco", 6.1)]
    assert "Cisco Systems" in facts.moves[0].entity.aliases  # the form the text used
    assert [c.effect.id for c in facts.causes] == ["tkr-csco"]


def test_a_tail_that_names_another_company_is_not_swallowed():
    # "Industries" is no generic tail: Toyota Industries is not Toyota Motor
    facts = facts_of("Toyota Industries fell 2.2%.")
    assert "tkr-7203-t" not in {m.entity.id for m in facts.moves}
