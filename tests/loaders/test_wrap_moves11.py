"""Moves from the blind sets of the Indian and Australian wires: "dragged" with a figure, a close
after "to close lower at", and a list of top movers each with its name as a label (sentences
written for these tests in the styles of AAP, Firstpost and Moneycontrol; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "dragged" with its figure right after it is a fall
    ("NAB dragged 2.1 per cent to $37.20, while Westpac fell 1.3 per cent to $32.60.",
     [("National Australia Bank", -2.1, 37.2), ("Westpac", -1.3, 32.6)]),
    ("The NSE Nifty dragged 524.05 points or 3.53 percent to close lower at 14,310.80.",
     [("Nifty 50", -3.53, 14310.8)]),
    ("The energy sub-index dragged, falling 2.3 percent.", [("Energy", -2.3, None)]),
    # without its figure it moved another: no move of its own
    ("Tencent dragged the index down 2% on Monday.", []),
    # the close after the side: "to close lower at", "to end higher at"
    ("The Sensex rose 1.2 percent to end higher at 50,310.80.", [("BSE Sensex", 1.2, 50310.8)]),
])
def test_dragged_and_a_close_after_its_side(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Infosys: Shares of the company fell by 4.10 percent to close at Rs 1,450.20.", [("Infosys", -4.1, 1450.2)]),
    ("Tata Steel: The stock closed at Rs 120.05, down by 3.54 percent.", [("Tata Steel", -3.54, 120.05)]),
    # a move with a subject of its own is that subject's
    ("Banks: HDFC Bank fell 2 percent.", [("HDFC Bank", -2.0, None)]),
])
def test_a_label_names_the_mover(sentence, expected):
    assert _moves(sentence) == expected


def test_a_label_names_only_the_first_move():
    moves = _moves("Infosys: The stock fell 4.1 percent, while the Sensex rose 0.5 percent.")
    assert moves == [("Infosys", -4.1, None), ("BSE Sensex", 0.5, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters' and the Globe's lists of names, each with its figure in an appositive
    ("Leading the index were CAE Inc, up 5.2 per cent, and North West Co., higher by 2.5 per cent.",
     [("CAE Inc", 5.2, None), ("North West Co.", 2.5, None)]),
    ("Energy shares fell 3.2%, with Cenovus Energy, down 4.7%, Vermilion Energy, losing 4.2%, and "
     "Enerplus Corp, declining 5.5%.",
     [("Energy", -3.2, None), ("Cenovus Energy", -4.7, None), ("Vermilion Energy", -4.2, None),
      ("Enerplus Corp", -5.5, None)]),
    # a participle after a description's own name is the name before the description's
    ("Bio shares closed higher, with Samsung BioLogics, an affiliate of Samsung Group, adding 0.33 percent.",
     [("Samsung Biologics", 0.33, None)]),
])
def test_appositive_figures_in_a_list(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an index the reference data lack, named by a name, a number and "index"
    ("The BSE 200 Index rose 3.1 percent.", [("BSE 200", 3.1, None)]),
    ("The Tel Aviv 125 Index slid 0.68% to 1,874.15 points.", [("TA-125", -0.68, 1874.15)]),  # (the reference index now)
    # a description before the name: "monopoly", "major"
    ("State gas export monopoly Gazprom, which carries the biggest weighting, decreased 1.7 percent.",
     [("Gazprom", -1.7, None)]),
    ("Oil major BP fell 2%.", [("BP", -2.0, None)]),
])
def test_numbered_indices_and_descriptions(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a move noun after "with" and before "of", singular or plural
    ("Among sectoral indices, the Nifty Bank and the Nifty Media index ended with losses of more than 6.5%.",
     [("Nifty Bank", -6.5, None), ("Nifty Media", -6.5, None)]),
    ("The Nifty closed with a gain of 0.9%.", [("Nifty 50", 0.9, None)]),
    # no figure after "of": a move without one
    ("The Nifty closed with a gain of momentum.", [("Nifty 50", None, None)]),
])
def test_closed_with_a_move_noun(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "all of which" after a list: each name's move
    ("Among the worst performers were Apple, Intel Corp. and Exxon Mobil Corp., all of which fell by more than 6%.",
     [("Apple Inc", -6.0, None), ("Intel Corporation", -6.0, None), ("ExxonMobil", -6.0, None)]),
    # an elided Italian particle inside a name keeps the list whole
    ("Banco Popolare, Banca Popolare dell'Emilia Romagna and UniCredit all closed more than 3.5 percent down.",
     [("Banco Popolare", -3.5, None), ("Banca Popolare dell'Emilia Romagna", -3.5, None), ("UniCredit", -3.5, None)]),
])
def test_lists_with_all(sentence, expected):
    assert _moves(sentence) == expected


def test_the_most_at_a_figure():
    moves = _moves("The Properties sub-index fell the most at 1.37 percent, followed by Commerce & Industry "
                   "at 0.86 percent.")
    assert moves == [("Hang Seng Properties Sub-index", -1.37, None),
                     ("Hang Seng Commerce and Industry Sub-index", -0.86, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a sentence made mostly of names is no title-case heading: its verb is in lower case
    ("Shares of Anglo American Platinum rose 0.91%.", [("Anglo American Platinum", 0.91, None)]),
    ("Impala Platinum was 9.81% up at R42.41 and Anglo American Platinum 0.91% to R377.42.",
     [("Impala Platinum", 9.81, 42.41), ("Anglo American Platinum", 0.91, 377.42)]),
])
def test_a_sentence_of_names_is_no_heading(sentence, expected):
    assert _moves(sentence) == expected


def test_a_title_case_heading_keeps_its_index():
    assert _moves("Hang Seng Index Falls 2% as Tech Stocks Slide") == [("Hang Seng Index", -2.0, None)]


def test_a_place_after_the_subject_of_an_infinitive_move():
    moves = facts_of("Elsewhere, the Nikkei in Japan recovered early losses to put on just under 0.1 percent.").moves
    assert [(m.entity.name, m.change_pct, m.approx) for m in moves] == [("Nikkei 225", 0.1, True)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a country's possessive before an unknown name: the name is the mover
    ("Shares of Malaysia's Sapurakencana Petroleum jumped 3.3 percent, among outperformers on MSCI's index.",
     [("Sapurakencana Petroleum", 3.3, None)]),
    ("Malaysia's Maybank jumped 3.3 percent.", [("Maybank", 3.3, None)]),
])
def test_a_country_possessive_before_a_name(sentence, expected):
    assert _moves(sentence) == expected


def test_the_index_a_mover_ranked_on_is_no_cause():
    text = "Shares of Malaysia's Sapurakencana Petroleum jumped 3.3 percent, among outperformers on MSCI's index."
    assert facts_of(text).causes == ()
