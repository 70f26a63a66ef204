"""The facts contract: an entity's aliases hold every surface form under which the article names it, also the
names that are no fact's subject (Reuters' style, "The benchmark Standard & Poor's 500 Index .SPX was up 0.41
percent": the move is read at the code; the 258th set's annotators name the index as written).

Sentences were written for these tests in Reuters' and VOA's style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _aliases(text: str, name: str) -> set[str]:
    facts = facts_of("Markets\n\n" + text, published="2009-09-18")
    return {alias for m in facts.moves if m.entity.name == name for alias in m.entity.aliases}


def test_an_index_named_before_its_code():
    text = "The benchmark Standard & Poor's 500 Index .SPX was up 4.37 points, or 0.41 percent, at 1,071.86."
    assert "Standard & Poor's 500 Index" in _aliases(text, "S&P 500")


def test_a_commodity_named_twice():
    # (a guard)
    text = "Crude oil rose 2% to $70 a barrel. Analysts said crude could climb further."
    assert {"Crude oil", "crude"} <= _aliases(text, "Crude oil")


def test_a_name_in_no_fact_adds_no_entity():
    # (a guard: surfaces join only the entities the facts hold)
    facts = facts_of("Markets\n\nThe Nikkei rose 1%. Toyota said it would build a plant.", published="2009-09-18")
    assert {m.entity.name for m in facts.moves} == {"Nikkei 225"}


def test_an_index_past_its_owner_and_epithet():
    # the 267th set's VOA: "China's main Shanghai stock index plunged almost nine percent"
    aliases = _aliases("China's main Shanghai stock index fell almost three percent.", "Shanghai Composite Index")
    assert {"China's main Shanghai stock index", "Shanghai stock index"} <= aliases


def test_a_known_name_with_the_words_put_before_it():
    text = "Stocks fell in Sydney, where the Australian Stock Exchange All Ordinaries Index lost three percent."
    assert "Australian Stock Exchange All Ordinaries Index" in _aliases(text, "All Ordinaries")
    # (not a sentence's first word: "Heavyweight Tencent" is a description and a name)
    assert "Heavyweight Tencent" not in _aliases("Heavyweight Tencent fell 2%.", "Tencent Holdings")
