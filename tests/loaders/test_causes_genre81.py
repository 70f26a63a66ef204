"""Causes and movers of the 461st to 464th sets: the cue "in the aftermath of" (the Honolulu Star-Bulletin's AP copy,
"Stocks skidded yesterday in the devastating aftermath of Hurricane Katrina"), the cause verb "weighed down on" and a
sector's index named before a relative ("The weaker rand however weighed down on the Financials index, as it lost
0.32%", Fin24), and a move noun after "enjoying" ("with oil producer CNOOC enjoying a 5.9 percent jump on the back of
record oil prices", CNBC); and an "as" that names a role stays in the cause ("after announcing Hugh Marks as the network's
new chief executive", the 455th set).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def test_in_the_aftermath_of():
    _, causes = moves_and_causes("The Dow skidded 1% in the aftermath of Hurricane Katrina.", published="2005-08-31")
    assert causes == {("Dow Jones Industrial Average", "Hurricane Katrina")}


def test_weighed_down_on_a_sector_index_that_lost():
    moves, causes = moves_and_causes("The JSE rose 0.5%. The weaker rand weighed down on the Financials index, which "
                                     "lost 0.32%.", published="2017-09-27")
    assert ("Financials", "down", -0.32, None) in moves
    assert ("Financials", "The weaker rand") in causes


def test_a_move_noun_after_enjoying():
    moves, causes = moves_and_causes("Hong Kong stocks closed 1.2 percent higher, with oil producer CNOOC enjoying a 5.9 "
                                     "percent jump on the back of record oil prices.", published="2008-05-21")
    assert ("CNOOC Limited", "up", 5.9, None) in moves
    assert ("CNOOC Limited", "record oil prices") in causes


@pytest.mark.parametrize("text, cause", [
    ("Nine Entertainment lost 2.2 per cent to $1.55 after announcing Hugh Marks as the network's new chief executive.",
     "announcing Hugh Marks as the network's new chief executive"),
    ("Tesla fell 2% after it named Jane Doe as chief executive.", "it named Jane Doe as chief executive"),
])
def test_an_as_naming_a_role_stays_in_the_cause(text, cause):
    assert {c for _, c in moves_and_causes(text, published="2015-11-09")[1]} == {cause}
