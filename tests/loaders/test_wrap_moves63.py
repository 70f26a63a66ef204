"""Moves the 291st-294th sets showed: a noun-form move after "experienced" or "closed with a collapse of" (Spanish and
Portuguese closes in English), and title-case headlines whose auxiliaries are no names ("Dow Is Down 2% As Banks
Slide", "The Dow Has Lost Nearly 14% In A Volatile Month": the Dow, and the month's span).

Sentences were written for these tests in the styles of a Madrid English-language daily, NPR and USA Today, not
copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str, published: str = "2010-05-06"):
    return moves_and_causes(text, published=published)[0]


def _dated(text: str, published: str = "2020-03-31"):
    facts = facts_of("Markets\n\n" + text, published=published)
    return [(m.entity.name, m.change_pct, m.date) for m in facts.moves]


def test_a_move_noun_after_experienced_or_closed_with():
    assert _moves("The Ibex 35 closed with a collapse of 5.2 per cent.") == [("IBEX 35", "down", -5.2, None)]
    assert _moves("Milan dropped 4.5 per cent and the Portuguese stock market experienced a loss of 4.1 per cent.") \
        == [("PSI", "down", -4.1, None), ("FTSE MIB", "down", -4.5, None)]
    # (guards: a collapse that is a cause, and a noun of something else's)
    assert ("Nikkei 225", "down", -5.0, None) in _moves("The collapse of Lehman sent the Nikkei down 5%.")
    assert _moves("Sales experienced a drop of 5 percent.") == []


def test_title_case_auxiliaries_are_no_names():
    assert _moves("Dow Is Down 1.8% As Banks Slide") == [("Dow Jones Industrial Average", "down", -1.8, None)]
    assert _dated("The Dow Has Lost Nearly 13% In A Volatile Month") == [("Dow Jones Industrial Average", -13.0, None)]
    # (a guard: a company whose name goes on after the index's word)
    assert _moves("Dow Chemical rose 2%.") == [("Dow Chemical Company", "up", 2.0, None)]


def test_as_a_sign_inside_a_cause_is_no_second_cue():
    causes = moves_and_causes("The S&P 500 jumped 5.2% Thursday as traders took the data as a sign the worst of "
                              "inflation may have passed.", published="2022-11-10")[1]
    assert causes == {("S&P 500", "traders took the data as a sign the worst of inflation may have passed")}
    # (a guard: another "as" still ends the first reason)
    assert moves_and_causes("The S&P 500 jumped 5.2% as traders took the data as yields rose.",
                            published="2022-11-10")[1] == {("S&P 500", "traders took the data")}
