"""Moves the 299th-302nd sets showed: PTI's ranking lists with bare figures ("Major losers from the Nifty pack include
Hindalco 5.58 per cent, Cairn 3.20 per cent ...", "Notable gainers were Bharti Airtel 5.87 per cent, TechM 2.88 per
cent ...") and a close then its change as a noun after a comma ("The Sensex ended the session at 75,901, with a gain
of 535 points, or 0.7 per cent").

Sentences were written for these tests in the styles of PTI and Business Standard, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2015-03-11"):
    return moves_and_causes(text, published=published)[0]


def test_a_ranking_list_with_bare_figures():
    moves = _moves("Major losers from the Nifty pack include Hindalco 4.8 per cent, Tata Steel 1.7 per cent and "
                   "Tata Motors 1.2 per cent.")
    assert [(name, pct) for name, _, pct, _ in moves] == [
        ("Hindalco Industries", -4.8), ("Tata Steel", -1.7), ("Tata Motors", -1.2)]
    moves = _moves("Notable gainers were Bharti Airtel 5.1 per cent, NTPC 2.4 per cent and Kotak Bank 2.0 per cent.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Bharti Airtel", 5.1), ("NTPC", 2.4), ("Kotak Bank", 2.0)]
    # (guards: the bracketed form as before, and a figure in brackets after the bare one is not read twice)
    assert _moves("The top gainers in the Sensex were Wipro (up 3.5%) and Infosys (up 2.9%).") == [
        ("Wipro", "up", 3.5, None), ("Infosys", "up", 2.9, None)]


def test_a_close_then_its_change_as_a_noun_after_a_comma():
    assert _moves("The Sensex ended the session at 75,800, with a gain of 530 points, or 0.7 per cent.",
                  published="2025-01-28") == [("BSE Sensex", "up", 0.7, 75800.0)]
    assert _moves("The Nifty 50 index closed at 22,950, with a loss of 0.6 per cent.", published="2025-01-28") == [
        ("Nifty 50", "down", -0.6, 22950.0)]
    # (a guard, review 61: a span's gain after the close is no day's move)
    assert _moves("The Shanghai Composite closed at 3,412.58 points, with a gain of 4.2 percent for the year to date.",
                  published="2025-01-28") == []
