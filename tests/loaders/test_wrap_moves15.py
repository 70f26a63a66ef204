"""Moves in more wordings of the wires (sentences written for these tests in the styles of
Reuters, AP, the Business Times and the Straits Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the points between commas after the percent, the direction after them
    ("The Dow ended 0.2 percent, or 48 points, lower at 24,901.", [("Dow Jones Industrial Average", -0.2, 24901.0)]),
    ("The Straits Times Index closed 0.5 per cent, or 16.3 points, higher at 3,200.12.",
     [("Straits Times Index", 0.5, 3200.12)]),
    # (as before: no commas, or the points first)
    ("The Dow ended 0.2 percent or 48 points lower at 24,901.", [("Dow Jones Industrial Average", -0.2, 24901.0)]),
    ("The Dow ended 48 points, or 0.2 percent, lower at 24,901.", [("Dow Jones Industrial Average", -0.2, 24901.0)]),
])
def test_a_settled_move_with_its_points_between_commas(sentence, expected):
    assert _moves("Stocks mixed\n\n" + sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Toyota cut its profit forecast on Tuesday. Shares of the automaker fell 3 percent.",
    "Toyota cut its profit forecast on Tuesday. Shares in the Japanese carmaker fell 3 percent.",
    "Toyota cut its profit forecast on Tuesday. The automaker's shares fell 3 percent.",
])
def test_shares_of_a_description_are_the_named_companys(sentence):
    assert _moves("Toyota warns\n\n" + sentence) == [("Toyota Motor", -3.0, None)]


def test_shares_of_a_description_with_no_company_before_name_nothing():
    assert _moves("Car stocks\n\nShares of the automaker fell 3 percent on Tuesday.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ranking's figure in the noun that restates it (the Inquirer's and the Jakarta Post's wording)
    ("Holding firms were the biggest losers with a decline of 3.47 percent.", [("Conglomerates", -3.47, None)]),
    ("Banks were the biggest losers with a 3.47 percent decline.", [("Banks", -3.47, None)]),
    ("Tencent was the top gainer, with a rise of 5.1 percent.", [("Tencent Holdings", 5.1, None)]),
    # two names share the ranking: the figure is no one's
    ("Tencent and Meituan were the top gainers, with a rise of 5.1 percent.",
     [("Tencent Holdings", None, None), ("Meituan", None, None)]),
    # another quantity's change is no move's figure
    ("Toyota was the top gainer, with a rise of 5 percent in sales.", [("Toyota Motor", None, None)]),
])
def test_a_rankings_figure_in_a_noun(sentence, expected):
    assert _moves("Manila stocks\n\n" + sentence) == expected


def test_a_restating_noun_without_a_comma():
    assert _moves("Manila stocks\n\nThe banking sub-index led losses with a decline of 8.5 percent.") \
        == [("Banks", -8.5, None)]


@pytest.mark.parametrize("text", [
    # VOA, public domain: https://learningenglish.voanews.com/a/us-market-drop-china-stocks/2932579.html
    "In Shanghai, the stock index fell almost 8 percent, after Monday's drop of 8.5 percent.",
    # VOA, public domain: https://www.voanews.com/economy-business/asian-markets-begin-april-more-pandemic-sparked-losses
    "Elsewhere in Asia, the Hang Seng in Hong Kong lost more than 2.5% by late Wednesday afternoon, while the "
    "Shanghai index on mainland China lost more than one-half of one percent.",
])
def test_an_index_named_by_its_place_has_the_place_among_its_aliases(text):
    shanghai = [m for m in facts_of("Asian markets\n\n" + text).moves if m.entity.name == "Shanghai Composite Index"]
    assert shanghai and "Shanghai" in shanghai[0].entity.aliases


def test_an_index_named_otherwise_gets_no_place_alias():
    moves = facts_of("China stocks\n\nThe Shanghai Composite Index fell 1 percent.").moves
    assert [m.entity.name for m in moves] == ["Shanghai Composite Index"]
    assert "Shanghai" not in moves[0].entity.aliases
