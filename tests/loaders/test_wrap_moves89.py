"""Moves of the 335th to 338th sets (Australia and New Zealand, the US, Japan, Korea and Taiwan, Latin America and
Canada), read blind at aee3f11: the names listed after "led by" with an unsigned percent each in brackets move the way
the sentence's move went (Forbes' "rose in value on Friday, led by Intel (4.7%), IBM (2.8%) and Home Depot (2.6%)");
"closed at 40,000.90 on Friday after gaining 247 points (0.6%)"; "finished with a 0.8% improvement"; "The information
technology sector rose 1.7%" (in title case it is still read as a name).

Sentences were written for these tests in the styles of Forbes, Kiplinger and Seeking Alpha, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Shares for most of the firms tracked by the Dow rose on Friday, led by Intel (4.7%), IBM (2.8%) and Home Depot "
     "(2.6%).", [("Dow Jones Industrial Average", "up", None, None), ("Intel Corporation", "up", 4.7, None),
                 ("IBM", "up", 2.8, None), ("Home Depot", "up", 2.6, None)]),
    ("The Nikkei fell 1.2%, dragged by Fast Retailing (3.1%) and SoftBank Group (2.4%).",
     [("Nikkei 225", "down", -1.2, None), ("Fast Retailing", "down", -3.1, None), ("SoftBank Group", "down", -2.4, None)]),
    ("The Dow closed at 40,000.90 on Friday after gaining 247 points (0.6%) and peaking at 40,257.24 during the day.",
     [("Dow Jones Industrial Average", "up", 0.6, 40000.9)]),
    ("The small-cap Russell 2000 ended with a 1.3% improvement to 2,058.", [("Russell 2000", "up", 1.3, None)]),
    ("The information technology sector rose 1.7%.", [("Technology", "up", 1.7, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-07-12")[0] == expected
