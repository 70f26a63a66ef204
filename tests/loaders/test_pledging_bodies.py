"""'central banks in the United States and Japan pledged to buy corporate bonds': the investor is the
banks, not the countries. VOA, "European Markets Falling Thursday" (2020, public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_the_body_named_before_its_places_is_the_investor():
    facts = facts_of("Global markets had surged earlier in the week after central banks in the United States and "
                     "Japan pledged to buy corporate bonds to reinvigorate economic activity.")
    assert [(a.investor.name, a.action.value) for a in facts.investor_actions] == [
        ("central banks in the United States and Japan", "other")]


def test_a_coordinated_state_subject_stays_as_written():
    facts = facts_of("The Federal Reserve and the Treasury Department promised short-term funding.")
    assert [a.investor.name for a in facts.investor_actions] == ["Federal Reserve and the Treasury Department"]
