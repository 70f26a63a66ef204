"""Investor actions four new blind sets showed wrong or missed: a passive rating change of a list ("Netflix and
Spotify were both upgraded ... by Citi" read Spotify as the broker), a rating change of a list of objects, a
headline's bare "stake in lender", Chinese investors' trades in a Hong Kong story (the southbound flow) and a
sale "into rally".

Sentences were written for these tests in the styles of Business Standard, Reuters, the SCMP and Bloomberg,
not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(text, published="2024-05-15")
    return [(a.investor.name, a.action, a.target.name if a.target else None) for a in facts.investor_actions]


def test_a_passive_rating_change_of_a_list():
    assert _actions("Netflix and Spotify were both upgraded to Buy from Neutral by Citi, while Credit Suisse raised "
                    "its rating on Tesla's stock to Outperform from Neutral.") == [
        ("Citigroup", "upgraded", "Netflix Inc"), ("Citigroup", "upgraded", "Spotify"),
        ("Credit Suisse", "upgraded", "Tesla Inc")]
    assert _actions("Tesco, Sainsbury's and Ocado were all downgraded to sell at Jefferies.") == [
        ("Jefferies", "downgraded", "Tesco"), ("Jefferies", "downgraded", "Sainsbury's"),
        ("Jefferies", "downgraded", "Ocado")]


def test_a_rating_change_of_a_list_of_objects():
    assert _actions("Goldman Sachs upgraded Applied Materials and Micron Technology.") == [
        ("Goldman Sachs", "upgraded", "Applied Materials"), ("Goldman Sachs", "upgraded", "Micron Technology")]


def test_a_clause_of_its_own_after_the_object_is_no_second_object():
    # (a guard: Ocado moved, nobody rated it)
    assert _actions("Jefferies downgraded Tesco and Ocado rose 2%.") == [("Jefferies", "downgraded", "Tesco")]


def test_a_headlines_bare_description_names_the_company():
    assert _actions("HSBC shares post biggest intraday rise in a decade after biggest shareholder Ping An increases "
                    "stake in lender") == [
        ("Ping An Insurance (Group) Company of China", "raised_stake", "HSBC Holdings")]


def test_bought_gold_is_no_company():
    # (a guard: a commodity bought, no gold miner named before)
    assert _actions("The central bank bought gold.") == [("Central bank", "bought", "Gold")]


def test_chinese_investors_in_a_hong_kong_story_are_the_southbound_flow():
    facts = facts_of("Hong Kong stocks fell 1 per cent. Chinese investors dumped HK$1.9 billion (US$242.66 million) "
                     "of Hong Kong stocks, the biggest selloff in nearly two weeks.", published="2024-05-15")
    assert [(a.investor.id, a.action, a.amount) for a in facts.investor_actions] == [
        ("inv-southbound", "sold", "HK$1.9 billion")]  # (no "net" said: a sale, the mainland investors the southbound group)
    assert "Chinese investors" in facts.investor_actions[0].investor.aliases


def test_chinese_investors_elsewhere_are_a_group_of_their_own():
    facts = facts_of("U.S. stocks fell 1 percent. Chinese investors sold $2 billion of U.S. Treasuries.",
                     published="2024-05-15")
    assert [a.investor.id for a in facts.investor_actions] == ["inv-chinese-investors"]


def test_a_sale_into_a_rally_sells_nothing_named():
    assert _actions("Hong Kong stocks slip as mainland Chinese funds sell into rally amid concerns about weak "
                    "Tencent and tech earnings") == [("Southbound capital", "sold", None)]


def test_the_stock_is_the_sentences_own_subject_before_the_last_mover():
    # (Sharecast's style: GKN did not move in figures, Rio Tinto moved in the sentence before)
    assert _actions("Miner Rio Tinto was the top riser after Credit Suisse upgraded the stock.\n\nGKN also got a broker "
                    "note boost as Bank of America Merrill Lynch upgraded its stance on the stock to 'buy' from "
                    "'neutral'.") == [("Credit Suisse", "upgraded", "Rio Tinto"), ("Bank of America", "upgraded", "GKN")]
