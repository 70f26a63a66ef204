"""Causes of the 329th and 330th sets: "Analysts blamed X." with no object of its own explains the move before, as
"Analysts blamed the drop on X" does; an index's name as the owner of a move noun with "the" before it ("the JCI
decline was caused by X"); a counted pause with an adjective ("after an eight-day national holiday") and "after being
one of the few losers in Thursday's rally" are times and courses, no causes.

Sentences were written for these tests in the styles of the Nation (Thailand), the Jakarta Post and the Business
Times (Singapore), not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The SET index dived 2.1 percent. Analysts blamed uncertainty over floods in the central provinces.",
     {("SET Index", "uncertainty over floods in the central provinces")}),
    ("The SET index dived 2.1 percent. Analysts blamed the drop on uncertainty over floods.",
     {("SET Index", "uncertainty over floods")}),
    ("The JCI fell 1.1 percent. An analyst said the JCI decline was caused by the rising yield on US Treasury bills.",
     {("Jakarta Composite Index", "the rising yield on US Treasury bills")}),
    ("The Shanghai Composite Index rose 1.68 per cent after an eight-day national holiday.", set()),
    ("Hong Kong's Hang Seng Index declined a further 0.31 per cent, after being one of the few losers in Thursday's "
     "regional rally.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2020-10-09")[1] == expected
