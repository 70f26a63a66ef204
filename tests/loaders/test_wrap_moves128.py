"""Moves of the 449th to 456th sets (South Asia, the Gulf, China, the Americas): a web copy's dateline that lost its
dash keeps its month and day for a page with no date ("Mumbai, May 3 (IANS) The Sensex ..." is "--05-03"); a move
noun "in component Merck"; an aside opened
by "from" ("The FTSE BIVA, from the Institutional Stock Exchange (BIVA), also advanced 2.49%"); a description first and
the name in its aside ("The second largest Arab bourse, the Kuwait Stock Exchange, closed down"); "whose share rose"
with no comma before it; and an index's name after a place word is one of its surface forms ("The US Standard &
Poor's 500 Index" is also "Standard & Poor's 500 Index").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The FTSE BIVA, from the Institutional Stock Exchange (BIVA), also advanced 2.49% to 1,092.36 points.",
     [("FTSE BIVA", "up", 2.49, 1092.36)]),
    ("The second largest Arab bourse, the Kuwait Stock Exchange, closed down 0.26 percent at 11,795.70 points.",
     [("Boursa Kuwait Premier Market Index", "down", -0.26, 11795.7)]),
    ("Among the top gainers were Qatar National Bank whose share rose 0.06 percent to QR166.60, Qatar Islamic Bank whose "
     "share added 0.59 percent to QR68.70.",
     [("Qatar National Bank", "up", 0.06, 166.6), ("Qatar Islamic Bank", "up", 0.59, 68.7)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-01-19")[0] == expected


def test_move_noun_in_an_index_component():
    moves = moves_and_causes("The Dow dropped 79.89 points to 6,547.05, weighed down by a 7.7 per cent drop in component "
                             "Merck.", published="2009-03-09")[0]
    assert [(m[1], m[2]) for m in moves if m[2] is not None] == [("down", -7.7)]


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
    facts = facts_of("The US Standard & Poor's 500 Index tumbled 4.7 per cent. The Shanghai Composite Index fell 1%.",
                     published="2009-03-03")
    aliases = {m.entity.name: m.entity.aliases for m in facts.moves}
    assert "Standard & Poor's 500 Index" in aliases["S&P 500"]
    assert "Composite Index" not in aliases["Shanghai Composite Index"]  # (not a name of its own)
