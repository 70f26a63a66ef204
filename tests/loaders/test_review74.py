"""Review 74's worse cases and some of its too-narrow ones (its sentences, written for the review in the styles of the
wires; not copied): a move that "follows a familiar pattern" or "the same script" has no cause; "The reason for the
fall was X" is a cause (not "The reason for the rally is unclear"); "Its recovery came after X"; "posted a 3% rise in
Sydney" is the company's; a figure after a steady or unchanged level gives the side ("steady at 38,500, up 0.1%");
Asia Economy's "closed at 52,900 KRW, up 0.57%" reads the code as the price's currency; "by a very moderate 0.03
percent"; dpa-AFX's "became cheaper by 1.4 percent"; "Euro Stoxx50" and "Stoxx600" are the indices; "Liquidity"
opening a sentence is no company."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Nikkei fell 1.2%. The declines follow a familiar pattern seen in previous tightening cycles.", set()),
    ("The Kospi lost 0.8%. The losses follow the same script as last year's summer sell-off.", set()),
    ("The Kospi gained 0.8%. The gains follow Wall Street's overnight rally.",
     {("KOSPI", "Wall Street's overnight rally")}),
    ("The FTSE 100 dropped 1.3%. The reason for the fall was a surprise rise in UK inflation.",
     {("FTSE 100", "a surprise rise in UK inflation")}),
    ("The FTSE 100 dropped 1.3%. The reason for the fall is unclear.", set()),
    ("The Straits Times Index rose 0.5%. Its recovery came after DBS Group reported record profit.",
     {("Straits Times Index", "DBS Group reported record profit")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-06-04")[1] == expected


@pytest.mark.parametrize("text, expected", [
    ("BHP Group posted a 3% rise in Sydney.", [("BHP Group", "up", 3.0, None)]),
    ("The Nikkei was steady at 38,500, up 0.1%.", [("Nikkei 225", "up", 0.1, 38500.0)]),
    ("Samsung Electronics closed at 52,900 KRW, up 0.57% from the previous day, while SK Hynix closed at 84,400 KRW, "
     "down 1.06%.", [("Samsung Electronics", "up", 0.57, 52900.0), ("SK Hynix", "down", -1.06, 84400.0)]),
    ("The ATX fell by a very moderate 0.03 percent to 3147.44 points.", [("ATX", "down", -0.03, 3147.44)]),
    ("Erste Group became cheaper by 1.4 percent.", [("Erste Group", "down", -1.4, None)]),
    ("The DAX fell 1.25pc while the Euro Stoxx50 was down 0.91pc.",
     [("DAX", "down", -1.25, None), ("Euro Stoxx 50", "down", -0.91, None)]),
    ("The Euro Stoxx600 was down by 0.7pc.", [("STOXX Europe 600", "down", -0.7, None)]),
    ("Liquidity increased on Friday, totalling 95 million shares worth 1.42 trillion VND (63.1 million USD), up 36 "
     "percent in volume.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-06-04")[0] == expected
