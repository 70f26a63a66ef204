"""Moves in Reuters' Tokyo wraps, Business Standard's and the Economic Times' Mumbai wraps, and
Nikkei Asia (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters Tokyo prints a sector index's code after its name
    ("The banking sector .IBNKS.T slipped 1.39% to become the worst sector.", [("Banks", -1.39)]),
    ("The auto industry index .ITEQP.T gained 1.35%.", [("Autos and EVs", 1.35)]),
])
def test_a_sector_with_its_reuters_code(sentence, expected):
    assert _moves("Tokyo stocks\n\n" + sentence) == expected


def test_a_list_that_opens_the_sentence_with_a_comma_before_its_verb():
    assert _moves("Mumbai stocks\n\nIndex heavyweights Reliance Industries, State Bank of India, and ICICI Bank, "
                  "fell over two per cent each.") == [("Reliance Industries", -2.0), ("State Bank of India", -2.0),
                                                      ("ICICI Bank", -2.0)]


def test_an_aside_after_a_list_is_still_no_subject_of_a_forecast():
    assert _moves("Stocks\n\nAnalysts at Nomura, Citi, and UBS, however, expect Tencent to fall 2 percent.") == []


@pytest.mark.parametrize("text", [
    # a short-seller named before "the stock" is no stock that moved
    "AAC Technologies slumped 14% on Thursday. Short-seller Gotham City Research repeated its doubts. "
    "The stock is down 27% in May so far.",
    # "Here's what you should know" names nothing for "It" to stand for
    "Here's what you should know. The market was weighed down by banks. It plunged 87 points, or nearly 3 per "
    "cent, to close at 2,936.35.",
])
def test_no_mover_from_a_word_that_names_no_company(text):
    names = {name for name, _ in _moves("Markets\n\n" + text)}
    assert not names & {"Gotham City Research", "Short", "Here"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # CNN's bracket of the day's points and close between the name and its verb (written in its style)
    ("The Dow industrials (up 104.35 to 12,876.40, Charts) added over 100 points, or 0.8 percent.",
     [("Dow Jones Industrial Average", 0.8, 12876.4)]),
    ("Shares of General Motors (down $1.18 to $31.90, Charts) slid close to 4 percent after the automaker cut "
     "its forecast.", [("General Motors", -4.0, 31.9)]),
])
def test_cnns_bracket_after_the_name(sentence, expected):
    moves = facts_of("Stocks\n\n" + sentence).moves
    assert [(m.entity.name, m.change_pct, m.close) for m in moves] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # China Daily's and Xinhua's "yesterday" between the subject and its verb, and the level after "a fresh all-time
    # high of" (sentences written in their style)
    ("The Hang Seng Index (HSI) yesterday jumped 1.86 percent, closing at a fresh all-time high of 23,415.",
     [("Hang Seng Index", 1.86, 23415.0)]),
    ("The Nikkei rose 1 percent to a record high of 40,100.5.", [("Nikkei 225", 1.0, 40100.5)]),
    # an opening participle's phrase names no mover: "China Mobile" is the cause's, not a list's
    ("Galvanized by foreign inflows and a possible listing of China Mobile, Hong Kong's Hang Seng Index yesterday "
     "jumped 1.86 percent.", [("Hang Seng Index", 1.86, None)]),
])
def test_china_daily_wording(sentence, expected):
    moves = facts_of("Hong Kong stocks\n\n" + sentence).moves
    assert [(m.entity.name, m.change_pct, m.close) for m in moves] == expected


def test_an_opening_past_participle_is_a_cue_and_no_name():
    causes = facts_of("HK stocks\n\nGalvanized by foreign capital, the Hang Seng Index rose 2 percent.").causes
    assert [(c.effect.name, c.cause, c.cue) for c in causes] == [("Hang Seng Index", "foreign capital",
                                                                  "galvanized by")]


def test_a_bracketed_full_name_before_which_and_figures_in_words_after_a_list():
    # written in Business Standard's style
    moves = facts_of("Mumbai stocks\n\nAmong blue-chip stocks, the major losers included Bhel (Bharat Heavy Electricals "
                     "Ltd), which fell five per cent, followed by NTPC and Tata Steel, four and three per cent, "
                     "respectively.").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [("Bhel", -5.0), ("NTPC", -4.0), ("Tata Steel", -3.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb between a pronoun and its verb (written in Business Standard's style)
    ("The Sensex fell sharply on Wednesday. It finally closed at 18,167.64, down 1.47 per cent.",
     [("BSE Sensex", -1.47, 18167.64)]),
    # AP's "KEEPING SCORE" lines (written in its style)
    ("KEEPING SCORE: Tokyo's Nikkei 225 was nearly unchanged at 23,107.85.",
     [("Nikkei 225", 0.0, 23107.85)]),
])
def test_a_pronouns_adverb_and_a_nearly_unchanged_index(text, expected):
    moves = facts_of("Markets\n\n" + text).moves
    assert [(m.entity.name, m.change_pct, m.close) for m in moves] == expected


def test_shares_of_the_company_are_the_movers_not_the_exchanges():
    # written in Business Standard's style: "BSE" is named last, but the company that moved is TCS
    moves = facts_of("TCS shares\n\nTata Consultancy Services jumped 5.12 per cent to close at Rs 2,141.35 on BSE. "
                     "At NSE, shares of the company advanced 4.9 per cent to end at Rs 2,135.").moves
    assert {m.entity.name for m in moves} == {"Tata Consultancy Services"}


def test_a_lead_naming_the_previous_days_selloff_keeps_the_storys_day():
    # written in CNNMoney's style, published on a Monday
    from marketkg.loaders.sources import read_article_text
    from marketkg.loaders.extract import extract
    text = ("Dow rebounds\n\nBlue-chip barometer rebounds nearly 250 points recovering from last Friday's selloff.\n\n"
            "The Dow Jones industrials soared 241 points, or 1.87 percent, Monday.\n\n"
            "The broader S&P 500 gained 2.1 percent.")
    facts = extract(read_article_text(text, source="x.txt", published="2007-08-06")[0])
    assert {(m.entity.name, m.date) for m in facts.moves if m.change_pct is not None} == {
        ("Dow Jones Industrial Average", "2007-08-06"), ("S&P 500", "2007-08-06")}


def test_a_ranking_is_no_sector_of_its_own():
    # "the worst performing sector" ranks the banks: no sector called "performing"
    moves = facts_of("Stocks\n\nBanks were the worst performing sector, down 2 percent.").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [("Banks", -2.0)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # written in China Daily's style
    ("Vanke, the nation's leading property developer, followed suit with a 4.3-percent dive.", [("China Vanke", -4.3)]),
    ("The Nikkei fell 1 percent. Sony followed suit with a 2 percent drop.", [("Nikkei 225", -1.0), ("Sony Group", -2.0)]),
])
def test_followed_suit_with_a_noun_figure(sentence, expected):
    assert _moves("Stocks\n\n" + sentence) == expected
