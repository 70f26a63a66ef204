"""A broker's rating or target price on a company the sentence describes ("the exchange operator",
"the Swedish copper and zinc miner", "the shares"), in the passive ("had its price estimate cut
... by"), or named after a description ("an upgrade from investment firm Bernstein"); a company
filed under a broad sector fits a narrower description ("the retailer" for a consumer company);
a distance from a record after "closed down" is no move.

Sentences written for these tests in the styles of Bloomberg, Reuters, CNBC and the BBC (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of("Stocks close\n\n" + text + "\n")
    return [(a.investor.name, a.action.value, a.target.name if a.target else None) for a in facts.investor_actions]


@pytest.mark.parametrize(("text", "expected"), [
    # Bloomberg's "price estimate" is a target price
    ("Novo Nordisk A/S rose 1.5 percent after Jyske Bank A/S lifted its price estimate for the shares to 680 "
     "kroner.", [("Jyske Bank A/S", "other", "Novo Nordisk A/S")]),
    # a description no company named so far fits by sector: the one company that moved just before
    ("Boliden AB slid 3 percent. Exane BNP Paribas cut its recommendation on the Swedish copper and zinc miner "
     "to underperform from neutral.", [("Exane BNP Paribas", "downgraded", "Boliden AB")]),
    # "operator" is a company word, as "maker" is
    ("Hong Kong Exchanges and Clearing rose 2 percent. Morgan Stanley raised its target price on the exchange "
     "operator to HK$300.", [("Morgan Stanley", "other", "Hong Kong Exchanges and Clearing")]),
    # a description between "from" and the broker
    ("Apple climbed 2.4% on the heels of a bullish upgrade from investment firm Bernstein.",
     [("Bernstein", "upgraded", "Apple Inc")]),
    # passive target prices: the broker after "by"
    ("Dendreon Corp. fell 4 percent. The drugmaker had its price estimate cut to $15 from $21 by Robert W. Baird "
     "& Co.", [("Robert W. Baird", "other", "Dendreon Corp.")]),
    ("Burberry shares rose 3.1% after a target price for the stock was raised by Exane BNP.",
     [("Exane BNP Paribas", "other", "Burberry")]),
    # a definite phrase is no market of its own: the company that moved just before
    ("Carlsberg fell 2 percent. Danske Bank cut its price estimate for the shares in Denmark's biggest brewer to "
     "800 kroner.", [("Danske Bank", "other", "Carlsberg")]),
])
def test_broker_actions_on_described_companies(text, expected):
    assert _actions(text) == expected


def test_a_flow_has_no_target_before_its_investor():
    # (the exchange named before the investors is where the figures come from, not what they bought)
    got = _actions("PSE data showed 1.4 billion shares changing hands while foreigners were net buyers of "
                   "P185 million.")
    assert got == [("Foreign investors", "net_inflow", None)]


@pytest.mark.parametrize("text", [
    "Tesco had a bad day on the market. The retailer fell 2.1% after a profit warning.",
    "Tesco had a bad day on the market. The retailer's shares fell 2.1% after a profit warning.",
])
def test_a_broad_sectors_company_fits_a_narrow_description(text):
    facts = facts_of("Stocks close\n\n" + text + "\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Tesco", -2.1)]
    # the sector word inside the description moved with it: no cause of a "Retail" move nobody stated
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Tesco", "a profit warning")]


@pytest.mark.parametrize("text", [
    "The S&P 500 closed down more than 7 percent from a record set last month.",
    "The S&P 500 also closed down more than 7 percent from an all-time high set last month.",
])
def test_a_close_measured_from_a_record_is_no_move(text):
    assert facts_of("Stocks close\n\n" + text + "\n").moves == ()


def test_a_close_from_the_day_before_is_a_move():
    # (a guard: the rule above reads peaks and troughs only)
    facts = facts_of("Stocks close\n\nThe Nasdaq closed up 2 percent from Friday's close.\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Nasdaq Composite", 2.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # the company a broad sector and a narrow one both fit: the narrow one's (Nvidia the chipmaker, not Sony)
    ("Nvidia jumped 4% while Sony rose 1%. Morgan Stanley raised its target price on the chipmaker.",
     [("Morgan Stanley", "other", "Nvidia Corporation")]),
    # a company named inside the object is the target, not the sentence's mover
    ("Samsung Electronics rose 2% after Citi raised its target price on the memory chipmaker SK Hynix.",
     [("Citigroup", "other", "SK Hynix")]),
    ("Alibaba rose 3%. JPMorgan raised its rating on the Hong Kong shares of Tencent.",
     [("JPMorgan", "upgraded", "Tencent Holdings")]),
    # objects that name no company: no action, and no market named "the index"
    ("Apple rose 1%. Goldman Sachs raised its target price on the index.", []),
    # a description that does not fit the mover before it
    ("Tesco rose 2%. Jefferies raised its target price on the carmaker.", []),
    # a forecast of a commodity is no target price
    ("Oil majors fell after Goldman Sachs cut its price estimate for Brent crude to $70.", []),
    # the passive's company before "had its"; an analyst named after "by" is no broker
    ("Apple fell 2% as Microsoft had its price target cut by Goldman Sachs to $450.",
     [("Goldman Sachs", "other", "Microsoft Corporation")]),
    ("Tesla fell 2% after its price target was lowered by Dan Ives.", []),
    # two companies moved before: a target price "for the stock" names neither
    ("National Grid fell 5.3% and WPP dropped 2.1%. The retailer's shares rose after a target price for the stock "
     "was raised by Exane BNP.", []),
])
def test_broker_actions_keep_to_the_company_named(text, expected):
    assert _actions(text) == expected


def test_two_companies_a_broad_sector_fits_name_neither():
    # Tesco and Unilever are both filed under consumer: "the retailer" could be either
    facts = facts_of("Stocks close\n\nTesco fell 2% and Unilever rose 1%. The retailer's shares have lost 10% this "
                     "year.\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Tesco", -2.0), ("Unilever", 1.0)]


@pytest.mark.parametrize(("text", "pct"), [
    ("The Nikkei rebounded 1.2% from a three-month low.", 1.2),
    ("The Kospi closed up 1.5% from a multi-month low.", 1.5),
    ("The Nikkei closed down 1.1% from Thursday's record close.", -1.1),
])
def test_a_move_from_a_recent_low_or_the_last_close_is_the_days(text, pct):
    assert [m.change_pct for m in facts_of("Stocks close\n\n" + text + "\n").moves] == [pct]
