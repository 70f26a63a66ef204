"""The surface forms of the sectors of one joined phrase (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Sensex fell 1%. Banks, realty and FMCG fell around 2.5 per cent.",
     {"Banks": "Banks", "Property": "realty", "Consumer": "FMCG"}),
    ("Mainland banks and developers rose 1.2 per cent.", {"Banks": "Mainland banks", "Property": "developers"}),
])
def test_each_sector_of_a_joined_phrase_keeps_its_own_words(sentence, expected):
    moves = facts_of("Markets\n\n" + sentence).moves
    aliases = {m.entity.name: set(m.entity.aliases) for m in moves}
    for name, surface in expected.items():
        assert surface in aliases[name]
    joined = sentence.split(". ")[-1].split(" fell")[0].split(" rose")[0]
    assert not any(joined in names for names in aliases.values())

