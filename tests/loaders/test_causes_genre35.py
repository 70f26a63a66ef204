"""From the 251st set (AP, USA Today): a headline's "Rally" is a verb, not an adverb for ending in "ly" ("US Stocks
Rally After Jobs Report" gave no cause; "London's market rally continued as X" stays a noun), and a with-list's
names as the index's biggest decliners ("with Goldman Sachs (GS) and DuPont (DD) as its biggest decliners": the
cause had been "its biggest decliners").

Sentences were written for these tests in the styles of AP and USA Today, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str, headline: str = "Markets close"):
    return {(c.effect.name, c.cause) for c in facts_of(f"{headline}\n\n{text}", published="2020-06-05").causes}


def test_rally_in_a_headline_is_the_verb():
    assert ("Wall Street", "Jobs Report") in _causes("The S&P 500 rose 2.6%.", "US Stocks Rally After Jobs Report")


def test_a_rally_that_continued_is_a_noun():
    # (a guard: no move of the FTSE 100 caused by its own record)
    assert not any(cause.startswith("the FTSE 100") for _, cause in _causes(
        "London's market rally continued on Friday as the FTSE 100 lifted to its latest record closing price."))


def test_a_with_list_as_the_index_s_biggest_decliners():
    causes = _causes("The 30-stock Dow Jones industrial average dropped 214.67 points, or 1.3%, to 16,842.05, with "
                     "Goldman Sachs (GS) and DuPont (DD) as its biggest decliners.")
    dow = "Dow Jones Industrial Average"
    assert {(dow, "Goldman Sachs"), (dow, "DuPont")} <= causes
    assert (dow, "its biggest decliners") not in causes
