"""Causes of the 275th-278th sets (Reuters' US closes, Jiji's Tokyo closes): a list of causes that a closing
attribution ends ("thanks to buying on dips, a weaker yen and a rise in Nikkei futures prices, brokers said"), two
moves of the market's parts joined by "and" ("a jump in Apple shares and gains from energy stocks"), and the cues
"juiced by" and "got a boost from".

Sentences were written for these tests in the style of Reuters and Jiji, not copied."""
from __future__ import annotations

from marketkg.loaders.pipeline import shared_pipeline
from tests.conftest import moves_and_causes


def _causes(text: str, published: str = "2019-12-26"):
    return moves_and_causes(text, published=published)[1]


def test_a_list_of_causes_before_who_said_it():
    assert _causes("The Nikkei average rose 1.1 percent thanks to buying on dips, a weaker yen and a rise in Nikkei "
                   "futures prices, brokers said.") == {
        ("Nikkei 225", "buying on dips"), ("Nikkei 225", "a weaker yen"), ("Nikkei 225", "a rise in Nikkei futures prices")}
    # (a guard: a clause's objects before who said it stay one cause)
    assert _causes("The Nikkei average fell 1.1 percent after the government raised taxes, fees and tariffs, analysts "
                   "said.") == {("Nikkei 225", "the government raised taxes, fees and tariffs")}


def test_two_moves_joined_by_and_are_two_causes():
    assert _causes("Wall Street rallied 1.2 percent on Monday, juiced by a jump in Apple shares and gains from energy "
                   "stocks.", published="2010-05-17") == {
        ("Wall Street", "a jump in Apple shares"), ("Wall Street", "gains from energy stocks")}


def test_got_a_boost_from():
    causes = _causes("The Nasdaq rose 0.8 percent and got a boost from Gilead Sciences, which jumped 7.1 percent.",
                     published="2010-02-02")
    assert [(effect, cause.split(",")[0]) for effect, cause in causes] == [("Nasdaq Composite", "Gilead Sciences")]


def test_a_cue_after_a_long_participle_aside():
    assert _causes("Australian shares fell 0.5 percent on Wednesday, backing off from a fresh five-year high reached in "
                   "the morning, as miners deepened their losses on falling iron ore prices.", published="2013-05-15") == {
        ("S&P/ASX 200", "miners deepened their losses on falling iron ore prices")}


def test_a_choppy_session_mostly_lower():
    assert _causes("Wall Street stocks finished a choppy session mostly lower on Tuesday as worries about higher "
                   "Treasury yields offset appetite for equities.", published="2021-02-23") == {
        ("Wall Street", "worries about higher Treasury yields offset appetite for equities")}


def test_and_also_did_is_a_second_cause():
    assert _causes("Japan's Nikkei share average ended higher on Thursday as investors scooped up stocks after losses "
                   "in the previous session and also cheered the vote on the debt ceiling bill.",
                   published="2023-06-01") == {
        ("Nikkei 225", "investors scooped up stocks after losses in the previous session"),
        ("Nikkei 225", "cheered the vote on the debt ceiling bill")}


def test_names_that_are_a_clauses_subject_or_a_phrases_objects_stay_in_one_cause():
    assert _causes("Norwegian bank DNB rose 4.2 per cent after UBS, Nomura and Credit Suisse produced upgrades on the "
                   "stock.", published="2021-01-26") == {
        ("DNB", "UBS, Nomura and Credit Suisse produced upgrades on the stock")}
    assert _causes("The Kospi rose 1.3 percent thanks to foreign buying of Samsung, SK hynix and LG Energy Solution, "
                   "dealers said.", published="2024-03-05") == {
        ("KOSPI", "foreign buying of Samsung, SK hynix and LG Energy Solution")}


def test_a_movers_earlier_course_after_after_is_no_cause():
    assert _causes("The Hang Seng Index gained 0.7 per cent, or 176.4 points, to 25,391.20 after dropping by as "
                   "much as 1.4 per cent earlier in the day.", published="2018-09-18") == set()
    # (a guard: another market's move after "after" is a cause)
    assert _causes("The Hang Seng rose 0.5 per cent after Wall Street jumped 1.2 per cent overnight.",
                   published="2018-09-18") == {("Hang Seng Index", "Wall Street jumped 1.2 per cent")}


def test_a_names_acronym_is_no_sector_word_joined_by_and():
    mentions = shared_pipeline()("European shares closed lower as banks fell after Spain had to rescue regional savings "
                                 "bank CCM and auto stocks weighed.")._.mkg_mentions
    assert "auto stocks" in [m.text for m in mentions if m.kind == "sector"]
    assert not any("CCM" in m.text and m.kind == "sector" for m in mentions)


def test_and_disappointment_over_is_a_second_cause():
    assert _causes("Tokyo's benchmark Nikkei stock index closed down more than two per cent on Monday on a stronger yen "
                   "and disappointment over a lack of asset-buying from the central bank.", published="2020-04-13") == {
        ("Nikkei 225", "a stronger yen"), ("Nikkei 225", "disappointment over a lack of asset-buying from the central bank")}
