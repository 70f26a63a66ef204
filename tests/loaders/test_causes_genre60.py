"""Causes of the 335th to 338th sets: an opening "As" clause with a subject that acts, before the sentence's market,
is a cause (the Dong-A Ilbo's "As overseas investors have begun buying shares again after three weeks, South Korea's
benchmark Kospi rose 2.46 percent"); "As for ...", "As of ...", "As expected", "As a result", a session's time ("As
the session wore on", "As the two-day trading week ended yesterday") and a source ("As Arab Bank dealer David Scutt
noted this afternoon") are none.

Sentences were written for these tests in the styles of the Dong-A Ilbo, the Peninsula and Business Insider
Australia, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("As overseas investors have begun buying shares again, the Kospi rose 2.46 percent on Thursday.",
     {("KOSPI", "overseas investors have begun buying shares again")}),
    ("As investors fretted about rising yields, the Nikkei fell 1.2%.", {("Nikkei 225", "investors fretted about rising yields")}),
    ("As expected, the Nikkei fell 1.2%.", set()),
    ("As a result, the Nikkei fell 1.2%.", set()),
    ("As the session wore on, the Nikkei fell 1.2%.", set()),
    ("As the two-day trading week ended yesterday, the QE index lost 0.32 percent.", set()),
    ("As a dealer at Arab Bank noted this afternoon, the ASX 200 rose 1.2%.", set()),
])
def test_an_opening_as(text, expected):
    assert moves_and_causes(text, published="2020-03-27")[1] == expected

