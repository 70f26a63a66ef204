"""Sentences of the genre that state no price move: macro figures, rates, yields, business figures,
forecasts. Written in the styles of Reuters and AP."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Inflation rose 3.2% in October, the Labor Department said.",
    "The 10-year Treasury yield rose to 4.5%.",
    "Unemployment fell to 4% last month.",
    "Home prices fell 2% in May from a year earlier.",
    "The central bank raised its key rate by 0.25 percentage point to 5.5%.",
    "Exports to China dropped 5% in the first quarter.",
    "Tesla's deliveries fell 13% in the second quarter.",
    "Toyota's net profit jumped 20% to 1.2 trillion yen.",
    "Analysts see the Hang Seng rising 10% next year.",
    "Analysts expect the Nikkei to drop as much as 2% this week.",
    "Turnover rose 15% to HK$250 billion.",
])
def test_no_move(text):
    assert facts_of(text).moves == ()


@pytest.mark.parametrize("text", ["Oil prices fell 2%.", "Gold prices rose 1%."])
def test_a_commoditys_prices_still_move(text):
    assert len(facts_of(text).moves) == 1
