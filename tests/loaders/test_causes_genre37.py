"""From the 250th set (mainland wraps): Reuters' headline "China stocks extend fall as developers slump" ("extend"
in the present, as "extended" was read), and the Global Times' "rallied on Thursday after an eight-day holiday" (a
counted pause, no cause).

Sentences were written for these tests in the styles of Reuters and the Global Times, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2025-10-09").causes}


def test_extend_fall_in_a_headline():
    assert ("Shanghai Composite Index", "developers slump") in _causes(
        "China stocks extend fall as developers slump\n\nThe Shanghai Composite fell 1%.")


def test_a_counted_holiday_is_no_cause():
    assert not _causes("Markets\n\nChina's stock market rallied on Thursday after an eight-day holiday, as the Shanghai "
                       "Composite Index surpassed the 3,900-point mark.")
    # (a guard: a counted meeting that ended is news)
    assert _causes("Markets\n\nThe Nikkei rose 1% after a two-day meeting of the central bank ended.")
