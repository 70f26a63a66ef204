"""Guards from the second review of the round's rules (a helper's sentences, rewritten): a participle
after "by" is a move only with a figure; "as it ..." restates only the move of the name right before
"as"; a product before a broker's description is no target; a cause that names the effect's index
as a heavyweight's or a newspaper's is still a cause; a move compared with the previous close is the
day's; a cue followed by a figure is the size, not a cause; "help" as a noun stays in the cause.

Sentences written for these tests in the styles of Reuters, Bloomberg, AP and PTI (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Stocks close\n\n" + text + "\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nikkei fell on Tuesday, hurt by rising U.S. bond yields.", [("Nikkei 225", "down", None)]),
    ("Indian shares rose, helped by falling oil prices.", [("BSE Sensex", "up", None)]),
    ("The Nikkei rose 0.5 percent, while the broader Topix ended lower as it slipped 0.2 percent.",
     [("Nikkei 225", "up", 0.5), ("TOPIX", "down", -0.2)]),
    ("Stocks in Tokyo rose while Hong Kong fell as it dropped 1.2 percent.",
     [("Nikkei 225", "up", None), ("Hang Seng Index", "down", -1.2)]),
    ("The Kospi closed 0.8 percent higher than Friday's close.", [("KOSPI", "up", 0.8)]),
])
def test_moves(text, expected):
    assert [(m.entity.name, m.direction.value, m.change_pct) for m in _facts(text).moves] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sony rose 2 percent after Mizuho raised its target price on the PlayStation maker.", ("Mizuho", "Sony Group")),
    ("Apple fell 1% after Wedbush cut its price target for the iPhone maker.", ("Wedbush", "Apple Inc")),
])
def test_broker_targets_are_the_described_company(text, expected):
    [action] = _facts(text).investor_actions
    assert (action.investor.name, action.target.name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The STI fell 0.8 percent after STI constituent DBS Group reported weaker profit.",
     [("Straits Times Index", "STI constituent DBS Group reported weaker profit")]),
    ("Japanese stocks rose 1% after the Nikkei reported that the central bank was weighing a rate hike.",
     [("Nikkei 225", "the Nikkei reported that the central bank was weighing a rate hike")]),
    ("The Malaysian ringgit was pushed up by 0.5 percent.", []),
    ("Promises of government help lifted Chinese property developers.", [("Property", "Promises of government help")]),
    ("Asian shares tumble, led by 4.5% drop in Tokyo", [("Asian markets", "4.5% drop in Tokyo")]),
])
def test_causes(text, expected):
    assert [(c.effect.name, c.cause) for c in _facts(text).causes] == expected
