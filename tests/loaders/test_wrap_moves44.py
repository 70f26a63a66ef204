"""Moves the 233rd and 234th sets (US movers, Pakistani wraps) showed missed or misdated: a participle that restates
the clause's figure by a noun after a close ("closed at 98,214 points, marking a loss of 3.46%", "closed at 30,000,
posting a 1.2% loss"), Benzinga's "got a boost, shooting up 13 percent", a bare "the index" after the one index its
sentence names ("The Nasdaq wiped out all of Monday's 1.6% gain as the index plummeted 2.8%"), and the day of such
an earlier move, which is no day of the move after it.

Sentences were written for these tests in the styles of Pakistani wraps, Benzinga and Investor's Business Daily,
not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2025-05-08"):
    return [(m.entity.name, m.change_pct, m.close, m.date) for m in facts_of(text, published=published).moves]


def test_marking_a_loss_after_a_close():
    assert _moves("The KSE-100 index closed at 98,214 points, well below the previous session's closing level of "
                  "101,736 points, marking a loss of 3.46%.") == [("KSE-100", -3.46, 98214.0, "2025-05-08")]


def test_a_participle_and_a_figure_before_its_noun_after_a_close():
    assert _moves("The Nikkei closed at 30,000, posting a 1.2% loss.") == [("Nikkei 225", -1.2, 30000.0, "2025-05-08")]
    assert _moves("The Nikkei closed at 30,000, marking a 1.2% loss.") == [("Nikkei 225", -1.2, 30000.0, "2025-05-08")]


def test_a_participle_with_results_after_its_noun_is_no_move():
    # (a guard: the profit's change, not the share price's)
    assert _moves("Toyota rose 2%, posting a 15% gain in profit.") == [("Toyota Motor", 2.0, None, "2025-05-08")]


def test_shooting_up_with_a_figure():
    assert _moves("Shares of General Electric got a boost, shooting up 13 percent to $12.72 after the company "
                  "announced a CEO replacement plan.", "2019-10-01") == [("General Electric", 13.0, 12.72, "2019-10-01")]


def test_the_index_after_the_one_index_its_sentence_names():
    assert _moves("Stocks fell on Tuesday. The Nasdaq wiped out all of Monday's 1.6% gain as the index plummeted 2.8%.",
                  "2022-05-24") == [("Nasdaq Composite", -2.8, None, "2022-05-24")]


def test_a_day_s_own_earlier_move_does_not_date_the_next():
    assert _moves("Stocks rose on Tuesday. The Nikkei extended Monday's rally, rising 1%.", "2022-05-24") == [
        ("Nikkei 225", 1.0, None, "2022-05-24")]


def test_an_index_word_after_a_bracketed_abbreviation():
    # (Xinhua's and the Korean wires' style)
    assert [(name, pct) for name, pct, _close, _date in _moves(
        "The KOSPI fell to the 3,920 level, while the Korea Securities Dealers Automated Quotations (KOSDAQ) index "
        "surged by 3.7%.", "2025-11-28")] == [("KOSPI", None), ("KOSDAQ", 3.7)]
    assert [(name, pct) for name, pct, _close, _date in _moves(
        "The Straits Times Index (STI) shed 1%. The Shanghai Stock Exchange (SSE) index rose 2%.", "2025-11-28")] == [
        ("Straits Times Index", -1.0), ("Shanghai Composite Index", 2.0)]


def test_a_day_s_session_dates_its_own_move():
    # (a guard)
    assert _moves("Stocks were mixed on Tuesday. In Monday's session, the Nikkei rose 1%.", "2022-05-24") == [
        ("Nikkei 225", 1.0, None, "2022-05-23")]
