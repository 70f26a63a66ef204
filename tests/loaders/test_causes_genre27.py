"""A by-cue after the comma that closes two and-joined move clauses: a reason ("hurt by a stronger yen") is
every clause's, as "after" and "as" were; the last clause's members ("lifted by Toyota", "led by banks") stay
its own.

Sentences were written for these tests in the styles of Nikkei Asia and Reuters, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    facts = facts_of(text, published="2024-05-15")
    return {(c.effect.name, c.cause) for c in facts.causes}


def test_a_reason_after_a_by_cue_explains_each_clause():
    assert _causes("Sony fell 1.24 percent and Toyota shed 1.7 percent, hurt by a stronger yen.") == {
        ("Sony Group", "a stronger yen"), ("Toyota Motor", "a stronger yen")}
    assert _causes("The Nikkei fell 1% and the Topix lost 0.8%, weighed by Toyota's profit warning.") == {
        ("Nikkei 225", "Toyota's profit warning"), ("TOPIX", "Toyota's profit warning")}


def test_a_by_cue_naming_members_stays_the_last_clauses():
    # (guards: what the last clause's own members lifted)
    assert _causes("The Nikkei rose 1% and the Topix gained 0.8%, lifted by Toyota.") == {("TOPIX", "Toyota")}
    assert _causes("Hong Kong stocks fell 1% and Shanghai shares dropped 2%, led by a 5% slump in Vanke.") == {
        ("Shanghai Composite Index", "a 5% slump in Vanke")}


def test_a_reason_is_not_shared_by_clauses_that_moved_apart():
    # (a guard)
    assert _causes("Sony fell 1.2 percent and Toyota rose 1.7 percent, helped by a weaker yen.") == {
        ("Toyota Motor", "a weaker yen")}


def test_two_gerunds_after_the_cue_are_two_causes():
    # (AP's style)
    assert _causes("Drugstore chain CVS rose 6.4% after reporting solid results and raising its profit forecast "
                   "for the year.") == {("CVS", "reporting solid results"),
                                        ("CVS", "raising its profit forecast for the year")}
    assert _causes("Infosys fell 2% after cutting its revenue guidance and warning of weak demand.") == {
        ("Infosys", "cutting its revenue guidance"), ("Infosys", "warning of weak demand")}
    # (a guard: one gerund's objects)
    assert _causes("Boeing rose 2% after winning orders from Emirates and Qatar Airways.") == {
        ("Boeing", "winning orders from Emirates and Qatar Airways")}


def test_the_next_movers_description_is_no_part_of_the_cause():
    # (AP's style)
    assert _causes("Yum Brands fell 1.9% following a weak earnings report and online dating company Match Group "
                   "lost 20% after giving a weak forecast.") == {
        ("Yum Brands", "a weak earnings report"), ("Match Group", "giving a weak forecast")}
