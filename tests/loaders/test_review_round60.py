"""Review 67's, 68's and 69's worse cases, mended: an opening participle that describes a company ("Founded by Jack Ma, Alibaba
rose", "Owned by the state, Sinopec fell", "Valued by the market at ...") gives no cause, one of a blow does ("Zapped
by", "Shaken by"); "thin" or "light trading from ..." is volume, no cause, where "weak trading from mining stocks" is
the miners' performance; a "led by" that breaks down data or results ("Consumer prices rose 0.4%, led by energy,
which climbed 2.3%") names no sector's move; "OMXS" alone names no index.

Sentences were written for these tests by the review helper and the lead in the styles of Reuters and the SCMP, not
copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Founded by Jack Ma, Alibaba rose 3 percent in Hong Kong trading.", set()),
    ("Owned by the state, Sinopec fell 2 percent.", set()),
    ("Controlled by the Kwok family, Sun Hung Kai Properties fell 1.2 percent.", set()),
    ("Valued by the market at more than $3 trillion, Microsoft rose 1 percent to $415.20.", set()),
    ("Shaken by weak Chinese data, the Kospi fell 1.2%.", {("KOSPI", "weak Chinese data")}),
    ("Zapped by higher oil prices, the Kospi fell 1.2%.", {("KOSPI", "higher oil prices")}),
    ("The ASX 200 slipped 0.2 percent on thin trading from holiday-depleted desks.", set()),
    ("The Hang Seng edged up 0.1 percent on light trading from mainland investors.", set()),
    ("The FTSE 100 dipped 0.2% after weak trading from mining stocks.", {("FTSE 100", "weak trading from mining stocks")}),
])
def test_review_67(text, expected):
    assert moves_and_causes(text, published="2024-05-15")[1] == expected


@pytest.mark.parametrize("text, expected", [
    # review 68: a "led by" that breaks down data or results names no sector's move
    ("Exports rose 4% in April, led by electronics, which grew 9%.", []),
    ("Consumer prices rose 0.4% in April, led by energy, which climbed 2.3%.", []),
    ("Corporate earnings rose 8%, led by technology, which grew 15%.", []),
    ("The TSX index rose 1%, led by energy, which climbed 2.1%.",
     [("S&P/TSX Composite", "up", 1.0, None), ("Energy", "up", 2.1, None)]),
    # ("OMXS" alone may be Stockholm's all-share index or the OMXS30: no alias)
    ("The OMXS all-share index edged up 0.2% by the close.", []),
])
def test_review_68(text, expected):
    assert moves_and_causes(text, published="2024-05-15")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # review 69: a name after "dragged by" fell, whatever the sentence's first move did
    ("Wall Street's S&P 500 edged up 0.1%, although the Dow was dragged by UnitedHealth (4.2%) and Boeing (2.1%).",
     [("S&P 500", "up", 0.1, None), ("UnitedHealth Group", "down", -4.2, None), ("Boeing", "down", -2.1, None)]),
    # a run-in head is a stock's only with the shares or the company after the clause's comma
    ("Dividend: Rising by 10 percent, the payout was fixed at Rs 12 per share.", []),
    ("Guidance: Rising by 5 percent, the forecast was raised to Rs 40 per share.", []),
    # ("NZ" is no place of its own: "Air NZ" is the airline)
    ("Air NZ shares rose 2.4 percent to 58 NZ cents.", [("Air NZ", "up", 2.4, None)]),
])
def test_review_69(text, expected):
    assert moves_and_causes(text, published="2024-05-15")[0] == expected
