"""Moves the 279th-282nd sets showed: the Guardian's closing summary lines ("FTSE 100: down 86 points at 5672, -1.5%",
"German DAX: down 82 points at 6932, -1.17%"), "ended the session at 23,417.60, 136.45 points or 0.58 per cent lower
than its previous close", "The Shanghai Composite Index on the mainland gained", "went lower by 112.35 points or 0.61
per cent", the Hindu BusinessLine's "The Sensex uptrend was led by realty index 1.97 per cent, followed by FMCG 1.16 per
cent", "power and IT indices ... were down 0.78 per cent and 0.05 per cent, respectively", and a list of BSE's
sectoral indices whose second member has a verb of its own ("auto declined 0.97 per cent, financial services fell by
0.53 per cent, consumer discretionary (0.38 per cent), bankex (0.36 per cent)").

Sentences were written for these tests in the styles of the Guardian, PTI, India TV, the SCMP and the Hindu
BusinessLine, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2023-05-16"):
    return moves_and_causes(text, published=published)[0]


def test_a_closing_summary_line():
    assert _moves("FTSE 100: down 80 points at 5680, -1.4%") == [("FTSE 100", "down", -1.4, None)]
    assert _moves("German DAX: down 75 points at 6940, -1.08%") == [("DAX", "down", -1.08, None)]
    assert _moves("Spanish IBEX: up 50 points at 7490, +0.68%") == [("IBEX 35", "up", 0.68, None)]
    assert _moves("FTSE 100: down 1.4% at 5,680") == [("FTSE 100", "down", -1.4, 5680.0)]
    # (a guard: a label before a move with a subject of its own)
    assert _moves("Banks: HDFC Bank fell 2.1 per cent.") == [("HDFC Bank", "down", -2.1, None)]


def test_a_figure_after_the_close_lower_than_the_previous_close():
    assert _moves("The Nifty 50 ended the session at 23,417.60, 136.45 points or 0.58 per cent lower than its "
                  "previous close of 23,554.05.") == [("Nifty 50", "down", -0.58, 23417.6)]
    # (a guard: a comparison with another time is no day's move)
    assert _moves("The Nifty closed at 24,830.10, 10 per cent higher than a year ago.") == []


def test_went_lower_and_a_place_after_the_name():
    assert _moves("The NSE Nifty went lower by 110.15 points or 0.6 per cent to end at 18,290.50.") == [
        ("Nifty 50", "down", -0.6, 18290.5)]
    assert _moves("The Shanghai Composite Index on the mainland gained 1.7 per cent, or 45.16 points, to 2,700.95 "
                  "points.", published="2018-09-18") == [("Shanghai Composite Index", "up", 1.7, 2700.95)]


def test_a_list_of_sectors_led_by_a_figure():
    moves = _moves("The Sensex uptrend was led by realty index 1.9 per cent, followed by metal 1.1 per cent, capital "
                   "goods 1.0 per cent and power 0.9 per cent.", published="2013-06-24")
    assert sorted((name, pct) for name, _, pct, _ in moves) == [
        ("Industrials", 1.0), ("Metals and mining", 1.1), ("Property", 1.9), ("Utilities", 0.9)]
    # (a guard: no move noun before "led by", no side to give the list)
    assert _moves("The index was led by realty index 1.9 per cent, followed by metal 1.1 per cent.",
                  published="2013-06-24") == []


def test_bare_sectors_and_their_figures():
    moves = _moves("On the other hand, power and IT indices lost investors' support and were down 0.7 per cent and "
                   "0.1 per cent, respectively.", published="2013-06-24")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Utilities", -0.7), ("Technology", -0.1)]
    moves = _moves("Among the indices, auto declined 0.9 per cent, financial services fell by 0.5 per cent, consumer "
                   "discretionary (0.3 per cent) and bankex (0.2 per cent).")
    assert [(name, pct) for name, _, pct, _ in moves] == [
        ("Autos and EVs", -0.9), ("Financials", -0.5), ("Consumer", -0.3), ("BSE Bankex", -0.2)]


def test_business_words_after_and_up_to_the_verb_are_one_name():
    moves = _moves("Gansu Jingyuan Coal Industry and Electricity Power Co. declined 8.1 percent to 15.90 yuan.",
                   published="2010-04-19")
    assert moves == [("Gansu Jingyuan Coal Industry and Electricity Power Co.", "down", -8.1, 15.9)]
    assert [name for name, _, _, _ in _moves("Nifty Oil and Gas fell 1.3 per cent.", published="2026-01-23")] == [
        "Nifty Oil and Gas"]
    # (a guard: two names joined by "and")
    assert [name for name, _, _, _ in _moves("Tencent and Alibaba rose 2 percent.")] == [
        "Tencent Holdings", "Alibaba Group Holding"]


def test_aps_key_figures_lines():
    assert _moves("Tokyo - Nikkei 225: DOWN 0.3% at 39,120.50", published="2024-06-11") == [
        ("Nikkei 225", "down", -0.3, 39120.5)]
    assert _moves("Hong Kong - Hang Seng: UP 1.1% at 20,150.40", published="2024-06-11") == [
        ("Hang Seng Index", "up", 1.1, 20150.4)]
    # (a guard: a dateline's dash before a sentence with a colon later in it)
    assert _moves("TOKYO - The Nikkei rose 1.1% on Tuesday: exporters led.", published="2024-06-11") == [
        ("Nikkei 225", "up", 1.1, None)]


def test_a_rankings_scope_before_its_figure_and_the_most_by():
    assert _moves("BSE Bankex was the biggest loser among the sectoral indices down 1.6% followed by Power and Realty.",
                  published="2013-12-17")[0] == ("BSE Bankex", "down", -1.6, None)
    assert _moves("HDFC Bank was the top Sensex loser which ended down 3.4% after the central bank barred foreign "
                  "buying.", published="2013-12-17") == [("HDFC Bank", "down", -3.4, None)]
    moves = _moves("The Hang Seng Index fell 1 percent. Three of four sub-indices slid, with the Commerce and "
                   "Industry going down the most by 1.4 percent, followed by the Finance 0.9 percent.",
                   published="2015-06-01")
    assert [(name, pct) for name, _, pct, _ in moves][1:] == [
        ("Hang Seng Commerce and Industry Sub-index", -1.4), ("Hang Seng Finance Sub-index", -0.9)]


def test_exchanges_in_places():
    assert _moves("Elsewhere, markets in Australia and South Korea gained around 2 percent, while exchanges in Taiwan "
                  "and Singapore were each up more than 3 percent.", published="2008-07-23") == [
        ("S&P/ASX 200", "up", 2.0, None), ("KOSPI", "up", 2.0, None), ("TAIEX", "up", 3.0, None),
        ("Straits Times Index", "up", 3.0, None)]
    # (a guard: the exchanges' turnover is no market's move)
    assert _moves("Turnover on the two exchanges rose 5 percent.", published="2008-07-23") == []
