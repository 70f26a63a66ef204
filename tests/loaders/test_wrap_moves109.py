"""A country's index described, then named between commas, as the subject of its move (Türkiye Today's "Türkiye's
benchmark stock index, BIST 100, ended Friday down 0.92% at 10,729.49 points"; Arab Finance's "The Islamic
index, EGX33 Shariah, also rose by 0.52%"), as "Japan's benchmark index, the Nikkei 225, rose" read already.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Turkey's benchmark stock index, BIST 100, ended Monday down 1.12% at 10,529.40 points.",
     [("BIST 100", "down", -1.12, 10529.4)]),
    ("The Brazilian stock exchange index, Bovespa, fell 2.5% on Tuesday.", [("Bovespa", "down", -2.5, None)]),
    ("The main index, BIST 100, rose 0.4%.", [("BIST 100", "up", 0.4, None)]),
    # two markets listed stay two
    ("Asian markets, Tokyo and Seoul, fell 1%.",
     [("Asian markets", "down", -1.0, None), ("Nikkei 225", "down", -1.0, None), ("KOSPI", "down", -1.0, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-09-08")[0] == expected
