"""Subjects and figures of moves as agencies write them (sentences written for these tests in the
styles of Reuters Hong Kong, AP's live US closes, Korean wraps and the Economic Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.id, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an index with its members after it: "of the ... listings in Hong Kong"
    ("The China Enterprises Index of the main Chinese listings in Hong Kong slipped 0.3 percent.",
     [("idx-hscei", -0.3, None)]),
    # a ranking naming its index between "top" and "gainer"
    ("Infosys was the top Sensex gainer, rising 2.4 per cent.", [("tkr-infy-ns", 2.4, None)]),
    # AP's live close: a whole number of points with no unit, "is closing with a loss of"
    ("The S&P 500 is down 41, or 3.1 percent, to 1,280.", [("idx-spx", -3.1, 1280.0)]),
    ("The Dow is closing with a loss of 402 points, or 3.5 percent, to 11,050.", [("idx-djia", -3.5, 11050.0)]),
    # Korean wraps: a price "recorded", then the change
    ("Samsung Electronics recorded 71,200 won, up 1.4% from the previous day.", [("tkr-005930-ks", 1.4, 71200.0)]),
])
def test_subjects_and_figures(sentence, expected):
    assert _moves(sentence) == expected


def test_a_known_name_opening_a_longer_name_is_another_company():
    moves = facts_of("Alibaba Health jumped 5%, while Alibaba fell 1%.").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [
        ("Alibaba Health Information Technology", 5.0), ("Alibaba Group Holding", -1.0)]
    [move] = facts_of("Celltrion Pharm rose 0.8% on Monday.").moves
    assert move.entity.name == "Celltrion Pharm"


def test_a_run_in_heading_verb_is_no_part_of_the_name():
    facts = facts_of("Baidu Upgraded by Citi. Baidu rose 3% after Citi upgraded the stock.")
    assert [(a.investor.name, a.action.value, a.target.name) for a in facts.investor_actions] == [
        ("Citigroup", "upgraded", "Baidu Inc")]
