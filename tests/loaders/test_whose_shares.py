"""', whose shares slid 2.7%': the relative's owner is the subject of the move. Written in the style
of Reuters' European wraps."""
from __future__ import annotations

from tests.conftest import facts_of


def test_whose_shares_names_the_owner():
    facts = facts_of("Shell fell 1.9% after the oil major denied a report it was in talks to buy rival BP, whose "
                     "shares slid 2.7%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("tkr-shel-l", -1.9), ("tkr-bp-l", -2.7)]


def test_which_still_names_its_antecedent():
    facts = facts_of("The top gainer was Tencent, which rose 6.2%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("hkex-0700", 6.2)]
