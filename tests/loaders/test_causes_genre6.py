"""Causes and their limits from more outlets (sentences written for these tests in the styles of the
Japan Times, the Taipei Times, CNBC, TheStreet, Millennium Post and the SCMP; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the market's own course named as a noun is a time; the cue after it gives the cause
    ("The Nikkei closed lower on Tuesday after directionless moves amid a lack of fresh incentives.",
     [("idx-n225", "a lack of fresh incentives")]),
    # breadth, turnover and a listing's first days are no causes
    ("The Nifty rose 0.5%, with 22 of its components advancing.", []),
    ("The TAIEX fell 0.5%, with turnover of NT$210.5 billion.", []),
    ("Budweiser Brewing rose 2% on its second day of trading.", []),
    ("The Sensex rose 0.6% after gyrating between losses and gains.", []),
    # "on news that its board ...": a board is no venue here
    ("IBM advanced 1.1 percent on news that its board approved a $5 billion buyback.",
     [("tkr-ibm", "news that its board approved a $5 billion buyback")]),
    # two causes joined by "and as", or by "and another"
    ("The Dow fell 1%. Stocks ended lower as New York closed schools again and as infections kept rising.",
     [("market-us", "New York closed schools again"), ("market-us", "infections kept rising")]),
    ("The Dow rose 1.2% following a strong report on consumer confidence and another round of solid earnings.",
     [("idx-djia", "a strong report on consumer confidence"), ("idx-djia", "another round of solid earnings")]),
    # an aside narrowing the cause is part of it
    ("The TAIEX fell 0.4% as blue-chip stocks, in particular in the shipping sector, faced selling.",
     [("idx-taiex", "blue-chip stocks, in particular in the shipping sector, faced selling")]),
    # "led the rises" is a move, and its cue follows
    ("Casino shares led the rises, after Macao relaxed visa rules for mainland visitors.",
     [("sector-gaming", "Macao relaxed visa rules for mainland visitors")]),
])
def test_causes(sentence, expected):
    assert _causes(sentence) == expected


def test_an_index_of_its_members_with_no_place_after():
    moves = facts_of("The Topix index of all the first-section issues climbed 0.27 percent to 1,612.85.").moves
    assert [(m.entity.id, m.change_pct) for m in moves] == [("idx-topix", 0.27)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the cause goes on through its own figure, or through the list of its plans
    ("Pfizer advanced 0.2 percent as earnings came in at $2.7 billion, up 2.9 percent from the prior year.",
     [("tkr-pfe", "earnings came in at $2.7 billion, up 2.9 percent from the prior year")]),
    ("Amgen rose 6 percent as it unveiled plans to cut jobs, lift payouts and increase revenues.",
     [("tkr-amgn", "it unveiled plans to cut jobs, lift payouts and increase revenues")]),
    # a second cause after ", and to" stays a second cause
    ("Asian markets fell 1% as investors reacted to bad news from Japan, and to weaker trade with China.",
     [("market-asia", "investors reacted to bad news from Japan"), ("market-asia", "weaker trade with China")]),
])
def test_phrase_ends(sentence, expected):
    assert _causes(sentence) == expected


def test_an_attribution_names_the_cause_of_the_storys_move():
    # VOA style: the attribution follows a heading, away from the move's paragraph
    text = ("Stock prices in China fell more than 3 percent on Monday.\n\nCauses: Manufacturing\n\n"
            "Analysts attribute the dive to data showing a drop in factory output in China.")
    assert _causes(text) == [("idx-ssec", "data showing a drop in factory output in China")]


def test_an_apposed_name_inside_the_cause_before_had():
    text = ("The Dow rose 1% on Tuesday. Analysts partly attributed the gains to news that his "
            "successor, Biden, had named Janet Yellen to lead the Treasury.")
    assert _causes(text) == [("idx-djia", "news that his successor, Biden, had named Janet Yellen to lead the Treasury")]
