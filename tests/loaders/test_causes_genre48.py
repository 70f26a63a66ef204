"""Causes of the 275th-278th sets (Reuters' US closes, Jiji's Tokyo closes): a list of causes that a closing
attribution ends ("thanks to buying on dips, a weaker yen and a rise in Nikkei futures prices, brokers said"), two
moves of the market's parts joined by "and" ("a jump in Apple shares and gains from energy stocks"), and the cues
"juiced by" and "got a boost from".

Sentences were written for these tests in the style of Reuters and Jiji, not copied."""
from __future__ import annotations

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
