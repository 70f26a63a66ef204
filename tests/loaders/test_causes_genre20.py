"""Causes across AP's dashes (sentences written for these tests in the style of AP and CNN; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize("dash", ["\u2014", "--"])  # ("--" was read before this change, as a word: a guard)
def test_a_figure_less_move_reads_through_a_with_aside_between_dashes(dash):
    assert _causes(f"Stocks fell sharply on Wall Street {dash} with the Dow closing down 412 points {dash} after the "
                   "bank filed for bankruptcy.") == [("Wall Street", "the bank filed for bankruptcy")]


def test_a_dash_before_and_adds_one_more_cause():
    assert _causes("Stocks tumbled on Wall Street, dragged down by worries about a bank merger -- and the start "
                   "of the earnings season.") == [("Wall Street", "worries about a bank merger"),
                                                  ("Wall Street", "the start of the earnings season")]


@pytest.mark.parametrize(("headline", "expected"), [
    # headlines in the present tense, their moves figure-less: the cause of each market named
    ("Dow, S&P 500 close at records as bank stocks surge",
     [("Dow Jones Industrial Average", "bank stocks surge"), ("S&P 500", "bank stocks surge")]),
    ("Italy shares extend losses as banks plunge", [("FTSE MIB", "banks plunge")]),  # (read before too: a guard)
    ("Citigroup shoots higher after dividend cut", [("Citigroup", "dividend cut")]),
])
def test_headline_moves_in_the_present(headline, expected):
    assert _causes(headline) == expected


def test_jijis_staged_a_rebound_is_a_move_with_its_cause():
    assert _causes("Tokyo stocks staged a moderate rebound Tuesday, buoyed by hopes for U.S. stimulus.") == [
        ("Nikkei 225", "hopes for U.S. stimulus")]
