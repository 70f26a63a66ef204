"""Moves the 295th-298th sets showed: a points figure between a knock-on verb's object and its percent (the Economic
Times' "which lifted the Nifty Auto index 403 points or 3.48 per cent to 11,992"), and an exchange named in an
opening phrase is no company "the stock" stands for ("On the NSE, the stock crashed 13.38 per cent").

Sentences were written for these tests in the styles of the Economic Times and the Hindu BusinessLine, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2018-03-12"):
    return moves_and_causes(text, published=published)[0]


def test_points_between_a_knock_on_object_and_its_percent():
    assert ("Nifty Auto", "up", 3.2, 11850.0) in _moves(
        "Auto stocks advanced the most, which lifted the Nifty Auto index 380 points or 3.2 per cent to 11,850.")
    assert ("Hang Seng Index", "down", -1.2, 24000.0) in _moves(
        "Losses in banks dragged the Hang Seng Index down 300 points, or 1.2 percent, to 24,000.")


def test_an_exchange_in_an_opening_phrase_is_no_company():
    moves = _moves("Infosys fell 9.1 per cent on the BSE. On the NSE, the stock crashed 12.5 per cent to hit its "
                   "one-year low.")
    assert [name for name, *_ in moves] == ["Infosys"]
