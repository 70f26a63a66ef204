"""Names a wrap writes with a possessive or a share class, and markets named by their blue chips or their
A-shares (sentences written for these tests in the styles of CNBC, the Moscow Times, The Standard and the
Global Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a brand named for its founder: the possessive is inside the name
    ("Domino's Pizza popped more than 5% after its earnings beat forecasts.", [("Domino's Pizza", 5.0)]),
    ("Dick's Sporting Goods rose 3.1 percent.", [("Dick's Sporting Goods", 3.1)]),
])
def test_a_possessive_inside_a_founders_brand(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # (a party, a day: no founder's brand; both are guards, passing before this change too)
    "In Sunday's vote, the People's Alliance won 53.6 percent of the ballots.",
    "Friday's Jobs Report showed payrolls grew 0.2 percent.",
])
def test_a_party_or_a_days_possessive_names_no_company(sentence):
    assert _moves(sentence) == []


def test_a_place_before_a_possessive_stays_a_place():
    # a guard: it passes before this change too, and must keep passing
    assert _moves("Germany's Siemens rose 2.5%.") == [("Siemens", 2.5)]


def test_a_share_class_between_the_name_and_shares():
    facts = facts_of("Markets\n\nRostelecom preferred shares closed up more than 5 percent after reports of a "
                     "higher dividend.")
    [move] = facts.moves
    assert (move.entity.name, move.change_pct, move.approx) == ("Rostelecom", 5.0, True)
    assert "Rostelecom preferred shares" in move.entity.aliases  # the surface form the article uses
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Rostelecom", "reports of a higher dividend")]


@pytest.mark.parametrize(("text", "alias"), [
    ("Hong Kong blue chips sank 2.1% after the draft law was tabled.", "Hong Kong blue chips"),
    ("London's blue-chips fell 1.2% on Tuesday.", "London's blue-chips"),
])
def test_a_places_blue_chips_are_its_benchmark(text, alias):
    [move] = facts_of("Markets\n\n" + text).moves
    assert alias in move.entity.aliases
    assert move.entity.id in ("idx-hsi", "idx-ftse100") or move.entity.name in ("Hang Seng Index", "FTSE 100")


def test_blue_chips_with_no_place_name_no_market():
    # a guard: "blue chips" alone names no market of its own (it passes before this change too)
    assert _moves("Blue chips fell 1%.") == []


@pytest.mark.parametrize("headline", [
    "Chinese A-shares soar as bull run sets in",
    "A-shares rally as brokerages surge",
])
def test_a_shares_are_the_mainland_market(headline):
    facts = facts_of(headline + "\n\nThe Shanghai Composite Index rose 2.1 percent to 3,332.9 on Monday.")
    [move] = [m for m in facts.moves if m.change_pct is not None]
    assert move.entity.name == "Shanghai Composite Index"
    assert any("A-shares" in a for a in move.entity.aliases)
    assert "Shanghai Composite Index" in [c.effect.name for c in facts.causes]


@pytest.mark.parametrize(("sentence", "approx"), [
    ("Toyota closed up more than 5 percent.", True),
    ("The Dow ended 48 points, or about 0.2 percent, lower at 24,901.", True),
    # (a hedge of the points alone is not the percent's: a guard, passing before this change too)
    ("The Dow closed down more than 400 points, or 2%.", False),
])
def test_a_hedge_after_a_close_verb_hedges_its_percent(sentence, approx):
    [move] = facts_of("Markets\n\n" + sentence).moves
    assert move.approx is approx
