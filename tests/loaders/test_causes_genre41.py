"""A participle after a cause verb's object is its subject's (PA's "Rio Tinto and Glencore leading the FTSE 100
higher after being upgraded to outperform by Jefferies", the 245th set): "after being upgraded", "after reporting strong
sales" explain the leaders' move, not the index they led; an adjective's noun phrase ("following disappointing
results") stays the index's. "as such" is "therefore", no cue and no sector's modifier.

Sentences were written for these tests in PA's and Reuters' style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("Markets\n\n" + text, published="2023-12-01").causes}


def test_being_upgraded_is_the_leaders_cause():
    got = _causes("Rio Tinto and Glencore led the FTSE 100 higher after being upgraded to outperform by Jefferies.")
    assert ("Rio Tinto", "being upgraded to outperform by Jefferies") in got
    assert ("Glencore", "being upgraded to outperform by Jefferies") in got
    assert not any(effect == "FTSE 100" and "upgraded" in cause for effect, cause in got)


def test_with_leaders_take_the_participle():
    got = _causes("The FTSE 100 rose 0.84%, with Rio Tinto and Glencore leading the index higher after "
                  "being upgraded to outperform by Jefferies.")
    assert {("Rio Tinto", "being upgraded to outperform by Jefferies"),
            ("Glencore", "being upgraded to outperform by Jefferies")} <= got
    assert not any(effect == "FTSE 100" and "upgraded" in cause for effect, cause in got)


def test_reporting_after_led_is_the_company_cause():
    got = _causes("Apple led the Nasdaq higher after reporting strong iPhone sales.")
    assert ("Apple Inc", "reporting strong iPhone sales") in got
    assert ("Nasdaq Composite", "Apple") in got


def test_dragged_down_by_a_company_after_issuing_a_warning():
    got = _causes("Shares of Tesco dragged the FTSE 100 down 0.5% after issuing a profit warning.")
    assert ("Tesco", "issuing a profit warning") in got
    assert not any(effect == "FTSE 100" and "warning" in cause for effect, cause in got)


def test_adjective_phrase_after_a_cause_verb_stays_the_markets():
    # (a guard: "following disappointing results" has a subject of its own, the results)
    got = _causes("The S&P/ASX 200 fell 1.2%. Banks dragged on the index following disappointing results from "
                  "Westpac.")
    assert any(effect == "S&P/ASX 200" and cause.startswith("disappointing results") for effect, cause in got)


def test_a_clause_after_the_index_move_keeps_its_cause():
    # (a guard: a cause with a subject of its own after "led ... higher" is the index's)
    got = _causes("Apple led the Nasdaq 1.2% higher after the Fed cut rates.")
    assert ("Nasdaq Composite", "the Fed cut rates") in got


def test_as_such_is_no_cue():
    got = _causes("Rio Tinto rose 2% after being upgraded by Jefferies, and as such these two miners should benefit "
                  "the most.")
    assert not any("such" in cause or "miners should" in cause for _, cause in got)


def test_as_such_ends_the_cause_phrase():
    got = _causes("Rio Tinto and Glencore led the FTSE 100 higher after being upgraded to outperform by Jefferies who "
                  "argued that 2025 would be a stronger year for iron ore and as such these two miners should benefit.")
    assert ("Rio Tinto", "being upgraded to outperform by Jefferies who argued that 2025 would be a "
            "stronger year for iron ore") in got
