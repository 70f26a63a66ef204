"""Forms of the London papers' market reports: "Shares in Punch Taverns, Britain's largest pub
landlord, were up 21%", "Punch pulled up rival pub operators Mitchells & Butlers and Enterprise
Inns", and a list of markets inside one cause ("gains in Spain's IBEX 35 and the DAX in
Frankfurt"). Sentences written in the style of Guardian and Kyodo reports."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


def test_a_possessive_appositive_between_subject_and_verb():
    facts = facts_of("Shares in Punch Taverns, Britain's largest pub landlord, were up 21% or 54.5p following "
                     "a report that it could be the subject of a private equity bid.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Punch Taverns", 21.0)]
    assert _causes("Toyota, Japan's biggest carmaker, rose 2% on a weaker yen.") == [("Toyota Motor", "a weaker yen")]


def test_the_companies_a_sector_phrase_introduces_are_the_effects():
    assert _causes("Punch pulled up rival pub operators Mitchells & Butlers and Enterprise Inns.") == [
        ("Mitchells & Butlers", "Punch"), ("Enterprise Inns", "Punch")]
    assert _causes("Weak oil prices weighed on energy stocks.") == [("Energy", "Weak oil prices")]


def test_a_list_of_markets_is_one_cause():
    assert _causes("The Nikkei rose 1.3% following overnight gains in Spain's IBEX 35 and the DAX in "
                   "Frankfurt.") == [("Nikkei 225", "overnight gains in Spain's IBEX 35 and the DAX in Frankfurt")]


def test_two_clauses_are_still_two_causes():
    causes = _causes("The Sensex rose 2% after India and Pakistan agreed to a ceasefire and the US and China "
                     "reached a deal to cut tariffs.")
    assert [c for _, c in causes] == ["India and Pakistan agreed to a ceasefire",
                                      "the US and China reached a deal to cut tariffs"]
