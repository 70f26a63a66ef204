"""Review 62's and review 63's mends, and what the 308th and 310th sets showed of New Zealand and Irish wraps.

Review 62: a listed broker is the company a description names only where it was named last, and not as the analysts'
firm ("questioned by analysts at UBS"). Review 63: "drag" ranks only with a ranking adjective ("The strong yen was a
drag on exporters" ranks nothing); "Back" is no name only in "Back home," ("Back Yard Burgers" keeps its name);
"sending it 3 per cent higher". The sets: the Irish and New Zealand companies the reference data lacked ("the Irish
airline" is Ryanair's, "Fisher and Paykel Healthcare" one name), a name after a copula whose subject names nothing
("The big news on the day was Fisher and Paykel Appliances, rising 29.3 per cent"), and "Oil and gas producer
Woodside" moves no oil.

Sentences were written for these tests in the styles of the Irish Times, the NZ Herald, the ABC and Reuters, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2015-12-14")[0]]


def test_a_listed_broker_is_the_company_only_where_named_last_and_not_as_analysts_firm():
    assert _moves("The Fed moved to inject $20 billion into Morgan Stanley, the Wall Street brokerage. Regulators moved "
                  "to shore up Credit Suisse, the Swiss lender. The bank's shares jumped 30 percent.") == []
    assert _moves("Nestle's guidance was questioned by analysts at UBS. The company's shares dropped 2.1 percent.") == [
        ("Nestle", -2.1)]


def test_drag_ranks_only_with_a_ranking_adjective():
    assert _moves("The strong yen was a drag on exporters, and Toyota Motor fell 0.8 percent.") == [
        ("Toyota Motor", -0.8)]
    assert _moves("Chevron Corp (CVX.N) was among the biggest drags on the Dow, down 1.7 percent.") == [
        ("Chevron Corporation", -1.7)]


def test_back_is_a_name_s_word_outside_back_home():
    assert _moves("Shares of Back Yard Burgers rose 5.2 percent.") == [("Back Yard Burgers", 5.2)]


def test_sending_it_a_figure_then_its_side():
    assert _moves("Goldman Sachs upgraded Tesco, sending it 3.2 per cent higher.") == [("Tesco", 3.2)]


def test_irish_and_new_zealand_companies():
    assert _moves("Ryanair rose. The Irish airline soared 5.4 per cent.") == [("Ryanair Holdings", 5.4)]
    assert _moves("Fisher and Paykel Healthcare recovered 51c or 2.5 per cent to $20.12.") == [
        ("Fisher & Paykel Healthcare", 2.5)]
    assert _moves("The big news on the day was Fisher and Paykel Appliances, rising 29.1 per cent to 97c.") == [
        ("Fisher & Paykel Appliances", 29.1)]


def test_a_producer_of_oil_and_gas_moves_no_oil():
    assert _moves("Oil and gas producer Woodside was down 1.3 per cent.") == [("Woodside Energy", -1.3)]
