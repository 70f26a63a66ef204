"""Moves the 238th set (a Nigerian wrap) showed missed: a figure told by a noun in brackets after a name ("United
Bank for Africa Plc (3.5 per cent gain)") and a close in naira written with "N" ("to close at N6.39").

Sentences were written for these tests in the styles of ThisDay and Nairametrics, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(m.entity.name, m.direction, m.change_pct, m.close) for m in facts_of(text, published="2024-11-15").moves]


def test_a_figure_told_by_a_noun_in_brackets():
    moves = _moves("The NGX All-Share Index closed 0.16 per cent higher as investors bought United Bank for Africa Plc "
                   "(3.5 per cent gain) and Access Holdings Plc (1.2 per cent loss).")
    assert ("United Bank for Africa Plc", "up", 3.5, None) in moves
    assert ("Access Holdings Plc", "down", -1.2, None) in moves


def test_a_close_in_naira():
    assert _moves("John Holt followed with a gain of 9.98 per cent to close at N6.39, while Eunisell Interlinked rose "
                  "by 9.88 per cent to close at N10.90, per share.") == [
        ("John Holt", "up", 9.98, 6.39), ("Eunisell Interlinked", "up", 9.88, 10.9)]


def test_a_capital_n_before_a_figure_elsewhere_is_no_money():
    # (a guard: a product code)
    assert _moves("Shares of Nokia rose 2% after its model N95.50 sold out.") == [("Nokia", "up", 2.0, None)]
