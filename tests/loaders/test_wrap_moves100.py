"""Moves of the 371st to 378th sets, read blind at 26c7f3f: a list of names with bracketed figures whose verb is a
sized plural noun ("SBI (5.9 percent), ... and NTPC (2.0 percent) clocked smart gains", PTI's, a comma left out
between two of them); the names after a plural move noun, each with its figure ("with notable gains from A (10.3%), B
(11.9%)", Trading Economics'); a bracketed relative with its verb in a ranking ("Among the worst performers Monday were
Dow Inc (which fell more than 21%)", a radio station's). "The company posted heavy losses" is its results, no move.

Sentences were written for these tests in the styles of PTI, Trading Economics and US radio station sites, not
copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Among the Sensex stocks, SBI (5.9 percent), HDFC Bank (2.1 percent) ICICI Bank (5.2 percent) and NTPC (2.0 "
     "percent) clocked smart gains.",
     [("State Bank of India", "up", 5.9, None), ("HDFC Bank", "up", 2.1, None), ("ICICI Bank", "up", 5.2, None),
      ("NTPC", "up", 2.0, None)]),
    ("Infosys (1.2 percent) and Wipro (0.8 percent) posted hefty losses.",
     [("Infosys", "down", -1.2, None), ("Wipro", "down", -0.8, None)]),
    ("The company posted heavy losses.", []),
    ("Tech shares led the rally, with notable gains from Zhongji Innolight (10.3%), Eoptolink Technology (11.9%) "
     "and Sungrow Power (16.7%).",
     [("Technology", "up", None, None), ("Zhongji Innolight", "up", 10.3, None), ("Eoptolink Technology", "up", 11.9, None),
      ("Sungrow Power", "up", 16.7, None)]),
    ("The index fell, with losses in Tencent (2.1%) and Alibaba (3%).",
     [("Tencent Holdings", "down", -2.1, None), ("Alibaba Group Holding", "down", -3.0, None)]),
    ("Among the worst performers Monday were Dow Inc (which fell more than 21%) and Chevron Corp (which shed more "
     "than 15%).", [("Dow Inc", "down", -21.0, None), ("Chevron Corporation", "down", -15.0, None)]),
    ("The biggest gainers on the Sensex were Bharti Airtel (which gained 3.87%) and Wipro.",
     [("Bharti Airtel", "up", 3.87, None), ("Wipro", "up", None, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2014-05-16")[0] == expected
