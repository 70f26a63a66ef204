"""Ticker codes in brackets: HKEX numbers are padded, other markets' codes kept, and a bracket
with no number ("(.HK)", a typo of a wire code) neither fails the article nor names a stock."""
from __future__ import annotations

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


def _codes(text: str) -> list[str | None]:
    return [q.code for q in find_quantities(text) if q.kind == "TICKER"]


def test_hkex_codes_are_padded_and_others_kept():
    assert _codes("Tencent (700.HK), Alibaba (9988.HK), Toyota (7203.T) and Nvidia (NVDA.O)") == [
        "0700.HK", "9988.HK", "7203.T", "NVDA.O"]


def test_a_bracket_with_no_number_does_not_fail_the_article():
    facts = facts_of("Tencent (.HK) rose 2%. Shares of Tencent (0700.HK) rose 2%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("hkex-0700", 2.0)]
