"""A ranking's noun opening the sentence ("Risers included BT Group 2.2%, Vodafone 1.8% and Tesco 1.1%", the way
Sharecast and the London wraps list the day's movers): "Risers", "Fallers", "Decliners" are the ranking, not a
company's name, as "Gainers" and "Losers" were. And Reuters' rankings with a code and a scope: "Peabody Energy Corp
(BTU.N) was the biggest loser among the S&P energy names, falling 3.7 percent"; "Of the 30 components of the Dow
industrials, Home Depot Inc (HD.N) was the worst performer" ranks Home Depot, not the Dow.

Sentences were written for these tests in the styles of Sharecast, the Evening Standard and Reuters, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2019-06-12")[0]]


def test_a_ranking_noun_opening_the_sentence_is_no_name():
    assert _moves("Risers included BT Group 2.1%, Vodafone 1.7% and Tesco 1.2%.") == [
        ("BT Group", 2.1), ("Vodafone", 1.7), ("Tesco", 1.2)]
    assert _moves("Fallers included Barclays 2.3%.") == [("Barclays", -2.3)]
    assert _moves("Decliners included Rio Tinto, down 2.2%.") == [("Rio Tinto", -2.2)]
    # (a guard: breadth is no move)
    assert _moves("Advancers outnumbered decliners by 3 to 1.") == []


def test_a_ranked_name_with_its_code_and_the_ranking_s_scope():
    assert _moves("Peabody Energy Corp (BTU.N) was the biggest loser among the S&P energy names, falling 3.6 percent "
                  "to $15.20.") == [("Peabody Energy", -3.6)]
    assert _moves("Top gainers were Wipro (WIPR.NS) and Infosys (INFY.NS), up 3% and 2%, respectively.") == [
        ("Wipro", 3.0), ("Infosys", 2.0)]


def test_the_opening_phrase_s_index_is_not_ranked():
    assert _moves("Of the 30 components of the Dow industrials, Home Depot Inc (HD.N) was the worst performer, "
                  "falling 1.8 percent to $88.45.") == [("Home Depot", -1.8)]
    assert _moves("Of the 30 components of the Dow industrials, Home Depot was the worst performer.") == [
        ("Home Depot", None)]
    # (a list joined by "and" stays a list)
    assert _moves("Shares of Tencent, Alibaba and JD were the top gainers.") == [
        ("Tencent Holdings", None), ("Alibaba Group Holding", None), ("JD.com", None)]
