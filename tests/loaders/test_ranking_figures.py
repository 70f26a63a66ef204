"""A ranking's figure said as a plural noun, and a close's restated change with its points first
(sentences written for these tests in the styles of NDTV Profit, Mint and the Economic Times;
not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return sorted((m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plural move noun with no article after the ranking, past the ranking's market
    ("Maruti Suzuki was the top gainer on Nifty with 1.38 per cent gains followed by SBI with 0.96 per cent gains.",
     [("Maruti Suzuki", 1.38, None), ("State Bank of India", 0.96, None)]),
    ("Hero MotoCorp was the single biggest loser on the Sensex with 2.7 per cent losses.",
     [("Hero MotoCorp", -2.7, None)]),
    ("Cipla was the top gainer with 2.5 per cent rises.", [("Cipla", 2.5, None)]),
    # the singular with its article, as before
    ("Tata Motors was the top loser with a fall of 2.9 per cent.", [("Tata Motors", -2.9, None)]),
    # another quantity's change is no figure of the ranking
    ("Cipla was the top gainer with 25 per cent gains in sales.", [("Cipla", None, None)]),
])
def test_a_rankings_figure(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Nifty Small Cap 100 also outperformed, ending at 16,886.8, an increase of 94.5 points or 0.56%.",
     [("Nifty Smallcap 100", 0.56, 16886.8)]),
    ("The Sensex ended at 74,339.44, a rise of 150 points, or 0.2%.", [("BSE Sensex", 0.2, 74339.44)]),
    ("The Sensex ended at 74,339.44, a fall of 0.2%.", [("BSE Sensex", -0.2, 74339.44)]),
])
def test_a_closes_change_after_its_points(sentence, expected):
    assert _moves(sentence) == expected
