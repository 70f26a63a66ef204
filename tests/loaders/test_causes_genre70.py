"""Causes of the 391st to 398th sets, read blind at e7356ab: a headline's day record with no "its" ("Hong Kong stocks
have worst day in three months on worries about rates", CNN's; "posts worst day since March as X"); a close stated by
its level alone ("Benchmark KSE-100 closes at 113,247.29 due to market optimism", Profit's), not an opening level;
"market" before a mood noun ("market optimism", "market jitters") is no market: the cause is not the effect's own.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Hong Kong stocks have worst day in two months on worries about rates.",
     {("Hang Seng Index", "worries about rates")}),
    ("Hang Seng posts worst day since March as property stocks slump.",
     {("Hang Seng Index", "property stocks slump")}),
    ("The Nikkei saw its best session in a month after the BOJ held rates.", {("Nikkei 225", "the BOJ held rates")}),
    ("Benchmark KSE-100 closes at 112,870.41 due to market optimism.", {("KSE-100", "market optimism")}),
    ("The KSE-100 index closed at 112,870.41 as investors cheered the budget.",
     {("KSE-100", "investors cheered the budget")}),
    # an opening level is no day's close; a day's record is no move of its own
    ("The KSE-100 opened at 112,870.41 as investors cheered the budget.", set()),
    ("The KSE-100 rose 1% as market optimism grew.", {("KSE-100", "market optimism grew")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2025-06-10")[1] == expected
