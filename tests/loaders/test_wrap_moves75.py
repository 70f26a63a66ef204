"""Review 63's too-narrow cases: a close then its change as a noun after "with a" ("The Nikkei ended at 27,500, with a
1.3 percent decline"), "knocking it down 1.9 per cent", and "largecap" as a size word.

Sentences were written for these tests in the styles of Kyodo, Sharecast and PTI, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2020-10-30")[0]


def test_a_close_then_a_figure_and_a_move_noun():
    assert _moves("The Nikkei ended at 27,500, with a 1.2 percent decline.") == [("Nikkei 225", "down", -1.2, 27500.0)]
    # (a span's gain stays no day's move, review 61; another's change after "in" too, review 64)
    assert _moves("The Shanghai Composite closed at 3,412.58 points, with a 4.1 percent gain for the year so far.") == []
    assert _moves("The Shanghai Composite closed at 3,050, with a 0.6 percent drop in turnover from Tuesday.") == []
    assert _moves("The Nikkei ended at 38,420, with a 1.2 percent decline in exporters leading the losses.") == []


def test_knocking_it_down():
    assert _moves("Goldman cut Tesco, knocking it down 1.8 per cent.") == [("Tesco", "down", -1.8, None)]


def test_largecap_is_a_size_word():
    assert [name for name, *_ in _moves("Both largecap and midcap indices fell 1 per cent.")] == [
        "largecap index", "midcap index"]
