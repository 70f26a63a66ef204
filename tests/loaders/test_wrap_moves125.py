"""Moves the 434th to 443rd sets wrote in shapes the rules did not read: Lagos and Nairobi wraps' plural move noun
with its figures ("experienced notable declines of 10 percent, 9.76 percent and 9.52 percent, respectively"),
"regained 0.3 percent"; an appositive name before its figure-less verb, then the participle with the figure ("The
German stock market benchmark, the DAX, experienced a notable decline Friday, closing at 23,877 points, a 0.7%
decrease"); "with a slight correction of 0.27%" after a close; an exchange's index named after a comma ("The general
index of the Helsinki Stock Exchange, OMX Helsinki, fell"); the Warsaw indices the reference lacked (WIG, mWIG40,
sWIG80) and its sub-indices ("WIG-INFO"); a ranking's scope with a hyphened number ("Major gainers in the 30-share
index were A (4.65%)"); a gapped list that a "while" clause ends ("..., Goodman Group 2.4 per cent to $14.44 while
South32 slid"); a minus sign that restates the falls of a "respectively" list; "the group's shares" after an index
moved (the company that moved before, not the index); and "won the day with a 12 per cent share price jump" (the
verb, not Korea's currency).

Neither is a move of the day: the day a superlative counts from ("the worst day since Aug. 1, when the KOSPI fell
more than 3%"), nor a close's distance from a high ("down 47 per cent from its 12-month high").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Dangote Cement, MTN Nigeria and Tantalizer experienced notable declines of 10 percent, 9.76 percent and 9.52 "
     "percent, respectively.",
     [("Dangote Cement", "down", -10.0, None), ("MTN Nigeria", "down", -9.76, None),
      ("Tantalizer", "down", -9.52, None)]),
    ("Dangote Cement and Tantalizer posted losses of 10 percent and 9.52 percent, respectively.",
     [("Dangote Cement", "down", -10.0, None), ("Tantalizer", "down", -9.52, None)]),
    ("Equity Group fell 0.5 percent while StanChart regained 0.3 percent.",
     [("Equity Group", "down", -0.5, None), ("StanChart", "up", 0.3, None)]),
    ("The German stock market benchmark, the DAX, experienced a notable decline Friday, closing at 23,877 points, a "
     "0.7% decrease from Thursday's close.", [("DAX", "down", -0.7, 23877.0)]),
    ("The Ibex 35 closed at 17,307.8 points, with a slight correction of 0.27% compared to the previous day.",
     [("IBEX 35", "down", -0.27, 17307.8)]),
    ("The general index of the Helsinki Stock Exchange, OMX Helsinki, fell by 1.0 percent to 10,122.37 points.",
     [("OMX Helsinki All-Share", "down", -1.0, 10122.37)]),
    ("The Warsaw Stock Exchange Index (WIG) jumped higher by 1.52 percent, while mWIG40 grew by 0.91 percent to "
     "5,002.94 and sWIG80 gained 0.88 percent.",
     [("WIG", "up", 1.52, None), ("mWIG40", "up", 0.91, 5002.94), ("sWIG80", "up", 0.88, None)]),
    ("The tech-sector measure - the WIG-INFO index was again the exception, closing higher by 0.37%.",
     [("WIG-INFO", "up", 0.37, None)]),
    ("Major gainers in the 30-share index were Reliance Industries  (4.65%) and Kotak Mahindra Bank (2.65%).",
     [("Reliance Industries", "up", 4.65, None), ("Kotak Mahindra Bank", "up", 2.65, None)]),
    ("CSL fell 1.5 per cent to $270.17, Macquarie Group 2 per cent to $135.03, Goodman Group 2.4 per cent to $14.44 "
     "while South32 slid 1.9 per cent to $2.64.",
     [("CSL Limited", "down", -1.5, 270.17), ("South32", "down", -1.9, 2.64), ("Macquarie Group", "down", -2.0, 135.03),
      ("Goodman Group", "down", -2.4, 14.44)]),
    ("The KOSPI fell 2.45%. It was the worst day since Aug. 1, when the KOSPI and Kosdaq each posted declines of more "
     "than 3% and 4%, respectively.", [("KOSPI", "down", -2.45, None)]),
    ("Prominent securities like Dangote Cement, NEM Insurance, and Tantalizer experienced notable declines of 10 "
     "percent, -9.74 percent, and -9.52 percent, respectively.",
     [("Dangote Cement", "down", -10.0, None), ("NEM Insurance", "down", -9.74, None),
      ("Tantalizer", "down", -9.52, None)]),
    ("The Footsie shed 27.71 points to end 0.71 percent lower, as well as a hefty drop in Micro Focus. The group's "
     "shares ended the session 16.92 percent in the red at 2,145.00p.",
     [("FTSE 100", "down", -0.71, None), ("Micro Focus", "down", -16.92, 2145.0)]),
    ("Lynas won the day with a 12 per cent share price jump.", [("Lynas", "up", 12.0, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-09-26")[0] == expected


@pytest.mark.parametrize("text", [
    "Banks saw declines of 2% in lending.",  # the business's figure
    "Airlines saw declines of 12% in passenger numbers.",  # (review 82's)
    "Shipping companies recorded drops of 15 percent in freight rates.",
    "The bank posted losses of $5 million.",  # its results
    "The Nikkei regained ground on Tuesday.",  # no figure
    "Analysts at the bank, Citi and UBS, said stocks were cheap, closing at 23,877 points, a 0.7% decrease.",
    "The Ibex 35 closed at 17,307.8 points, with an annual gain of 27%.",  # the year's
    "The biggest company by value, Woodside Petroleum, finished at $37.20 a share, down 47 per cent from its 12-month "
    "high.",
])
def test_no_move(text):
    assert [m for m in moves_and_causes(text, published="2025-09-26")[0] if m[2] is not None] == []
