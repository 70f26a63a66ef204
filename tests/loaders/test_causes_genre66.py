"""Causes of the 363rd to 366th sets, read blind at a0507d2: a cause stated after an inverted participle and the
move noun it explains (Multichannel News' "Spurring the decline was a huge sell-off in the Chinese stock market");
"on route to a new record close" is a course, no cause (EconomicCalendar's).

Sentences were written for these tests in the styles of Multichannel News and EconomicCalendar, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow fell 3 percent on Tuesday. Spurring the decline was a sell-off in Chinese stocks.",
     {("Dow Jones Industrial Average", "a sell-off in Chinese stocks")}),
    ("The Dow rose 1 percent on Tuesday. Driving the rally were strong bank earnings.",
     {("Dow Jones Industrial Average", "strong bank earnings")}),
    ("The Dow Jones Industrial Average climbed 0.3% on route to a new record close of 22,100.50.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2017-08-04")[1] == expected
