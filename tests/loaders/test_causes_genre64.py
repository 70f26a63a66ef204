"""Causes of the 355th to 358th sets, read blind at 7229f15: a move noun that "comes after" a span of the market's own
past is told a time, as "after two months of calm" is after a verb (Al Jazeera's "The drop comes after two months
of relative calm on the mainland's jittery exchanges", "The fall comes after a period of optimism that led small
investors to put money into the market"); and in ", with technology stocks weighed down by X" the sector is the
passive's effect, not the market of the clause before (the AFR's "The ASX dropped on Thursday, with technology stocks
weighed down by another sharp pullback in the US technology sector").

Sentences were written for these tests in the styles of Al Jazeera and the AFR, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Shanghai Composite fell 7 percent. The drop comes after two months of relative calm in the market.", set()),
    ("The Shanghai Composite fell 7 percent. The fall comes after a period of optimism among small investors.", set()),
    ("The Shanghai Composite fell 7 percent. The fall came after weak factory data.",
     {("Shanghai Composite Index", "weak factory data")}),
    ("The ASX dropped on Thursday, with technology stocks weighed down by a sharp pullback in US tech shares.",
     {("Technology", "a sharp pullback in US tech shares")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2015-07-27")[1] == expected
