"""The 657th to 664th blind sets' first read: a company's news told with a base-form past before ", with the
company's shares", a rating agency made to act ("prompted Moody's to downgrade"), a credit grade that is no name,
Asia's next session in a story dated the day before, and an opening "After ..., " that does not date the lead.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, facts_of, moves_and_causes


def _read(text: str) -> tuple[list[tuple], set[tuple]]:
    return moves_and_causes(text, published="2019-05-14")


@pytest.mark.parametrize("text, expected", [
    # the company whose news a base-form or irregular past tells owns "the company's shares"
    ("Kestrel Resources cut its full-year output forecast, with the firm's shares falling 4.2% to A$3.14.",
     [("Kestrel Resources", "down", -4.2, 3.14)]),
    ("Kestrel Resources said it would close two mines, with the company's shares falling 4.2%.",
     [("Kestrel Resources", "down", -4.2, None)]),
    ("Kestrel Resources sold its coal unit, with the company's shares rising 4.2%.",
     [("Kestrel Resources", "up", 4.2, None)]),
    # a company's shares are no place's index
    ("Kestrel Resources hit a snag in Chile, with the company's shares falling 4.2%.",
     [("Kestrel Resources", "down", -4.2, None)]),
])
def test_the_company_whose_news_the_clause_tells_owns_the_shares(text, expected):
    assert _read(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a rating agency or broker made to act by the news: done, as the past verb before it says
    ("Harbour Bank warned of bad loans on Monday. The outlook prompted Moody's to downgrade the lender to Baa2.",
     [("Moody's", "downgraded", "Harbour Bank")]),
    ("The results led Nomura to upgrade Harbour Bank to buy.", [("Nomura", "upgraded", "Harbour Bank")]),
    # what might be done is no action
    ("The slump could prompt Moody's to downgrade Harbour Bank.", []),
])
def test_a_rating_change_the_news_made_an_agency_do(text, expected):
    assert actions_of(text, published="2019-05-14") == expected


def test_a_credit_grade_is_no_company():
    assert actions_of("Harbour Bank warned of bad loans on Monday. Moody's downgraded the lender to Baa2.",
                      published="2019-05-14") == [("Moody's", "downgraded", "Harbour Bank")]


@pytest.mark.parametrize("published, expected", [
    ("2025-04-08", "2025-04-09"),  # a Tuesday story of Asia's Wednesday session
    ("2025-04-13", "2025-04-09"),  # a Sunday's weekly review looks back
])
def test_the_weekday_after_a_story_date_is_the_next_session(published, expected):
    facts = facts_of("Asian shares sink\n\nTokyo's Nikkei 225 sank 3.9% on Wednesday.", published=published)
    assert [m.date for m in facts.moves] == [expected]


def test_an_opening_after_phrase_does_not_date_the_story():
    facts = facts_of("Sensex ends lower\n\nAfter an early rally in banking shares, the Sensex crashed 340 points today "
                     "to its lowest close in 11 months. The rupee had hit a record low yesterday.\n\n"
                     "The Sensex closed 1.9 percent lower at 17,905.", published="2013-08-21")
    assert [(m.change_pct, m.date) for m in facts.moves] == [(-1.9, "2013-08-21")]
