"""The names a ranking calls the contributors to, or drivers of, the day's move are its causes, with the move named by
a noun and not by the index (Vietcap's "VIC (+1.5%) and its subsidiary VRE (+2.8%) were the top two contributors to the
day's gain", Apple Daily's "Mainland Chinese tech giants were the main drivers of Wednesday's rise", the 414th and
417th sets; the Chicago Tribune's "were the biggest contributors to the decline", ProPakistani's "Key contributors to
the index's upward movement included FFC, EFERT and ENGRO", the Daily FT's "Key negative contributors to the benchmark
included ...", the Malay Mail's "emerged as a contributor to the index's rise"). The effect is the story's index; a
driver of no move ("the major drivers of the market") is none.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The VN-Index rose 1.2% to 1,350.2. VIC (+1.1%) and its subsidiary VRE (+2.3%) were the top two contributors to "
     "the day's gain.", {("VN-Index", "VIC (+1.1%) and its subsidiary VRE")}),
    ("The Hang Seng Index rose 1.1%. Mainland tech giants were the main drivers of Tuesday's rise, with Tencent up by "
     "2.7% to HK$600.", {("Hang Seng Index", "Mainland tech giants")}),
    ("The S&P 500 fell 1%. Pfizer and Merck were the biggest contributors to the decline.",
     {("S&P 500", "Pfizer and Merck")}),
    ("The KSE-100 rose 1.9%. Key contributors to the index's upward movement included FFC, EFERT and OGDC.",
     {("KSE-100", "FFC"), ("KSE-100", "EFERT"), ("KSE-100", "OGDC")}),
    ("The FBM KLCI rose 0.5%. Meanwhile, Petronas-linked companies also emerged as a contributor to the index's rise "
     "today.", {("FTSE Bursa Malaysia KLCI", "Petronas-linked companies")}),
])
def test_contributors_are_causes(text, expected):
    assert moves_and_causes(text, published="2021-09-30")[1] == expected


def test_the_story_s_first_index_is_the_effect():
    text = ("The ASPI fell 0.3% to 19,480.2, while the S&P SL20 rose 0.2% to 5,730.6. Key negative contributors to the "
            "benchmark included JKH and COMB.")
    assert moves_and_causes(text, published="2024-06-03")[1] == {("Colombo All Share Price Index", "JKH"),
                                                                 ("Colombo All Share Price Index", "COMB")}


def test_the_index_that_went_the_noun_s_way():
    # (review 79: the day's losses are the index's that fell)
    text = "The Nikkei rose 0.3% to 38,500 while the broader Topix fell 0.1% to 2,720. Banks were the main drivers of " \
           "the day's losses."
    assert moves_and_causes(text, published="2024-06-03")[1] == {("TOPIX", "Banks")}


def test_a_driver_of_no_move_is_no_cause():
    text = "The Sensex fell 1%. FIIs, the major drivers of the market who took the Sensex to 7,000, have turned sellers."
    assert moves_and_causes(text, published="2006-06-08")[1] == set()
