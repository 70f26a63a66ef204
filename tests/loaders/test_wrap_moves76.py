"""Moves of the 312th and 314th sets: a name after a copula whose subject names only the market ("One shining stock on
the market was South32, which soared 13 per cent", the ABC; "One" opening a sentence is no name), and an index renamed
after "or" by another name of the same index ("the China Enterprises Index, or the HSCEI, rose 0.7%", in Capital
Market's style).

Sentences were written for these tests in the styles of the ABC and Business Standard, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2015-05-19")[0]


def test_a_name_after_a_copula_whose_subject_names_only_the_market():
    assert _moves("One shining stock on the market was South32, which soared 12 per cent to $2.30.") == [
        ("South32", "up", 12.0, 2.3)]
    # (a span's subject still names no day's move)
    assert _moves("The best-performing stock this year was Nvidia, rising 240 percent.") == []


def test_an_index_renamed_after_or():
    moves = _moves("The Hang Seng Index climbed 0.4%, while the China Enterprises Index, or the HSCEI, rose 0.7%, "
                   "or 91.30 points, to 13,245.80.")
    assert ("Hang Seng China Enterprises Index", "up", 0.7, 13245.8) in moves
