"""An index the reference data lack, named with a capital "Index" ("The Bloomberg Dollar Spot
Index was flat"), is an index of its own, never "the index" named before it. Written in the
style of Bloomberg's Asia open."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


def test_an_unknown_capitalised_index_is_not_the_index_before_it():
    facts = facts_of("In India, the NSE Nifty 50 Index rose 0.5% to a record. The Bloomberg Dollar Spot Index was flat.")
    moves = {m.entity.id: m.change_pct for m in facts.moves}
    assert moves.get("idx-nifty50") == 0.5  # not overwritten, and no second, flat Nifty move
    flat = [m for m in facts.moves if m.change_pct == 0.0]
    assert len(flat) == 1 and flat[0].entity.type.value == "index" and "Dollar Spot" in flat[0].entity.name


def test_msci_asia_pacific_is_not_its_ex_japan_sibling():
    # Bloomberg's "MSCI Asia Pacific Index" includes Japan; Reuters' "Asia-Pacific index excluding Japan" does not
    facts = facts_of("The MSCI Asia Pacific Index dropped 0.7%. MSCI's Asia-Pacific index excluding Japan slipped "
                     "1.1%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-msci-ap", -0.7), ("idx-msci-apxj", -1.1)]


def test_an_index_name_with_a_typo_is_the_index():
    # one letter off, and "Index" at its end: the known index; a name far from any stays its own
    facts = facts_of("The Hang Sang Tech Index surged 4.3 per cent. The Dow Jonas Transport Index fell 1%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-hstech", 4.3), ("idx-dow-jonas-transport", -1.0)]


# an index named in title case by common words, which no company's name is made of (the 481st-488th sets' round)
@pytest.mark.parametrize("text, name, pct, close", [
    ("The Tech Index climbed 2.3 per cent, while mainland China's Shanghai Composite Index edged down 0.4 per cent.",
     "Tech", 2.3, None),
    ("The broader All Stocks Index gained 0.8 per cent to 6,410.25.", "All Stocks", 0.8, 6410.25),
])
def test_an_index_named_by_common_words(text, name, pct, close):
    moves, _ = moves_and_causes(text, published="2019-05-14")
    assert (name, "up", pct, close) in moves


@pytest.mark.parametrize("text", [
    "The Consumer Price Index rose 0.3 percent in May.",
    "The Producer Price Index fell 0.2 percent last month.",
    # review 84's macro gauges named in title case
    "The Retail Sales Index dropped 0.8 percent in January.",
    "The Employment Cost Index rose 1.2 percent.",
    "The Purchasing Managers' Index rose 0.4 percent to 51.2.",
    "The Trade Weighted Index fell 0.4 per cent.",
])
def test_a_macro_index_stays_no_move(text):
    assert moves_and_causes(text, published="2019-05-14")[0] == []


def test_an_all_share_price_index_is_the_market_s():
    """'the benchmark All Share Price Index' in a Colombo story is the Colombo ASPI (Dhaka and Chittagong have theirs
    of that name too), not a new index."""
    facts = facts_of("COLOMBO - The Colombo Stock Exchange gained on Tuesday, with its benchmark All Share Price Index "
                     "up 1.4 per cent to 5,286.40.")
    assert [(m.entity.id, m.change_pct, m.close) for m in facts.moves] == [("idx-aspi", 1.4, 5286.4)]
