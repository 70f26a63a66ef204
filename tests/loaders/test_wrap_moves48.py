"""Moves the 249th set (European closes) showed missed: TeleTrader's "The DAX closed 0.66% in the negative
territory led by Adidas AG losses of 2.68%" and "The FTSE 100 ended 0.65% in the red" (a side told by a territory,
and a name's move noun after "led by"), and the HuffPost's "fell just shy of 22%" (a hedge).

Sentences were written for these tests in the styles of TeleTrader and the HuffPost, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str):
    return sorted((m.entity.name, m.change_pct, m.approx) for m in facts_of(text, published="2018-12-14").moves)


def test_a_side_told_by_a_territory():
    assert _moves("The DAX closed 0.66% in the negative territory. The FTSE 100 ended 0.65% in the red. The CAC 40 "
                  "finished 0.2% in the green.") == [("CAC 40", 0.2, False), ("DAX", -0.66, False),
                                                     ("FTSE 100", -0.65, False)]
    # (a guard: a territory with no figure before it is no figure of its own)
    assert _moves("The DAX spent the day in the red.") == []


def test_a_name_s_move_noun_after_led_by():
    assert _moves("The CAC 40 decreased 1.07% at the market close, led by Valeo losses of 4.19%.") == [
        ("CAC 40", -1.07, False), ("Valeo", -4.19, False)]


def test_just_shy_of_a_figure():
    assert _moves("Kestrel Bank fell just shy of 14% or 9.6p to 61.2p.") == [
        ("Kestrel Bank", -14.0, True)]
