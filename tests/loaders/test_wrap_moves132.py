"""Moves of the 465th and 466th sets: a figure in brackets right after the side and the day (AFP's translated "The
Paris Bourse ended down Thursday (-0.67%), slipping below 7,400 points"), and a gapped list's name with its own side
after its figure (the Age's "with JB Hi-Fi up 2.3 per cent at $47.15 and Wesfarmers 1.2 per cent stronger
at $58.40").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The CAC 40 ended down Thursday (-0.67%), slipping below 7,400 points.", [("CAC 40", "down", -0.67, 7400.0)]),
    ("The CAC 40 fell (-0.67%).", [("CAC 40", "down", -0.67, None)]),
    ("Shares rose, with JB Hi-Fi up 2.3 per cent at $47.15 and Wesfarmers 1.2 per cent stronger at $58.40.",
     [("JB Hi-Fi", "up", 2.3, 47.15), ("Wesfarmers", "up", 1.2, 58.4)]),
    ("Tencent fell 2%, Alibaba 3% higher and Meituan 4.1%.",
     [("Tencent Holdings", "down", -2.0, None), ("Alibaba Group Holding", "up", 3.0, None),
      ("Meituan", "down", -4.1, None)]),
])
def test_moves(text, expected):
    assert [m for m in moves_and_causes(text, published="2019-12-30")[0] if m[2] is not None] == expected


def test_a_bracket_that_is_no_figure_of_the_move():
    moves = moves_and_causes("Renault rose (Nissan owns 15%) on the news.", published="2019-12-30")[0]
    assert moves == [("Renault", "up", None, None)]
