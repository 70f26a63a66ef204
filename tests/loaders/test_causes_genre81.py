"""Causes and movers of the 461st to 464th sets: the cue "in the aftermath of" (the Honolulu Star-Bulletin's AP copy,
"Stocks slid yesterday in the grim aftermath of the Gulf Coast storm"), the cause verb "weighed down on" and a
sector's index named before a relative ("A firmer dollar however weighed down on the Banks index, as it lost
0.47%", Fin24), and a move noun after "enjoying" ("with offshore driller CNOOC enjoying a 4.3 percent gain on the back
of firmer crude prices", CNBC); and an "as" that names a role stays in the cause ("after announcing Jane Tully as the
broadcaster's new chief executive", the 455th set).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def test_in_the_aftermath_of():
    _, causes = moves_and_causes("The Dow slid 1.4% in the aftermath of the Gulf Coast storm.", published="2005-08-31")
    assert causes == {("Dow Jones Industrial Average", "the Gulf Coast storm")}


def test_weighed_down_on_a_sector_index_that_lost():
    moves, causes = moves_and_causes("The JSE rose 0.7%. A firmer dollar weighed down on the Banks index, which "
                                     "lost 0.47%.", published="2017-09-27")
    assert ("Banks", "down", -0.47, None) in moves
    assert ("Banks", "A firmer dollar") in causes


def test_a_move_noun_after_enjoying():
    moves, causes = moves_and_causes("Hong Kong stocks ended 0.8 percent higher, with offshore driller CNOOC enjoying "
                                     "a 4.3 percent gain on the back of firmer crude prices.", published="2008-05-21")
    assert ("CNOOC Limited", "up", 4.3, None) in moves
    assert ("CNOOC Limited", "firmer crude prices") in causes


@pytest.mark.parametrize("text, cause", [
    ("Kestrel Media lost 3.1 per cent to $2.07 after announcing Jane Tully as the broadcaster's new chief executive.",
     "announcing Jane Tully as the broadcaster's new chief executive"),
    ("Tesla fell 2% after it named Jane Doe as chief executive.", "it named Jane Doe as chief executive"),
])
def test_an_as_naming_a_role_stays_in_the_cause(text, cause):
    assert {c for _, c in moves_and_causes(text, published="2015-11-09")[1]} == {cause}
