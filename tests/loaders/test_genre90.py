"""The round after review 90: what its probes left open (a rating told in a later clause of the sentence, a change
against a week before, a with-clause that belongs to the clause after "while", an opening phrase after "while").

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    # the rating of a later clause rated that clause's company, not the sentence's first mover
    ("Rivian rose 4.1% following an upgrade to outperform from neutral, and Kestrel Motors gained after an upgrade "
     "to buy at Halvorsen Research.", [("Halvorsen Research", "upgraded", "Kestrel Motors")]),
    ("Rivian rose 4.1% following an upgrade to outperform at Halvorsen Research, while Lucid fell 2% after a "
     "downgrade to sell at Osprey Partners.",
     [("Halvorsen Research", "upgraded", "Rivian"), ("Osprey Partners", "downgraded", "Lucid")]),
    ("Tesla rose 3%, but Ford fell 2% after Morgan Stanley downgraded the stock to underweight.",
     [("Morgan Stanley", "downgraded", "Ford Motor Company")]),
    # the nearest company of the clause: a list inside it ends with the rated one
    ("In midcaps, Osprey Foods jumped 8% on a takeover bid, while Finch Retail rose 0.9% and Kestrel Motors "
     "climbed 2.7% following an upgrade from UBS.", [("UBS", "upgraded", "Kestrel Motors")]),
    # near misses: one clause, or the rating's clause first, keep the sentence's mover
    ("Ford fell 2% after Morgan Stanley downgraded the stock to underweight, while Tesla rose 3%.",
     [("Morgan Stanley", "downgraded", "Ford Motor Company")]),
    ("Kestrel Motors gained 3% after an upgrade to buy at Halvorsen Research.",
     [("Halvorsen Research", "upgraded", "Kestrel Motors")]),
])
def test_a_rating_rates_the_company_of_its_own_clause(text, expected):
    assert actions_of(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, days", [
    # a change against a week or a month before: no day's move (a span's, undated, if any)
    ("Lotte Shopping closed at 150,000 won on the main bourse, down 6.2 percent from a week earlier, as investors "
     "sold.", []),
    ("The Kospi ended at 2,410.5, up 1.3 percent from a week ago.", []),
    ("The Kospi ended at 2,410.5, 1.3 percent higher than a month earlier.", []),
    # against the session before: the day's
    ("The Kospi ended at 2,410.5, up 1.3 percent from the previous session.", ["2019-05-14"]),
    ("Lotte Shopping closed at 150,000 won, down 6.2 percent from a day earlier.", ["2019-05-14"]),
    ("The Kospi ended at 2,410.5, up 1.3 percent.", ["2019-05-14"]),
])
def test_a_change_against_a_week_before_is_no_days_move(text, days):
    moves = facts_of("Markets\n\n" + text, published="2019-05-14").moves
    assert [m.date for m in moves if m.date is not None] == days


def test_a_with_clause_after_while_explains_its_own_clause_only():
    _, causes = moves_and_causes(
        "The Nikkei fell 1.4 percent, with exporters at the forefront of the selling, while the Sensex rose 1.2 per "
        "cent, with index heavyweights leading the rally.", published="2019-05-14")
    assert causes == {("Nikkei 225", "exporters at the forefront of the selling"),
                      ("BSE Sensex", "index heavyweights leading the rally")}


def test_a_with_list_shares_the_cause_after_it():
    _, causes = moves_and_causes("Property stocks rallied, with Longfor up 6% and COLI up 4.5%, after the central "
                                 "bank cut rates.", published="2019-05-14")
    assert {effect for effect, _ in causes} == {"Property", "Longfor Group Holdings",
                                                "China Overseas Land & Investment"}


@pytest.mark.parametrize("text, expected", [
    ("Among Sensex constituents, Titan was the top loser and dropped 3.2 per cent, while among midcaps, Voltas was "
     "the top gainer and rose 4.1 per cent.", [("Titan Company", "down", -3.2, None), ("Voltas", "up", 4.1, None)]),
    ("BHP retreated 1.1 per cent, while in the mining space, Fortescue bucked the trend and rose 3.9 per cent.",
     [("BHP Group", "down", -1.1, None), ("Fortescue", "up", 3.9, None)]),
])
def test_a_clause_after_while_and_an_opening_phrase_has_its_own_subject(text, expected):
    assert moves_and_causes(text, published="2019-05-14")[0] == expected
