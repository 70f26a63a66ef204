"""Causes (and the moves with them) the 243rd-246th sets showed missed: a cause that sends a list of companies the
reference data do not know ("Weak forecasts sent Osprey and Lowe's more than 8% lower"), movers that "led"
an index and its figure ("Retailers like Osprey and Lowe's led the S&P 500 1.7% lower"), AP's "under the weight of",
and a sentence-opening participle with an adverb before its agent ("Slammed hard by the soaring price of crude, U.S.
stocks ..."), whose cause phrase had also lent its commodity to the subjects ("Hit by soaring oil prices, U.S.
stocks fell 3 percent" read a move of oil).

Sentences were written for these tests in the styles of CNN, AP and the Associated Press's 2008 wraps, not
copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2018-11-20")


def _causes(facts):
    return {(c.effect.name, c.cause, c.cue) for c in facts.causes}


def test_a_cause_sends_a_list_of_unknown_names_lower():
    facts = _facts("Weak forecasts sent Osprey and Lowe's more than 8% lower on Wednesday.")
    assert [(m.entity.name, m.change_pct, m.approx) for m in facts.moves] == [("Osprey", -8.0, True),
                                                                             ("Lowe's", -8.0, True)]
    assert _causes(facts) == {("Osprey", "Weak forecasts", "sent"), ("Lowe's", "Weak forecasts", "sent")}


def test_an_unknown_name_without_a_move_is_no_effect():
    # (a guard)
    assert not _facts("The scandal pushed Congress to act.").causes


def test_movers_that_led_an_index_and_its_figure():
    facts = _facts("Retailers like Osprey (OSP) and Lowe's (LOW) led the S&P 500 1.7% lower.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("S&P 500", -1.7)]
    assert _causes(facts) == {("S&P 500", "Retailers like Osprey (OSP) and Lowe's (LOW)", "led")}


def test_led_without_an_index_s_figure_is_no_cause():
    # (guards: a mover's own lead, its cause after it; a company led somewhere)
    assert ("Technology", "Apple Computer") not in {(c.effect.name, c.cause) for c in _facts(
        "Apple Computer led technology shares lower as Hewlett-Packard ended an agreement to sell iPods.").causes}
    assert not _facts("Tim Cook led Apple to record profits.").causes


def test_under_the_weight_of():
    facts = _facts("The S&P 500 fell 1.6% under the weight of rising Treasury yields.")
    assert _causes(facts) == {("S&P 500", "rising Treasury yields", "under the weight of")}


def test_an_opening_participle_with_an_adverb_before_its_agent():
    facts = _facts("Slammed hard by soaring oil prices, U.S. stocks fell 3 percent.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Wall Street", -3.0)]
    assert _causes(facts) == {("Wall Street", "soaring oil prices", "slammed hard by")}


def test_the_commodity_of_an_opening_cause_is_no_subject():
    facts = _facts("Hit by soaring oil prices, U.S. stocks fell 3 percent.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Wall Street", -3.0)]
    # (a guard: a list of subjects after such a phrase)
    assert [m.entity.name for m in _facts("Hit by oil, Delta and United fell 3 percent.").moves] == ["Delta", "United"]
