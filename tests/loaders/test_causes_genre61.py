"""Causes of the 339th to 342nd sets (Hong Kong and China, India, the US, the UK and Europe), read blind at 40df69c: a
move noun that "has come as" or "have come after" its cause points back at the move before it, as "came as" did (DW's
"The selloff has come as investors fear a banking liquidity crisis"); a market's mood between a place's possessive and
its market ("China's rattled stock market crashed ... as ...") leaves the market the effect, while "rattled" as a
verb ("woes have rattled Asian markets") is still the cue.

Sentences were written for these tests in the styles of Deutsche Welle, This is Money and VOA, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Chinese shares slumped 4.8 percent on Monday. The selloff has come as investors fear a cash squeeze at banks.",
     {("Shanghai Composite Index", "investors fear a cash squeeze at banks")}),
    ("Indian shares rallied 2 percent on Monday. The gains have come after the central bank cut its policy rate.",
     {("BSE Sensex", "the central bank cut its policy rate")}),
    ("China's rattled stock market fell 3.5% yesterday as panicky investors dumped shares.",
     {("Shanghai Composite Index", "panicky investors dumped shares")}),
    ("China's volatile stock market fell 3.5% as investors took profits.",
     {("Shanghai Composite Index", "investors took profits")}),
    ("Worries over US banks have rattled Asian markets.", {("Asian markets", "Worries over US banks")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2013-06-24")[1] == expected
