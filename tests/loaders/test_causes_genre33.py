"""From the 245th set (London closes): an adverb is no cause's subject ("Energy stocks recovered their early falls but
in turn helping the blue-chip index to its strongest gain": the cause had been "in turn"; Reuters' "boosted the dollar,
which in turn weighed on commodities" the same), PA's "Builders suffered the biggest falls among blue-chip stocks
following the gloomy update", and "housebuilders" as the property sector.

Sentences were written for these tests in the styles of Proactive, Reuters and PA, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("London close\n\n" + text, published="2015-10-07").causes}


def test_an_adverb_is_no_cause():
    assert not any(cause in ("in turn", "which in turn") for _, cause in _causes(
        "The FTSE 100 rose 1.4%. Energy stocks recovered their early falls but in turn helping the blue-chip index to "
        "its strongest gain since March 2013. The dollar rose, which in turn weighed on commodities."))


def test_suffered_the_biggest_falls():
    assert ("Builders", "the gloomy update") in _causes(
        "Builders suffered the biggest falls among blue-chip stocks following the gloomy update.")


def test_housebuilders_are_the_property_sector():
    facts = facts_of("London close\n\nThe FTSE 100 fell 2%, with housebuilders down 3%.", published="2015-10-07")
    assert ("Property", -3.0) in {(m.entity.name, m.change_pct) for m in facts.moves}
