"""Moves of the 263rd to 266th sets (VOA wraps; Reuters, CNBC and BBC copies): a place list whose markets
"followed suit" with one figure, a bracket whose figure comes before its side, "closed just 0.01 percent",
a headline's "Close Down", CNBC's movers item whose subject is "The stock", names inside an appositive, a
Reuters code glued to its name, and a generic word no company's short name.

The VOA sentences are public domain and copied (source lines below); the others were written for these
tests in the style of CNBC, the BBC and Reuters' syndicated copies, not copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2020-04-03")


def test_a_place_list_that_followed_suit_shares_the_figure():
    # VOA, 2013-05-23: http://www.voanews.com/content/japan-shares-plunge-following-negative-chinese-data/1666634.html
    moves, causes = _facts("Stocks in London, Paris and Frankfurt followed suit, closing down more than two percent.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("FTSE 100", -2.0), ("CAC 40", -2.0), ("DAX", -2.0)]
    assert not causes  # "followed suit" names no lead that was followed


def test_a_figure_before_its_side_in_brackets():
    # VOA, 2020-04-03: https://www.voanews.com/economy-business/us-markets-close-down-more-1-friday
    moves, _ = _facts("In Europe, major indexes also fell in Friday's trading, including in London (down 1.2 percent), "
                      "Frankfurt (fell 0.5 percent) and Paris (1.6 percent lower), as global coronavirus cases "
                      "exceeded 1 million.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("FTSE 100", -1.2), ("DAX", -0.5), ("CAC 40", -1.6)]


def test_closed_just_a_figure_in_the_green():
    # after VOA, 2020-04-03 (as above; the figure and the joining word changed)
    moves, _ = _facts("Most Asian markets closed slightly down on Friday's trading session, and the Nikkei 225 in "
                      "Japan closed just 0.02 percent in the green.")
    assert ("Nikkei 225", "up", 0.02, None) in moves
    assert _facts("The Topix closed only 0.2 percent higher.")[0] == [("TOPIX", "up", 0.2, None)]


def test_a_headlines_close_down_is_no_name():
    facts = facts_of("US Markets Close Down More Than 1% Friday\n\nU.S. stock markets fell Friday more than 1 percent.",
                     published="2020-04-03")
    assert {m.entity.name for m in facts.moves} == {"Wall Street"}
    named = facts_of("Close Brothers Up 3%\n\nShares in Close Brothers rose 3% on Tuesday.", published="2020-04-03")
    assert {m.entity.name for m in named.moves} == {"Close Brothers"}  # (a guard: a name that opens with the word)


def test_the_stock_after_a_movers_items_name():
    facts = facts_of("Stocks making the biggest moves\n\nBrightline Fuels \u2014 The stock rose 3.6% after Raymond James "
                     "upgraded it to outperform.", published="2023-04-05")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Brightline Fuels", 3.6)]
    assert [(a.investor.name, a.action.value, a.target.name) for a in facts.investor_actions] == \
        [("Raymond James", "upgraded", "Brightline Fuels")]


def test_names_inside_an_appositive_are_not_its_subject():
    moves, causes = _facts("Kingfisher, the owner of B&Q and Screwfix, was the biggest riser on the FTSE. The firm's "
                           "shares jumped 2.4% after an upgrade from Goldman Sachs.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Kingfisher plc", 2.4)]
    assert causes == {("Kingfisher plc", "an upgrade from Goldman Sachs")}
    moves, _ = _facts("Kingfisher, the owner of B&Q and Screwfix, was the biggest riser on the FTSE 100, up 2.4%.")
    assert moves == [("Kingfisher plc", "up", 2.4, None)]


def test_the_firm_is_not_a_name_of_its_appositive():
    moves, _ = _facts("Kingfisher, the owner of B&Q and Screwfix, said profits rose. The firm's shares jumped 2.4%.")
    assert [name for name, *_ in moves] == ["Kingfisher plc"]


def test_a_reuters_code_glued_to_its_name():
    moves, causes = _facts("Among single stocks, PhilipsPHG.AS tumbled 5.6% after a U.S. regulator flagged a safety "
                           "issue with its machines.")
    assert moves == [("Philips", "down", -5.6, None)]
    assert {effect for effect, _ in causes} == {"Philips"}
    moves, _ = _facts("Siltronic WAFGn.DE gained 7.8% after Berenberg upgraded the German chip supplier to buy.")
    assert moves == [("Siltronic", "up", 7.8, None)]  # one sentence: the code's stem does not end it


def test_a_generic_word_of_company_names_is_no_short_name():
    moves, _ = _facts("Shares of Zions Bancorp rose 2% and Western Alliance Bancorp fell 3%.")
    assert "The Bancorp, Inc." not in {name for name, *_ in moves}
