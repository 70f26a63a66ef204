"""'The dollar weakened against the euro after X': the other currency of the rate is not another
subject that ends the search for the cue. Written in the style of Reuters' currency reports."""
from __future__ import annotations

from tests.conftest import facts_of


def test_against_a_currency_reads_on_to_the_cue():
    facts = facts_of("The dollar weakened against the euro after the European Central Bank raised interest rates.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [
        ("fx-usd", "the European Central Bank raised interest rates")]
