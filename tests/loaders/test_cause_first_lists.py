"""A cause that opens the sentence: 'Losses in Tencent and Meituan dragged the Hang Seng Index down
1.5 per cent' is one cause (the 'and' is inside its phrase), 'Falling oil prices and weak data
dragged the FTSE 100 down' two; 'A slump in property shares pulled the Shanghai Composite down'.
Written in the styles of the SCMP and Reuters."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, causes", [
    ("Losses in Tencent and Meituan dragged the Hang Seng Index down 1.5 per cent.",
     ["Losses in Tencent and Meituan"]),
    ("Falling oil prices and weak data dragged the FTSE 100 down 1%.", ["Falling oil prices", "weak data"]),
    ("A slump in property shares pulled the Shanghai Composite down 0.8 per cent.", ["A slump in property shares"]),
])
def test_causes_opening_the_sentence(text, causes):
    assert [c.cause for c in facts_of(text).causes] == causes
