"""Causes of the 323rd to 326th sets: the day's run after the move ("extending losses for the third straight session
as X") counts no distance to its cue, and a figureless mover's manner and level belong to the cause ("as banks fell
sharply across the board", "as crude slid toward $90 a barrel").

Sentences were written for these tests in the styles of Reuters and the Sunday Times (Sri Lanka), not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _causes(text: str):
    return moves_and_causes(text, published="2020-11-24")[1]


def test_a_run_between_the_move_and_its_cue():
    assert _causes("Kenyan stocks slid 0.9% on Wednesday to almost a three-week low, extending losses for the third "
                   "consecutive session as traders locked in profits.") == {
        ("Nairobi All Share Index", "traders locked in profits")}
    assert _causes("The Nikkei rose 1.2% on Friday to a one-month high, extending gains for a fifth consecutive day "
                   "after strong U.S. jobs data.") == {("Nikkei 225", "strong U.S. jobs data")}


def test_a_mover_s_manner_and_level():
    assert _causes("The Colombo bourse sank 2.1% as banks fell sharply across the board.") == {
        ("Colombo All Share Price Index", "banks fell sharply across the board")}
    assert _causes("Suncor Energy lost 3.1 percent as crude slid toward $80 a barrel.") == {
        ("Suncor Energy", "crude slid toward $80 a barrel")}
    # (a second clause after the manner is not the mover's)
    assert _causes("The Nikkei fell 1% as exporters slipped and the yen rose.") == {("Nikkei 225", "exporters slipped")}
