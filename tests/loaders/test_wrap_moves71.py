"""PTI's broader market: a plural head shared by two size words names two indices ("Both midcap and smallcap
indices lost nearly 0.46 per cent", "the BSE midcap and smallcap indices lost 0.8 per cent and 0.5 per cent,
respectively"), the exchange before the first naming both.

Sentences were written for these tests in the style of PTI, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2015-03-11")[0]]


def test_two_size_words_share_a_plural_head():
    assert _moves("Both midcap and smallcap indices lost nearly 0.4 per cent.") == [
        ("midcap index", -0.4), ("smallcap index", -0.4)]
    assert _moves("The broader market outperformed, with the midcap and smallcap indices up 0.7 percent and 0.6 "
                  "percent, respectively.") == [("midcap index", 0.7), ("smallcap index", 0.6)]


def test_the_exchange_before_the_first_names_both():
    assert _moves("The BSE midcap and smallcap indices lost 1.3 per cent and 0.7 per cent, respectively.") == [
        ("BSE Midcap", -1.3), ("BSE Smallcap", -0.7)]
    # (one size word as before)
    assert _moves("The smallcap index rose 1.2 per cent.") == [("smallcap index", 1.2)]
