"""Review 78 (`15f60d0`..`2cca4ef`): a helper who had not written the rules probed them with articles of its own. Its
worse cases: a broker's target upside read as its move ("Goldman Sachs, with +15% upside to its new target, upgraded X":
a signed figure after ", with" is a list item's only where the item ends after it); a list's heading read as a cause
of its members ("Energy stocks led the losses: YPF, -8.4%; Pampa Energia, -6.2%"). Its too-narrow case: the first
item after a colon ("Banks also fall: Macro, -17.76%").

Sentences were written for these tests, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Goldman Sachs, with +12% upside to its new target, upgraded Tata Motors to buy.", ([], set())),
    ("Energy stocks led the losses: YPF, -7.4%; Pampa Energia, -5.2%; and TGS, -4.9%.",
     ([("YPF", "down", -7.4, None), ("Pampa Energia", "down", -5.2, None), ("TGS", "down", -4.9, None),
       ("Energy", "down", None, None)], set())),
    ("Top losers: Tata Steel, -2.6%; and Infosys, -1.9%.",
     ([("Tata Steel", "down", -2.6, None), ("Infosys", "down", -1.9, None)], set())),
])
def test_review78(text, expected):
    assert moves_and_causes(text, published="2024-03-12") == expected
