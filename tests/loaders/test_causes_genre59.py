"""Causes of the 331st to 334th sets: an opening "With" whose noun is in a state rather than a participle ("With IT
stocks on fire, the Sensex rose", "With recessionary expectations in the air, ..."); "Brokers blamed the sharp decline
in Oslo on X" (an adjective and the market after the noun); a described company then "amid" ("dragged down by
construction giant Arabtec amid escalating regional tension": two causes).

Sentences were written for these tests in the styles of the Financial Express, Views and News from Norway and the
Khaleej Times, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("With IT stocks on fire, the Sensex on Thursday, rose 1.2% for the sixth straight session.",
     {("BSE Sensex", "IT stocks on fire")}),
    ("With recessionary expectations in the air, the Sensex fell 2%.",
     {("BSE Sensex", "recessionary expectations in the air")}),
    ("With 20 stocks in the red, the Sensex fell 2%.", set()),
    ("The Oslo index fell 2%. Brokers blamed the sharp decline in Oslo on weaker gas prices.",
     {("OBX Index", "weaker gas prices")}),
    ("The DFM General Index fell 1.2% on Monday, dragged down by construction giant Arabtec amid escalating regional "
     "tension.", {("DFM General Index", "construction giant Arabtec"), ("DFM General Index", "escalating regional tension")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2018-03-15")[1] == expected
