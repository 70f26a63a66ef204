"""Causes of the 271st-273rd sets (AP's Asian and US wraps, Bloomberg's and Kyodo's Tokyo closes): a move's own rank
after its figure is read through to the cue ("tumbled 6.8% for the biggest drop among S&P 500 stocks as X", "lost
0.4% on Tuesday for its fourth daily decline following X", ", the biggest drop among S&P 500 stocks, as X").

Sentences were written for these tests in the style of AP, Bloomberg and Kyodo, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _causes(text: str):
    return moves_and_causes(text, published="2025-07-08")[1]


def test_a_moves_rank_before_its_cue():
    assert _causes("Tesla tumbled 6.8% for the biggest drop among S&P 500 stocks as the feud between its CEO and the "
                   "president reignited.") == {("Tesla Inc", "the feud between its CEO and the president reignited")}
    assert _causes("The S&P 500 lost 0.4% for its fourth daily decline following disappointing earnings reports.") == {
        ("S&P 500", "disappointing earnings reports")}
    assert _causes("Tesla tumbled 6.8%, the biggest drop among S&P 500 stocks, as the feud reignited.") == {
        ("Tesla Inc", "the feud reignited")}



def test_movers_a_sector_phrase_introduces_after_a_cue():
    # Reuters' style (the 273rd set): the as-clause's movers, with their own cause after them
    moves, causes = moves_and_causes("The Nikkei ended 2% lower, as chip-related heavyweights Advantest and Tokyo "
                                     "Electron dropped after a rally in U.S. chip shares fizzled out.",
                                     published="2023-08-25")
    assert ("Nikkei 225", "chip-related heavyweights Advantest and Tokyo Electron dropped after a rally in U.S. chip "
            "shares fizzled out") in causes
    assert ("Advantest", "a rally in U.S. chip shares fizzled out") in causes
