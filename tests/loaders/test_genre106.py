"""The 744th to 750th blind sets' round. Moves: a move's word glued to its figure, as typed in haste ("was up1.1%").

Sentences were written for these tests, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("body, expected", [
    ("The Nikkei share average was up1.1% at 38,120.5 on Tuesday.", {("Nikkei 225", 1.1, 38120.5)}),
    ("Infosys fell1.2 percent and Wipro rose by0.8 percent.", {("Infosys", -1.2, None), ("Wipro", 0.8, None)}),
    # (a name's own digits stay whole: "Nifty50" is no "Nifty" with a 50 percent move)
    ("The Nifty50 fell 0.4% while the FTSE100 rose 0.3%.", {("Nifty 50", -0.4, None), ("FTSE 100", 0.3, None)}),
])
def test_a_moves_word_glued_to_its_figure(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(m.entity.name, m.change_pct, m.close) for m in facts.moves} == expected
