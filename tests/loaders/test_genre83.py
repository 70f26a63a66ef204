"""The round of the 481st-488th sets: figure-less headline moves whose cause follows "on" ("Toyota shares gain on
strong results"), the effect's own verb as the cue ("U.S. shares got a lift from solid earnings"), a headline's clause
that states a market's level after a cause ("on budget worries, French stocks at three-week low"), and a forecast word
that stands in another clause ("worse results than expected, causing its shares to tumble").

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.items import Item
from marketkg.loaders.moves import _forecast
from tests.conftest import actions_of, facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    # a present-tense headline: the verb is read as a move once a cause noun follows "on"
    ("Toyota shares gain on strong results",
     ([("Toyota Motor", "up", None, None)], {("Toyota Motor", "strong results")})),
    ("Facebook shares fall on analyst downgrade",
     ([("Meta Platforms", "down", None, None)], {("Meta Platforms", "analyst downgrade")})),
    ("Toyota stock rises on upbeat earnings forecast",
     ([("Toyota Motor", "up", None, None)], {("Toyota Motor", "upbeat earnings forecast")})),
    # a business noun with a word of its own before it (review 84's "Snap shares fall on weak revenue")
    ("Toyota shares fall on weak sales", ([("Toyota Motor", "down", None, None)], {("Toyota Motor", "weak sales")})),
    # the effect's clause has the cue for its verb
    ("U.S. shares got a lift from solid earnings.", ([], {("Wall Street", "solid earnings")})),
    ("The Nasdaq got a boost from upbeat results at Apple.", ([], {("Nasdaq Composite", "upbeat results at Apple")})),
])
def test_moves_and_causes(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


def test_a_headline_clause_of_a_market_state_is_no_cause():
    """'Markets slip on budget worries, French stocks at three-week low': the clause after the comma is the market's
    state, not a second cause in the headline's list."""
    causes = moves_and_causes("Paris stocks close: Markets slip on budget worries, French stocks at three-week low",
                              published="2019-05-14")[1]
    assert {cause for _effect, cause in causes} == {"budget worries"}


def test_a_participle_after_a_pick_is_no_cue():
    """'we prefer ... stocks benefiting from X': an analyst's pick described, no move the benefit explains."""
    text = "We continue to prefer Hong Kong property stocks benefiting from lower mortgage rates."
    assert moves_and_causes(text, published="2019-05-14") == ([], set())


@pytest.mark.parametrize("text", [
    "Toyota shares rose on the Tokyo Stock Exchange.",  # a venue after "on", no cause
    "Toyota shares fell on the day.",
])
def test_on_a_venue_is_no_cause(text):
    assert moves_and_causes(text, published="2019-05-14")[1] == set()


def test_a_possessive_noun_keeps_the_cause_whole():
    """'helped by Samsung's rally on its robust outlook': the rally is a noun inside the cause, no move whose "on"
    cuts the cause short."""
    moves, causes = moves_and_causes("Seoul shares closed higher, helped by Samsung's rally on its robust outlook.",
                                     published="2019-05-14")
    assert ("Samsung Electronics", "up", None, None) not in moves
    assert not any(cause == "its robust outlook" for _effect, cause in causes)


def _items(words: list[str]) -> list[Item]:
    return [Item("W", i, i + 1, 0, 0, w.lower(), w) for i, w in enumerate(words)]


@pytest.mark.parametrize("words, verb, forecast", [
    ("Analysts expect the Nikkei to drop 2 percent".split(), 5, True),
    ("The index is expected to rise 3 percent".split(), 5, True),
    # the forecast word is another clause's, or a comparison's
    ("results were worse than expected , causing its shares to tumble".split(), 9, False),
    ("profit beat what was expected , lifting the shares to rise".split(), 10, False),
    ("we will see zinc and lead prices moving higher".split(), 7, True),  # an "and" joining the subjects
])
def test_a_forecast_is_read_in_its_own_clause(words, verb, forecast):
    assert _forecast(_items(words), verb) is forecast


def test_a_described_stock_closes_after_its_intraday_low():
    """'Shares of the firm opened at X and touched an intraday low of Y before closing at Z, down P per cent': the close
    and its figure are the day's move of the company named before (the Indian financial press's way)."""
    text = ("Zephyr Motors reported a quarterly loss.\n\nShares of the firm opened at Rs 815 and touched an intraday "
            "low of Rs 792 before closing at Rs 798.60, down 3.65 per cent on the NSE.")
    assert moves_and_causes(text, published="2017-02-16")[0] == [("Zephyr Motors", "down", -3.65, 798.6)]


