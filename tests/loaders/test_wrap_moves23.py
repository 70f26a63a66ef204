"""Size indices and AP's double-hyphen dash (sentences written for these tests in the styles of Reuters, PTI
and AP; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "mid-cap" is three tokens: the size index is still one of its own, not "the index" named before it
    ("The Sensex fell 1.2 per cent, while the mid-cap index tumbled 2.19 per cent.",
     [("BSE Sensex", -1.2, None), ("mid-cap index", -2.19, None)]),
    # a London story's mid-cap index is the FTSE 250
    ("The FTSE 100 fell 1 per cent, while the domestically focused mid-cap index declined 1.2 per cent.",
     [("FTSE 100", -1.0, None), ("FTSE 250", -1.2, None)]),
    # a named index described by its size is that index ...
    ("The Russell 2000 small-cap index rose 35.57 points, or 2.1%, to 1,744.04.", [("Russell 2000", 2.1, 1744.04)]),
    # ... unless it is of another size: then it is an index of its own
    ("The Nikkei fell 1 percent, and the Topix mid-cap index rose 0.5 percent.",
     [("Nikkei 225", -1.0, None), ("Topix mid-cap", 0.5, None)]),
    # AP's "--" is a dash: the aside between two of them is skipped
    ("The S&P 500 -- the market's broadest gauge -- slid 1.8% and the Nasdaq dropped 2.1%.",
     [("S&P 500", -1.8, None), ("Nasdaq Composite", -2.1, None)]),
])
def test_size_indices_and_dashes(sentence, expected):
    assert _moves(sentence) == expected


def test_the_mid_cap_index_keeps_its_surface_form():
    facts = facts_of("Markets\n\nThe FTSE 100 fell 1 per cent, while the mid-cap index declined 1.2 per cent.")
    ftse250 = next(m.entity for m in facts.moves if m.entity.name == "FTSE 250")
    assert "mid-cap index" in ftse250.aliases
