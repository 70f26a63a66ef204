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
    assert _moves("Spain's Ibex 35 closed with a collapse of 4.7 per cent.") == [("IBEX 35", "down", -4.7, None)]
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


def test_figures_read_out_with_their_decimals_in_digits():
    # KBS World's style: points and closes read out, the decimals in digits, hyphens often non-breaking
    assert _moves("The KOSPI climbed 18-point-06 points, or zero-point-71 percent, to close at "
                  "two-thousand-529-point-68.", published="2025-12-26") == [("KOSPI", "up", 0.71, 2529.68)]
    assert _moves("The tech\u2011heavy KOSDAQ edged up four\u2011point\u201147 points, or zero\u2011point\u201149 "
                  "percent, to close at 919\u2011point\u201167.", published="2025-12-26") == [
        ("KOSDAQ", "up", 0.49, 919.67)]
    # (a guard: a word that is no figure before "-point-")
    assert _moves("The KOSPI rose 1.2 percent, a turning-point-like day.", published="2025-12-26") == [
        ("KOSPI", "up", 1.2, None)]


def test_a_participle_s_noun_move_is_its_clause_s():
    assert _moves("Local lender DBS bounced off its recent low of $32.90, clocking a gain of nearly 1 per cent or "
                  "31 cents to $33.21 on Monday.", published="2023-03-06") == [("DBS Group", "up", 1.0, 33.21)]
