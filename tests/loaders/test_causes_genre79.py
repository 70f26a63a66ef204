"""Causes and movers of the 449th to 456th sets: a pause word that modifies an event is no pause ("slumped 8%
following a weekend report that suitors walked away", after Investment Executive; "after the long weekend" stays a
time); an adverb inside a reacting cue ("jumping 5.46%, responding positively to China's rate cut", FXLeaders); a
sector's stocks in a place are the sector's, the place only where they trade ("Property stocks in Hong Kong fell on
rate fears"), and so are a sector's movers in a place named by its kind ("Insurers in the emirate gained on takeover
speculation", after the Gulf papers).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Shares of General Motors slumped 8% following a weekend report that suitors walked away.",
     {("General Motors", "a weekend report that suitors walked away")}),
    ("Shares of Grupo Mexico stood out, jumping 5.46% to 112.30 pesos, responding positively to China's rate cut.",
     {("Grupo Mexico", "China's rate cut")}),
    ("Property stocks in Hong Kong fell 2% on rate fears.", {("Property", "rate fears")}),
    ("Insurers in the emirate gained on takeover speculation.", {("Insurance", "takeover speculation")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2016-10-25")[1] == expected


@pytest.mark.parametrize("text", [
    "The Nikkei fell 2% after the long weekend.",
    "The Nikkei fell 2% after a holiday break.",
    "The Nikkei fell 2% following the weekend, as investors returned.",
])
def test_a_pause_is_no_cause(text):
    assert not any("weekend" in cause or "holiday" in cause for _, cause in moves_and_causes(text, published="2016-10-25")[1])


@pytest.mark.parametrize("text, expected", [
    ("Tech stocks in Tokyo fell 2%.", [("Technology", "down", -2.0, None)]),
    ("Banks in the region fell 1.2%.", [("Banks", "down", -1.2, None)]),
    ("Blue chip stocks in Hong Kong fell 2%.", [("Hang Seng Index", "down", -2.0, None)]),  # the market's blue chips
    ("Stocks in Hong Kong fell 2%.", [("Hang Seng Index", "down", -2.0, None)]),
])
def test_movers_in_a_place(text, expected):
    assert moves_and_causes(text, published="2016-10-25")[0] == expected
