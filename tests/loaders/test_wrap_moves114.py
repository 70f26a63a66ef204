"""A sentence that tells when a move like the day's was last seen states a past move, not one of the story
(Republic World's "Last time, the Sensex dropped over 2.23 per cent was on ...", Accumulate Capital's "The last FTSE
100 fall of 3 per cent came in October 2019", the 416th and 419th sets); a move measured against the last time
something happened is the day's.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Last time, the Nifty dropped over 3.1 per cent was on March 12, 2022, exchange data showed.", []),
    ("Axis Bank had fallen over 7 per cent on May 4, 2020 last time, data from the exchange showed.", []),
    ("The last CAC 40 fall of 4 per cent came in March 2022 as the war in Ukraine shook European markets.", []),
    ("The last time the Kospi lost 5 percent in a day was in August 2024.", []),
    ("The Nikkei fell 3%, its biggest drop since the last time the Bank of Japan raised rates.",
     [("Nikkei 225", "down", -3.0, None)]),
    ("Stocks rallied for the last time before the holiday, with the Dow up 1.2 percent.",
     [("Dow Jones Industrial Average", "up", 1.2, None)]),
    # (review 79: the day's move, then the last time as its measure or in a clause of its own)
    ("The Dow fell 1,033 points, or 2.6%, to 39,100 on Tuesday, its worst day since September 13, 2022, the last time "
     "the blue-chip index fell more than 2.5%.", [("Dow Jones Industrial Average", "down", -2.6, 39100.0)]),
    ("The S&P/ASX 200 climbed 0.9 per cent to 8,120, recouping losses from the last time the index fell, on Friday.",
     [("S&P/ASX 200", "up", 0.9, 8120.0)]),
    ("Shares of Tata Motors fell 6 per cent to Rs 940 on Friday; the last time they fell that sharply was in 2020.",
     [("Tata Motors", "down", -6.0, 940.0)]),
    # (review 80: "last time" at the end as the day's measure, with no date before it)
    ("Sony shares rose 3.1% after the results, far more than they gained last time.", [("Sony Group", "up", 3.1, None)]),
    ("The Kospi fell 1.7% on Wednesday, double its loss last time.", [("KOSPI", "down", -1.7, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-01-17")[0] == expected


def test_the_report_says_the_figure_is_a_past_move():
    from marketkg.loaders.explain import explain_text
    from marketkg.loaders.extract import extract
    from marketkg.ontology.models import Article

    text = "Sensex slumps\n\nLast time, the Sensex dropped over 2.23 per cent was on February 22, 2021."
    report = explain_text(extract(Article(id="a1", source="doc.txt", text=text, published="2024-01-17")))
    assert "2.23 per cent  trap: a past move" in report
