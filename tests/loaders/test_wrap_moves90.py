"""Moves of the pooled 323rd to 338th sets left after their rounds: a Brazilian listing code in brackets is no sum of
rand ("Petrobras (PETR4) rose": "R4" had been read as 4 rand, and the move was lost); a name's bracketed codes
before its appositive ("Vale S.A. (SAO:VALE3 / SAO:VALE5), the global iron-ore giant, slid 1.6%") leave the name
the subject; "lagged" with a figure is a fall (the Canadian Press' "Industrials lagged 0.91%").

Sentences were written for these tests in the styles of MercoPress, Bloomberg Línea, Dow Jones and the Canadian
Press, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Petrobras (PETR4) rose 1.1% after the oil company raised diesel prices.", [("Petrobras", "up", 1.1, None)]),
    ("State-run oil company Petrobras (BVMF:PETR4) rose 1.1%.", [("Petrobras", "up", 1.1, None)]),
    ("Vale S.A. (SAO:VALE3 / SAO:VALE5), the global iron-ore giant, slid 1.6% as ore prices fell.",
     [("Vale", "down", -1.6, None)]),
    ("Vale (VALE3), the global iron-ore giant, slid 1.6%.", [("Vale", "down", -1.6, None)]),
    ("Pipe maker Tenaris SA (TEN.MI, TS), the session's busiest stock, gained 1.4% to ARS203.",
     [("Tenaris SA", "up", 1.4, None)]),
    ("Industrials lagged 0.91%, while energy gained 1.1%.", [("Industrials", "down", -0.91, None),
                                                            ("Energy", "up", 1.1, None)]),
    # "lagged" with its object ranks; the figure is the participle's
    ("Industrials lagged the broader market, falling 0.5%.", [("Industrials", "down", -0.5, None)]),
    # a rand price still reads as one
    ("Naspers fell 2.1% to R3,120.", [("Naspers", "down", -2.1, 3120.0)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2010-05-07")[0] == expected
