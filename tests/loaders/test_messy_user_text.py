"""What users paste: a continental decimal comma ('fell 1,1 percent'), an abbreviated index name
('Dow Jones Industrial Avg.'), a space before the full stop. Sentences written for this test."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


@pytest.mark.parametrize("text, value", [("fell 1,1 percent", 1.1), ("up 0,45%", 0.45), ("gained 12,5 per cent", 12.5),
                                         ("rose 1,100 percent", 1100.0)])
def test_a_decimal_comma_before_one_or_two_digits(text, value):
    assert [q.value for q in find_quantities(text) if q.kind == "PERCENT"] == [value]


def test_a_decimal_comma_move():
    facts = facts_of("Hong Kong's Hang Seng fell 1,1 percent.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-hsi", -1.1)]


def test_an_abbreviated_dow_and_a_spaced_full_stop():
    facts = facts_of("The Dow Jones Industrial Avg. slipped 0.6% to 42,100.5 .")
    assert [(m.entity.id, m.change_pct, m.close) for m in facts.moves] == [("idx-djia", -0.6, 42100.5)]
