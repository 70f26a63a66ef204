"""Broker notes as rating stories write them: "cut Metro to hold from buy", the target price changed in the
same breath ("... and lifted the price target"), a list of brokers cutting their recommendations, "an
upgrade to outperform by Bernstein", a firm the reference data lack before "analyst", and a conviction or
focus list (sentences written for these tests in the styles of Reuters, Sharecast and The Motley Fool; not
copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text, published="2024-05-15").investor_actions]


def test_a_rating_cut_with_the_company_as_object():
    # Reuters: "Berenberg cut Metro to "hold" from "buy""
    assert _actions('Carrefour fell 3%. Berenberg cut Carrefour to "hold" from "buy".') == [
        ("Berenberg", "downgraded", "Carrefour")]
    assert _actions("Rio Tinto rose 3%. UBS raised Rio Tinto to buy.") == [("UBS", "upgraded", "Rio Tinto")]


def test_no_rating_in_a_cut_without_one():
    # (a guard: "cut ... to" a figure or a thing is no rating)
    assert _actions("The central bank cut rates to 2%. Tesla cut Model 3 prices to $30,000.") == []


def test_the_target_price_changed_with_the_rating():
    # Sharecast's style: "after Jefferies upgraded the stock to 'outperform' ... and lifted the price target to ..."
    text = ("Miner Anglo American was the top riser after Jefferies upgraded the stock to 'outperform' from "
            "'neutral' and lifted the price target to 2,600p from 2,100p as it switched its preference from Glencore.")
    assert _actions(text) == [("Jefferies", "upgraded", "Anglo American plc"),
                              ("Jefferies", "other", "Anglo American plc")]
    # The Motley Fool: "... has boosted his rating on the stock ..., while upping his price target"
    text = ("Nokia rose 5%. Bernstein Research analyst Jane Roe has boosted her rating on the stock from "
            "underperform to market perform, while upping her price target from $4 to $6.")
    assert _actions(text) == [("Bernstein Research", "upgraded", "Nokia"), ("Bernstein Research", "other", "Nokia")]


def test_a_second_broker_changes_its_own_target():
    # (a guard: another broker's target price is its own action, not the first broker's; read so before too)
    assert _actions("Tesla rose 4% after Goldman upgraded the stock to buy and Citi raised its price target.") == [
        ("Goldman Sachs", "upgraded", "Tesla Inc"), ("Citigroup", "other", "Tesla Inc")]


def test_a_list_of_brokers():
    # Reuters: "Citi, Deutsche Bank, HSBC and JP Morgan Cazenove also cut their recommendations on Metro"
    text = "Carrefour fell 4%. Citi, Deutsche Bank and HSBC also cut their recommendations on Carrefour on Wednesday."
    assert _actions(text) == [("Citigroup", "downgraded", "Carrefour"), ("Deutsche Bank", "downgraded", "Carrefour"),
                              ("HSBC Holdings", "downgraded", "Carrefour")]
    assert sorted(_actions("Apple fell 2% after Goldman Sachs and Morgan Stanley cut their price targets on the "
                           "stock.")) == [("Goldman Sachs", "other", "Apple Inc"), ("Morgan Stanley", "other", "Apple Inc")]


def test_no_list_of_places():
    # (a guard: places that "cut their rates" are no brokers)
    assert _actions("Tokyo, Seoul and Hong Kong cut their rates.") == []


def test_an_upgrade_to_a_rating_by_a_broker():
    # Sharecast: "Whitbread was the top gainer on the index after an upgrade to 'outperform' by Bernstein"
    assert _actions("Premier Inn owner Whitbread was the top gainer on the index after an upgrade to 'outperform' "
                    "by Bernstein.") == [("Bernstein", "upgraded", "Whitbread")]
    assert _actions("Tesla rose 3% after an upgrade to buy from hold.") == []


def test_a_pick_list():
    # UPI: "after Goldman Sachs added the retailer to its conviction buy list"; CNBC-TV18's focus list
    assert _actions("Walmart rose 2.12% after Goldman Sachs added the retailer to its conviction buy list.") == [
        ("Goldman Sachs", "other", "Walmart")]
    assert _actions("Reliance rose 2%. Morgan Stanley put Reliance on its focus list.") == [
        ("Morgan Stanley", "other", "Reliance Industries")]
    assert _actions("Reliance rose 2%. Morgan Stanley put Reliance on its list of stocks to watch.") == []


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text, published="2024-05-15").causes]


def test_a_note_explains_a_move_stated_before():
    # Sharecast's style: "Miner Rio Tinto was the top riser after Jefferies upgraded the stock ..."; the move's
    # figure is in the table above it
    text = ("FTSE 100 - Risers\n\nAnglo American (AAL) 2,100p 4.2%\n\nMiner Anglo American was the top riser after "
            "Jefferies upgraded the stock to outperform.")
    assert _causes(text) == [("Anglo American plc", "Jefferies upgraded the stock to outperform")]
    assert _causes("Unilever fell 2%. Unilever was also under pressure as UBS downgraded it to neutral.") == [
        ("Unilever", "UBS downgraded it to neutral")]


def test_no_note_cause_for_a_company_with_no_move():
    # (a guard: a rated company that did not move has no move to explain)
    assert _causes("Unilever said sales rose. Nestle was in focus after UBS downgraded it to neutral.") == []


def test_a_rating_cut_of_it_and_the_descriptions_mover():
    # Sharecast: "as Barclays upped it to 'equalweight' from 'underweight' and lifted the price target"
    text = ("Anglo American rose 5%. Anglo American also benefited from an upgrade, as Barclays upped it to "
            "'equalweight' from 'underweight' and lifted the price target to 845p from 550p.")
    assert _actions(text) == [("Barclays", "upgraded", "Anglo American plc"), ("Barclays", "other", "Anglo American plc")]
    # CNBC: "Shares of Bed Bath & Beyond jumped 7.6% after WedBush upgraded the home goods retailer": the
    # sentence's one mover, not another retailer named before
    text = ("Tesco fell 1%. Shares of Ocado jumped 7.6% after Jefferies upgraded the online grocer to buy from "
            "hold.")
    assert _actions(text) == [("Jefferies", "upgraded", "Ocado")]
