"""Moves of the 449th to 456th sets told through another clause: "and saw its stock price diving 3.87 percent" after
the subject's first predicate (Focus Taiwan's style); "causing its shares to tumble 4.8 percent" and "sending the
latter's stock up 5.2 percent" (The Local's); a bare verb after "helped" ("Weak iron ore prices helped pull down
Brazil's main Bovespa index by 1.14 percent", Reuters'), though not after a modal ("Banks will drag the index 2% lower"
is a forecast); a knock-on's month ("prompting oil prices to jump 22 percent in one month", VOA) is no day's move; and
AP's shouted section labels ("SHARE ACTION: Shares increased $0.87, or 3.2 percent") are no names.

Sentences were written for these tests in the styles of those outlets, not copied, but for VOA's (public domain:
https://www.voanews.com/, "Crude Oil Prices Hit Record High on Katrina Fears", 2005-08-29)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Chipmaker TSMC, the heaviest weighted stock on the board, suffered a net sell of 21.65 million shares and saw "
     "its stock price diving 3.87 percent to close at NT$1,045.00.",
     [("Taiwan Semiconductor Manufacturing Company", "down", -3.87, 1045.0)]),
    ("Kestrel Bank posted weaker quarterly results than forecast, causing its shares to tumble 4.8 percent to 96.20 "
     "kronor.", [("Kestrel Bank", "down", -4.8, 96.2)]),
    ("Osprey Telecom confirmed its interest in Wren Mobile, sending the latter's stock up 5.2 percent to 63.40 kronor.",
     [("Wren Mobile", "up", 5.2, 63.4)]),
    ("Weak iron ore prices helped pull down Brazil's main Bovespa index by 1.14 percent.",
     [("Bovespa", "down", -1.14, None)]),
    ("Exporters helped to lift the Nikkei 1.2%.", [("Nikkei 225", "up", 1.2, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-02-25")[0] == expected


def test_a_bare_verb_after_a_modal_is_a_forecast():
    moves = moves_and_causes("The Nikkei rose 1%. Banks will drag the index 2% lower, analysts said.",
                             published="2015-02-25")[0]
    assert moves == [("Nikkei 225", "up", 1.0, None)]


def test_a_knock_on_over_a_month_is_no_days_move():
    facts = facts_of("Crude oil prices soared to record highs of $68.45 a barrel. Last year, a different hurricane "
                     "damaged energy facilities in the same area, prompting oil prices to jump 22 percent in one month.",
                     published="2005-08-29")
    assert [(m.change_pct, m.close, m.date) for m in facts.moves] == [(None, 68.45, "2005-08-29")]


def test_section_label_is_no_name():
    facts = facts_of("Netflix shares climb on upgrade\n\nNetflix shares climbed on Tuesday.\n\n"
                     "SHARE ACTION: Shares increased $0.87, or 3.2 percent, to close at $28.05 Tuesday.",
                     published="2013-03-05")
    assert {m.entity.name for m in facts.moves if m.change_pct is not None} == {"Netflix Inc"}
