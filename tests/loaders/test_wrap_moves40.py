"""Moves the 235th-238th blind sets showed wrong or missed: a company's earnings "up 2.7 percent year-on-year"
read as its shares' move over the year; the Business Times' style, "to close at an all-time peak of 4,512.36" (the
close after "all-time", three tokens); "the iEdge Singapore Next 50 Index" (a brand's lower-case first letter);
CNA's style, "Kestrel Bank - which on Friday reported that its net profit rose 9 per cent ... - closed up
0.87 per cent" (a relative clause between dashes, with figures of its own).

Sentences were written for these tests in the styles of CNBC, the Business Times and CNA, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2025-11-06") -> list[tuple[str, str, float | None, float | None]]:
    return [(m.entity.name, m.direction, m.change_pct, m.close) for m in facts_of(text, published=published).moves]


def test_a_business_figures_change_on_the_year_is_no_move():
    assert _moves("On the earnings front, Vodafone reported core earnings of 11.6 billion pounds for the year ended "
                  "31 March, up 2.7 percent year-on-year.") == []
    # (a guard: an index over the year)
    assert _moves("Dublin's ISEQ index has ended 2009 at 2,975, up almost 27% on the year.") == [
        ("ISEQ Overall Index", "up", 27.0, None)]


def test_a_close_at_an_all_time_peak_of():
    assert _moves("Singapore's Straits Times Index (STI) rose 1.2 per cent or 54.36 points to close at an all-time "
                  "peak of 4,512.36.") == [("Straits Times Index", "up", 1.2, 4512.36)]


def test_a_brands_lower_case_first_letter():
    assert _moves("Meanwhile, the iEdge Singapore Next 50 Index gained 0.04 per cent or 0.6 points to 1,443.88.") == [
        ("iEdge Singapore Next 50", "up", 0.04, 1443.88)]


def test_a_relative_clause_between_dashes():
    assert _moves("Kestrel Bank - which on Friday reported that its second-quarter net profit rose 9 per cent "
                  "to S$641 million - closed up 0.87 per cent at S$31.40 on Tuesday.", published="2017-11-07") == [
        ("Kestrel Bank", "up", 0.87, 31.4)]
    # (a guard: a hyphen inside the aside is no dash)
    assert _moves("DBS Group - the third-largest lender - rose 1.2 per cent.", published="2017-11-07") == [
        ("DBS Group", "up", 1.2, None)]
