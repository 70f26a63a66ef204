"""A span with its fraction in a new extreme: Reuters' "hit a 3-1/2-month low", "closed at a 2-1/2-year high" (the
Christian Science Monitor's "South Korea stocks hit a 3-1/2-month low today amid reports ...", the 428th set): the
extreme is the day's direction, so its cause is read as after "a three-month low".

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Kospi hit a 3-1/2-month low today amid reports of artillery fire.", {("KOSPI", "reports of artillery fire")}),
    ("The Nikkei closed at a 2-1/2-year high on Tuesday as the yen weakened.", {("Nikkei 225", "the yen weakened")}),
    ("The Kospi hit a three-month low today amid reports of artillery fire.", {("KOSPI", "reports of artillery fire")}),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2010-05-25")[1] == expected
