"""A predicate joined by "but" with no comma goes on with the clause's one subject, as "and" did ("The Kospi opened
higher but ended down 0.8%"; the Jakarta Globe's "the index recovered somewhat but was still down 5.4 percent", the
402nd set); a second subject after "but" keeps its own move ("Tokyo opened higher but Seoul fell 0.8%").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Kospi opened higher but ended down 0.6%.", [("KOSPI", "down", -0.6, None)]),
    ("The Kospi opened higher but was down 0.6%.", [("KOSPI", "down", -0.6, None)]),
    ("The JCI recovered somewhat but was still down 5.4 percent.", [("Jakarta Composite Index", "down", -5.4, None)]),
    ("Tokyo opened higher but Seoul fell 0.6%.", [("KOSPI", "down", -0.6, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-04-08")[0] == expected
