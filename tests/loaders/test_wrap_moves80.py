"""Moves of the 319th and 320th sets: an appositive role with an adjective ("Poly Real Estate Group, listed unit of the
country's largest state-owned developer, edged up 0.64 percent", Shanghai Daily), "boasted a 5.6 percent increase"
(Focus Taiwan), and an index named with "bourse" after it ("The tech-heavy Kosdaq bourse closed at 985.86 points,
down 0.17 percent", the Korea Herald).

Sentences were written for these tests in the styles of Shanghai Daily, Focus Taiwan and the Korea Herald, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2021-06-07")[0]


def test_an_appositive_role_with_an_adjective():
    assert _moves("Poly Real Estate Group, listed unit of the country's largest state-owned developer, edged up 0.62 "
                  "percent to 11.05 yuan.") == [("Poly Real Estate Group", "up", 0.62, 11.05)]


def test_boasted_an_increase():
    assert _moves("Radiator supplier Asia Vital Components boasted a 5.4 percent increase to close at NT$580.") == [
        ("Asia Vital Components", "up", 5.4, 580.0)]
    assert _moves("The company boasted a 20 percent increase in sales.") == []


def test_an_index_named_with_bourse_after_it():
    assert _moves("The tech-heavy Kosdaq bourse closed at 912.35 points, down 0.27 percent from the prior "
                  "session's close.") == [("KOSDAQ", "down", -0.27, 912.35)]
