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
