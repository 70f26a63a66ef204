"""Moves of the 339th to 342nd sets (Hong Kong and China, India, the US, the UK and Europe), read blind at 40df69c: an
adverb between a name and its verb ("Citigroup alone dropped 22 percent"); an aside opened by a participle that does
not end in "-ed" ("The S&P 600, made up of small-cap firms, fell 5 percent"), and one of "made up of" or
"composed of" (not "topped the list of risers", the clause's own verb); a gain "eked out" or "held"; "closed largely
unchanged" is flat; a rise "in first-quarter earnings" is the results' (a trap), as "in profit" was; a sentence's
opening participle before "at" is no company ("Looking at investor trends, foreign investors sold ..."); MT Newswires'
codes "(0027:HK)"; Benzinga's two bare codes after a name ("BABA BABAF"); a unit glued to its figure ("233points"); the
Nifty's "Midcap100" and "Smallcap100"; the Cyprus Stock Exchange for its general index; an extreme hedged by "up to"
gives way to the day's close (DW's "lost up to 5.48 percent in afternoon trading, ending 5.3 percent ... lower"); a
market object before a day word ("outperformed European markets yesterday, climbing more than 2.5 per cent"); a
company's kind before its bracketed figure in a list ("Jumbo (2.34%) and OTE telecom (1.10%)").

Sentences were written for these tests in the styles of the Daily Beast, Breitbart, IBD, MT Newswires, the Irish
Examiner and the Korea JoongAng Daily, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Citigroup alone dropped 22 percent, to $6.40.", [("Citigroup", "down", -22.0, 6.4)]),
    ("The S&P 600, made up of small-cap firms, fell 5 percent.", [("S&P SmallCap 600", "down", -5.0, None)]),
    ("The Nasdaq 100, composed of the largest non-financial firms, fell 3 percent.", [("Nasdaq 100", "down", -3.0, None)]),
    ("Bayer, a drugs and crop science group, topped the list of risers, up by 2.1 percent.",
     [("Bayer", "up", 2.1, None)]),
    ("Chevron was the lone Dow stock to advance on the day, eeking out a 0.3 percent gain.",
     [("Chevron Corporation", "up", 0.3, None)]),
    ("The Nikkei eked out a 0.2% gain.", [("Nikkei 225", "up", 0.2, None)]),
    ("The Dow Jones industrials held a gain of 1.6% while the Nasdaq rose 2.2%.",
     [("Dow Jones Industrial Average", "up", 1.6, None), ("Nasdaq Composite", "up", 2.2, None)]),
    ("The Shanghai Composite index closed largely unchanged at 3,087.60.",
     [("Shanghai Composite Index", "flat", 0.0, 3087.6)]),
    ("Miners firmed after Antofagasta posted a 19% rise in first-quarter earnings.",
     [("Metals and mining", "up", None, None)]),
    ("Rio Tinto posted a 12% rise in its full-year net profit.", []),
    # (a stake someone holds is no gain)
    ("The fund held a 5% stake in Rio Tinto.", []),
    # MT Newswires' codes: "(0669:HK)"
    ("Leading the gainers were casino operator Galaxy Entertainment (0027:HK), up 2.6%, followed by Sunny Optical "
     "(2382:HK), up 1.3%.",
     [("Galaxy Entertainment Group", "up", 2.6, None), ("Sunny Optical Technology (Group)", "up", 1.3, None)]),
    # Benzinga's two codes after a name
    ("Alibaba Group Holding Ltd. BABA BABAF jumped 3.9% to HKD 118.20.", [("Alibaba Group Holding", "up", 3.9, 118.2)]),
    # a unit glued to its figure
    ("Nifty Bank rose 210points or 0.45 per cent at 46,900.10.", [("Nifty Bank", "up", 0.45, 46900.1)]),
    # the Nifty's mid- and small-cap indices as the wires write them, and the exchange standing for Cyprus' index
    ("Nifty's Midcap100, and Smallcap100 indices fell by 1.4 per cent and 1.7 per cent, respectively.",
     [("Nifty Midcap 100", "down", -1.4, None), ("Nifty Smallcap 100", "down", -1.7, None)]),
    ("The Cyprus Stock Exchange rose 0.4%.", [("Cyprus Stock Exchange General Index", "up", 0.4, None)]),
    # an extreme hedged by "up to" gives way to the close, as "as much as" does
    ("Chinese shares slid more than four percent. On Monday, the Shanghai Composite Index lost up to 4.9 percent in "
     "afternoon trading, ending 4.6 percent lower.", [("Shanghai Composite Index", "down", -4.6, None)]),
    ("Tencent rose up to 4% before closing 1.2% higher.", [("Tencent Holdings", "up", 1.2, None)]),
    # the object of an outdoing verb before a day word, then the subject's participle
    ("The ISEQ outperformed European markets yesterday, climbing more than 2.5 per cent to 2,245.3.",
     [("ISEQ Overall Index", "up", 2.5, 2245.3)]),
    ("The Abu Dhabi index mirrored Dubai on Monday, closing up 0.4%.", [("FTSE ADX General Index", "up", 0.4, None)]),
    # a company's kind between its name and its bracketed figure in a list
    ("Other losers included Motor Oil (down 1.9%), Jumbo (2.2%) and OTE telecom (0.8%).",
     [("Motor Oil", "down", -1.9, None), ("Jumbo", "down", -2.2, None), ("OTE", "down", -0.8, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2022-03-15")[0] == expected


def test_an_opening_participle_is_no_company():
    facts = facts_of("Markets\n\nLooking at investor trends, foreign investors alone sold about 0.9 trillion won worth "
                     "of shares on the main bourse.", published="2020-11-30")
    assert [(a.investor.name, a.action.value, a.target) for a in facts.investor_actions] == [
        ("Foreign investors", "sold", None)]
