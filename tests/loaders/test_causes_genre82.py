"""Causes of figure-less falls told as a beating or a streak (the 471st set and Reuters' Latin American wraps):
"Colombia stocks were hammered Monday as global risk aversion intensified", "The financial sector was also hammered as
investors feared X", "The Toronto stock market extended its losing streak to a third consecutive session Friday amid
falling oil prices"; not "slammed" or "battered", which critics and storms do too.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Colombia stocks were hammered Monday as global risk aversion intensified.",
     ([("MSCI COLCAP", "down", None, None)], {("MSCI COLCAP", "global risk aversion intensified")})),
    ("The financial sector was also hammered as investors feared the Wall Street impact.",
     ([("Financials", "down", None, None)], {("Financials", "investors feared the Wall Street impact")})),
    ("The Toronto stock market extended its losing streak to a third consecutive session Friday amid falling oil prices.",
     ([("S&P/TSX Composite", "down", None, None)], {("S&P/TSX Composite", "falling oil prices")})),
])
def test_moves_and_causes(text, expected):
    assert moves_and_causes(text, published="2015-03-27") == expected


@pytest.mark.parametrize("text", [
    "Tesla was slammed by critics for its new car.",
    "The coastal town was battered by the storm.",
])
def test_no_move(text):
    assert moves_and_causes(text, published="2015-03-27")[0] == []
