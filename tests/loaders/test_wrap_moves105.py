"""Moves of the 387th to 390th sets, read blind at df1e715: the subject's own course between it and its close ("The
NSE Nifty after slipping below the 7,800-level closed at 7,786.10, down 48.35 points, or 0.62 per cent", Deccan
Chronicle's); "seven of 11 of the index's sectors traded lower" names no sector (Vista Radio's, read as a mover "'s"); the places
of "were among the bourses that fell more than 4 per cent" (CNA's style) stand for their markets.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The NSE Nifty after slipping below the 7,800-level closed at 7,786.10, down 48.35 points, or 0.62 per cent.",
     [("Nifty 50", "down", -0.62, 7786.1)]),
    ("All told, seven of 11 of the index's sectors traded lower.", []),
    ("Hong Kong's technology sector fell 2%.", [("Technology", "down", -2.0, None)]),
    # CNA's style, "Tokyo, Shanghai, Sydney and Seoul were among the bourses that fell more than 4 per cent"
    ("Tokyo, Sydney and Seoul were among the bourses that fell more than 4 per cent.",
     [("Nikkei 225", "down", -4.0, None), ("S&P/ASX 200", "down", -4.0, None), ("KOSPI", "down", -4.0, None)]),
    ("Banks were among the companies that reported losses.", []),
    # Spanish News Today's "Santander lost 8.10% of its shares and BBVA 6.6%": the lead's figure "of its shares"
    ("Santander lost 8.10% of its value, BBVA 6.6% and Caixabank 6.1%.",
     [("Banco Santander", "down", -8.1, None), ("Banco Bilbao Vizcaya Argentaria", "down", -6.6, None),
      ("CaixaBank", "down", -6.1, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-12-22")[0] == expected
