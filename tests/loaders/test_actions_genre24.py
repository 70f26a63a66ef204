"""Investor actions of the 449th to 456th sets: a seller's own stake sold ("Club Mediterranee sank after Accor sold
most of its stake", the Times of Malta; "sold the bulk of its stake in"), a stake raised by the mover told in a gerund
("Merck gained after raising its stake in Schering"), a rating after an article (Reuters' "cut the stock to a
“hold” from a “buy”"), and an analyst's firm as the broker ("boosted to neutral from below average by Yusuke Miura,
an analyst at Tokai Tokyo Securities", Bloomberg).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of


@pytest.mark.parametrize("text, expected", [
    ("Club Mediterranee sank 4% after Accor sold most of its stake.", [("Accor", "cut_stake", "Club Mediterranee")]),
    ("SoftBank sold the bulk of its stake in Alibaba.", [("SoftBank Group", "cut_stake", "Alibaba Group Holding")]),
    ("Accor sold its entire stake in Club Mediterranee.", [("Accor", "cut_stake", "Club Mediterranee")]),
    ("Merck gained after raising its stake in Schering.", [("Merck Group", "raised_stake", "Schering")]),
    ("Juhayna sank 3.3% after Renaissance Capital cut the stock to a “hold” from a “buy”.",
     [("Renaissance Capital", "downgraded", "Juhayna")]),
    ("Kureha was upgraded by Yusuke Miura, an analyst at Nomura.", [("Nomura", "upgraded", "Kureha")]),
    ("Kureha was upgraded by Yusuke Miura, a senior analyst with Nomura.", [("Nomura", "upgraded", "Kureha")]),
    ("Accor sold its hotels.", []),  # no stake
    ("The fund sold its shares.", []),
])
def test_actions(text, expected):
    assert actions_of(text, published="2024-03-05") == expected
