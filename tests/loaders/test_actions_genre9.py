"""Brokers as US, Canadian, UK, Indian, Korean, Japanese and Australian notes name them (Wells Fargo, RBC
Capital Markets, KBW, Motilal Oswal, Mirae Asset Securities, Morgans), the broker behind its analyst when it
is a broker of the reference data ("Wells Fargo analyst Jane Miller"), and a broker that is also a listed company moving as the company
(sentences written for these tests in the styles of Reuters, MarketWatch, CNBC and the Economic Times; not
copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in _facts(text).investor_actions]


def test_the_broker_behind_its_analyst():
    assert _actions("Wells Fargo analyst Jane Miller lowered her rating on Netflix to underweight.") == [
        ("Wells Fargo", "downgraded", "Netflix Inc")]


def test_a_company_before_analyst_is_the_one_covered():
    # (a guard: "Apple analyst" covers Apple; the person named rates)
    assert _actions("Longtime Apple analyst Gene Munster upgraded Tesla.")[0][0] == "Gene Munster"


def test_brokers_of_many_markets_are_investors():
    for text, broker in (("Tesco rose 3% after a KBW upgrade.", "Keefe Bruyette & Woods"),
                         ("Titan rose 3% after Motilal Oswal upgraded it to buy.", "Motilal Oswal"),
                         ("Kakao rose 3% after Mirae Asset Securities raised it to buy.", "Mirae Asset Securities"),
                         ("Qantas rose 3% after Morgans upgraded it to add.", "Morgans")):
        facts = _facts(text)
        assert [(a.investor.name, a.investor.type.value) for a in facts.investor_actions] == [(broker, "investor")]


def test_a_broker_that_is_listed_moves_as_the_company():
    # (a guard: Wells Fargo, now a broker too, moved as the company before)
    facts = _facts("Wells Fargo shares fell 2% on Tuesday.")
    assert [(m.entity.name, m.entity.type.value) for m in facts.moves] == [("Wells Fargo", "company")]


def test_a_name_with_its_short_form_in_brackets_is_one_surface_form():
    # PTI's "Foreign institutional investors (FIIs) sold ...": the facts contract's aliases hold every
    # surface form, the name written with its short form among them
    facts = _facts("Foreign institutional investors (FIIs) sold stocks worth Rs 500 crore. The Sensex fell 1%.\n\n"
                   "Bahadur Chand Investments (BCIPL) picked up a 4.45% stake in Hero MotoCorp, which rose 2%.")
    aliases = {a.investor.name: a.investor.aliases for a in facts.investor_actions}
    assert "Foreign institutional investors (FIIs)" in aliases["Foreign investors"]
    assert "Bahadur Chand Investments (BCIPL)" in aliases["Bahadur Chand Investments"]


def test_a_bracketed_word_that_is_no_short_form_adds_no_alias():
    # (a guard: "(file photo)", a lower-case aside, is no short form)
    facts = _facts("Hero MotoCorp (file photo) rose 2%.")
    assert all("(" not in alias for m in facts.moves for alias in m.entity.aliases)


@pytest.mark.parametrize(("text", "expected"), [
    # Sharecast: "X surged after an upgrade to 'outperform' at RBC Capital Markets", "after a downgrade at ..."
    ("Whitbread surged after an upgrade to 'outperform' at RBC Capital Markets.",
     [("RBC Capital Markets", "upgraded", "Whitbread")]),
    ("Tesco fell after a downgrade at Morgan Stanley.", [("Morgan Stanley", "downgraded", "Tesco")]),
    # (guards: "at" a price or a plant names no broker)
    ("Tesco rose after an upgrade to buy at 350p.", []),
    ("Tesco rose after an upgrade at its Welsh plant.", []),
])
def test_a_rating_noun_with_its_broker_after_at(text, expected):
    assert _actions(text) == expected
