"""The round of the 601st to 608th blind sets: wordings that its first read missed (the wires' latest quote "were
last up", ...).

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str) -> list[tuple]:
    return moves_and_causes(text, published="2019-05-14")[0]


@pytest.mark.parametrize("text, expected", [
    # the wires' latest quote: "were last up", "was last trading", after the session's course in the same sentence
    ("Kestrel shares were last up 2.1 percent.", [("Kestrel", "up", 2.1, None)]),
    ("Kestrel shares were last trading up 2.1 percent.", [("Kestrel", "up", 2.1, None)]),
    ("Kestrel shares jumped as much as 9 percent and were last up 4.3 percent.", [("Kestrel", "up", 4.3, None)]),
    ("Kestrel shares spiked as much as 9 percent before easing, and were last trading up 4.3 percent.",
     [("Kestrel", "up", 4.3, None)]),
    ("Osprey rose as much as 4% and was up 2.5% at the close.", [("Osprey", "up", 2.5, None)]),
    # the course after the day's figure leaves the day's figure; a participle before a noun is no clause
    ("Osprey rose 2.5% and was up as much as 4% at one point.", [("Osprey", "up", 2.5, None)]),
    ("Kestrel fell 2 percent, and a rising yen weighed.", [("Kestrel", "down", -2.0, None)]),
])
def test_the_latest_quote_after_the_sessions_course(text, expected):
    assert _moves(text) == expected
