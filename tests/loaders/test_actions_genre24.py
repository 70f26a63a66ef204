"""Investor actions of the 449th to 456th sets: a seller's own stake sold ("Osprey Resorts sank after Heron Group
sold most of its stake", in the style of the Times of Malta; "sold the bulk of its stake in"), a stake raised by the
mover told in a gerund ("Wren Pharma advanced after raising its stake in Lark Biotech"), a rating after an article
(Reuters-style "cut the stock to a “sell” from a “hold”"), and an analyst's firm as the broker ("lifted to “outperform”
from “neutral” by Kenji Arata, an analyst at Kite Securities", in Bloomberg's style).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of


@pytest.mark.parametrize("text, expected", [
    ("Osprey Resorts sank 5% after Heron Group sold most of its stake.",
     [("Heron Group", "cut_stake", "Osprey Resorts")]),
    ("SoftBank sold the bulk of its stake in Alibaba.", [("SoftBank Group", "cut_stake", "Alibaba Group Holding")]),
    ("Heron Group sold its entire stake in Osprey Resorts.", [("Heron Group", "cut_stake", "Osprey Resorts")]),
    ("Wren Pharma advanced after raising its stake in Lark Biotech.",
     [("Wren Pharma", "raised_stake", "Lark Biotech")]),
    ("Plover Dairy sank 4.8% after Merlin Securities cut the stock to a “sell” from a “hold”.",
     [("Merlin Securities", "downgraded", "Plover Dairy")]),
    ("Finch Chemical was upgraded by Kenji Arata, an analyst at Kite Securities.",
     [("Kite Securities", "upgraded", "Finch Chemical")]),
    ("Finch Chemical was upgraded by Kenji Arata, a senior analyst with Kite Securities.",
     [("Kite Securities", "upgraded", "Finch Chemical")]),
    ("Heron Group sold its hotels.", []),  # no stake
    ("The fund sold its shares.", []),
])
def test_actions(text, expected):
    assert actions_of(text, published="2024-03-05") == expected