@pytest.mark.parametrize("body, expected", [
    # "the stock" is the company that moved, not the exchange named last
    ("Zephyr Motors sank 7.4 per cent on the NSE. Selling deepened after the global brokerage Nomura downgraded "
     "the stock to 'reduce' from 'neutral'.", [("Nomura", "downgraded", "Zephyr Motors")]),
    # the company the sentence names before the broker, though another moved earlier
    ("Acme Holdings rose 1.3 per cent. Zephyr Motors was given a boost after Jefferies raised its target price for "
     "the stock.", [("Jefferies", "other", "Zephyr Motors")]),
    # an adjective and the business's kind before the broker's name: no company called "Domestic"
    ("Zephyr Motors fell 5.2 per cent. Domestic brokerage Kotak downgraded the stock to reduce from add.",
     [("Kotak", "downgraded", "Zephyr Motors")]),
    # "the shares" as "the stock" (review 84)
    ("Zephyr Motors fell 3.3 per cent on the NSE. Domestic brokerage Kotak also lowered its target price on the "
     "shares.",
     [("Kotak", "other", "Zephyr Motors")]),
])
def test_the_stock_a_broker_rates(body, expected):
    assert actions_of(body, published="2017-02-16") == expected


def test_a_bare_ticker_after_the_name_is_the_company_s():
    """Reuters copy reprinted with the tickers bare: "Nvidia NVDA, down 4.1%" is Nvidia, no company "Nvidia NVDA"."""
    facts = facts_of("Among the biggest drags were Nvidia NVDA, down 4.1%, and Amazon AMZN, down 2.2%.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("tkr-nvda", -4.1), ("tkr-amzn", -2.2)]


@pytest.mark.parametrize("text, sectors", [
    ("The oil & gas index led decliners, down 1.3 percent.", ["sector-energy"]),
    ("The oil and gas index fell 1.3 percent.", ["sector-energy"]),
])
def test_a_sector_index_of_two_joined_words(text, sectors):
    """'the oil & gas index': the energy sector's index (the Nigerian and South African wraps' names), not crude oil."""
    assert [m.entity.id for m in facts_of(text).moves] == sectors


def test_a_signed_fraction_without_its_leading_zero():
    """A blog's "with the NASDAQ off -.71 percent": -0.71, as ".85 per cent" is 0.85."""
    facts = facts_of("Stocks slipped back. The Nasdaq was off -.71 percent, and the Dow lost -.46 percent.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-ixic", -0.71), ("idx-djia", -0.46)]


