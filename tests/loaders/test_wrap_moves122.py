"""Two figures after a price verb that are no day's move: a distance from a peak after the figure (Bamboo Works' "The
stock is down 60% from its 52-week high", the 427th set), as a close's was already ("closed down 7% from a record"),
and a share of the ballots (the Yucatan Times' "Boric won 56% of the vote", the 431st set; "won" is a rise only of a
price: "Johnson & Johnson won 2.0 percent"). A move to a peak, or from a low, stays the day's.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _figures(text: str) -> list[tuple[str, float]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text, published="2022-12-20").moves
            if m.change_pct is not None]


@pytest.mark.parametrize("text, expected", [
    ("Meituan said on Monday it would redeem its fund. The stock is down 48% from its 52-week high.", []),
    ("Meituan shares are down 48% from their 52-week high.", []),
    ("Kast won 44% of the vote in the runoff.", []),
    ("Johnson & Johnson won 2.0 percent.", [("Johnson & Johnson", 2.0)]),
    ("Sony rose 2% to its 52-week high.", [("Sony Group", 2.0)]),
    ("The Nikkei rose 2% from a three-month low.", [("Nikkei 225", 2.0)]),
])
def test_figures(text, expected):
    assert _figures(text) == expected
