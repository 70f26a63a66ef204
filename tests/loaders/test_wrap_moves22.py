"""Moves of the Japanese, Korean and Taiwanese wraps (sentences written for these tests in the styles of
Jiji, the Korea Herald, Yonhap and the Taipei Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Jiji's description of the index, with "of" twice and participles in it
    ("The Nikkei average of 225 selected issues listed on the Prime Market of the Tokyo Stock Exchange rose "
     "212.40 points, or 0.55%, to end at 38,901.22.", [("Nikkei 225", 0.55, 38901.22)]),
    # "a record" before the points figure
    ("The Kospi plunged a record 190.20 points, or 7.1 percent, to close at 2,488.10.", [("KOSPI", -7.1, 2488.1)]),
    # a rank opening the description before the name
    ("No. 1 refinery SK Innovation dived 9.5 percent to 98,300 won.", [("SK Innovation", -9.5, 98300.0)]),
    # a list of names, each with its description, and their figures respectively
    ("Lens maker Largan, chipmaker TSMC and iPhone assembler Hon Hai fell 1.5 percent, 2.2 percent and 0.8 percent "
     "respectively.", [("Largan", -1.5, None), ("Taiwan Semiconductor Manufacturing Company", -2.2, None),
                       ("Hon Hai Precision Industry", -0.8, None)]),
    ("Largan, TSMC and Hon Hai saw shares rise by 1.5 percent, 2.2 percent and 0.8 percent respectively.",
     [("Largan", 1.5, None), ("Taiwan Semiconductor Manufacturing Company", 2.2, None),
      ("Hon Hai Precision Industry", 0.8, None)]),
    # a bank's name with "and" in it
    ("Australia and New Zealand Bank rose 0.9 percent.", [("ANZ Group", 0.9, None)]),
])
def test_moves_of_asian_wraps(sentence, expected):
    assert _moves(sentence) == expected


def test_an_index_of_a_sector_is_still_no_named_index():
    # a guard: "the index of the metal sector" names no index (it passes before this change too)
    assert _moves("The index of the metal sector fell 2%.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # the figure before its direction, after "with"
    ("Germany's DAX closed 0.9 per cent higher with France's CAC 40 0.6 per cent up.",
     [("DAX", 0.9, None), ("CAC 40", 0.6, None)]),
    # a hedge of the Irish Times
    ("Bank of Ireland and AIB were both down in the region of 4 per cent.",
     [("Bank of Ireland Group", -4.0, None), ("AIB Group", -4.0, None)]),
    # a relative clause's "saw shares"
    ("The day's big mover was Rightmove, which saw shares jump over six per cent.", [("Rightmove", 6.0, None)]),
    # a ranking told by a place in it
    ("At the top of the index was Phoenix Group, adding 5.2 per cent.", [("Phoenix Group", 5.2, None)]),
])
def test_moves_of_european_wraps(sentence, expected):
    assert _moves(sentence) == expected


def test_a_headline_in_capitals_is_no_name_with_its_figure():
    # a guard: "BANK CLOSES 3.32% HIGHER" names no "CLOSES" (it passes before this change too)
    assert "CLOSES" not in [name for name, _, _ in _moves("FAB BANK CLOSES 3.32% HIGHER AS ADCB GAINS")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a described name in the list, then an aside of the whole list, then the figures respectively
    ("SoftBank Group and Uniqlo operator Fast Retailing, both of which weigh heavily in the Nikkei, rose 1.1% and "
     "2.4%, respectively.", [("SoftBank Group", 1.1, None), ("Fast Retailing", 2.4, None)]),
    ("SoftBank Group and retail operator Fast Retailing rose 1.1% and 2.4%, respectively.",
     [("SoftBank Group", 1.1, None), ("Fast Retailing", 2.4, None)]),
])
def test_a_list_with_a_described_name_takes_its_figures_respectively(sentence, expected):
    assert _moves(sentence) == expected


def test_a_web_pages_quote_widget_after_a_name_is_not_the_articles_figure():
    # MarketWatch's page-time quotes, a ticker and a signed figure right after the name, with no comma
    text = ("The Nasdaq Composite COMP -0.81% fell 31.20 points, or 0.8%, to 3,912.36, led by "
            "Nike Inc. NKE -3.18% after a broker cut its view.")
    assert ("Nasdaq Composite", -0.8, 3912.36) in _moves(text)
    assert all(pct != -0.81 and pct != -3.18 for _, pct, _ in _moves(text))


def test_a_common_noun_opening_a_sentence_is_no_name():
    # a macro figure: no company called "Homes"
    assert _moves("Homes under contract totaled 675,000 for the month, down 8.7% from July.") == []


def test_a_fronted_description_before_a_described_name_names_the_subject():
    moves = _moves("The market's biggest stock, building materials giant CRH, dropped 1.4 per cent to 31.20 euros.")
    assert moves == [("CRH plc", -1.4, 31.2)]
