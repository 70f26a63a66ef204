"""Moves of a name that a description opens the sentence with: "The heaviest-weighted stock on the market,
Taiwan Semiconductor Manufacturing Co, rose" (the Taipei Times' and Focus Taiwan's way). The description's own
phrase ("on the market", "on the Nikkei", "of Google") names no second subject. And a company's shares before a
relative clause: "Ford shares, which traded as high as $8.79 in the past year, plunged 42 cents, or 25 percent"
(AP, 2008).

Sentences were written for these tests in the styles of the Taipei Times, Jiji, the Irish Times and AP, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2016-10-04"):
    return moves_and_causes(text, published=published)[0]


def test_a_description_with_a_phrase_before_the_name():
    assert _moves("The heaviest-weighted stock on the market, Taiwan Semiconductor Manufacturing Co, rose 0.8 "
                  "percent to close at NT$214.") == [("Taiwan Semiconductor Manufacturing Company", "up", 0.8, 214.0)]
    assert [(name, pct) for name, _, pct, _ in _moves("The parent of Google, Alphabet, fell 2 percent.")] == [
        ("Alphabet Inc", -2.0)]
    # "the market" of an opening phrase is no second mover of a name's move
    assert [(name, pct) for name, _, pct, _ in _moves(
        "At the opposite end of the market, Ryanair was marginally lower, falling 0.3 per cent.")] == [
        ("Ryanair Holdings", -0.3)]


def test_lists_joined_by_commas_stay_lists():
    assert [name for name, *_ in _moves("Stocks in Tokyo, Seoul and Sydney fell 1 percent.")] == [
        "Nikkei 225", "KOSPI", "S&P/ASX 200"]
    assert [name for name, *_ in _moves("Shares of Tencent, Alibaba and Meituan fell 1 percent.")] == [
        "Tencent Holdings", "Alibaba Group Holding", "Meituan"]


def test_a_company_s_shares_before_a_relative_clause():
    assert _moves("Ford shares, which traded as high as $9.10 in the past year, plunged 40 cents, or 24 percent, to "
                  "$1.27.", published="2008-11-20") == [("Ford Motor Company", "down", -24.0, 1.27)]
    # the clause's own figure stays its own span's, the main verb's the day's
    moves = moves_and_causes("Apple stock, which has gained 38% this year, slipped 1.2%.", published="2024-05-03")[0]
    assert [(name, pct) for name, _, pct, _ in moves] == [("Apple Inc", 38.0), ("Apple Inc", -1.2)]
