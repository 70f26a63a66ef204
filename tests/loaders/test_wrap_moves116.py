"""London's closing report names the small-cap and alternative indices (Alliance News' "the AIM All-Share was
down 0.56 of a point, 0.1%, at 798.21", "The Cboe UK 100 ended flat at 766.75", the 416th set) and gives a change
under one point as a fraction of one; a blog's Singapore report writes "FTSE STI" (the 414th set); "the index"
after a headline that names an index with no move of its own is that index (the Armchair Trader's "Strong gains for
the AIM All Share index today ... The index posted its largest one day rise", the 379th set).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The FTSE 250 lost 25.76 points, 0.1%, at 19,173.34, and the AIM All-Share was down 0.56 of a point, 0.1%, "
     "at 798.21.", [("FTSE 250", "down", -0.1, 19173.34), ("FTSE AIM All-Share", "down", -0.1, 798.21)]),
    ("The AIM All-Share rose 0.4 of a point, or 0.1%, to 801.5.", [("FTSE AIM All-Share", "up", 0.1, 801.5)]),
    ("The Cboe UK 100 ended flat at 766.75 and the Cboe UK 250 lost 0.3% at 16,586.26.",
     [("Cboe UK 100", "flat", 0.0, 766.75), ("Cboe UK 250", "down", -0.3, 16586.26)]),
    ("FTSE STI closed 2,586.55, down 54.12 points or 2.05%.", [("Straits Times Index", "down", -2.05, 2586.55)]),
])
def test_moves(text, expected):
    assert [m[:4] for m in moves_and_causes(text, published="2023-05-22")[0]] == expected


def test_the_index_is_the_one_the_headline_named():
    text = ("Strong gains for the AIM All Share index today after the budget kept the business relief intact.\n\n"
            "The index posted its largest one day rise in two years, adding 17 points to close at 731.28.")
    moves = moves_and_causes(text, published="2024-10-30")[0]
    assert [(m[0], m[3]) for m in moves] == [("FTSE AIM All-Share", 731.28)]
