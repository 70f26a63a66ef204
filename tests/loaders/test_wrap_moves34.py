"""Moves and causes as four new blind sets showed them missed: a name's index weight in its aside ("Meituan,
with a 6.4 per cent index weight, rose"), a hedged figure in a list of places ("more than five percent in
Tokyo"), "in both Hong Kong and Sydney", "French and German shares", "closed the day's trading down",
"got a boost of", places sharing a market word ("Madrid and Milan stock markets"), a broker's name as a mover,
"due mostly to", a day between two clauses that share a cue, "climbed as high as" inside a cause, and a
hyphened descriptor inside a list of names.

Sentences marked VOA are public domain (Voice of America), each with its source line; the others were
written for these tests in the styles of the SCMP, Reuters, Jiji and the Evening Standard, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in _facts(text).moves]


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in _facts(text).causes}


def test_an_index_weight_inside_the_names_aside_is_no_move():
    assert _moves("Alibaba, the second-largest member with a 7.9 per cent weighting, gained 2.3 per cent "
                  "to HK$88.10.") == [("Alibaba Group Holding", 2.3)]
    assert _moves("HSBC, with a 9.1 per cent index weight, slipped 0.6 per cent.") == [("HSBC Holdings", -0.6)]


def test_an_aside_with_another_figure_still_ends_the_name():
    # (a guard: a figure that is no weight keeps the aside a clause of its own)
    assert _moves("HSBC, with profit up 12 per cent, slipped 0.6 per cent.") == []


def test_a_hedged_figure_in_a_list_of_places():
    # VOA, https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-12-08-voa7/401471.html
    facts = _facts("Shares jumped 7.5 percent in Seoul, more than five percent in Tokyo and more than seven percent "
                   "in Hong Kong.")
    assert [(m.entity.name, m.change_pct, m.approx) for m in facts.moves] == [
        ("KOSPI", 7.5, False), ("Nikkei 225", 5.0, True), ("Hang Seng Index", 7.0, True)]


def test_indexes_in_both_places():
    # VOA, https://www.voanews.com/economy-business/european-markets-trading-lower
    assert _moves("Seoul's KOSPI index led the way, earning 2.2%, while the indexes in both Hong Kong and Sydney "
                  "closed 1.8% higher.") == [("KOSPI", 2.2), ("Hang Seng Index", 1.8), ("S&P/ASX 200", 1.8)]


def test_two_nationalities_share_the_market_word():
    # VOA, http://www.voanews.com/content/europe_moves_to_bolster_economy/1503267.html
    assert _moves("Spanish stocks gained nearly five percent, while French and German shares gained around three "
                  "percent.") == [("IBEX 35", 5.0), ("CAC 40", 3.0), ("DAX", 3.0)]
    assert _causes("British and French stocks fell 1 percent as oil slid.") == {
        ("FTSE 100", "oil slid"), ("CAC 40", "oil slid")}


def test_a_qualified_pair_of_nationalities_and_place_nouns_share_the_market_word():
    # (written in Reuters' and AP's style: an adjective before the pair, places as the sentence's subject)
    assert _moves("The bank-heavy Italian and Spanish indexes rose 1.2% and 1.4%, respectively.") == [
        ("FTSE MIB", 1.2), ("IBEX 35", 1.4)]
    assert _moves("South Korea and Taiwan indexes closed down 4 percent.") == [("KOSPI", -4.0), ("TAIEX", -4.0)]


def test_a_place_noun_where_no_market_stands_shares_nothing():
    # (a guard: exports go to China, no Chinese market moved)
    assert [name for name, _ in _moves("Exports to China and Asian markets rose 3%.")] == ["Asian markets"]


def test_a_nationality_before_a_name_shares_nothing():
    # (a guard: "Japanese and Toyota shares" is no pair of markets)
    assert _moves("Japanese carmaker Toyota and German shares fell 1 percent.") == [
        ("Toyota Motor", -1.0), ("DAX", -1.0)]


def test_closed_the_days_trading_down():
    # VOA, https://www.voanews.com/economy-business/asian-markets-retreat-tuesday
    assert _moves("The benchmark Nikkei index in Tokyo closed the day\u2019s trading down 0.4%.") == [("Nikkei 225", -0.4)]
    assert _moves("The Nikkei closed the day's session up 1.2%.") == [("Nikkei 225", 1.2)]


def test_got_a_boost_of():
    # VOA, https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-12-08-voa7/401471.html
    facts = _facts("The All Ordinaries in Sydney also got a boost of more than four percent.")
    assert [(m.entity.name, m.change_pct, m.approx) for m in facts.moves] == [("All Ordinaries", 4.0, True)]
    # (a guard: the economy is no market)
    assert _moves("The economy got a boost of 2 percent from exports.") == []


def test_places_share_the_market_word_of_the_last():
    facts = _facts("Madrid and Milan stock markets rebounded on Tuesday after the European Central Bank signalled "
                   "more support.")
    assert {c.effect.name for c in facts.causes} == {"IBEX 35", "FTSE MIB"}
    # (a guard: a bare place moves only with a figure)
    assert _causes("Germany slipped into recession after exports fell.") == set()


def test_a_brokers_name_is_the_banks_stock_when_it_moves():
    assert _causes("Banks Barclays and Lloyds slipped too, tracking their European rivals lower.") == {
        ("Barclays", "their European rivals lower"), ("Lloyds Banking Group", "their European rivals lower")}


def test_an_adverb_inside_due_to():
    assert _causes("The Nikkei firmed 0.8 percent, due mostly to heavy buying of Fast Retailing.") == {
        ("Nikkei 225", "heavy buying of Fast Retailing")}
    assert _causes("Toyota rose 2% thanks largely to a weaker yen.") == {("Toyota Motor", "a weaker yen")}


def test_a_day_between_two_clauses_that_share_a_cue():
    assert _causes("Monte dei Paschi fell 9% today and UniCredit lost 4% as worries about bad loans persisted.") == {
        ("Monte dei Paschi", "worries about bad loans persisted"),
        ("UniCredit", "worries about bad loans persisted")}


def test_how_high_a_mover_went_is_part_of_the_cause():
    causes = _causes("Toyota gained 3 percent and Honda rose 2.5 percent after the dollar climbed as high as "
                     "151.20 yen.")
    assert causes == {("Toyota Motor", "the dollar climbed as high as 151.20 yen"),
                      ("Honda", "the dollar climbed as high as 151.20 yen")}


def test_a_hyphened_descriptor_inside_a_list_of_names():
    assert _moves("Samsung Electronics and memory-chip maker SK Hynix both fell 2 percent.") == [
        ("Samsung Electronics", -2.0), ("SK Hynix", -2.0)]


def test_a_clause_after_while_keeps_its_own_subject():
    # VOA (via Big News Network), https://www.bignewsnetwork.com/news/265241901/european-markets-posting-solid-gains-despite-mixed-results-in-asia
    facts = _facts("The trading day got off to a mixed start in Asia, with the indexes in both Hong Kong and Shanghai "
                   "closing 0.3% lower, while the S&P/ASX in Sydney lost five points for the day, but was essentially "
                   "unchanged percentage wise.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [
        ("Hang Seng Index", -0.3), ("Shanghai Composite Index", -0.3), ("S&P/ASX 200", 0.0)]
    assert _moves("BHP retreated 1.1 per cent, while the miner Fortescue bucked the trend and rose 3.9 per cent.") == [
        ("BHP Group", -1.1), ("Fortescue", 3.9)]


def test_a_survey_index_is_no_market_nor_its_close():
    facts = _facts("The Nasdaq Composite slid 3.04 percent. The Institute for Supply Management's manufacturing "
                   "index fell to 54.1 in December from 59.3 in November.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Nasdaq Composite", -3.04, None)]
    assert _moves("The ISM said its services index rose to 60.8% last month.") == []


def test_a_percentage_point_in_words():
    facts = _facts("The tech-heavy Nasdaq gained a full percentage point to settle at 15,298.28.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Nasdaq Composite", 1.0, 15298.28)]
    assert _moves("The Nasdaq fell half a percentage point.") == [("Nasdaq Composite", -0.5)]
    # (a guard: a rate cut in percentage points is no move)
    assert _moves("The central bank cut rates by half a percentage point.") == []


def test_a_live_quote_inside_the_names_brackets_is_no_move():
    # the Motley Fool's "(CDLX -6.87%)" is the quote when the page was read; the day's move follows the verb
    facts = _facts("Shares of Cardlytics (CDLX -6.87%) skyrocketed 42.9% on Wednesday after the company posted a "
                   "surprise profit and raised its full-year outlook.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Cardlytics", 42.9)]
    assert {c.cause for c in facts.causes} == {"the company posted a surprise profit", "raised its full-year outlook"}
    # (a guard: a signed figure alone in brackets is the name's own move)
    assert _moves("Xiaomi (+4.35%) and Meituan (+2.1%) rose.") == [("Xiaomi Corporation", 4.35), ("Meituan", 2.1)]


def test_a_named_indexs_top_boost():
    assert _moves("Tencent was the Hang Seng Index's top boost, up by more than 2 percent after posting a "
                  "forecast-beating rise in quarterly profit.") == [("Tencent Holdings", 2.0)]


def test_an_adverb_before_by_and_drooped():
    # Xinhua's "rebounded sharply by 206.23 points, or 1.94 percent"; Kyodo's "drooped 20.63 points, or 0.11 percent"
    assert _moves("The DAX rebounded sharply by 206.23 points, or 1.94 percent.") == [("DAX", 1.94)]
    assert _moves("The Nikkei Stock Average drooped 20.63 points, or 0.11 percent, to end at 18,769.06.") == [
        ("Nikkei 225", -0.11)]
    # (a guard: a company's sales are no move)
    assert _moves("Sales drooped 5 percent.") == []


def test_a_sentence_adverb_is_no_part_of_a_sector_list():
    # Xinhua's "Meanwhile, technology and energy led the gainers by rising 1.38 percent and 1.08 percent, respectively"
    assert _moves("Meanwhile, utilities and energy led the gainers by rising 1.2 percent and 0.9 percent, "
                  "respectively.") == [("Utilities", 1.2), ("Energy", 0.9)]
