"""Moves the 295th-298th sets showed: a points figure between a knock-on verb's object and its percent (the Economic
Times' "which lifted the Nifty Auto index 403 points or 3.48 per cent to 11,992"), and an exchange named in an
opening phrase is no company "the stock" stands for ("On the NSE, the stock crashed 13.38 per cent").

Sentences were written for these tests in the styles of the Economic Times and the Hindu BusinessLine, not copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str, published: str = "2018-03-12"):
    return moves_and_causes(text, published=published)[0]


def test_points_between_a_knock_on_object_and_its_percent():
    assert ("Nifty Auto", "up", 3.2, 11850.0) in _moves(
        "Auto stocks advanced the most, which lifted the Nifty Auto index 380 points or 3.2 per cent to 11,850.")
    assert ("Hang Seng Index", "down", -1.2, 24000.0) in _moves(
        "Losses in banks dragged the Hang Seng Index down 300 points, or 1.2 percent, to 24,000.")


def test_an_exchange_in_an_opening_phrase_is_no_company():
    moves = _moves("Infosys fell 9.1 per cent on the BSE. On the NSE, the stock crashed 12.5 per cent to hit its "
                   "one-year low.")
    assert [name for name, *_ in moves] == ["Infosys"]


def test_review_59_bare_shares_of_a_company_named_anywhere_before():
    # (review 59: a place after the shares, or a broker opening the sentence, left the company's move to the market)
    assert _moves("Samsung Electronics reported record profit, and shares jumped 4 percent in Seoul.") == [
        ("Samsung Electronics", "up", 4.0, None)]
    assert _moves("Goldman upgraded Nvidia, and shares jumped 3%.") == [("Nvidia Corporation", "up", 3.0, None)]
    # (a guard: a broker alone leaves them the market's)
    assert _moves("JPMorgan strategists warned of a correction, and shares fell 0.7% on Wall Street.") == [
        ("Wall Street", "down", -0.7, None)]


def test_review_59_a_figure_after_on_can_still_be_a_cause_and_signs_a_clause():
    causes = moves_and_causes("Intel rose 3 percent on 15,000 job cuts.", published="2024-08-02")[1]
    assert causes == {("Intel Corporation", "15,000 job cuts")}
    causes = moves_and_causes("The Kospi fell 1.1 percent as signs of a slowing chip cycle weighed on Samsung "
                              "Electronics.", published="2024-08-02")[1]
    assert ("KOSPI", "signs of a slowing chip cycle weighed on Samsung Electronics") in causes


def test_which_after_a_clause_stands_for_it_as_a_cause():
    causes = moves_and_causes("Auto stocks advanced the most in trade, which lifted the Nifty Auto index 380 points or "
                              "3.2 per cent to 11,850.", published="2018-03-12")[1]
    assert causes == {("Nifty Auto", "Auto stocks advanced the most in trade")}
    causes = moves_and_causes("The Sensex fell 1.6 per cent. After the steep fall in Infosys, which alone dragged the "
                              "Sensex deep into negative terrain, other software companies also declined.",
                              published="2013-04-12")[1]
    assert ("BSE Sensex", "the steep fall in Infosys") in causes
    # (a guard: after a cue, "which" is the noun before it)
    causes = moves_and_causes("The Topix fell 5.4 percent amid a rising Japanese currency, which hurts the country's "
                              "exporters.", published="2016-02-12")[1]
    assert {effect for effect, _ in causes} == {"TOPIX"}


def test_an_undated_story_s_day_figure_outranks_its_span_s():
    facts = facts_of("Markets\n\nBrazilian stocks jumped on Friday. Brazil's benchmark Bovespa index rose 1.8 percent "
                     "as it capped its best week since August with a 4.1 percent gain.", published=None)
    assert [(m.entity.name, m.change_pct, m.date) for m in facts.moves] == [("Bovespa", 1.8, None)]


def test_review_60_shares_in_a_place_after_a_company_named_in_passing_are_the_market_s():
    assert _moves("Traders fretted over China Evergrande's debt, and shares fell 2.1 percent in Hong Kong.") == [
        ("Hang Seng Index", "down", -2.1, None)]
    assert ("Tadawul All Share Index", "up", 0.6, None) in _moves(
        "Brent crude fell after Saudi Aramco cut prices, and shares rose 0.6 percent in Riyadh.")
    assert _moves("Samsung, LG and SK hynix all flagged weaker demand, and shares fell 2 percent in Seoul.") == [
        ("KOSPI", "down", -2.0, None)]
    # (a guard: the company the sentence opens with keeps its shares, a place after them or not)
    assert _moves("Samsung Electronics reported record profit, and shares jumped 5 percent in Seoul.") == [
        ("Samsung Electronics", "up", 5.0, None)]


def test_a_cause_s_text_has_no_runs_of_blanks():
    causes = moves_and_causes("The KOSPI fell zero-point-8 percent as retail investors sold a net 300-point-6 billion "
                              "won.", published="2025-12-26")[1]
    assert causes == {("KOSPI", "retail investors sold a net 300.6 billion won")}


def test_the_scrip_is_the_stock():
    # (the Indian press's word, review 60: "the scrip" had named no company)
    assert _moves("Infosys reported weak results. The scrip ended 2.1 per cent lower on the BSE.") == [
        ("Infosys", "down", -2.1, None)]
    assert _moves("Infosys reported weak results, and the scrip ended 2.1 per cent lower.") == [
        ("Infosys", "down", -2.1, None)]
