"""Review 70's worse cases, mended, and some of its too-narrow ones: "lagged" with a figure is a day's fall only when no
gap ("lagged 0.5% behind the benchmark") and no span ("have lagged 40% this year") follows; a rise "in global sales"
or "in organic sales" is the results' as "in profit" is, whatever lower-case words stand before the noun; "has come as
no surprise" is an idiom, no cause; "eked out gains of" and "notched gains of" move as "posted gains of" does; a ':US'
code in brackets is a ticker ("Tencent Music Entertainment Group (TME:US)").

Sentences were written for these tests by the review helper and the lead in the styles of Reuters, Bloomberg and
Nikkei Asia, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Materials lagged 0.5% behind the benchmark this week, strategists at the bank noted.", []),
    ("The Nasdaq lagged 2% behind the Dow this month.", []),
    ("Intel shares have lagged 40% this year.", []),
    ("Industrials lagged 0.7% on Tuesday.", [("Industrials", "down", -0.7, None)]),
    ("Toyota eked out a 0.5% rise in global sales in April, the carmaker said.", []),
    ("Nestle eked out a 1.1% rise in organic sales in the first quarter; its shares fell 0.5%.",
     [("Nestle", "down", -0.5, None)]),
    ("The bank index posted a 3% rise in bank shares.", [("Banks", "up", 3.0, None)]),
    ("Japan's Nikkei eked out gains of 0.2% to close at 38,920.", [("Nikkei 225", "up", 0.2, 38920.0)]),
    ("The Kospi notched gains of 0.6% to end at 2,650.3.", [("KOSPI", "up", 0.6, 2650.3)]),
    ("Tencent Music Entertainment Group (TME:US), China's biggest music-streaming platform, fell 3.3%.",
     [("Tencent Music Entertainment Group", "down", -3.3, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Nasdaq surged 2.4%. The rebound has come as no surprise to strategists who had flagged oversold conditions.",
     set()),
    ("The S&P 500 fell 0.7%. The drop has come as a surprise to analysts who expected a soft landing.", set()),
    ("The Nikkei fell 1%. The decline came as something of a shock to exporters.", set()),
    ("The Nikkei fell 1%. The decline came as the yen strengthened.", {("Nikkei 225", "the yen strengthened")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-05-14")[1] == expected
