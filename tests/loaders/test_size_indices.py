"""Size sub-indices the reference data lack ("the BSE midcap gauge", "the smallcap index") are
indices of their own, not "the index" named before them. Written in the style of the Economic
Times' and Business Standard's closing reports."""
from __future__ import annotations

from tests.conftest import facts_of


def test_midcap_and_smallcap_indices_are_their_own_indices():
    facts = facts_of("The NSE Nifty slumped 281.3 points, or 1.24 per cent, to 22,392.45. Among broader indices, "
                     "the BSE midcap gauge declined 1.8 per cent and the smallcap index fell 2.1 per cent.")
    moves = {m.entity.name: (m.entity.type.value, m.change_pct, m.conflicts) for m in facts.moves}
    assert moves["Nifty 50"] == ("index", -1.24, ())  # no conflicting figures taken from the sub-indices
    assert moves["BSE Midcap"] == ("index", -1.8, ())
    assert moves["smallcap index"]  # (a name in lower case keeps its "index") == ("index", -2.1, ())


def test_the_blue_chip_index_is_still_the_index_before_it():
    facts = facts_of("The Hang Seng Index climbed 1.4% on Monday. On Tuesday, the blue-chip index slid 0.6%.")
    assert {m.entity.id for m in facts.moves} == {"idx-hsi"}
