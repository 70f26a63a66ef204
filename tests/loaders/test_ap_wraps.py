"""AP's wraps as a blind set of them showed the misses: futures quoted as "the future contract for the Dow",
"Futures in the Nasdaq 100 index ... and those in the Dow" (a contract's quote, no index move);
"The S & P 500" or "The Russell 2000 index of smaller companies" as printed; an extreme and then the close with
its own side ("surged as much as 2 percent ... before giving up gains and falling 0.2 percent to close at",
"rose as much as 2 percent before closing down 0.2 percent"); "was nearly flat"; "helped propel stock indexes in
France and Germany 2.5 percent higher"; and a with-clause of news that acts ("with newspaper reports citing a
note") (sentences written for these tests in AP's and Reuters' styles, not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, str, float | None]]:
    return [(m.entity.name, m.direction.value, m.change_pct) for m in facts_of(text, published="2024-05-15").moves]


def test_a_futures_contracts_quote_is_no_index_move():
    assert _moves("Wall Street looked set to open lower, with the future contract for the Dow industrials "
                  "down 0.6% and that for the S&P 500 off 0.5%.") == []
    assert _moves("Futures in the Nasdaq 100 index slipped 0.4% and those in the Dow industrials shed 0.3%.") == []
    # (a guard: a comparison in a sentence that names no contract is the index's own move)
    assert _moves("The Dow's gain was bigger than that for the Nasdaq, which added 0.8%.") == [
        ("Nasdaq Composite", "up", 0.8)]


def test_an_index_after_those_in_with_no_futures_is_a_move():
    # (a guard: "those in" names stocks where no contract was named)
    assert _moves("Stocks in Tokyo fell 1%, and those in the Kospi rose 2%.") == [
        ("Nikkei 225", "down", -1.0), ("KOSPI", "up", 2.0)]


def test_the_names_as_ap_prints_them():
    assert _moves("The S & P 500 rose 37.86 points, or 0.7%, to 5,518.24.") == [("S&P 500", "up", 0.7)]
    facts = facts_of("The Russell 2000 index of smaller companies added 24.18 points, or 1.1%, to 2,187.35.",
                     published="2024-05-15")
    assert "Russell 2000 index of smaller companies" in facts.moves[0].entity.aliases


def test_an_extreme_then_the_close_with_its_own_side():
    assert _moves("Japan's benchmark Nikkei 225 index surged as much as 2.3 percent to its strongest level in over "
                  "three decades before giving up gains and falling 0.6 percent to close at 39,412.85.") == [
        ("Nikkei 225", "down", -0.6)]
    assert _moves("The Kospi rose as much as 1.5 percent before closing down 0.4 percent.") == [("KOSPI", "down", -0.4)]
    assert _moves("The Kospi fell as much as 1.5 percent before closing up 0.4 percent.") == [("KOSPI", "up", 0.4)]


def test_an_extremes_close_is_no_other_names():
    # (a guard: the close after a comma and another name is that name's)
    assert _moves("Tencent jumped as much as 8 percent to a record, and Alibaba closed 1 percent lower.") == [
        ("Tencent Holdings", "up", 8.0), ("Alibaba Group Holding", "down", -1.0)]


def test_nearly_flat():
    assert _moves("Germany's DAX was nearly flat at 18,674.50, while in Paris, the CAC 40 edged 0.1% lower.") == [
        ("DAX", "flat", 0.0), ("CAC 40", "down", -0.1)]


def test_propelled_indexes_in_places():
    assert _moves("Strong factory data helped propel benchmark stock indexes in France and Germany 1.5 percent "
                  "higher.") == [("DAX", "up", 1.5), ("CAC 40", "up", 1.5)]


def test_a_with_clause_of_news_that_acts_is_a_cause():
    facts = facts_of("Vodafone advanced 2.1 percent, with newspaper reports citing a broker's note on a possible "
                     "merger.", published="2024-05-15")
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Vodafone", "newspaper reports citing a broker's note on a possible merger")]
    # (a guard: news that does nothing is no cause)
    assert list(facts_of("The Nikkei fell 2%, with earnings reports due later this week.").causes) == []
