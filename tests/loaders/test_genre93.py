"""Wordings the last round left (its list in docs/extraction-rounds.md): an index named after its exchange's
possessive, "the stock" after the exchange it trades on, "N per cent ahead", a ranking's figure in a dash's aside, a
company whose name holds a common noun of investors, a roundup's place label before "The index".

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


def _moves(text: str) -> list[tuple]:
    return moves_and_causes(text, published="2019-05-14")[0]


@pytest.mark.parametrize("text, expected", [
    # the exchange's name, then its index's: one index, whose place is the exchange's
    ("The Stock Exchange of Thailand's main SET Index gained 0.8 percent to 1,402.55.",
     [("SET Index", "up", 0.8, 1402.55)]),
    ("Thailand's benchmark SET Index rose 0.8 percent to 1,402.55.", [("SET Index", "up", 0.8, 1402.55)]),
    # "the stock" after the exchange the company trades on is the company's
    ("Kestrel Motors rose 3 percent on the BSE, and the stock has gained 12 percent this year.",
     [("Kestrel Motors", "up", 3.0, None), ("Kestrel Motors", "up", 12.0, None)]),
    # the London press's "ahead" after the figure; not a result "ahead of" forecasts
    ("Finch Retail was 2.7 per cent ahead at 412p.", [("Finch Retail", "up", 2.7, 412.0)]),
    ("Finch Retail closed 2.7 per cent ahead.", [("Finch Retail", "up", 2.7, None)]),
    ("Finch Retail was 3 per cent ahead of forecasts.", []),
    ("Finch Retail's revenue was 3 per cent ahead on last year.", []),
    # a ranking's figure in an aside between dashes, as between commas
    ("Osprey Mining was the top gainer -- up 6.2 percent -- after it raised its output forecast.",
     [("Osprey Mining", "up", 6.2, None)]),
    ("Osprey Mining was among the top gainers \u2014 up 6.2 percent.", [("Osprey Mining", "up", 6.2, None)]),
    # "Investors" with a corporate tail inside a longer name is the company, not investors at large
    ("Emirati Investors Group rose 2.1 percent in Doha.", [("Emirati Investors Group", "up", 2.1, None)]),
    # two names each ending on its corporate tail stay two names
    ("Emirati Investors Group and Kestrel Holding Group led the gainers, up 9.2 percent and 6.4 percent, "
     "respectively.", [("Emirati Investors Group", "up", 9.2, None), ("Kestrel Holding Group", "up", 6.4, None)]),
    ("Rabigh Refining and Petrochemical Co. rose 2 percent.",
     [("Rabigh Refining and Petrochemical Co.", "up", 2.0, None)]),
    # a Gulf roundup's country label before "The index": that country's index
    ("Oman: The benchmark index rose 0.6 percent to 4,512.", [("MSM 30 Index", "up", 0.6, 4512.0)]),
    # and by its state's official name
    ("Sultanate of Oman: The benchmark index edged up 0.2% to 4,105 points.", [("MSM 30 Index", "up", 0.2, 4105.0)]),
    # a place after an opening adverb's "in": the sentence's opening place, its markets after it
    ("Elsewhere in Europe, London gained 0.4%, Frankfurt 0.7% and Paris 0.2%.",
     [("FTSE 100", "up", 0.4, None), ("DAX", "up", 0.7, None), ("CAC 40", "up", 0.2, None)]),
    ("Elsewhere in Europe, car sales in Germany fell 3%.", []),
    # a plural move noun's figures each for its market, where no company is named before
    ("European bourses closed lower, with losses of 1.2% for London, 0.9% for Paris and 0.8% for Frankfurt.",
     [("FTSE 100", "down", -1.2, None), ("CAC 40", "down", -0.9, None), ("DAX", "down", -0.8, None)]),
    ("European markets closed lower, with losses of 1.2% in London and 0.8% in Frankfurt.",
     [("FTSE 100", "down", -1.2, None), ("DAX", "down", -0.8, None)]),
    ("Kestrel Bank closed with gains of 3% in London.", [("Kestrel Bank", "up", 3.0, None)]),
    ("Home prices rose, with increases of 5% in London and 3% in Paris.", []),
])
def test_the_last_rounds_wordings(text, expected):
    assert _moves(text) == expected
