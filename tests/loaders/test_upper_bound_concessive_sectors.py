"""Forms from Reuters and Business Standard wraps (sentences written in their style): 'rising up to
7.9 per cent' over a list is the most, not each one's figure; 'even after' is concessive, no
cause; defence, travel and leisure and luxury are sectors; Tech Mahindra is not Mahindra."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.id, m.change_pct) for m in facts_of(text).moves]


def test_up_to_over_a_list_is_no_figure_of_each():
    moves = _moves("Infosys, Tech Mahindra and HCL Technologies were the biggest gainers in the Sensex pack, rising "
                   "up to 5.6 per cent.")
    assert moves == [("tkr-infy-ns", None), ("tkr-techm-ns", None), ("tkr-hcltech-ns", None)]


def test_up_to_of_one_subject_stays_its_hedged_figure():
    facts = facts_of("Infosys rose up to 7.9 per cent.")
    assert [(m.change_pct, m.approx) for m in facts.moves] == [(7.9, True)]


def test_even_after_is_no_cause():
    facts = facts_of("Samsung Electronics rose 1.5% even after the chipmaker forecast a 56% slump in quarterly "
                     "operating profit.")
    assert [m.change_pct for m in facts.moves] == [1.5] and facts.causes == ()


@pytest.mark.parametrize("text, sector", [
    ("Defence stocks gained 1.1%, extending their rally for the week.", "sector-defense"),
    ("Travel and leisure stocks lost 1.4%.", "sector-travel_leisure"),
    ("Luxury stocks rose 2.3% on hopes of a recovery in China.", "sector-luxury"),
])
def test_sector_moves_of_european_wraps(text, sector):
    assert [m.entity.id for m in facts_of(text).moves] == [sector]
