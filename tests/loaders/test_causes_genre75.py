"""A move noun of the sentence before, opened by "this" or "these" and an adjective, then its cause: Watcher.Guru's
"This unprecedented drop was largely driven by worries over tariffs" and "These declines were driven by these
economies' export-oriented nature" (the 428th set): the moves of the sentence right before, none if that sentence
told another figure (review 81's "Data showed exports fell 8%. This sharp drop was driven by X"). "This came after X"
keeps its reading; "This fall comes after some very good years for investors" is a span of the market's own past, no
cause.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Taiex plunged 6.1% on Monday. This historic drop was largely driven by fears of a slowdown.",
     {("TAIEX", "fears of a slowdown")}),
    ("The Kospi fell 3.8% and the Nikkei fell 4.4%. These declines were driven by weak exports.",
     {("KOSPI", "weak exports"), ("Nikkei 225", "weak exports")}),
    ("The Kospi fell 2.9%. This came after a slump on Wall Street.", {("KOSPI", "a slump on Wall Street")}),
    # review 81: the noun is the figure of the sentence right before, here no market's; the index before it is no
    # referent
    ("The Nikkei fell 1.5%. Data showed exports fell 8% in April. This sharp drop was driven by weaker shipments.",
     set()),
    ("The Kospi fell 2%. Samsung Electronics lost 4%. This severe drop was driven by chip worries.",
     {("Samsung Electronics", "chip worries")}),
    # a span of the market's own past is no cause (Business & Finance's, the 426th set)
    ("The FTSE 100 fell 1.5%. This fall comes after some very good years for investors.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-08-05")[1] == expected
