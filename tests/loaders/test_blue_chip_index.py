"""'The blue-chip index' names the market's blue chips where they are no benchmark: the Dow in
the US (sentences written for these tests in the styles of NPR and CNN; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wall Street\n\nThe blue chip index, the S&P 500 and Nasdaq rose nearly 5%.",
     [("Dow Jones Industrial Average", 5.0), ("S&P 500", 5.0), ("Nasdaq Composite", 5.0)]),
    ("Wall Street\n\nThe S&P 500 fell 1%. The blue-chip index fell 2%.",
     [("S&P 500", -1.0), ("Dow Jones Industrial Average", -2.0)]),
    # where the benchmark is the blue chips, the benchmark
    ("London stocks\n\nThe FTSE 100 fell 1%. The blue-chip index hit a one-month low.", [("FTSE 100", -1.0)]),
])
def test_the_blue_chip_index(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize(("sentence", "entity", "surface"), [
    # the Stoxx indexes' names before 2010 carry "Dow Jones": the whole name is one surface form
    ("The pan-European Dow Jones Stoxx 600 Index fell 1.8% to 231.82.", "STOXX Europe 600",
     "Dow Jones Stoxx 600 Index"),
    ("The Dow Jones Euro Stoxx 50 Index dropped 2%.", "Euro Stoxx 50", "Dow Jones Euro Stoxx 50 Index"),
])
def test_the_stoxx_indexes_old_names(sentence, entity, surface):
    moves = facts_of("European stocks\n\n" + sentence).moves
    assert [m.entity.name for m in moves] == [entity]
    assert any(surface in alias for alias in moves[0].entity.aliases)
