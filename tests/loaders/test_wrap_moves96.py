"""Moves of the 355th to 358th sets (India, Greater China, Australia, New Zealand and Canada, Latin America, Europe and
Turkey), read blind at 7229f15: a company's "stocks" after a bare apostrophe ("State-run Petrobras' stocks, for
example, slid 5.4%"), past the aside ", for example,"; "saw its stocks declining"; "faced a decline of";
a plural move noun after "with" ("with losses of 3.71%"), and the clause's subject past a relative clause and an
adverb ("Banco Santander, which does a lot of business in the UK, also experienced a bad day with losses of 3.71%",
This is Money's "Croda International, which supplies ..., was the heaviest top flight faller with a drop of 199p or
7.6 per cent to 2,436p").

Sentences were written for these tests in the styles of Brazzil, Dimsum Daily and Sunshine News, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Petrobras' stocks dropped 8.2%.", [("Petrobras", "down", -8.2, None)]),
    ("State-run Petrobras' stocks, for example, slid 5.4%, while Vale saw its shares sinking 3.9%.",
     [("Petrobras", "down", -5.4, None), ("Vale", "down", -3.9, None)]),
    ("Unibanco saw its stocks declining 12.5% to 12.10 reais.", [("Unibanco", "down", -12.5, 12.1)]),
    ("HSBC Holdings also faced a decline of 1.6%.", [("HSBC Holdings", "down", -1.6, None)]),
    ("Banco Santander, which does a lot of business in the UK, also experienced a bad day with losses of 3.2%.",
     [("Banco Santander", "down", -3.2, None)]),
    ("Croda International, which supplies cosmetics makers, was the heaviest faller with a drop of 180p or 7.1 per "
     "cent to 2,400p.", [("Croda International", "down", -7.1, 2400.0)]),
    # (the results of a year are no move)
    ("The company ended the year with gains of 12% in revenue.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2019-07-30")[0] == expected