@pytest.mark.parametrize("text, expected", [
    # a figure-less move told by joining a wider one (NZN's wraps)
    ("Tokyo stocks have joined a worldwide sell-off, driven by worries about US demand.",
     {("Nikkei 225", "worries about US demand")}),
    # a session's "note", and a month between the close verb and its side (Viet Nam News' wraps)
    ("HANOI - Vietnamese shares closed the week on a sour note on Friday, weighed down by foreign selling.",
     {("VN-Index", "foreign selling")}),
    ("Vietnam market ends October down amid heavy profit-taking",
     {("VN-Index", "heavy profit-taking")}),
    # a title-case headline's verb after a company's stock
    ("Boeing Stock Rallies After Analyst Upgrade", {("Boeing", "Analyst Upgrade")}),
    # a sector routed, as one hammered or pummelled
    ("LONDON - Tobacco stocks were routed amid reports of a menthol ban.",
     {("Tobacco", "reports of a menthol ban")}),
])
def test_figure_less_predicates_of_the_genre(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[1] == expected


def test_a_move_pointed_back_at_with_a_perfect_passive():
    """'The rise has been attributed to X' points back as 'The rise was attributed to X' does."""
    causes = moves_and_causes("The Nikkei rose 1.4 percent. The rise has been attributed to a weaker yen.",
                              published="2019-05-14")[1]
    assert causes == {("Nikkei 225", "a weaker yen")}


def test_a_cause_verb_s_list_of_names_with_their_codes():
    """'lifted shares of chipmakers Intel Corp. (INTC), Micron Technology Inc. (MU) and Nvidia (NVDA)': each name of
    the list is an effect, past its bracketed code (Fox Business's and AP's style)."""
    causes = moves_and_causes("Upbeat guidance from Texas Instruments lifted shares of chipmakers Intel Corp. (INTC), "
                              "Micron Technology Inc. (MU) and Nvidia (NVDA).", published="2019-05-14")[1]
    assert {effect for effect, _cause in causes} == {"Intel Corporation", "Micron Technology", "Nvidia Corporation"}


@pytest.mark.parametrize("text, expected", [
    # the leaders after the index move's own modifiers ("at the end of trading in Frankfurt", "to end at X, snapping Y")
    ("The Stoxx Europe 600 Index slipped 0.6 percent at the end of trading in Frankfurt, with utilities leading the "
     "decline.", {("STOXX Europe 600", "utilities")}),
    # what investors did, in a with-clause with or without its comma
    ("The Jakarta Composite Index slid 0.8 percent to 7,214 by the close with foreign investors offloading "
     "shares.", {("Jakarta Composite Index", "foreign investors offloading shares")}),
    ("The Sensex gained 0.7 percent to end at 14,380, with mutual funds lending support on declines.",
     {("BSE Sensex", "mutual funds lending support on declines")}),
])
def test_with_clauses_after_an_index_move(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[1] == expected


def test_an_acronym_describing_the_business():
    """'The DIY retailer fell 2.7 per cent': a description of the company named before, no company 'The DIY'."""
    moves = moves_and_causes("Kingfisher reported weak Polish sales. The DIY retailer fell 2.7 per cent to 248p.",
                             published="2019-05-14")[0]
    assert moves == [("Kingfisher plc", "down", -2.7, 248.0)]


def test_a_broker_s_rating_upgrade_as_a_noun():
    """'following a Barclays rating upgrade': Barclays upgraded the company that moved."""
    body = "Marks & Spencer rose 2.2% following a Barclays rating upgrade."
    assert actions_of(body, published="2019-05-14") == [("Barclays", "upgraded", "Marks & Spencer")]


@pytest.mark.parametrize("text, expected", [
    # the company, then its business in lower case (Puls Biznesu's way)
    ("KGHM copper producer slid 4.8 percent to PLN 112.4.", [("KGHM", "down", -4.8, 112.4)]),
    ("Blue chips fell, but Zephyr homebuilder lost 0.6 percent only.", [("Zephyr", "down", -0.6, None)]),
])
def test_a_name_then_its_business(text, expected):
    assert [m for m in moves_and_causes(text, published="2019-05-14")[0] if m[0] != "Blue chips"] == expected


def test_a_description_s_name_is_no_company_before_its_kind():
    moves = moves_and_causes("The iPhone maker's stock climbed 2 percent.", published="2019-05-14")[0]
    assert not any(name.startswith("iPhone") for name, *_ in moves)


def test_a_ranking_that_opens_the_sentence():
    """EFE's style, 'Among the top gaining stocks of the session, A (6.34%), B (+5.12%) and C (+3.27%) stand out': the
    ranking before the comma gives the side of a figure with no sign."""
    moves = moves_and_causes("Among the top gaining stocks of the session, Kestrel Mining (6.34%), Osprey Foods "
                             "(+5.12%) and Finch Bank (+3.27%) stand out.", published="2019-05-14")[0]
    assert [(name, pct) for name, _side, pct, _close in moves] == [("Kestrel Mining", 6.34), ("Osprey Foods", 5.12),
                                                                     ("Finch Bank", 3.27)]


def test_two_causes_the_second_a_named_thing_s_state():
    """'weighed down by a stronger yen and falling oil prices': two causes, as the conventions split 'after A and B'."""
    causes = moves_and_causes("The Nikkei ended lower on Thursday, weighed down by a stronger yen and falling oil "
                              "prices.", published="2019-05-14")[1]
    assert causes == {("Nikkei 225", "a stronger yen"), ("Nikkei 225", "falling oil prices")}


@pytest.mark.parametrize("text", [
    "Indian shares fell 1.6 percent. The persistent selling by the foreign portfolio investors weighed on lenders.",
    "Indian shares fell 1.6 percent. Foreign institutional investors have so far offloaded shares worth Rs 6,140 "
    "crore.",
])
def test_foreign_selling_told_with_an_article_or_so_far(text):
    assert [(a.investor.id, a.action.value) for a in facts_of(text).investor_actions] == [("inv-foreign-investors", "sold")]


@pytest.mark.parametrize("text", [
    "Zephyr Motors fell to a low of Rs 2,980 and ended at Rs 3,005.40, down 4.2 per cent on the BSE.",
    "Zephyr Motors fell to an intraday low of Rs 2,980 before closing at Rs 3,005.40, down 4.2 per cent.",
])
def test_the_close_after_the_day_s_extreme(text):
    """Review 84: 'fell to a low of X and ended at Y, down P': the close is Y, the low an extreme."""
    assert moves_and_causes(text, published="2019-05-14")[0] == [("Zephyr Motors", "down", -4.2, 3005.4)]
