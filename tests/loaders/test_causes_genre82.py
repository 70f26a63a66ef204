"""Causes of figure-less falls told as a beating or a streak (the 471st set and Reuters' Latin American wraps):
"Colombia stocks were hammered Thursday as coffee prices slumped", "The financial sector was hammered too as traders
feared X", "Toronto's main stock index extended its losing streak into a fifth straight session Wednesday amid sliding
gold prices"; not "slammed" or "battered", which critics and storms do too.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Colombia stocks were hammered Thursday as coffee prices slumped.",
     ([("MSCI COLCAP", "down", None, None)], {("MSCI COLCAP", "coffee prices slumped")})),
    ("The financial sector was hammered too as traders feared a wave of bad loans.",
     ([("Financials", "down", None, None)], {("Financials", "traders feared a wave of bad loans")})),
    ("Toronto's main stock index extended its losing streak into a fifth straight session Wednesday amid sliding gold "
     "prices.", ([("S&P/TSX Composite", "down", None, None)], {("S&P/TSX Composite", "sliding gold prices")})),
])
def test_moves_and_causes(text, expected):
    assert moves_and_causes(text, published="2015-03-27") == expected


@pytest.mark.parametrize("text", [
    "Tesla was slammed by critics for its new car.",
    "The coastal town was battered by the storm.",
])
def test_no_move(text):
    assert moves_and_causes(text, published="2015-03-27")[0] == []
