"""A move noun's adjective may have its adverb before it (the CTK's "Photon Energy's shares posted a relatively
significant drop of 5.57 percent to Kc33.05", the 397th set); a business noun after the figure still makes it the
results' ("a relatively strong rise of 12 percent in sales").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Photon Energy's shares posted a relatively significant drop of 4.57 percent to Kc31.05.",
     [("Photon Energy", "down", -4.57, 31.05)]),
    ("Acme posted a relatively modest gain of 1.4 percent.", [("Acme", "up", 1.4, None)]),
    ("Acme reported a relatively strong rise of 12 percent in sales.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-10-22")[0] == expected
