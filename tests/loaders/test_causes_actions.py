"""Causes and investor actions: tables of genre sentences -> facts."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

# sentence, [(effect id, cause text, cue, driver id or None)]
CAUSES = [
    ("Tesla shares climbed 6% after the carmaker posted record quarterly deliveries.",
     [("tkr-tsla", "the carmaker posted record quarterly deliveries", "after", None)]),
    ("Hong Kong stocks slid on Thursday, with the Hang Seng down 1.3% at 21,480 points amid worries over US tariffs.",
     [("idx-hsi", "worries over US tariffs", "amid", "drv-us-tariffs")]),
    ("The Nasdaq Composite slid 2.1% as Nvidia tumbled 5% after the chipmaker's earnings disappointed investors.",
     [("idx-ixic", "Nvidia tumbled 5%", "as", "tkr-nvda"),
      ("tkr-nvda", "the chipmaker's earnings disappointed investors", "after", "drv-earnings")]),
    ("Gold miners like Zijin Mining (+4.2%) and Zhaojin Mining (+3.9%) rallied as Fed Governor Waller backed a rate cut.",
     [(e, "Fed Governor Waller backed a rate cut", "as", "drv-fed-rate-cut")
      for e in ("hkex-2899", "hkex-1818", "sector-metals_mining")]),
    ("Buoyed by hopes of fresh stimulus from Beijing, the Hang Seng Index rose 2.1%.",
     [("idx-hsi", "hopes of fresh stimulus from Beijing", "buoyed by", "drv-china-stimulus")]),
    ("Alibaba fell 3.2% and JD.com dropped 2.5%.\nWeighed by a sector-wide selloff, investors turned cautious.",
     [("hkex-9988", "a sector-wide selloff", "weighed by", None), ("hkex-9618", "a sector-wide selloff", "weighed by", None)]),
    ("Japanese shares eased on Tuesday as a firmer yen pressured exporters.",
     [("idx-n225", "a firmer yen pressured exporters", "as", None)]),
    # (the clause after the movers is a cause of its own, its cue "as")
    ("Hong Kong stocks closed lower on Wednesday, dragged by technology shares as investors locked in profits.",
     [("idx-hsi", "technology shares", "dragged by", "sector-technology"),
      ("idx-hsi", "investors locked in profits", "as", None)]),
    ("Property stocks rallied, with Longfor Group up 6% and China Overseas Land & Investment up 4.5%, "
     "after Beijing eased home purchase rules.",
     [(e, "Beijing eased home purchase rules", "after", None) for e in ("sector-property", "hkex-0960", "hkex-0688")]),
    ("The internet sector declined, with Tencent falling by 1.77% and Baidu plummeting by 5.79% on weak ad data.",
     [("hkex-9888", "weak ad data", "on", None)]),
    ("Kuaishou surged 7.1% and NetEase climbed 5.9%. The rally followed a report that Beijing will ease game approvals.",
     [("hkex-1024", "a report that Beijing will ease game approvals", "followed", None),
      ("hkex-9999", "a report that Beijing will ease game approvals", "followed", None)]),
]
NOT_CAUSES = [
    "The Hang Seng Index rose 1.2% on Tuesday.",
    "Tencent rose 2% as well as Meituan, which added 1%.",
    "The Nikkei fell 1% on the day, erasing the losses spurred by the tariff threat.",
]


@pytest.mark.parametrize(("sentence", "expected"), CAUSES, ids=[s[:40] for s, _ in CAUSES])
def test_causes_table(sentence, expected):
    causes = facts_of(sentence).causes
    got = {(c.effect.id, c.cause, c.cue) for c in causes}
    assert got == {(e, text, cue) for e, text, cue, _ in expected}
    drivers = {(c.effect.id, c.driver.id) for c in causes}
    for effect, _, _, driver in expected:
        if driver:
            assert (effect, driver) in drivers


@pytest.mark.parametrize("sentence", NOT_CAUSES, ids=[s[:40] for s in NOT_CAUSES])
def test_no_cause_without_a_cue_on_the_move(sentence):
    assert facts_of(sentence).causes == ()


# sentence, [(investor id, action, target id or None, amount, price, stake)]
ACTIONS = [
    ("Xiaomi founder and CEO Lei Jun purchased 2.6 million shares at an average price of HKD 38.58, "
     "boosting his stake to 23.26%.",
     [("inv-lei-jun", "bought", "hkex-1810", "2.6 million shares", 38.58, 23.26)]),
    ("BlackRock raised its stake in Tencent to 5.02%, according to HKEX filings.",
     [("inv-blackrock", "raised_stake", "hkex-0700", None, None, 5.02)]),
    ("Goldman Sachs upgraded Alibaba to buy from neutral.",
     [("inv-goldman-sachs", "upgraded", "hkex-9988", None, None, None)]),
    ("Li Auto fell 3% after Jefferies downgraded the stock to hold.",
     [("inv-jefferies", "downgraded", "hkex-2015", None, None, None)]),
    ("Northbound investors sold a net 5.2 billion yuan of mainland shares.",
     [("inv-northbound", "net_outflow", None, "5.2 billion yuan", None, None)]),
    ("Southbound funds recorded net inflows of HK$8.57 billion on Tuesday.",
     [("inv-southbound", "net_inflow", None, "HK$8.57 billion", None, None)]),
    ("Bilibili rose 5.2% after Norway's central bank increased its holding by 900,000 shares.",
     [("inv-norges-bank", "raised_stake", "hkex-9626", "900,000 shares", None, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ACTIONS, ids=[s[:40] for s, _ in ACTIONS])
def test_actions_table(sentence, expected):
    got = [(a.investor.id, a.action.value, a.target.id if a.target else None, a.amount, a.price, a.stake_pct)
           for a in facts_of(sentence).investor_actions]
    assert got == expected


def test_rating_change_keeps_from_and_to():
    (action,) = facts_of('Baidu rose 4.19% after JPMorgan upgraded the stock from "neutral" to "overweight."').investor_actions
    assert (action.rating_from, action.rating_to) == ("neutral", "overweight")


def test_headline_and_body_state_one_action():
    text = "**Baidu Upgraded by JPMorgan** Baidu rose 4.19% after JPMorgan upgraded the stock to overweight."
    (action,) = facts_of(text).investor_actions
    assert action.target.id == "hkex-9888" and len(action.evidence) == 2
