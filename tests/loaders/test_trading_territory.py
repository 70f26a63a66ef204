"""'were mostly trading in negative territory Wednesday as X': a figure-less move of the market,
so X has an effect. From VOA's "Asian Markets Begin April with More Pandemic-Sparked Losses"
(2020-04-01, public domain) and in its style."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, effect", [
    ("Asian markets were mostly trading in negative territory Wednesday as the unwelcome news stemming from the "
     "coronavirus pandemic continues.", "market-asia"),
    ("European markets are trading in positive territory Friday on hopes of a vaccine.", "market-eu"),
])
def test_trading_in_territory_is_a_move_with_a_cause(text, effect):
    assert [c.effect.id for c in facts_of(text).causes] == [effect]
