"""Causes of the 457th to 464th sets told after a spaced dash ("Heron Foods rose 9p to 212.25p - after the company
weathered weak consumer demand", "Kite Leisure advanced 12.5p to 388p - as it reported a nine per cent jump in
half-year profits", after the Northern Echo's market report), and a company the reference does not know moves in
pence or dollars with its price stated, so the cause has its effect (not a bare name with no figure and no price).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Tesco fell 5% - after a profit warning.", {("Tesco", "a profit warning")}),
    ("Heron Foods rose 9p to 212.25p - after the company weathered weak consumer demand.",
     {("Heron Foods", "the company weathered weak consumer demand")}),
    ("Kite Leisure advanced 12.5p to 388p – as it reported a jump in half-year profits.",
     {("Kite Leisure", "it reported a jump in half-year profits")}),
    ("Tesco fell 5% - as did Sainsbury.", set()),  # a comparison, no cause
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2005-11-15")[1] == expected


def test_an_unknown_company_moves_with_its_price_only():
    moves = moves_and_causes("Heron Foods rose 9p to 212.25p. Heron Foods rose.", published="2005-11-15")[0]
    assert moves == [("Heron Foods", "up", None, 212.25)]
