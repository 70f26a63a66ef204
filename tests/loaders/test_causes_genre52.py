"""The 317th and 318th sets: "after leading gains in July" tells the mover's own course before, no cause (Bloomberg's
"Wharf, Sun Hung Kai decline after leading gains in July"), and a stake amassed or of a size ("activist investor Carl
Icahn has amassed a large stake in", "has purchased a sizeable stake in") is a stake taken.

Sentences were written for these tests in the styles of Bloomberg and CNBC, not copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def test_after_leading_gains_is_the_mover_s_course():
    _, causes = moves_and_causes("Wharf fell 2.1% after leading gains in July.", published="2016-08-03")
    assert causes == set()
    _, causes = moves_and_causes("Sony rose 2.1% after leading a consortium bid for the studio.",
                                 published="2016-08-03")
    assert causes == {("Sony Group", "leading a consortium bid for the studio")}
    # (review 66: "topping the market's expectations" is news, no course)
    _, causes = moves_and_causes("Infosys gained 2.4% after topping the market's expectations for revenue.",
                                 published="2016-08-03")
    assert causes == {("Infosys", "topping the market's expectations for revenue")}


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2024-05-31").investor_actions]


def test_a_stake_amassed_or_of_a_size():
    assert _actions("Caesars Entertainment rose 3.2% after Carl Icahn amassed a large stake in Caesars "
                    "Entertainment.") == [("Carl Icahn", "raised_stake", "Caesars Entertainment")]
    assert _actions("Caesars Entertainment rose 3.2% after activist investor Carl Icahn has purchased a sizeable stake "
                    "in Caesars Entertainment.") == [("Carl Icahn", "raised_stake", "Caesars Entertainment")]
