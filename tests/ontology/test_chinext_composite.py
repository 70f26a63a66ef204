"""Reuters' "the start-up board ChiNext Composite index" is its own index, not the ChiNext Index (the 250th set read
it as the ChiNext Index), and "STAR50" names the STAR 50 Index ("the STAR50 index slid 2.4%").

Sentences were written for these tests in Reuters' style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str):
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published="2021-07-15").moves]


def test_the_chinext_composite_and_star50():
    assert _moves("The start-up board ChiNext Composite index rose 0.9%, while the STAR50 index slid 2.4%.") == [
        ("ChiNext Composite Index", 0.9), ("STAR 50 Index", -2.4)]


def test_the_chinext_index_stays_itself():
    # (a guard)
    assert _moves("The ChiNext index rose 2%.") == [("ChiNext Index", 2.0)]
