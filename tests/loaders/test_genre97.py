"""Causes the blind sets' gold holds and the extraction missed, read by their cue ("as" and "after" the most): an "as"
that names a role inside the cause ("after emerging as the preferred bidder"), how much traded before why ("on heavy
volume after X"), and a company's code between its name and "saw its share price".

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _read(text: str) -> tuple[list[tuple], set[tuple]]:
    return moves_and_causes(text, published="2019-05-14")


@pytest.mark.parametrize("text, expected", [
    # an "as" after a verb of naming or emerging is no second clause
    ("Kestrel jumped 9% after emerging as the preferred bidder for a port contract.",
     ([("Kestrel", "up", 9.0, None)], {("Kestrel", "emerging as the preferred bidder for a port contract")})),
    ("Kestrel rose 3% after it was named as the preferred supplier.",
     ([("Kestrel", "up", 3.0, None)], {("Kestrel", "it was named as the preferred supplier")})),
    # how much traded, then why
    ("Kestrel sank 5.8% on heavy trading volumes following word it had called off merger talks with Osprey.",
     ([("Kestrel", "down", -5.8, None)], {("Kestrel", "word it had called off merger talks with Osprey")})),
    ("Kestrel slumped 7.3% on thin volume.", ([("Kestrel", "down", -7.3, None)], set())),
    ("Kestrel rose 2% on strong demand for its chips.",
     ([("Kestrel", "up", 2.0, None)], {("Kestrel", "strong demand for its chips")})),
    # a code between the name and "saw its share price"
    ("Bakery chain Kestrel (LON:KST) saw its share price sink 7.1% to 1,032p after reporting weaker sales.",
     ([("Kestrel", "down", -7.1, 1032.0)], {("Kestrel", "reporting weaker sales")})),
])
def test_causes_by_their_cue(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a close after an extreme the day touched: "hit a 52-week low ... before ending down 2.3%"
    ("Kestrel touched a 52-week low of $21.40 before ending down 1.7% at $21.96.",
     ([("Kestrel", "down", -1.7, 21.96)], set())),
    ("Kestrel shares hit a record high intraday before closing up 1.9% at $41.05.",
     ([("Kestrel", "up", 1.9, 41.05)], set())),
    # PTI's level, then "N per cent or N points higher"
    ("The Sensex settled at 41,318.52, 0.37 per cent or 152.60 points higher.",
     ([("BSE Sensex", "up", 0.37, 41318.52)], set())),
    ("The Nifty closed at 11,650.2, 0.3 per cent lower.", ([("Nifty 50", "down", -0.3, 11650.2)], set())),
    ("The Sensex closed at 41,318.52, 1.2 per cent higher for the week.", ([], set())),
    # "a downturn of N%" as "a decline of N%"
    ("The EGX30 experienced a downturn of 0.8%, closing at 28,410.6 points.",
     ([("EGX 30", "down", -0.8, 28410.6)], set())),
    # Lagos papers' "led the losers' chart by N per cent"
    ("Kestrel led the losers' chart by 9.7 per cent to close at N42.15, while Osprey Insurance led the gainers' chart "
     "by 9.6 per cent.",
     ([("Kestrel", "down", -9.7, 42.15), ("Osprey Insurance", "up", 9.6, None)], set())),
    # "MOEX Russian index"
    ("The MOEX Russian index slipped 0.6% to 2,861.5 points.",
     ([("MOEX Russia Index", "down", -0.6, 2861.5)], set())),
])
def test_the_633rd_to_640th_sets_first_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "led declines" with no article, as "led the declines"; a market's breadth is none
    ("Kestrel Land, the second-largest developer, led declines after property sales fell.",
     ([], {("Kestrel Land", "property sales fell")})),
    ("Advances led declines by 3 to 1 on the exchange.", ([], set())),
    # investors selling off is the cause's own clause, not a mover that ends it
    ("The Sensex ended 3.9 per cent down as nervous investors sold off their holdings in banks.",
     ([("BSE Sensex", "down", -3.9, None)], {("BSE Sensex", "nervous investors sold off their holdings in banks")})),
])
def test_the_633rd_to_640th_sets_second_read(text, expected):
    assert _read(text) == expected
