"""Subjects and figures as wire services write them: an appositive opened by "another", an
adverb set off by commas, an index's phrase of members, ", or 1.50 points higher", a descriptor
before the name of a participle's subject, and the Shenzhen Composite kept apart from the
Shenzhen Component. Sentences written in the style of Xinhua, AFP and Reuters wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize("text, expected", [
    ("Henderson Land, another big property developer in the city, fell 0.7 percent to 39.85 HK dollars.",
     ("Henderson Land Development", -0.7, 39.85)),
    ("The broader Topix, meanwhile, fell 20.75 points, or 1.36 percent, to finish at 1,505.12.",
     ("TOPIX", -1.36, 1505.12)),
    ("The Topix index of every First Section issue on the Tokyo Stock Exchange fell 1.18 percent.",
     ("TOPIX", -1.18, None)),
    ("The Shenzhen Composite Index ended 0.10 per cent, or 1.50 points higher, at 1,574.95.",
     ("Shenzhen Composite Index", 0.1, 1574.95)),
    ("The Shenzhen Component Index ended 0.10 per cent or 1.50 points lower.",
     ("Shenzhen Component Index", -0.1, None)),
    ("Top lender the Commonwealth Bank of Australia posted the biggest loss among banks, dropping 1 percent.",
     ("Commonwealth Bank of Australia", -1.0, None)),
])
def test_the_subject_and_figure_are_read(text, expected):
    assert _moves(text) == [expected]


def test_a_name_after_a_preposition_is_still_no_participle_subject():
    assert _moves("Banking giant HSBC tracked losses on Wall Street, sliding 2.1 percent.") == [
        ("HSBC Holdings", -2.1, None)]
