"""London's pence and India's market talk (the 249th, 255th and 258th sets): a side then a change in pence is a
figureless move with its price ("saw shares close down 9p to 828p", "Barclays closed up 16.5p at 112.5p", the
Guardian), and "on market talk of a possible merger" is a cause (the Hindustan Times).

Sentences were written for these tests in the Guardian's and the Hindustan Times' style, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2009-03-19")


def test_a_side_then_pence_with_the_price():
    moves, causes = _facts("HSBC, Europe's biggest bank, saw shares close down 9p to 828p after announcing a drop "
                           "in first-half profits.")
    assert moves == [("HSBC Holdings", "down", None, 828.0)]
    assert causes == {("HSBC Holdings", "announcing a drop in first-half profits")}


def test_closed_up_pence_at_a_price():
    assert _facts("Barclays closed up 16.5p at 112.5p.")[0] == [("Barclays", "up", None, 112.5)]


def test_a_percent_after_the_side_stays_the_figure():
    # (a guard)
    assert _facts("Barclays closed up 2.1% at 112.5p.")[0] == [("Barclays", "up", 2.1, 112.5)]


def test_on_market_talk_is_a_cause():
    _, causes = _facts("Axis Bank rose 3.8% on market talk of a possible merger with Kotak Mahindra Bank.")
    assert causes == {("Axis Bank", "market talk of a possible merger with Kotak Mahindra Bank")}


def test_on_talk_of_a_bid():
    # (a guard: no market word after "on")
    assert _facts("Tesco rose 2% on talk of a bid.")[1] == {("Tesco", "talk of a bid")}
