"""Indian papers' price bands, a company's bracketed code as its later name, and a date with its
day first (sentences written for these tests in the styles of Business Standard and Mint; not
copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Indian stocks\n\n" + text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("New Delhi Television (NDTV) hit an upper circuit limit of 10% to Rs 96.35.",
     [("New Delhi Television", 10.0, 96.35)]),
    ("Yes Bank hit the lower circuit of 5 per cent.", [("Yes Bank", -5.0, None)]),
    ("Suzlon Energy was locked in the upper circuit of 5 per cent at Rs 40.", [("Suzlon Energy", 5.0, 40.0)]),
])
def test_a_price_band_hit(sentence, expected):
    assert [(m.entity.name, m.change_pct, m.close) for m in _facts(sentence).moves] == expected


def test_a_bracketed_code_names_the_company_later():
    facts = _facts("New Delhi Television (NDTV) hit an upper circuit limit of 10% to Rs 96.35. "
                   "NDTV had risen 5% on Friday.")
    assert {m.entity.id for m in facts.moves} == {"tkr-ndtv"}


def test_a_date_with_its_day_first_is_no_cause():
    facts = _facts("Infosys rose 3% from its close of Rs 1,500 on 17 September 2021.")
    assert facts.causes == ()
    facts = _facts("Infosys rose 3% on 17 September 2021 on hopes of a large deal.")
    assert [c.cause for c in facts.causes] == ["hopes of a large deal"]


@pytest.mark.parametrize(("sentence", "entity"), [
    ("The Indian currency fell 0.3 percent as oil prices rose.", "Indian rupee"),
    ("The Japanese currency rose 0.5 percent as investors sought safety.", "Japanese yen"),
])
def test_a_currency_named_by_its_country(sentence, entity):
    facts = _facts(sentence)
    assert [m.entity.name for m in facts.moves if m.change_pct is not None] == [entity]
    assert [c.effect.name for c in facts.causes] == [entity]
