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
    ("Infosys was the top Sensex gainer, climbing 1.9 per cent.", [("tkr-infy-ns", 1.9, None)]),
    # AP's live close: a whole number of points with no unit, "closing with a loss of"
    ("The Dow is now closing with a loss of 377 points, or 3.2 percent, to 11,615.", [("idx-djia", -3.2, 11615.0)]),
    ("The S&P 500 is off 37, or 2.6 percent, to 1,392.", [("idx-spx", -2.6, 1392.0)]),
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


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second predicate after "but", in an infinitive: the first one's subject (the open is intraday)
    ("Boeing jumped at the open but slipped to close 1.2 percent lower.", [("tkr-ba", -1.2, None)]),
    # a sentence adverb before "the stock": the company of the sentence before, a broker's bank too
    ("Goldman Sachs beat forecasts. However, the stock fell 1.7 percent.", [("tkr-gs", -1.7, None)]),
    # "blue chip index" after an index's name is that index, not the chip index
    ("In Paris, the CAC 40 blue chip index lost 2.4 percent.", [("idx-cac40", -2.4, None)]),
    # a bracketed ticker before an appositive (CNN style)
    ("Nokia (NOK), the Finnish handset maker, fell 7.9 percent.", [("tkr-nokia-he", -7.9, None)]),
    # an absolute "with X the main loser, down N%"
    ("The DAX fell 1.8 percent, with chipmaker Infineon Technologies the main loser, down 9.5 percent.",
     [("idx-dax", -1.8, None), ("tkr-ifx-de", -9.5, None)]),
    # "its spin-off X"
    ("BHP rose 1.6 per cent while its spin-off South32 jumped 4 per cent.",
     [("tkr-bhp-ax", 1.6, None), ("co-south32", 4.0, None)]),
    # Xinhua's daily limit
    ("Drug shares rose, with Kangmei Pharma up by the daily limit of 5 percent.",
     [("co-kangmei-pharma", 5.0, None)]),
])
def test_more_subjects(sentence, expected):
    assert _moves(sentence) == expected


def test_bare_sector_names_and_respectively():
    text = "The S&P 500 rose 1.1 percent, as consumer discretionary and tech gained 1.9 percent and 2 percent, respectively."
    assert _moves(text) == [("idx-spx", 1.1, None), ("sector-consumer", 1.9, None), ("sector-technology", 2.0, None)]
    assert _moves("Energy dropped 1.5% on Monday.") == [("sector-energy", -1.5, None)]
    assert _moves("Energy costs rose 5% in May.") == []  # a bare sector word only before a move verb
