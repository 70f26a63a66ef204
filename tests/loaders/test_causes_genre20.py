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
