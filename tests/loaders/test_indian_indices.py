"""India's broader indices as reference entities, and a sentence-opening "Meanwhile," before the
subject of a participle's move. Sentences written in the style of Livemint's market pages."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(m.entity.id, m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


def test_meanwhile_then_the_subject_of_a_participle():
    assert _moves("Meanwhile, the Sensex traded between the range of 72156.48 and 71779.83, closing 0.25% higher "
                  "at 71847.57, which was 178.58 points above the opening price.") == [
        ("idx-sensex", "BSE Sensex", 0.25, 71847.57)]


@pytest.mark.parametrize("text, entity_id", [
    ("In terms of performance, the Nifty Midcap 50 closed 0.05% higher.", "idx-nifty-midcap-50"),
    ("The BSE midcap gauge fell 1.2%.", "idx-bse-midcap"),
    ("The S&P BSE Smallcap index rose 0.9%.", "idx-bse-smallcap"),
])
def test_the_broader_indices_are_known(text, entity_id):
    assert [m[0] for m in _moves(text)] == [entity_id]
