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
