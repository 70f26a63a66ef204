"""Review 71's worse cases, mended: a spelt-out "minus" is the sign only after a word of a fall ("declined minus 0.77
percent"), not after "rose" or "gained", whose sign and verb disagree (the figure is left unread, as before); a price
after "to" is no trade's sum only after a price step ("picked up 10 sen to RM15.40"), so "picked up 20 million Axiata
shares to RM2.90 apiece" and "bought stocks amounting to 1 trillion yen" are purchases again, and "Foreign selling
amounted to P2.8 billion" a sale with no target.

Sentences were written for these tests by the review helper and the lead in the styles of Bernama, Nikkei Asia and
the Inquirer, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Nikkei Stock Average rose minus 0.2 percent, the Topix minus 0.3 percent.", [("Nikkei 225", "up", None, None)]),
    ("The KOSPI gained minus 0.3 percent.", [("KOSPI", "up", None, None)]),
    ("Mining and energy declined minus 0.5 percent and minus 0.4 percent, respectively.",
     [("Metals and mining", "down", -0.5, None), ("Energy", "down", -0.4, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2021-03-02")[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Khazanah Nasional picked up 20 million Axiata shares to RM2.90 apiece.",
     [("Khazanah Nasional", "bought", "Axiata", "RM2.90")]),
    ("Japan's Government Pension Investment Fund bought Japanese stocks amounting to 1 trillion yen in the quarter.",
     [("Pension Investment Fund", "bought", None, "1 trillion yen")]),
    ("Foreign selling amounted to P2.8 billion.", [("Foreign", "sold", None, "P2.8 billion")]),
    ("Shares of PetDag jumped 50 sen to RM20.10 and PetGas picked up 12 sen to RM15.60.", []),
])
def test_actions(text, expected):
    got = facts_of("Markets\n\n" + text, published="2021-03-02").investor_actions
    assert [(a.investor.name, a.action.value, a.target.name if a.target else None, a.amount) for a in got] == expected
