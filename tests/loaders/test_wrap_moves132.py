"""Moves of the 465th and 466th sets: a figure in brackets right after the side and the day (AFP's translated "The
Paris Bourse ended down Monday (-0.91%), falling below 6,000 points"), and a gapped list's name with its own side
after its figure (the Age's "with Domino's Pizza up 1.6 per cent at $61.98 and Crown Resorts 1.4 per cent stronger
at $12.85").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The CAC 40 ended down Monday (-0.91%), falling below 6,000 points.", [("CAC 40", "down", -0.91, 6000.0)]),
    ("The CAC 40 fell (-0.91%).", [("CAC 40", "down", -0.91, None)]),
    ("Shares rose, with Domino's Pizza up 1.6 per cent at $61.98 and Crown Resorts 1.4 per cent stronger at $12.85.",
     [("Domino's Pizza", "up", 1.6, 61.98), ("Crown Resorts", "up", 1.4, 12.85)]),
    ("Tencent fell 2%, Alibaba 3% higher and Meituan 4.1%.",
     [("Tencent Holdings", "down", -2.0, None), ("Alibaba Group Holding", "up", 3.0, None),
      ("Meituan", "down", -4.1, None)]),
])
def test_moves(text, expected):
    assert [m for m in moves_and_causes(text, published="2019-12-30")[0] if m[2] is not None] == expected


def test_a_bracket_that_is_no_figure_of_the_move():
    moves = moves_and_causes("Renault rose (Nissan owns 15%) on the news.", published="2019-12-30")[0]
    assert moves == [("Renault", "up", None, None)]
