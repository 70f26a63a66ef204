"""Arab News' daily Saudi closing report: the MSCI Tadawul 30 and Nomu beside the TASI, and the day's
top and worst performers named with "with its share price", "whose share prices" and "as well as"
(sentences written for these tests in that style; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Saudi stocks\n\n" + text).moves]


def test_the_msci_tadawul_index_is_no_tasi():
    assert _moves("The Tadawul All Share Index fell 0.3 percent. The MSCI Tadawul Index dropped 2.1 points, "
                  "or 0.15 percent, to close at 1,402.6.") == [
        ("Tadawul All Share Index", -0.3), ("MSCI Tadawul 30 Index", -0.15)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The top performer of the day was Saudi Ceramic Co., with its share price rising 6.2 percent to SR38.10.",
     [("Saudi Ceramic Co.", 6.2)]),
    ("Other gainers included Jarir Marketing Co. and Almarai Co., with their share prices climbing 3.1 percent "
     "and 2.4 percent, respectively.", [("Jarir Marketing Co.", 3.1), ("Almarai Co.", 2.4)]),
    ("Other laggards were Sadafco as well as Tabuk Cement Co., whose share prices fell by 4.4 percent and 2.9 "
     "percent, respectively.", [("Sadafco", -4.4), ("Tabuk Cement Co.", -2.9)]),
])
def test_the_days_performers_with_their_share_prices(sentence, expected):
    assert _moves(sentence) == expected


def test_as_well_as_after_the_verb_adds_no_subject():
    # a guard: only a name before the verb is its subject
    assert _moves("Banks fell 2 percent as well as yesterday.") == [("Banks", -2.0)]


def test_with_its_shares_going_up():
    assert _moves("The best performer was Almarai Co., with its shares going up by 5.3 percent to SR52.10.") == [
        ("Almarai Co.", 5.3)]
