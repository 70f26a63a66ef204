"""A company's news with a contrast in it, told after "as" with a subject and verb of its own, is one cause: the
C-Suite's style ("Direct Line fell 4.2% as the company reported a rise in profit although its dividend fell short of
forecasts" and "Fresnillo sank 9.1% as it announced higher revenue but a lower profit", the 426th set): the part
after "but" or "although" is what moved the stock. A contrast after a comma, with a move of its own, or after a
phrase with no clause of its own ("selling in index-linked counters but the market bellwether managed to stay above
1,800") ends the cause as before. "As it booked a slight fall in first-half earnings" is the company's results, not
the stock's own course ("as it extended its recent gains").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Shares in insurer Direct Line fell 4.2% as the company reported a rise in profit although its dividend fell "
     "short of forecasts.",
     {("Direct Line", "the company reported a rise in profit although its dividend fell short of forecasts")}),
    ("Fresnillo sank 9.1% as it announced higher revenue but a lower profit on rising costs.",
     {("Fresnillo plc", "it announced higher revenue but a lower profit on rising costs")}),
    ("BP rose 2% as oil climbed but Shell fell 1%.", {("BP", "oil climbed")}),
    # a rise or a fall in results after "it posted" is news, not the stock's own course (AJ Bell's "Sage gained 0.9%
    # as it booked a slight fall in first-half adjusted earnings", the 426th set)
    ("Halma rose 1.2% as it booked a slight fall in first-half profit.",
     {("Halma plc", "it booked a slight fall in first-half profit")}),
    ("Tesco rose 2% as it extended its recent gains.", set()),
    ("The KLCI fell 0.4% on selling in index-linked counters but the benchmark stayed above 1,800.",
     {("FTSE Bursa Malaysia KLCI", "selling in index-linked counters")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2017-08-16")[1] == expected
