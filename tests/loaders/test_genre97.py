"""Causes the blind sets' gold holds and the extraction missed, read by their cue ("as" and "after" the most): an "as"
that names a role inside the cause ("after emerging as the preferred bidder"), how much traded before why ("on heavy
volume after X"), and a company's code between its name and "saw its share price".

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _read(text: str) -> tuple[list[tuple], set[tuple]]:
    return moves_and_causes(text, published="2019-05-14")


@pytest.mark.parametrize("text, expected", [
    # an "as" after a verb of naming or emerging is no second clause
    ("Kestrel jumped 9% after emerging as the preferred bidder for a port contract.",
     ([("Kestrel", "up", 9.0, None)], {("Kestrel", "emerging as the preferred bidder for a port contract")})),
    ("Kestrel rose 3% after it was named as the preferred supplier.",
     ([("Kestrel", "up", 3.0, None)], {("Kestrel", "it was named as the preferred supplier")})),
    # how much traded, then why
    ("Kestrel sank 5.8% on heavy trading volumes following word it had called off merger talks with Osprey.",
     ([("Kestrel", "down", -5.8, None)], {("Kestrel", "word it had called off merger talks with Osprey")})),
    ("Kestrel slumped 7.3% on thin volume.", ([("Kestrel", "down", -7.3, None)], set())),
    ("Kestrel rose 2% on strong demand for its chips.",
     ([("Kestrel", "up", 2.0, None)], {("Kestrel", "strong demand for its chips")})),
    # a code between the name and "saw its share price"
    ("Bakery chain Kestrel (LON:KST) saw its share price sink 7.1% to 1,032p after reporting weaker sales.",
     ([("Kestrel", "down", -7.1, 1032.0)], {("Kestrel", "reporting weaker sales")})),
])
def test_causes_by_their_cue(text, expected):
    assert _read(text) == expected
