"""Causes of the 363rd to 366th sets, read blind at a0507d2: a cause stated after an inverted participle and the
move noun it explains (Multichannel News' "Spurring the decline was a huge sell-off in the Chinese stock market");
"on route to a new record close" is a course, no cause (EconomicCalendar's); "pinned the tailspin partly on A and partly on
B" (the News').

Sentences were written for these tests in the styles of Multichannel News and EconomicCalendar, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow fell 3 percent on Tuesday. Spurring the decline was a sell-off in Chinese stocks.",
     {("Dow Jones Industrial Average", "a sell-off in Chinese stocks")}),
    ("The Dow rose 1 percent on Tuesday. Driving the rally were strong bank earnings.",
     {("Dow Jones Industrial Average", "strong bank earnings")}),
    # (a course to a record is no cause)
    ("The Dow Jones Industrial Average edged up 0.4% on route to a new record close of 23,415.20.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2017-08-04")[1] == expected


@pytest.mark.parametrize("text, expected", [
    # the News' "The analyst pinned Tuesday's tailspin partly on the IMF loan impasse and partly on the political
    # crisis" (written for this test in its style): "pinned ... on" as "blamed ... on", each "partly on" a cause
    ("The KSE-100 fell 4% on Tuesday. The analyst pinned Tuesday's tailspin partly on the loan impasse and partly on "
     "the political crisis.", {("KSE-100", "the loan impasse"), ("KSE-100", "the political crisis")}),
    ("The KSE-100 fell 4% on Tuesday. He pinned his hopes on a rebound.", set()),
    # "against the backdrop of" as a cue (the News' "In the backdrop of a worsening political scenario ...")
    ("The Sensex fell 1% against the backdrop of weak global cues.", {("BSE Sensex", "weak global cues")}),
])
def test_pinned_on(text, expected):
    assert moves_and_causes(text, published="2023-01-24")[1] == expected
