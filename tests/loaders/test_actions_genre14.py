"""A stake raised by a purchase told with its purpose, as the Guardian's market reports write it: "Polaris Capital
Management bought 1m shares to take its stake to 6.189%" is one stake raised, not a plain purchase.

Sentences were written for these tests in the Guardian's style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action, a.target.name if a.target else None)
            for a in facts_of(text, published="2008-08-11").investor_actions]


def test_a_purchase_to_take_a_stake_to_a_figure():
    assert _actions("Barratt Developments has jumped 14% to 146p after US group Polaris Capital Management bought 1m "
                    "shares to take its stake to 6.189%.") == [
        ("Polaris Capital Management", "raised_stake", "Barratt Developments")]


def test_a_purchase_for_another_purpose_stays_a_purchase():
    # (a guard)
    assert _actions("Barratt Developments has jumped 14% after Polaris Capital Management bought 1m shares to hedge "
                    "its exposure.") == [("Polaris Capital Management", "bought", "Barratt Developments")]
