"""Look-alikes of this round's rules that a reviewer who had not written them found read wrong, each now
read as before the round or better (sentences written by the reviewer and for these tests; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published="2024-05-15").moves]


@pytest.mark.parametrize(("text", "wrong"), [
    # a verb of their own after the bracketed names
    ("Tata Steel fell 2.86 per cent, Infosys (1.47 per cent) and Wipro (1.2 per cent) rose on the day.",
     ("Infosys", -1.47)),
    ("Tata Steel fell 2.86 per cent, Infosys (1.47 per cent) and Wipro (1.2 per cent) bucked the trend.",
     ("Infosys", -1.47)),
    # weights, shares of volume and yields in brackets
    ("The Sensex fell 1 per cent, HDFC Bank (13 per cent) and Reliance (10 per cent) weighing the most.",
     ("HDFC Bank", -13.0)),
    ("HDFC Bank rose 1 per cent, Reliance (10.5 per cent) and Infosys (6 per cent), the heaviest weights, slipped.",
     ("Infosys", 6.0)),
    ("Coal India rose 2 per cent, ITC (3.5 per cent) and ONGC (5 per cent) being the other high-yield stocks.",
     ("ITC Limited", 3.5)),
])
def test_bracketed_figures_not_ending_the_sentence_are_no_gapped_moves(text, wrong):
    assert wrong not in _moves(text)


@pytest.mark.parametrize("text", [
    "Helped by lower bond yields and energy costs, HDFC Bank rose 2 per cent.",
    "Despite weakness in chips, software and banking, Apple rose 2%.",
    "Amid losses in banks and metals, the Sensex fell 1 per cent.",
    "Rising rates hurt property and banking, and Wells Fargo fell 2%.",
])
def test_sector_words_in_a_phrase_before_the_subject_are_no_list(text):
    assert [kind for kind in (m.entity.type.value for m in facts_of(text, published="2024-05-15").moves)] \
        in (["company"], ["index"])


def test_a_list_of_sector_words_opening_the_sentence():
    assert _moves("Metal, capital goods and bankex gained 1.4 per cent.") == [
        ("Metals and mining", 1.4), ("Industrials", 1.4), ("BSE Bankex", 1.4)]


def test_an_asset_manager_before_analyst_is_the_company_covered():
    actions = facts_of("Invesco analyst Michael Cyprys cut T. Rowe Price to underweight.",
                       published="2024-05-15").investor_actions
    assert [(a.investor.name, a.action.value) for a in actions] == [("Michael Cyprys", "downgraded")]


def test_a_listed_bank_s_short_name_moves_as_the_company():
    # "BMO" is the bank's own short name, not its brokerage's
    assert _moves("BMO fell 2.5% in Toronto.") == [("BMO", -2.5)]
