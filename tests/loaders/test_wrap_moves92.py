"""Moves of the 343rd to 346th sets (South-East Asia, the Middle East and Africa, Japan, Korea and Taiwan, Australia,
New Zealand and Canada), read blind at 51ac9d7: a points figure restated as a percent after "or" and a verb (Antara's
"shed 15.82 points, or fell 0.31 percent, to reach 5,128.23") or after "equal to" (Tuoi Tre's "lost 72.88 points,
equal to 6.73 percent, at 1,010.75"); a sign spelt out ("declined minus 0.77 percent and minus 0.76 percent,
respectively").

Sentences were written for these tests in the styles of Antara, Tuoi Tre and Viet Nam News, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.text import working_text
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The JCI shed 21.4 points, or fell 0.42 percent, to 5,077.10.", [("Jakarta Composite Index", "down", -0.42, 5077.1)]),
    ("The VN30 Index lost 12.5 points, equal to 1.2 percent, at 1,030.6.", [("VN30", "down", -1.2, 1030.6)]),
    ("The property sector fell by minus 0.6 percent.", [("Property", "down", -0.6, None)]),
    ("Mining and energy declined minus 0.5 percent and minus 0.4 percent, respectively.",
     [("Metals and mining", "down", -0.5, None), ("Energy", "down", -0.4, None)]),
    # (a level after "to" is still no change)
    ("The rate dropped to 3.8%.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2021-01-28")[0] == expected


def test_a_spelt_out_sign_keeps_the_text_s_length():
    text = "declined minus 0.77 percent; Minus 2 is the minimum"
    assert working_text(text) == "declined      -0.77 percent;      -2 is the minimum"
    assert len(working_text(text)) == len(text)
