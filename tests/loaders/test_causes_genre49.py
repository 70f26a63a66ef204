"""Causes of the 303rd-306th sets (Reuters' Gulf wraps, Ahram Online, Yonhap): a mover named after its country's
description ("as the country's largest lender First Abu Dhabi Bank sank 4.5%"), the cues "pushed upwards by" and
"was attributable to", and a comparison after "and" that opens no second cause ("may raise interest rates sooner and
higher than expected").

Sentences were written for these tests in the styles of Reuters, Ahram Online and Yonhap, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _causes(text: str, published: str = "2020-02-24"):
    return moves_and_causes(text, published=published)[1]


def test_a_mover_after_its_country_s_description():
    assert _causes("The Abu Dhabi index slid 2.1% as the country's largest lender First Abu Dhabi Bank sank 4.4%.") == {
        ("FTSE ADX General Index", "the country's largest lender First Abu Dhabi Bank sank 4.4%")}


def test_pushed_upwards_by_and_attributable_to():
    assert _causes("Egypt's benchmark EGX30 index climbed 1.1 percent, pushed upwards by positive sentiment about the "
                   "business outlook.") == {("EGX 30", "positive sentiment about the business outlook")}
    assert _causes("The KOSPI fell 1.3 percent. The decline was attributable to a stronger dollar.",
                   published="2022-01-07") == {("KOSPI", "a stronger dollar")}


def test_a_comparison_after_and_is_no_second_cause():
    assert _causes("The KOSPI fell 1.2 percent after minutes suggested the Fed may raise rates sooner and higher than "
                   "expected.", published="2022-01-07") == {
        ("KOSPI", "minutes suggested the Fed may raise rates sooner and higher than expected")}
