"""A cause whose own noun phrase holds the movers: the Vancouver Sun's "The TSX closed 59 points lower today after
prices for both crude oil and gold fell" (the 443rd set) is the whole clause, not "prices for both", while a clause
of its own after another mover still ends the cause before it.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The TSX closed lower today after prices for both crude oil and gold fell.",
     {("S&P/TSX Composite", "prices for both crude oil and gold fell")}),
    ("The TSX fell after prices for crude oil fell.", {("S&P/TSX Composite", "prices for crude oil fell")}),
    ("The TSX fell after oil prices fell.", {("S&P/TSX Composite", "oil prices fell")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2010-12-14")[1] == expected
