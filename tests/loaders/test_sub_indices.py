"""The Hang Seng's sub-indices as Xinhua lists them: "with the Properties sub-index dropping the most
by 0.86 percent, followed by the Commerce and Industry 0.23 percent and the Finance 0.14 percent".
Sentences written in the style of Xinhua's Hong Kong close."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.id, m.change_pct) for m in facts_of(text).moves]


def test_a_list_of_sub_indices_after_the_first():
    assert _moves("Three sub-indices declined, with the Properties sub-index dropping the most by 0.86 percent, "
                  "followed by the Commerce and Industry 0.23 percent and the Finance 0.14 percent.") == [
        ("idx-hspi", -0.86), ("idx-hscii", -0.23), ("idx-hsfi", -0.14)]


def test_the_issue_example():
    assert _moves("The Finance sub-index rose 0.8 percent, followed by Properties 0.5 percent.") == [
        ("idx-hsfi", 0.8), ("idx-hspi", 0.5)]


def test_sub_indices_are_no_market_and_a_bare_word_elsewhere_is_no_sub_index():
    assert _moves("Four sub-indices lost ground.") == []
    assert _moves("Baidu jumped 4.56%, followed by Xiaomi (+4.35%), Kuaishou and Tencent.")[1] == ("hkex-1810", 4.35)
