"""Causes as Reuters and AP write their index lists (sentences written for these tests in those
styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of clauses closed by 'and' shares the cue at its end, its first member too
    ("On Wall Street, the Dow Jones Industrial Average fell 0.75%, the S&P 500 lost 0.85% and the Nasdaq "
     "Composite dropped 0.96% as the 10-year Treasury yield touched 5%.",
     [("idx-djia", "the 10-year Treasury yield touched 5%"), ("idx-spx", "the 10-year Treasury yield touched 5%"),
      ("idx-ixic", "the 10-year Treasury yield touched 5%")]),
    # clauses joined by a comma alone: the cue is the last clause's own
    ("Tencent fell 2%, Alibaba rose 3% after its earnings beat forecasts.",
     [("hkex-9988", "its earnings beat forecasts")]),
])
def test_clause_lists(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the day carries on a run: what set the run off explains the day too
    ("Japanese stocks plunged the most since 1987, extending a selloff triggered by a surging yen and fears of "
     "a US recession.", [("idx-n225", "a surging yen"), ("idx-n225", "fears of a US recession")]),
    ("The Nikkei fell 2%, extending losses sparked by weak US jobs data.", [("idx-n225", "weak US jobs data")]),
    # what the day undid was set off by X: no cause of the day's move
    ("The Nikkei fell 2%, erasing the gains spurred by weak data.", []),
])
def test_carried_on_run(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "on" a date written with a short month is when, not why
    ("South Korean shares closed lower on Oct. 11, amid rate fears.", [("idx-kospi", "rate fears")]),
    ("Shares in Singapore edged up on Sept 3 as banks gained.", [("idx-sti", "banks gained")]),
])
def test_short_month_dates(sentence, expected):
    assert _causes(sentence) == expected
