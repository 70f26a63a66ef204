"""', triggering significant falls in prices on European bourses': the participle's object names
the market the sentence's move set off. VOA, "China Stock Trading Halted After New Year Big
Plunge" (2016-01-04, public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_participle_with_a_described_fall_names_its_market():
    facts = facts_of("Stock prices in China and other Asia markets plunged on the first trading day of the year, "
                     "triggering significant falls in prices on European bourses.")
    assert [(c.effect.id, c.cue) for c in facts.causes] == [("market-eu", "triggering")]
