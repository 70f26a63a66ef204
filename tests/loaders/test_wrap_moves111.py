"""A sector's bare word before its signed figure in brackets, as a list's member (Investment Asia's "boosted mainly by
technology (+4.65%), consumer services (+2.71%), and industrials (+2.28%)", the 395th set), not a name's or a longer
sector's last word ("Santander bank (-6.68%)", "non-metal (-2.64%)", "machinery and equipment (-4.38%)").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Shanghai Composite closed 1.2% higher, lifted mainly by technology (+3.65%), consumer services (+1.71%) and "
     "industrials (+1.28%).",
     [("Shanghai Composite Index", "up", 1.2, None), ("Technology", "up", 3.65, None), ("Consumer", "up", 1.71, None),
      ("Industrials", "up", 1.28, None)]),
    ("The SET rose 0.8%, with gains from oil & gas (+1.33%).",
     [("SET Index", "up", 0.8, None), ("Energy", "up", 1.33, None)]),
    ("Decliners were non-metal (-2.14%) and machinery and equipment (-3.38%).", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-03-05")[0] == expected
