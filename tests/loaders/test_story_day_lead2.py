"""The lead is its sentences, not a sentence-case headline or a byline; a day after "after" in
the lead is an earlier event's; "compared with Tuesday's close" does not date the move. Written
in the style of AP, Guardian and Bernama reports (2025-03-07 is a Friday)."""
from __future__ import annotations

from tests.conftest import facts_of


def _dates(text: str) -> dict[str, str | None]:
    return {m.entity.name: m.date for m in facts_of(text, published="2025-03-07").moves}


def test_a_headline_and_byline_are_not_the_lead():
    text = ("Wall Street falls short of record for S&P 500\n\nBy Stan Writer and Ann Other\n\n"
            "Another afternoon fade left Wall Street just shy of a record on Thursday.\n\n"
            "The S&P 500 dipped 6.92 points, or 0.2%, to 3,373.43.")
    assert _dates(text) == {"S&P 500": "2025-03-06"}


def test_a_day_after_after_is_an_earlier_events():
    text = ("The relentless fall in European markets continued. And although the US market edged higher in early "
            "trading, it was not a convincing rise after the 2% decline on Thursday.\n\n"
            "The FTSE 100 finished 91.88 points or 1.43% lower at 6339.97.")
    assert _dates(text) == {"FTSE 100": "2025-03-07"}


def test_a_comparison_close_does_not_date_the_move():
    text = ("Bursa Malaysia closed lower today amid profit-taking.\n\n"
            "At 5pm, the FBM KLCI eased 6.20 points, or 0.35%, to 1,747.81, compared with Tuesday's close of 1,754.01.")
    assert _dates(text) == {"FTSE Bursa Malaysia KLCI": "2025-03-07"}
