"""Moves the 235th-238th blind sets showed wrong or missed: a company's earnings "up 2.7 percent year-on-year"
read as its shares' move over the year; the Business Times' "to close at an all-time high of 4,484.99" (the
close after "all-time", three tokens); "the iEdge Singapore Next 50 Index" (a brand's lower-case first letter);
CNA's "United Overseas Bank - which last week reported that its net profit rose 12 per cent ... - closed up
1.49 per cent" (a relative clause between dashes, with figures of its own).

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


def test_a_close_at_an_all_time_high_of():
    assert _moves("The benchmark Straits Times Index (STI) rose 1.5 per cent or 67.87 points to close at an all-time "
                  "high of 4,484.99.") == [("Straits Times Index", "up", 1.5, 4484.99)]


def test_a_brands_lower_case_first_letter():
    assert _moves("Meanwhile, the iEdge Singapore Next 50 Index gained 0.04 per cent or 0.6 points to 1,443.88.") == [
        ("iEdge Singapore Next 50", "up", 0.04, 1443.88)]


def test_a_relative_clause_between_dashes():
    assert _moves("United Overseas Bank - which last week reported that its third-quarter net profit rose 12 per cent "
                  "to S$883 million - closed up 1.49 per cent at S$25.13 on Tuesday.", published="2017-11-07") == [
        ("United Overseas Bank", "up", 1.49, 25.13)]
    # (a guard: a hyphen inside the aside is no dash)
    assert _moves("DBS Group - the third-largest lender - rose 1.2 per cent.", published="2017-11-07") == [
        ("DBS Group", "up", 1.2, None)]
