"""Causes of the 457th to 464th sets told after a spaced dash ("Northern Foods rose 11p to 155.75p - after the company
overcame tough trading conditions", "Luminar advanced 14.5p to 492p - as it unveiled a five per cent rise in
pre-tax profits", after the Northern Echo's market report), and a company the reference does not know moves in
pence or dollars with its price stated, so the cause has its effect (not a bare name with no figure and no price).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Tesco fell 5% - after a profit warning.", {("Tesco", "a profit warning")}),
    ("Northern Foods rose 11p to 155.75p - after the company overcame tough trading conditions.",
     {("Northern Foods", "the company overcame tough trading conditions")}),
    ("Luminar advanced 14.5p to 492p – as it unveiled a rise in pre-tax profits.",
     {("Luminar", "it unveiled a rise in pre-tax profits")}),
    ("Tesco fell 5% - as did Sainsbury.", set()),  # a comparison, no cause
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2005-11-15")[1] == expected


def test_an_unknown_company_moves_with_its_price_only():
    moves = moves_and_causes("Northern Foods rose 11p to 155.75p. Northern Foods rose.", published="2005-11-15")[0]
    assert moves == [("Northern Foods", "up", None, 155.75)]
