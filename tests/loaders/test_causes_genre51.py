"""Causes of the 315th-318th sets: the story's own market named by a word of home or as its blue chips ("Blue chips
closed higher, underpinned by X", the Star; "LOCAL STOCKS dropped", BusinessWorld; "Domestic equities traded higher
tracking X", PTI), a cause that is a list of names after its preposition ("fund buying of Maybank, Public Bank and
Petronas-linked stocks", which ends the cause), and a company's tail that ends a sentence before a word that opens
one ("... and Axis Bank Ltd. This was its worst decline", NDTV).

Sentences were written for these tests in the styles of the Star, BusinessWorld, PTI and NDTV, not copied."""
from __future__ import annotations

from marketkg.loaders.pipeline import shared_pipeline
from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2018-08-27")


def _market_mentions(text: str):
    return [m.text for m in shared_pipeline()(text)._.mkg_mentions if m.kind == "market"]


def test_a_word_of_home_or_blue_chips_name_the_story_s_market():
    assert _market_mentions("Blue chips closed higher on Monday.") == ["Blue chips"]
    assert _market_mentions("LOCAL STOCKS dropped on Tuesday.") == ["LOCAL STOCKS"]
    assert _market_mentions("Domestic equities traded higher.") == ["Domestic equities"]
    # some of the market's stocks are no market
    assert _market_mentions("For other blue chips, Tencent went down 1.5 percent.") == []
    moves, causes = _facts("KUALA LUMPUR: Blue chips closed higher on Monday, underpinned by fund buying of banks. "
                           "The FBM KLCI rose 0.4% to 1,810.")
    assert causes == {("FTSE Bursa Malaysia KLCI", "fund buying of banks")}
    _, causes = _facts("The Sensex fell 1%. Domestic equities traded higher through the day tracking firm cues from "
                       "global markets.")
    assert causes == {("BSE Sensex", "firm cues from global markets")}


def test_a_list_of_names_after_the_cause_s_preposition():
    _, causes = _facts("The FBM KLCI rose 0.4%, underpinned by fund buying of Maybank, Public Bank and Petronas-linked "
                       "stocks amid a cautious broader market.")
    assert ("FTSE Bursa Malaysia KLCI", "fund buying of Maybank, Public Bank and Petronas-linked stocks") in causes
    # a name after the comma that a verb follows opens a clause of its own
    moves, causes = _facts("The FBM KLCI fell 1% after a downgrade of Maybank, Public Bank fell 2% and CIMB rose 1%.")
    assert ("FTSE Bursa Malaysia KLCI", "a downgrade of Maybank") in causes
    assert ("Public Bank", "down", -2.0, None) in moves


def test_a_company_s_tail_ends_a_sentence_before_an_opener():
    sents = [s.text for s in shared_pipeline()("The Sensex fell, led by losses in HDFC Bank Ltd. and Axis Bank Ltd. "
                                                "This was its worst decline since March.").sents]
    assert sents == ["The Sensex fell, led by losses in HDFC Bank Ltd. and Axis Bank Ltd.",
                     "This was its worst decline since March."]
    sents = [s.text for s in shared_pipeline()("Samsung Electronics Co. Ltd. rose 2%. Tata Motors Ltd. Chairman N. "
                                                "Chandrasekaran spoke.").sents]
    assert sents == ["Samsung Electronics Co. Ltd. rose 2%.", "Tata Motors Ltd. Chairman N. Chandrasekaran spoke."]
