"""Investor actions as broker notes and filings stories write them: the broker behind "X analyst Y", a code
between a broker and its verb, "received an upgrade from", the one company a sentence names before a
rating, the company whose shares a trade was in, a person's surname after the full name, and no broker for
"a GM upgrade" (sentences written for these tests in the styles of MarketWatch, The Motley Fool, Business
Standard and Sharecast; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text, published="2024-05-15").investor_actions]


def test_the_broker_named_before_its_analyst():
    # MarketWatch: "after Morgan Stanley analyst NAME downgraded the smartphone maker"
    assert _actions("Nokia's stock fell 3.1% on Tuesday, after Morgan Stanley analyst Jane Roe downgraded the "
                    "handset maker.") == [("Morgan Stanley", "downgraded", "Nokia")]
    assert _actions("Tesla rose 2%. Goldman Sachs analyst John Doe upgraded Tesla to buy from neutral.") == [
        ("Goldman Sachs", "upgraded", "Tesla Inc")]


def test_a_code_between_the_broker_and_its_verb():
    # CNN: "after analysts at Credit Suisse (CS) downgraded the stock"
    assert _actions("Citigroup fell 2.2% after analysts at Deutsche Bank (DB) downgraded the stock to hold.") == [
        ("Deutsche Bank", "downgraded", "Citigroup")]


def test_the_stock_is_this_sentences_mover_not_the_last_name_that_fits():
    # (a name the sentence before ended with is not "the stock" when this sentence's company moved)
    text = ("Boeing rose 1.4%, after setbacks with its Dreamliner. Citigroup fell 2.6% after analysts at "
            "Jefferies downgraded the stock to hold.")
    assert _actions(text) == [("Jefferies", "downgraded", "Citigroup")]


def test_the_company_that_received_a_rating():
    # The Motley Fool: "UnitedHealth Group (UNH -1.03%) received an upgrade from Goldman Sachs today."
    assert _actions("Pfizer (PFE 1.2%) received an upgrade from Goldman Sachs today.") == [
        ("Goldman Sachs", "upgraded", "Pfizer")]
    assert _actions("Shares of Nvidia rose 2% on Tuesday. The chipmaker won a double upgrade from UBS.") == [
        ("UBS", "upgraded", "Nvidia Corporation")]


def test_the_company_the_sentence_names_before_the_rating():
    # Sharecast: "... after BT extended its run, following an upgrade from broker Morgan Stanley": BT, not the
    # company that moved in the sentence before
    text = ("Sainsbury's fell 1%. Telecoms led the risers after BT extended its positive run, following an upgrade "
            "from broker Morgan Stanley.")
    assert _actions(text) == [("Morgan Stanley", "upgraded", "BT Group")]
    # "hit by a UBS downgrade"
    assert _actions("Shell rose 1%. BAE Systems was bottom of the index, hit by a UBS downgrade.") == [
        ("UBS", "downgraded", "BAE Systems")]


def test_no_broker_in_a_companys_own_upgrade():
    # (a guard: the code before this round read no action here either; the skip past a code must not make one)
    # Wikinews: "a General Motors (GM) upgrade sent the Dow Jones Industrial above the 11,000 mark"
    assert _actions("Lower oil prices and a General Motors (GM) upgrade sent the Dow Jones Industrial "
                    "above the 11,000 mark.") == []


def test_a_trade_names_its_company_after_the_amount():
    # Business Standard's bulk deals: "sold 11 lakh shares (7.77% stake) at Rs 109.90 per share in COMPANY"
    assert _actions("Acme Capital sold 9 lakh shares (5.2% stake) at Rs 88.50 per share in Vardhman Polymers "
                    "via a bulk deal on BSE.") == [("Acme Capital", "sold", "Vardhman Polymers")]


def test_the_company_of_a_list_of_trades_is_each_buyers():
    text = ("Zenith India Fund purchased 3.20 lakh shares (2.1% stake), Ravi Menon purchased 50,000 shares (0.3% "
            "stake) and Asha Rao purchased 1 lakh shares (0.7% stake) in Vardhman Polymers at Rs 88.50 per share.")
    assert sorted(_actions(text)) == [("Asha Rao", "bought", "Vardhman Polymers"),
                                      ("Ravi Menon", "bought", "Vardhman Polymers"),
                                      ("Zenith India Fund", "bought", "Vardhman Polymers")]


def test_a_hedge_before_the_amount_is_no_target():
    # "board member Peter Currie bought about 9,200 shares": never a target named "about"
    text = ("Twitter rose 3%. Twitter board member Jane Roe bought about 9,000 shares for about $250,000. Another "
            "board member, John Doe, bought about $200,000 in stock on Friday.")
    acts = _actions(text)
    assert ("Jane Roe", "bought", "Twitter") in acts
    assert all(target != "about" for _, _, target in acts)


def test_a_surname_after_the_full_name_is_the_same_investor():
    text = ("Twitter co-founder Jack Dorsey bought 31,000 shares of Twitter on Monday. Dorsey has sold more than "
            "379,000 shares of Twitter since November.")
    assert _actions(text) == [("Jack Dorsey", "bought", "Twitter"), ("Jack Dorsey", "sold", "Twitter")]
