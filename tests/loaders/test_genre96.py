"""The wordings the 617th-624th blind sets' round left, and the 625th-632nd sets' first read: an economy's trade
opening a sentence (no company, no cause), a bare sector word that names the trade, Colombo's "All Share Price Index"
after its exchange's possessive, a wire's dateline as the story's market, a roundup's place label before a spaced
dash, a market aggregate's places listed with their figures in brackets after "including", a quote line's signed
points (no level), "ended trade", a weekday's bracketed date, more exchanges' letters before a code, a with-clause's
price change restated as a percent, and Nairobi's NSE 25.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, facts_of, moves_and_causes


def _read(text: str) -> tuple[list[tuple], set[tuple]]:
    return moves_and_causes(text, published="2019-05-14")


@pytest.mark.parametrize("text, expected", [
    # an economy's trade alone at a sentence's start is no company: no move and no cause of its own
    ("Tourism saw a sharp drop after the bombings in the capital.", ([], set())),
    ("Construction fell sharply after the rate rise.", ([], set())),
    # ... but a name that opens with the word is a company's
    ("Tourism Holdings fell 3% after the downgrade.",
     ([("Tourism Holdings", "down", -3.0, None)], {("Tourism Holdings", "the downgrade")})),
    # ... and so is a list's first sector
    ("Tourism, Industrial Services and Real Estate sectors were the worst performers, shedding 7.1 percent, "
     "6.2 percent and 5.3 percent respectively.",
     ([("Tourism", "down", -7.1, None), ("Industrial Services", "down", -6.2, None),
       ("Real Estate", "down", -5.3, None)], set())),
    # a sector's bare singular word names the trade; the plural of its companies names their stocks
    ("Property saw a sharp drop after the ruling.", ([], set())),
    ("Banks saw a sharp drop after the ruling.", ([("Banks", "down", None, None)], {("Banks", "the ruling")})),
])
def test_a_trade_is_no_stock(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Colombo's index named in full after its exchange's possessive, with or without its short form
    ("The Colombo Stock Exchange's All Share Price Index advanced 0.5 percent to 6,210.4.",
     [("Colombo All Share Price Index", "up", 0.5, 6210.4)]),
    ("The Colombo Stock Exchange's All Share Price Index (ASPI) lost 0.7 percent to 6,180.9.",
     [("Colombo All Share Price Index", "down", -0.7, 6180.9)]),
    # a wire's dateline names the story's market, whose benchmark "the index" is
    ("COLOMBO, May 14 (Reuters) - The All Share Price Index advanced 0.5 percent to 6,210.4.",
     [("Colombo All Share Price Index", "up", 0.5, 6210.4)]),
    ("KARACHI, May 14 (Reuters) - The index rose 0.8 percent to 41,302 as stocks gained.",
     [("KSE-100", "up", 0.8, 41302.0)]),
    # ... and the market a sentence names comes before the dateline's place
    ("LONDON, May 14 (Reuters) - Japan's Nikkei rose 0.5 percent.", [("Nikkei 225", "up", 0.5, None)]),
    # "all share prices" is no index
    ("Kestrel said all share prices rose 2%.", []),
    # a roundup's place label before a spaced dash (a hyphen glued to the place is its modifier)
    ("Qatar - The index fell 0.4 percent to 10,212.5 points.", [("QE Index", "down", -0.4, 10212.5)]),
    ("Qatar \u2013 The benchmark index eased 0.2 percent.", [("QE Index", "down", -0.2, None)]),
    ("Hong Kong-listed shares of Kestrel fell 2%.", [("Kestrel", "down", -2.0, None)]),
    # an aggregate's places listed after "including", each with its figure in brackets
    ("Asian markets fell, including Tokyo (1.2%) and Seoul (0.8%).",
     [("Nikkei 225", "down", -1.2, None), ("KOSPI", "down", -0.8, None)]),
    ("Exports fell, including Japan (1.2%) and Korea (0.8%).", []),
])
def test_the_last_rounds_wordings(text, expected):
    assert _read(text)[0] == expected


def test_a_dateline_gives_the_story_its_market():
    facts = facts_of("Stocks close higher\n\nCOLOMBO, May 14 (Reuters) - The index rose 0.5 percent to 6,210.4.",
                     published="2019-05-14")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Colombo All Share Price Index", 0.5)]


@pytest.mark.parametrize("text, expected", [
    # a quote line's signed points between the name and its percent are no level
    ("S&P 500, -48.31, -3.94%", [("S&P 500", "down", -3.94, None)]),
    ("Nasdaq, 2,357.69, -4.12%", [("Nasdaq Composite", "down", -4.12, 2357.69)]),
    ("Dow Jones: 21,305.20; +118.35; +0.58%", [("Dow Jones Industrial Average", "up", 0.58, 21305.2)]),
])
def test_signed_points_are_no_close(text, expected):
    assert _read(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # "ended trade" names the session as "ended trading" does
    ("Kestrel ended trade up 2.1% at 310 yen.", [("Kestrel", "up", 2.1, 310.0)]),
    ("Kestrel closed the day's trade 1.2% lower.", [("Kestrel", "down", -1.2, None)]),
    ("The Sensex ended the last trade session unchanged.", [("BSE Sensex", "flat", 0.0, None)]),
    # a weekday's date in brackets between the subject and its verb
    ("The Sensex on Monday (May 13, 2019) slid by 1,029 points, or 2.53 per cent, to 37,100.",
     [("BSE Sensex", "down", -2.53, 37100.0)]),
    # Investing.com's code after Euronext Lisbon's and B3's letters (the code lost, the exchange kept)
    ("Leading the gains on the PSI was Kestrel SGPS SA (ELI:KST), which added 2.31% or 0.52 points to end at 21.40.",
     [("Kestrel SGPS SA", "up", 2.31, 21.4)]),
    ("The preferred shares of Kestrel (BVMF:) gained 4.34%.", [("Kestrel", "up", 4.34, None)]),
    # ... a Lisbon code is no US company's code
    ("Kestrel SGPS SA (ELI: KSTL ) lost 3.1% to close at 4.80 and Osprey SGPS (ELI: SEM ) eased 1.8% to 12.30.",
     [("Kestrel SGPS SA", "down", -3.1, 4.8), ("Osprey SGPS", "down", -1.8, 12.3)]),
    # a with-clause's price change restated as a percent
    ("Kestrel topped the local list, with its shares climbing $1.15, or about 2 percent, to close at $58.20.",
     [("Kestrel", "up", 2.0, 58.2)]),
    # Nairobi's NSE 25 is an index of its own
    ("The NSE 20 Share Index slipped 0.3 percent and the NSE 25 share index eased 0.5 percent.",
     [("NSE 20 Share Index", "down", -0.3, None), ("NSE 25 Share Index", "down", -0.5, None)]),
])
def test_the_batchs_first_read(text, expected):
    assert _read(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # AP's opening "On Wall Street," names the market of the bare "stocks" after it, as "In Tokyo," does
    ("On Wall Street, stocks slid 1.2% as oil prices jumped.",
     ([("Wall Street", "down", -1.2, None), ("Crude oil", "up", None, None)], {("Wall Street", "oil prices jumped")})),
    ("On Wall Street, shares of Kestrel rose 2%.", ([("Kestrel", "up", 2.0, None)], set())),
    ("On Friday, stocks fell 1.2%.", ([], set())),
    # a run that is a side in itself, broken: "snapped a four-day skid" is a rise
    ("Japanese stocks snapped a four-day skid on Monday as the yen softened.",
     ([("Nikkei 225", "up", None, None), ("Japanese yen", "down", None, None)], {("Nikkei 225", "the yen softened")})),
    ("The Hang Seng snapped a two-day slide, rising 1.1%.", ([("Hang Seng Index", "up", 1.1, None)], set())),
    # a trend that goes on is a figure-less move (not an economy's)
    ("Dhaka stocks continued their upward trend on Monday, backed by gains in banks.",
     ([("DSEX", "up", None, None)], {("DSEX", "gains in banks")})),
    ("Inflation continued its upward trend in May.", ([], set())),
    # an aside of record between a points figure and "to end the day down N per cent"
    ("The FTSE 100 dropped by 201.3 points - its steepest fall in a year - to end the day down 3.1 per cent.",
     ([("FTSE 100", "down", -3.1, None)], set())),
    ("The FTSE 100 dropped by 201.3 points, its steepest fall in a year, to end the day down 3.1 per cent.",
     ([("FTSE 100", "down", -3.1, None)], set())),
    # copies that lose the ampersand or space it out; the big Chinese bank without "of China"
    ("The SP/ASX 200 closed 0.9 per cent higher.", ([("S&P/ASX 200", "up", 0.9, None)], set())),
    ("Australia's S & P/ASX200 rose 0.7%.", ([("S&P/ASX 200", "up", 0.7, None)], set())),
    ("The SP/NZX 50 slipped 0.2 percent.", ([("S&P/NZX 50", "down", -0.2, None)], set())),
    ("Among the actives, Industrial and Commercial Bank soared 2.4 percent.",
     ([("Industrial and Commercial Bank of China", "up", 2.4, None)], set())),
])
def test_the_batchs_second_read(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # MarketBeat's wordings of a broker's call: a target "price objective" cut by a firm's analysts, a rating moved
    # between two grades on "shares of" the company, "decreased their price objective on"
    ("Kestrel Mining (TSE:KST) had its price objective trimmed by equities researchers at Osprey Securities from "
     "C$15.50 to C$13.25 in a note issued on Monday.", [("Osprey Securities", "other", "Kestrel Mining")]),
    ("Kestrel Mining had its price target raised by research analysts at Heron Capital from $40.00 to $45.00.",
     [("Heron Capital", "other", "Kestrel Mining")]),
    ("Kestrel Growth (TSE:KST) had its price target cut by Osprey Securities from C$15.50 to C$13.25.",
     [("Osprey Securities", "other", "Kestrel Growth")]),
    ("Heron Capital lowered shares of Kestrel Mining from an \u201caccumulate\u201d rating to a \u201creduce\u201d "
     "rating on Wednesday.", [("Heron Capital", "downgraded", "Kestrel Mining")]),
    ("Heron Capital decreased their price objective on Kestrel Mining from C$15.50 to C$12.75 in a note on Monday.",
     [("Heron Capital", "other", "Kestrel Mining")]),
    # not an analyst's name after "by", nor a company's own shares
    ("Microsoft had its price target cut by Dan Ives to $300.", []),
    ("Kestrel lowered shares of its debt from a junk rating.", []),
])
def test_a_brokers_call_in_marketbeats_words(text, expected):
    assert actions_of(text, published="2019-05-14") == expected


def test_a_later_notes_label_is_no_company():
    """"UPDATE:" before a later note names no company: the stock is the story's."""
    facts = facts_of("Markets\n\nKestrel Media slumped 9% after hours on weak subscriber growth.\n"
                     "UPDATE: On Thursday, the stock opened down 21%.", published="2019-05-14")
    assert "UPDATE" not in {m.entity.name for m in facts.moves}
    assert [(m.entity.name, m.change_pct) for m in facts.moves][:1] == [("Kestrel Media", -9.0)]
