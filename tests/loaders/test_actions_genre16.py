"""Investor actions whose misses the 227th-266th sets share: a broker's rating of a sector ("Barclays downgraded UK
housebuilders", "upgraded the U.S. semiconductor sector": the sector, not the country or a company named before), two
brokers of one noun ("following downgrades from UBS and Bernstein"), and brokers by the names wraps give them ("Bank of
America Merrill Lynch", "MKM Partners", "J.P. Morgan Securities"); a broker that is also a listed company
moves as the company ("Lehman Brothers shares fell 45 percent").

Sentences were written for these tests in the style of Reuters, CNBC, the BBC and AP, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets\n\n" + text, published="2017-10-30")


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in _facts(text).investor_actions]


def test_a_brokers_rating_of_a_sector():
    assert _actions("Housebuilders fell after Barclays downgraded UK housebuilders to underweight.") == [
        ("Barclays", "downgraded", "Property")]
    assert _actions("Intel jumped 3 percent after Jefferies upgraded the semiconductor sector.") == [
        ("Jefferies", "upgraded", "Semiconductors")]  # (not Intel, the company named before)
    assert _actions("Intel shares jumped 3 percent after Jefferies upgraded the U.S. semiconductor sector.") == [
        ("Jefferies", "upgraded", "Semiconductors")]  # (not the U.S., a country's rating)


def test_a_countrys_rating_and_the_stock_described_stay_as_they_were():
    # (guards)
    assert _actions("The euro fell after Fitch downgraded France to AA-.") == [("Fitch Ratings", "downgraded", "France")]
    assert _actions("Zions Bancorporation rose 3.2% after Baird upgraded the regional bank stock to outperform.") == [
        ("Baird", "upgraded", "Zions Bancorporation")]


def test_a_plural_rating_noun_before_a_preposition_is_no_verb():
    assert not _actions("Harsh downgrades in the insurance sector weighed on the Dow on Monday.")


def test_two_brokers_of_one_rating_noun():
    assert _actions("Hershey dropped 2.2 percent following downgrades from UBS and Bernstein.") == [
        ("UBS", "downgraded", "The Hershey Company"), ("Bernstein", "downgraded", "The Hershey Company")]


def test_brokers_by_the_names_wraps_give_them():
    facts = _facts("Facebook shares fell 3.6 percent after Bank of America Merrill Lynch trimmed its price target on "
                   "the shares.")
    assert [(a.investor.name, a.action.value) for a in facts.investor_actions] == [("Bank of America", "other")]
    assert "Bank of America Merrill Lynch" in facts.investor_actions[0].investor.aliases
    assert _actions("Apple rose 1.6% after MKM Partners boosted its price target on the shares.") == [
        ("MKM Partners", "other", "Apple Inc")]
    assert [investor for investor, *_ in _actions("Tesla rose 2% after J.P. Morgan Securities upgraded it to buy.")] \
        == ["JPMorgan"]


def test_a_brokers_own_shares_move_as_a_company():
    # (a guard, from review 54: Lehman Brothers was briefly a reference broker)
    facts = _facts("Lehman Brothers shares fell 45 percent on Tuesday.")
    assert [(m.entity.name, m.entity.type.value, m.change_pct) for m in facts.moves] == [
        ("Lehman Brothers", "company", -45.0)]


def test_a_purchase_of_a_named_companys_own_shares():
    # Xinhua's style (the 265th set)
    assert _actions("CCB also said Bank of America had bought 12 billion of its H-shares from Central Huijin.") == [
        ("Bank of America", "bought", "China Construction Bank")]


def test_a_rating_on_a_described_company():
    # Reuters' and Bloomberg's styles (the 272nd and 273rd sets)
    assert _actions("Commerzbank slid 3.3% as Barclays cut its rating on the German lender's stock to underweight.") \
        == [("Barclays", "downgraded", "Commerzbank")]
    assert _actions("Steelmakers rose after Credit Suisse upgraded its rating on the nation's second-largest mill, JFE "
                    "Holdings Inc., due to its exposure to Asia.") == [("Credit Suisse", "upgraded", "JFE Holdings")]
    # (a guard)
    assert _actions("Tesco rose 4% after UBS raised its rating on the shares to buy.") == [("UBS", "upgraded", "Tesco")]


def test_a_described_target_is_the_mover_named_before_the_broker():
    # Reuters' style (the 272nd set): two movers, the rating's between them
    assert _actions("Credit Agricole dropped 3.0% after Goldman Sachs downgraded the French bank to sell, while "
                    "Commerzbank slid 3.3%.") == [("Goldman Sachs", "downgraded", "Credit Agricole")]
