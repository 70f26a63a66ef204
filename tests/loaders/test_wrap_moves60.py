"""The 275th-278th sets and what they showed of the older ones: a sector that a list's member narrows by a word
("private bank 1.36 per cent" after "bank 1.49 per cent"); names listed before a verb and their figures after it
with "respectively" ("First Abu Dhabi Bank and telecoms firm Etisalat, which were down 0.5% and 0.8%
respectively"); the leader's figure after "with" ("Microsoft led declines on the Nasdaq with a loss of 0.7
percent"); "ended trading on the first day of the week up 0.67 percent"; a participle after a clause of its own
("while the Shanghai Composite reversed earlier losses, gaining 0.4%"); "Sony Corp.'s stocks"; "The stock reversed
earlier gains to end down 2.3%"; a sentence's opening adverb ("Besides,") as no company.

Sentences were written for these tests in the styles of PTI, Reuters, AP, Fox Business, RTHK and Arab News, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2018-03-06"):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published=published)[0]]


def test_a_sector_narrowed_by_a_word_goes_on_with_the_list():
    moves = _moves("On the sectoral front, Nifty PSU bank dropped by 2.5 per cent followed by realty 2.1 per cent, bank "
                   "1.4 per cent, private bank 1.3 per cent, pharma 1.1 per cent and metal 0.3 per cent.")
    assert ("private bank", -1.3) in moves and ("Banks", -1.4) in moves
    assert moves[-2:] == [("Healthcare and biotech", -1.1), ("Metals and mining", -0.3)]
    # (a guard: "the" and "other" make no sector of their own)
    assert _moves("Tencent fell 2 percent, followed by the banks 3 percent.") == [
        ("Tencent Holdings", -2.0), ("Banks", -3.0)]


def test_an_opening_adverb_is_no_company():
    moves = moves_and_causes("Besides, Bank of Baroda ended 3.1 per cent down at Rs 170.20 after a search of its "
                             "offices.", published="2015-10-12")[0]
    assert moves == [("Bank of Baroda", "down", -3.1, 170.2)]
    assert _moves("Consequently, Infosys slipped 1.2 per cent.") == [("Infosys", -1.2)]


def test_names_then_their_figures_respectively():
    assert _moves("The Abu Dhabi index slipped 0.4% hurt by First Abu Dhabi Bank and telecoms firm Etisalat, which "
                  "were down 0.6% and 0.9% respectively.", published="2019-11-26")[1:] == [
        ("First Abu Dhabi Bank", -0.6), ("Etisalat", -0.9)]
    assert _moves("Shares in Al Rajhi Bank and Bank Aljazira also pushed the main index up, rising 0.8 percent and 3.1 "
                  "percent, respectively.") == [("Al Rajhi Bank", 0.8), ("Bank Aljazira", 3.1)]
    assert _moves("The top underperformers were Honda Motor 7267.T and Shin-Etsu Chemical 4063.T , losing 1.7% and "
                  "1.5%, respectively.") == [("Honda", -1.7), ("Shin-Etsu Chemical", -1.5)]
    # (a guard: read so already, nothing moves in the sentence's order)
    assert _moves("Tencent and Alibaba rose 2% and 3%, respectively, while Meituan fell 1%.") == [
        ("Tencent Holdings", 2.0), ("Alibaba Group Holding", 3.0), ("Meituan", -1.0)]


def test_companies_listed_as_causes_are_a_cause_each():
    moves, causes = moves_and_causes("The Nifty Pharma index ended 1.4% higher, led by Laurus Labs and Gland Pharma, "
                                     "which rose 8.1% and 5.2%, respectively.", published="2021-11-15")
    assert ("Laurus Labs", "up", 8.1, None) in moves and ("Gland Pharma", "up", 5.2, None) in moves
    assert causes == {("Nifty Pharma", "Laurus Labs"), ("Nifty Pharma", "Gland Pharma")}
    _, causes = moves_and_causes("Nifty FMCG ended 0.9% higher, boosted by shares of alcohol products maker Radico "
                                 "Khaitan and cigarettes-to-hotels conglomerate ITC Ltd that ended 2.4% and 2.2% "
                                 "higher, respectively.", published="2021-11-15")
    assert {cause for _, cause in causes} == {"shares of alcohol products maker Radico Khaitan",
                                              "cigarettes-to-hotels conglomerate ITC Ltd"}
    # (guards: a move's noun before the names, and a long list, are one cause, as annotators write them)
    _, causes = moves_and_causes("The Nifty Metal index rose 1.2%, lifted by gains in Hindalco and Hindustan Copper.",
                                 published="2021-02-01")
    assert {cause for _, cause in causes} == {"gains in Hindalco and Hindustan Copper"}
    _, causes = moves_and_causes("The Nifty fell 0.5%, weighed down by HDFC Bank, Axis Bank, Coal India and Bajaj "
                                 "Auto.", published="2021-02-01")
    assert len(causes) == 1


def test_the_leaders_figure_after_with():
    moves = moves_and_causes("Microsoft Corp. (MSFT) led declines on the Nasdaq with a loss of 0.8 percent to $29.10.",
                             published="2007-06-12")[0]
    assert moves == [("Microsoft Corporation", "down", -0.8, 29.1)]
    moves = moves_and_causes("Caterpillar was the heaviest drag on the Dow, while Exxon Mobil weighed on the S&P 500, "
                             "with a drop of 1.3 percent to $78.45.", published="2007-06-12")[0]
    assert ("ExxonMobil", "down", -1.3, 78.45) in moves and not any(pct for name, _, pct, _ in moves if name == "S&P 500")
    # (a guard: the index's own move restated after "with")
    assert _moves("The Nasdaq fell 1 percent, with a loss of 12 points.") == [("Nasdaq Composite", -1.0)]


def test_a_close_on_the_first_day_of_the_week():
    moves = moves_and_causes("The Hang Seng Index ended trading on the first day of the week up 132.4 points, "
                             "or 0.6 percent, at 23,517.80.", published="2025-03-03")[0]
    assert moves == [("Hang Seng Index", "up", 0.6, 23517.8)]


def test_a_participle_after_a_clause_of_its_own():
    assert _moves("Hong Kong's Hang Seng dipped 1.1% to 21,000.50, while the Shanghai Composite reversed earlier "
                  "losses, gaining 0.5% to 3,190.20.", published="2022-06-02") == [
        ("Hang Seng Index", -1.1), ("Shanghai Composite Index", 0.5)]
    assert _moves("Germany's DAX index fell 0.8 percent and Europe's autos sector was the worst-performing, losing 1.7 "
                  "percent.", published="2019-05-10")[1:] == [("Autos and EVs", -1.7)]
    assert _moves("Property shares led the losses by declining more than 7 percent.", published="2010-04-19") == [
        ("Property", -7.0)]


def test_a_companys_stocks_and_the_stock_to_end():
    assert _moves("Sony Corp.'s stocks sank 5.1% and Toyota Motor Corp. gave up 6.2%.", published="2025-04-03") == [
        ("Sony Group", -5.1), ("Toyota Motor", -6.2)]
    # (a guard: a count of stocks is no company)
    assert _moves("Ninety-two stocks on the two bourses rose by the daily maximum of 10 percent.",
                  published="2015-12-07") == []
    moves = moves_and_causes("Hewlett-Packard Co posted a bigger-than-expected drop in quarterly revenue. The stock "
                             "reversed earlier gains to end down 2.1% at $31.70.", published="2014-05-22")[0]
    assert moves == [("Hewlett-Packard Co", "down", -2.1, 31.7)]


def test_the_leaders_participle_after_led_lower():
    moves = moves_and_causes("HSBC led financials lower, losing 2.1 per cent to HK$57.50, while AIA Group plunged 4.2 "
                             "per cent to HK$59.10.", published="2019-08-05")[0]
    assert moves[:1] == [("HSBC Holdings", "down", -2.1, 57.5)]
    # (a guard: the index's figure after "led the FTSE 100 higher,")
    assert _moves("Miners led the FTSE 100 higher, up 0.6% at 8,100.") == [("FTSE 100", 0.6)]
    assert _moves("Heavyweight Tencent also failed to hold on to early gains to decline 1.6 percent.") == [
        ("Tencent Holdings", -1.6)]


def test_a_rating_after_to_is_no_move_and_a_rank_after_to_is_read_through():
    moves, causes = moves_and_causes("Albemarle shed 3.1% after Bank of America downgraded the chemicals manufacturing "
                                     "stock to underperform from neutral.", published="2023-04-05")
    assert moves == [("Albemarle Corporation", "down", -3.1, None)]
    assert causes == {("Albemarle Corporation",
                       "Bank of America downgraded the chemicals manufacturing stock to underperform from neutral")}
    moves, causes = moves_and_causes("Sumitomo Dainippon Pharma Co. jumped 4.7 percent to lead gains on the Topix "
                                     "after Barclays Plc upgraded the shares.", published="2016-05-20")
    assert causes == {("Sumitomo Dainippon Pharma", "Barclays Plc upgraded the shares")}


def test_the_first_day_of_the_week_as_the_verbs_object():
    assert moves_and_causes("The Hang Seng ended the first day of the week up 0.6 percent at 23,600.",
                            published="2025-03-03")[0] == [("Hang Seng Index", "up", 0.6, 23600.0)]
    # (a guard: a session with its adjective)
    assert _moves("The Nikkei closed the volatile session 0.8 percent lower.") == [("Nikkei 225", -0.8)]
