"""Figures as AP and the London papers print them: a points change without "points" ("dipped
80.12, or 0.3%"), prices in pence ("was up 25.25p or 10% to 280.75p"), the percent after the
close (", down 0.6%", ", a 14% rise"), and "the biggest faller"/"riser". Sentences written in the
style of AP, Guardian and Business Insider wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize("text, expected", [
    ("The Dow Jones Industrial Average dipped 80.12, or 0.3%, to 27,896.72.",
     [("Dow Jones Industrial Average", -0.3, 27896.72)]),
    ("The Dow fell 1,234, or 4.1 percent.", [("Dow Jones Industrial Average", -4.1, None)]),
    ("Mitchells & Butlers was up 25.25p or 10% to 280.75p.", [("Mitchells & Butlers", 10.0, 280.75)]),
    ("The FTSE 100 dropped 34.5 points to close at 5320.2, down 0.6%.", [("FTSE 100", -0.6, 5320.2)]),
    ("Newspaper group Trinity Mirror was up 14.5p to 115p, a 14% rise.", [("Trinity Mirror", 14.0, 115.0)]),
    ("Kazakhmys fell 9.5% or 135p to close at £12.88.", [("Kazakhmys", -9.5, 12.88)]),
    ("Glencore was the day's biggest riser, up 3.5%.", [("Glencore", 3.5, None)]),
    ("Chilean copper giant Antofagasta was the biggest faller down 2%.", [("Antofagasta plc", -2.0, None)]),
])
def test_the_figures_are_read(text, expected):
    assert _moves(text) == expected


def test_two_small_numbers_joined_by_or_are_a_range_not_points():
    assert _moves("The Dow fell 3 or 4 percent.") == [("Dow Jones Industrial Average", None, None)]
