"""A name after "was" whose clause is before it names an exchange or a place: "Leading the rally on ADX was Aldar,
which rose by 10%" (Aletihad's Abu Dhabi wrap, the 420th set), "Leading the gains in Tokyo was SoftBank, rising 5%".
The exchange or place is where the name traded, not a subject of the clause before "was".

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Leading the rally on ADX was Aldar Properties, which rose by 9.5%, followed by Emirates Telecom with a 6.5% "
     "increase.", [("Aldar Properties", "up", 9.5), ("Emirates Telecom", "up", 6.5)]),
    ("Leading the gains in Tokyo was SoftBank Group, rising 5.2%.", [("SoftBank Group", "up", 5.2)]),
    ("The heaviest loser on the Nikkei was Advantest, which fell 3.4%.", [("Advantest", "down", -3.4)]),
])
def test_name_after_a_venue_and_was(text, expected):
    assert sorted(m[:3] for m in moves_and_causes(text, published="2024-06-11")[0]) == sorted(expected)

