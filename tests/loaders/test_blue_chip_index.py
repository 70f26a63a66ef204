"""'The blue-chip index' names the market's blue chips where they are no benchmark: the Dow in
the US (sentences written for these tests in the styles of NPR and CNN; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wall Street\n\nThe blue chip index, S&P 500 and Nasdaq climbed nearly 4%.",
     [("Dow Jones Industrial Average", 4.0), ("S&P 500", 4.0), ("Nasdaq Composite", 4.0)]),
    ("Wall Street\n\nThe S&P 500 fell 1%. The blue-chip index fell 2%.",
     [("S&P 500", -1.0), ("Dow Jones Industrial Average", -2.0)]),
    # where the benchmark is the blue chips, the benchmark
    ("London stocks\n\nThe FTSE 100 slid 0.6%. The blue-chip index touched a one-month low.", [("FTSE 100", -0.6)]),
])
def test_the_blue_chip_index(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize(("sentence", "entity", "surface"), [
    # the Stoxx indexes' names before 2010 carry "Dow Jones": the whole name is one surface form
    ("Europe's Dow Jones Stoxx 600 Index slid 1.3% to 244.17.", "STOXX Europe 600",
     "Dow Jones Stoxx 600 Index"),
    ("The Dow Jones Euro Stoxx 50 Index dropped 2%.", "Euro Stoxx 50", "Dow Jones Euro Stoxx 50 Index"),
])
def test_the_stoxx_indexes_old_names(sentence, entity, surface):
    moves = facts_of("European stocks\n\n" + sentence).moves
    assert [m.entity.name for m in moves] == [entity]
    assert any(surface in alias for alias in moves[0].entity.aliases)
