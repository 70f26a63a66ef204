"""Lagos' wraps: a change in kobo restated as a percent ("up 50kobo or 7.69percent", BusinessDay, the 420th set), a
naira amount glued to its letter, which is no name ("increased from N6.50 to N7"), and "shed their share prices by
6.42% and 5.91% respectively" (Naija247news, the same set). A participle that opens a sentence before "shares" is
no name (Al Eqtisadiah's "Traded shares fell 5% by about 6 million shares": the day's volume).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Guinness Nigeria followed on the gainers' list after its share price increased from N6.50 to N7, up 50kobo or "
     "7.69percent.", [("Guinness Nigeria", "up", 7.69)]),
    ("Coronation Insurance rose from 46kobo to 50kobo, up by 4kobo or 8.7percent.",
     [("Coronation Insurance", "up", 8.7)]),
    ("Access Bank and Zenith Bank shed their share prices by 6.42% and 5.91% respectively.",
     [("Access Bank", "down", -6.42), ("Zenith Bank", "down", -5.91)]),
    ("Dangote Cement shed its share price by 10%.", [("Dangote Cement", "down", -10.0)]),
])
def test_moves(text, expected):
    assert [m[:3] for m in moves_and_causes(text, published="2021-10-20")[0]] == expected


def test_traded_shares_are_no_company():
    assert moves_and_causes("Traded shares fell 5% by about 6 million shares to reach 110 million shares.",
                            published="2021-10-20")[0] == []
    # (review 80: a company's name that ends like a participle is still a name)
    assert [m[:3] for m in moves_and_causes("United shares jumped 4.2% after the airline raised its forecast.",
                                            published="2021-10-20")[0]] == [("United", "up", 4.2)]
