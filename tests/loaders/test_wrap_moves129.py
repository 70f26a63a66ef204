"""Moves of the 449th to 456th sets told through another clause: "and saw its share price diving 5.94 percent" after
the subject's first predicate (Focus Taiwan); "causing its shares to tumble 6.5 percent" and "sending the latter's
stock up 3.6 percent" (The Local); a bare verb after "helped" ("The losses helped pull down Brazil's benchmark Bovespa
index by 0.68 percent", Reuters), though not after a modal ("Banks will drag the index 2% lower" is a forecast); a
knock-on's month ("prompting oil prices to jump 22 percent in one month", VOA) is no day's move; and AP's shouted
section labels ("SHARE ACTION: Shares increased $1.04, or 4.5 percent") are no names.

Sentences were written for these tests in the styles of those outlets, not copied, but for VOA's (public domain:
https://www.voanews.com/, "Crude Oil Prices Hit Record High on Katrina Fears", 2005-08-29)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Chipmaker TSMC, the most heavily weighted stock, suffered a net sell of 43.20 million shares and saw its share "
     "price diving 5.94 percent to close at NT$903.00.",
     [("Taiwan Semiconductor Manufacturing Company", "down", -5.94, 903.0)]),
    ("HQ Bank reported worse results than expected, causing its shares to tumble 6.5 percent to 144.50 kronor.",
     [("HQ Bank", "down", -6.5, 144.5)]),
    ("France Telecom confirmed its interest in TeliaSonera, sending the latter's stock up 3.6 percent to 51.50 kronor.",
     [("TeliaSonera", "up", 3.6, 51.5)]),
    ("The losses helped pull down Brazil's benchmark Bovespa index by 0.68 percent.", [("Bovespa", "down", -0.68, None)]),
    ("Exporters helped to lift the Nikkei 1.2%.", [("Nikkei 225", "up", 1.2, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-02-25")[0] == expected


def test_a_bare_verb_after_a_modal_is_a_forecast():
    moves = moves_and_causes("The Nikkei rose 1%. Banks will drag the index 2% lower, analysts said.",
                             published="2015-02-25")[0]
    assert moves == [("Nikkei 225", "up", 1.0, None)]


def test_a_knock_on_over_a_month_is_no_days_move():
    facts = facts_of("Crude oil prices soared to record highs of $70.80 a barrel. Last year, a different hurricane "
                     "damaged energy facilities in the same area, prompting oil prices to jump 22 percent in one month.",
                     published="2005-08-29")
    assert [(m.change_pct, m.close, m.date) for m in facts.moves] == [(None, 70.8, "2005-08-29")]


def test_section_label_is_no_name():
    facts = facts_of("Facebook shares rise on upgrade\n\nFacebook shares rose on Monday.\n\n"
                     "SHARE ACTION: Shares increased $1.04, or 4.5 percent, to close at $24.33 Monday.",
                     published="2013-03-05")
    assert {m.entity.name for m in facts.moves if m.change_pct is not None} == {"Meta Platforms"}
