"""The round of the 529th-536th sets: review 85's too-narrow cases (a possessive's shares after a cause verb, a
participle cue set off by commas after "NAME shares", a cause cut where the clause's subject moves again after
"and"), and what the round's blind sets showed.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    # a cause verb's object with a possessive before "shares" or "stock"
    ("Weak retail sales caused JD Sports' shares to increase by 5.7% on Tuesday.",
     ([("JD Sports", "up", 5.7, None)], {("JD Sports", "Weak retail sales")})),
    ("The profit warning sent Tesco's stock 3% lower.", ([("Tesco", "down", -3.0, None)], {("Tesco", "The profit warning")})),
    ("The results sent Tesco's profit 3% lower.", ([], set())),  # (the profit's figure, no price)
    # a participle cue between commas after a company's "shares"
    ("Qantas shares, hit by rising fuel costs, fell 3 percent.",
     ([("Qantas", "down", -3.0, None)], {("Qantas", "rising fuel costs")})),
    ("Qantas shares, buoyed by a strong profit report, rose 3 percent to A$5.12.",
     ([("Qantas", "up", 3.0, 5.12)], {("Qantas", "a strong profit report")})),
    ("Qantas shares, listed in Sydney since 1995, rose 3 percent.", ([("Qantas", "up", 3.0, None)], set())),
])
def test_a_company_s_shares_with_a_possessive_or_an_aside(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # the clause's subject moves again after "and": the cause ends there, the figure is the subject's
    ("The Nikkei was weighed down by a stronger yen and fell 1.2 percent.",
     ([("Nikkei 225", "down", -1.2, None)], {("Nikkei 225", "a stronger yen")})),
    ("Qantas was boosted by a strong profit report and rose 3 percent.",
     ([("Qantas", "up", 3.0, None)], {("Qantas", "a strong profit report")})),
    ("The Kospi was hit by foreign selling and ended 0.8 percent lower at 2,410.5.",
     ([("KOSPI", "down", -0.8, 2410.5)], {("KOSPI", "foreign selling")})),
    # review 85: a move in words, its cue, then the close after "and"
    ("The FTSE 100 took a late afternoon fall after weak US data and ended 0.4 percent lower.",
     ([("FTSE 100", "down", -0.4, None)], {("FTSE 100", "weak US data")})),
    # another subject after "and" keeps its own verb and figure
    ("Oil prices rose after the OPEC meeting and gold fell 1 percent.",
     ([("Crude oil", "up", None, None), ("Gold", "down", -1.0, None)], {("Crude oil", "the OPEC meeting")})),
    ("Shares of Sony were dragged down by Toyota and fell 3 percent.",
     ([("Sony Group", "down", -3.0, None)], {("Sony Group", "Toyota")})),
])
def test_a_second_predicate_after_a_cause_is_the_subject_s_move(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # Reuters' web pages' code with its links ("Quote, Profile, Research"), or with them lost in a copy ("(ANTO.L: )")
    ("Chilean copper miner Antofagasta (ANTO.L: ) was the top FTSE riser, up 4.1 percent, helped by a Goldman Sachs "
     "upgrade.", ([("Antofagasta plc", "up", 4.1, None)], {("Antofagasta plc", "a Goldman Sachs upgrade")})),
    ("Burberry (BRBY.L: Quote, Profile, Research, Stock Buzz) rose 3.2 percent.", ([("Burberry", "up", 3.2, None)], set())),
    # TheStreet's exchange after the code; Singapore's codes of letters and digits after the exchange
    ("Shares of Blackboard (BBBB:Nasdaq) were among technology's winners on Friday, climbing 8% after the company raised "
     "its outlook.", ([("Blackboard", "up", 8.0, None)], {("Blackboard", "the company raised its outlook")})),
    ("DBS (SGX: D05) rose 2 percent, while Yangzijiang Shipbuilding (SGX:BS6) fell 1.5 percent.",
     ([("DBS Group", "up", 2.0, None), ("Yangzijiang Shipbuilding", "down", -1.5, None)], set())),
    # (letters and digits without an exchange are no code)
    ("The 5G (B5G) rollout lifted the Kospi 2 percent.", ([("KOSPI", "up", 2.0, None)], {("KOSPI", "The 5G (B5G) rollout")})),
])
def test_stock_codes_as_web_copies_print_them(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # an exchange by its former name; the GICS sector's name; "vaulted" with a figure
    ("The Jakarta Stock Exchange's Composite Index fell 1.2 percent to 1,153.97.",
     [("Jakarta Composite Index", "down", -1.2, 1153.97)]),
    ("The communication services sector rose 1.1 percent.", [("Telecommunications", "up", 1.1, None)]),
    ("Orient Overseas vaulted 12.1 percent to HK$23.55.", [("Orient Overseas (International)", "up", 12.1, 23.55)]),
    ("The pole vaulter vaulted into the lead.", []),
])
def test_exchange_names_sectors_and_move_verbs(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # "The shares" after a broker and the company it rated: the company's, not the broker's
    ("JPMorgan upgraded Yangzijiang Shipbuilding to overweight. The shares rose 3 percent.",
     [("Yangzijiang Shipbuilding", "up", 3.0, None)]),
    ("Asset manager BlackRock is Yangzijiang Shipbuilding (SGX:BS6)'s latest substantial shareholder. The shares gained "
     "4.41%.", [("Yangzijiang Shipbuilding", "up", 4.41, None)]),
    # the investor's own stock when no other company is named; an unknown word before a name is no company
    ("Goldman Sachs reported record quarterly profit. Its shares rose 3 percent.", [("Goldman Sachs", "up", 3.0, None)]),
    ("Battered Citigroup (C) was taken along for the ride. The stock closed down 9.7% to $1.02.",
     [("Citigroup", "down", -9.7, 1.02)]),
])
def test_the_shares_after_an_investor_are_the_company_s(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # Xinhua's levels with the change after them: the Shenzhen exchange's index by its city
    ("On Tuesday the Shanghai Stock Exchange Index was at 3,356.78 points, down 1.86%; the Shenzhen Stock Exchange "
     "Index was at 13,882.30 points, down 1.79%.",
     [("Shanghai Composite Index", "down", -1.86, None), ("Shenzhen Component Index", "down", -1.79, None)]),
    ("The Shenzhen index rose 1 percent.", [("Shenzhen Component Index", "up", 1.0, None)]),
    # the leader's figure and price after the index's side
    ("Fletcher Building led the index lower, down 10.2 per cent to $8.28.", [("Fletcher Building", "down", -10.2, 8.28)]),
    ("BHP led the market higher, up 3 per cent.", [("BHP Group", "up", 3.0, None)]),
    ("The Nikkei led the region lower, down 2 percent.", [("Nikkei 225", "down", -2.0, None)]),
    # an adverb of time after the copula; not after a comma, where the figure is the name's before it
    ("Shares in Harvey Norman are currently trading 4.47% higher to $3.50.", [("Harvey Norman", "up", 4.47, 3.5)]),
    ("The index was not helped by a recovery in the pound, currently up 0.6% versus the dollar.", []),
])
def test_levels_leaders_and_time_adverbs(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish names with "ve" and the company form "AS" before Investing.com's code
    ("Koza Altin Isletmeleri AS (IS:KOZAL ) rose 6.62% or 1.78 points to end at 28.68.",
     [("Koza Altin Isletmeleri AS", "up", 6.62, 28.68)]),
    ("The worst performer was Anadolu Efes Biracilik ve Malt Sanayi AS (IS:AEFES ), which fell 4.58% to 233.50.",
     [("Anadolu Efes Biracilik ve Malt Sanayi AS", "down", -4.58, 233.5)]),
    ("STOCKS FALL AS (OIL) DROPS 2%", []),  # (a headline's "AS" is no company form)
    # a signed figure in brackets with its price, in a Russian wire's lists
    ("Among the blue chips, shares of Yandex (-5.2%, to 1,623 rubles), Polymetal (-5%, to 535 rubles) and Tinkoff "
     "(-4.31%, to 1,732 rubles) fell.",
     [("Yandex", "down", -5.2, 1623.0), ("Polymetal", "down", -5.0, 535.0), ("Tinkoff", "down", -4.31, 1732.0)]),
    ("FGC UES (-5.85%, to 0.08984 rubles) was also in the top five of the fall.", [("FGC UES", "down", -5.85, 0.08984)]),
    ("Yandex (-5.2%) and Polymetal (-5%) fell.", [("Yandex", "down", -5.2, None), ("Polymetal", "down", -5.0, None)]),
])
def test_turkish_names_and_bracketed_signed_figures(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # the figure after an index that only says where the company went: the company's
    ("On the FTSE 250, Dignity (DTY) jumped to the top of the index, up 7.4% at £27.17.", [("Dignity", "up", 7.4, 27.17)]),
    ("Tokyo stocks rose in the morning, with shares in the index up 2 percent.", [("Nikkei 225", "up", 2.0, None)]),
    # "with stocks ...", and past a description between the name and its verb
    ("Compass Group, the catering company, was the biggest faller, with stocks dropping by 5.86 per cent.",
     [("Compass Group", "down", -5.86, None)]),
])
def test_the_company_before_an_index_phrase_or_a_description(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a bank the reference knows as an investor is the rated stock when its shares moved
    ("Credit Suisse gained 12 per cent after Jefferies upgraded the stock to neutral.",
     [("Jefferies", "upgraded", "Credit Suisse")]),
    ("UBS fell 2 percent. Credit Suisse gained 12 per cent after Merrill Lynch upgraded it to neutral from underperform.",
     [("Bank of America", "upgraded", "Credit Suisse")]),
    ("Jefferies upgraded Credit Suisse to buy.", [("Jefferies", "upgraded", "Credit Suisse")]),
])
def test_a_listed_bank_is_the_stock_a_rating_is_on(text, expected):
    assert actions_of(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # a list of goods or sectors as the subject of the cause's clause
    ("The ASX 200 rose 0.62 per cent as gold, silver and base metals climbed to record highs.",
     {("S&P/ASX 200", "gold, silver and base metals climbed to record highs")}),
    ("The ASX 200 rose 0.62 per cent as miners, banks and energy stocks rallied.",
     {("S&P/ASX 200", "miners, banks and energy stocks rallied")}),
    # (a headline's commas part clauses: no "and" closes them)
    ("ASX drops with iron ore miners hit by weaker commodities, tech stocks soar, Myer merger gets the green light.",
     {("Metals and mining", "weaker commodities")}),
    # a comparative and a participle after "and": the clause's second predicate, no second cause
    ("Tesla slumped 12.2% over concerns that its chief executive will be distracted and less engaged in running the "
     "company.", {("Tesla Inc", "concerns that its chief executive will be distracted and less engaged in running the "
                               "company")}),
    ("The Nikkei fell on concerns about tariffs and more expensive energy.",
     {("Nikkei 225", "concerns about tariffs"), ("Nikkei 225", "more expensive energy")}),
])
def test_lists_and_comparatives_inside_a_cause(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[1] == expected
