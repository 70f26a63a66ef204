"""Moves of the 449th to 456th sets (South Asia, the Gulf, China, the Americas): a web copy's dateline that lost its
dash keeps its month and day for a page with no date ("Mumbai, May 3 (IANS) The Sensex ..." is "--05-03"); a move
noun "in component Pfizer"; an aside opened
by "from" ("The FTSE BIVA, from Mexico's Institutional Stock Exchange (BIVA), climbed 1.37%"); a description first and
the name in its aside ("The Gulf's third-biggest bourse, the Kuwait Stock Exchange, finished down"); "whose share
rose" with no comma before it; and an index's name after a place word is one of its surface forms ("The US Standard &
Poor's 500 Index" is also "Standard & Poor's 500 Index").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The FTSE BIVA, from Mexico's Institutional Stock Exchange (BIVA), climbed 1.37% to 1,148.52 points.",
     [("FTSE BIVA", "up", 1.37, 1148.52)]),
    ("The Gulf's third-biggest bourse, the Kuwait Stock Exchange, finished down 0.41 percent at 7,214.60 points.",
     [("Boursa Kuwait Premier Market Index", "down", -0.41, 7214.6)]),
    ("Among the biggest gainers were Lark Bank whose share rose 0.35 percent to QR17.12, Osprey Islamic Bank whose "
     "share added 1.12 percent to QR72.40.",
     [("Lark Bank", "up", 0.35, 17.12), ("Osprey Islamic Bank", "up", 1.12, 72.4)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-01-19")[0] == expected


def test_move_noun_in_an_index_component():
    moves = moves_and_causes("The Dow dropped 58.42 points to 7,114.36, weighed down by a 5.3 per cent drop in component "
                             "Pfizer.", published="2009-03-09")[0]
    assert [(m[1], m[2]) for m in moves if m[2] is not None] == [("down", -5.3)]


@pytest.mark.parametrize("lead, day", [
    ("Mumbai, May 3 (IANS) The Sensex fell 0.87 percent on selling by foreign funds.", "--05-03"),
    ("Tokyo, Sep 15 (AP) Asian shares were lower. The Nikkei fell 1.2%.", "--09-15"),
])
def test_dateline_month_and_day_without_a_published_date(lead, day):
    facts = facts_of(lead, published=None)
    assert facts.moves and {m.date for m in facts.moves} == {day}


def test_dateline_day_yields_to_the_published_date():
    facts = facts_of("Mumbai, May 3 (IANS) The Sensex fell 0.87 percent.", published="2012-05-03")
    assert [m.date for m in facts.moves] == ["2012-05-03"]


def test_index_name_after_a_place_word_is_a_surface_form():
    facts = facts_of("The US Standard & Poor's 500 Index slid 3.2 per cent. China's Shanghai Composite Index fell 1%.",
                     published="2009-03-03")
    aliases = {m.entity.name: m.entity.aliases for m in facts.moves}
    assert "Standard & Poor's 500 Index" in aliases["S&P 500"]
    assert "Composite Index" not in aliases["Shanghai Composite Index"]  # (not a name of its own)
