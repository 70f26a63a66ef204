"""Moves of the 312th and 314th sets: a name after a copula whose subject names only the market ("One shining stock on
the market was South32, which soared 13 per cent", the ABC; "One" opening a sentence is no name), and an index renamed
after "or" by another name of the same index ("the Hang Seng China Enterprises Index, or the H-shares index, rose
0.65%", Capital Market).

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
    moves = _moves("The Hang Seng Index climbed 0.4%, while the Hang Seng China Enterprises Index, or the H-shares "
                   "index, rose 0.6%, or 84.60 points, to 13,179.52.")
    assert ("Hang Seng China Enterprises Index", "up", 0.6, 13179.52) in moves
