"""A run-in head and a participle's clause with the figure, then the stock's price, as Indian round-ups list the
day's gainers and losers ("ITC: Rising by 2.48 percent, the shares were valued at Rs 217.30", "Bajaj Finance:
Registering a gain of 2.12 percent, the company rose to Rs 6,917.50", "UltraTech Cement: With a loss of 0.56 percent,
the shares fell to Rs 7,335.00"); a heading's colon before a participle that has no figure is nothing.

Sentences were written for these tests in the style of Firstpost, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("ITC: Rising by 2.48 percent, the shares were valued at Rs 217.30", [("ITC Limited", "up", 2.48, 217.3)]),
    ("Bajaj Finance: Registering a gain of 2.12 percent, the company rose to Rs 6,917.50",
     [("Bajaj Finance", "up", 2.12, 6917.5)]),
    ("Bharti Airtel: Falling by 0.93 percent, the company settled at Rs 678.50", [("Bharti Airtel", "down", -0.93, 678.5)]),
    ("UltraTech Cement: With a loss of 0.56 percent, the shares fell to Rs 7,335.00",
     [("UltraTech Cement", "down", -0.56, 7335.0)]),
    ("Note: Falling prices hurt exporters.", []),
])
def test_run_in_participles(text, expected):
    assert moves_and_causes(text, published="2021-06-08")[0] == expected


def test_a_ranked_name_with_its_figure_as_a_noun():
    # (domain-b's "Dabur was the best performer with gains of nearly 4 per cent followed by ITC ...")
    assert moves_and_causes("Among the FMCG stocks, Dabur was the best performer with gains of nearly 4 per cent.",
                            published="2006-02-07")[0] == [("Dabur", "up", 4.0, None)]
    assert moves_and_causes("Dabur was the top loser with a loss of 2.3 per cent.",
                            published="2006-02-07")[0] == [("Dabur", "down", -2.3, None)]
