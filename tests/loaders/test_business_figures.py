"""Figures of a company's business are no moves of its stock ("Sales at Toyota rose 8%"), and a
relative clause's own figure does not hide the sentence's move ("Nvidia, which has gained 150%
this year, slipped 1.1%"). Written in the styles of Reuters and CNBC."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

BUSINESS = [
    "Sales at Toyota rose 8% in March, the automaker said.",
    "Revenue at Alibaba fell 4% in the quarter.",
    "Deliveries of Tesla dropped 13% in the second quarter.",
]


@pytest.mark.parametrize("text", BUSINESS, ids=[t[:40] for t in BUSINESS])
def test_a_business_figure_is_no_move_of_the_stock(text):
    assert facts_of(text).moves == ()


def test_the_move_after_a_relative_clause_with_its_own_figure():
    moves = facts_of("Nvidia, which has gained 150% this year, slipped 1.1%.").moves
    assert ("tkr-nvda", -1.1, "2025-03-05") in [(m.entity.id, m.change_pct, m.date) for m in moves]
    assert all(m.date is None for m in moves if m.change_pct == 150.0)  # the year's gain: no one trading day
