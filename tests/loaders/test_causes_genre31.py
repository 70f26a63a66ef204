"""More of the 243rd-246th sets' cause misses: AFP's leads in capitals ("ASIAN stocks tumbled Thursday after ..."),
causes listed before "darkened the mood", CNBC's "Stocks clawed their way back ... as banks surged", and a
session's own course after "after" ("clawed back 1.2% after early losses": a time, no cause).

Sentences were written for these tests in the styles of AFP and CNBC, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str, published: str = "2018-02-06"):
    return {(c.effect.name, c.cause) for c in facts_of("Markets report\n\n" + text, published=published).causes}


def test_a_market_adjective_in_capitals():
    assert _causes("ASIAN stocks tumbled Thursday after a bruising sell-off on Wall Street. Tokyo fell 3.2%.") == {
        ("Asian markets", "a bruising sell-off on Wall Street")}


def test_causes_listed_before_darkened_the_mood():
    assert _causes("HONG KONG, Sept 2: Asian shares closed mostly down on Tuesday as political turmoil in Thailand, "
                   "the premier's surprise resignation and sliding regional currencies darkened the mood.",
                   "2008-09-02") == {("Asian markets", "political turmoil in Thailand"),
                                     ("Asian markets", "the premier's surprise resignation"),
                                     ("Asian markets", "sliding regional currencies")}


def test_clawed_their_way_back():
    assert _causes("Stocks clawed their way back from a midday rout as banks surged. The Dow rose 3%.",
                   "2009-01-21") == {("Wall Street", "banks surged")}


def test_the_day_s_own_course_after_after_is_no_cause():
    assert not _causes("The Nikkei clawed back 1.2% after early losses.")
    assert not _causes("The Dow rose 3% after a midday rout.")
    # (a guard: a clause after it is news)
    assert _causes("The Nikkei fell 1% after early gains in Wall Street futures faded.") == {
        ("Nikkei 225", "early gains in Wall Street futures faded")}
