"""An index's epithet that the tokenizer splits at its hyphen, between the index's name and "index": DutchNews' "The
AEX blue-chip index closed up 2.56% at 433.27 points" (the 432nd set), "The Nasdaq tech-heavy index fell 1.3%" (the
Nasdaq's move, not the story's main index's).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The AEX blue-chip index closed up 2.4% at 431.20 points.", [("AEX", "up", 2.4, 431.2)]),
    ("The FTSE blue-chip index closed up 0.52% at 7,433.27 points.", [("FTSE 100", "up", 0.52, 7433.27)]),
    ("Wall Street fell on Tuesday. The Nasdaq tech-heavy index fell 1.3%.", [("Nasdaq Composite", "down", -1.3, None)]),
])
def test_moves(text, expected):
    assert [m for m in moves_and_causes(text, published="2008-01-23")[0] if m[2] is not None] == expected
