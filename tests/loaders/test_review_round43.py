"""What a review of this round's rules found them reading wrong, each class fixed (the reviewer's own
look-alike sentences, written for the review; not copied): a table's side outliving its table, two-sided
or prose headings, "All Shares index" of another market, a dateline's capitals read as a name, a ranking
of a longer span, a description before "analyst", a target price of another broker or company, a
company's "cut X to sell", a list that is no list of brokers, "buy-side", a holdings list, and a cause that
is the reason for a note rather than the note. Plus stakes sold to the buyer of a stake."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str) -> list[str]:
    f = facts_of(text, published="2024-05-15")
    return sorted([f"move {m.entity.name} {m.change_pct}" for m in f.moves]
                  + [f"cause {c.effect.name} <- {c.cause}" for c in f.causes]
                  + [f"action {a.investor.name} {a.action.value} {a.target.name if a.target else None}"
                     for a in f.investor_actions])


@pytest.mark.parametrize(("text", "expected"), [
    # a table ends at the next heading or sentence that is no row
    ("LONDON (Sharecast) - FTSE 100 - Fallers\n\nBT (BT.A) 120.50p -1.20%\n\nHighest dividend yields\n\n"
     "Legal & General (LGEN) 240.10p 8.10%", ["move BT Group -1.2"]),
    ("FTSE 100 - Fallers\n\nBT (BT.A) 120.50p 1.20%\n\nThe index closed higher.\n\nShell (SHEL) 2,700.00p 1.10%",
     ["move BT Group -1.2"]),
    # prose and two-sided headings tell no side
    ("Banks led the gainers\n\nBarclays (BARC) 210.50p 0.90%", []),
    ("Top gainers and losers\n\nWipro (WIPRO) 480.00 2.10%", []),
    # (a guard: a dateline with its wire is a heading's part, not a word too many)
    ("LONDON (Sharecast) - FTSE 100 - Risers\n\nWhitbread (WTB) 2,951.00p 4.20%",
     ["move Whitbread 4.2"]),
])
def test_the_rows_of_a_table(text, expected):
    assert [f for f in _facts(text) if f.startswith("move") and not f.endswith(" None")] == expected


@pytest.mark.parametrize("text", [
    "COLOMBO (Reuters) - Sri Lanka's All Shares index rose 0.6 percent on Tuesday.",
    "DHAKA (Xinhua) -- The Dhaka Stock Exchange's All Shares index gained 0.7 percent.",
])
def test_another_markets_all_shares_index_is_not_the_philippines(text):
    assert not any("PSE All Shares" in f for f in _facts(text))


@pytest.mark.parametrize(("text", "name"), [
    ("PARIS (Reuters) - Shares in France's Renault slumped 6% on Friday.", "Renault"),
    ("SEOUL (Reuters) - Shares in South Korea's Samsung Electronics rose 1.9%.", "Samsung Electronics"),
    ("FRANKFURT (Reuters) - Shares in Germany's Metro rose 3.2%.", "Metro"),
])
def test_a_datelines_capitals_are_no_name(text, name):
    assert [f.rsplit(" ", 1)[0] for f in _facts(text) if f.startswith("move")] == [f"move {name}"]


def test_a_ranking_of_a_longer_span_is_no_session_move():
    assert _facts("NEW YORK (Reuters) - The best-performing stock this year was Nvidia, rising 240 percent.") == []


@pytest.mark.parametrize(("text", "investor"), [
    ("Independent analyst John Smith downgraded Boeing to sell.", "John Smith"),
    ("NEW YORK (Reuters) - Veteran analyst Gene Munster upgraded Apple to buy.", "Gene Munster"),
    ("RIYADH (Reuters) - Aramco analyst Ahmed Khalid of Al Rajhi Capital downgraded Saudi Aramco to neutral.",
     "Ahmed Khalid of Al Rajhi Capital"),
])
def test_a_description_before_analyst_is_no_firm(text, investor):
    facts = _facts(text)
    assert len(facts) == 1 and facts[0].startswith(f"action {investor} ")


@pytest.mark.parametrize("text", [
    "NEW YORK (Reuters) - Nomura upgraded Toyota Motor to buy and analysts at Daiwa also raised their price targets.",
    "LONDON (Reuters) - Jefferies upgraded Ocado to buy, and also raised its price target on rival Tesco.",
    "NEW YORK (Reuters) - Morgan Stanley downgraded Tesla to equal weight, while others also raised their price "
    "targets.",
])
def test_another_target_price_is_not_the_raters(text):
    assert not any(" other " in f for f in _facts(text))


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Vodafone lowered Vantage Towers to hold status in its portfolio.",
    "LONDON (Reuters) - BP cut Shell to sell in its list of peers, a memo showed.",
    "NEW YORK (Reuters) - The White House raised Nvidia to buy American status.",
    "MUMBAI: Zomato rose after an upgrade to buy-side interest from Jefferies clients.",
    "NEW YORK (Reuters) - Vanguard added Tesla to its top holdings list after the rally.",
])
def test_no_rating_in_these(text):
    assert not any(f.startswith("action") for f in _facts(text))


def test_a_list_before_an_opening_clauses_comma_is_no_list_of_brokers():
    assert [f for f in _facts("NEW YORK (Reuters) - Following results from Nvidia, AMD and Broadcom, Jefferies cut "
                              "its rating on Intel.") if f.startswith("action")] == [
        "action Jefferies downgraded Intel Corporation"]


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Shell fell 1%.\n\nAfter the rating agency's report on the sector, Jefferies cut Shell to hold.",
    "LONDON (Reuters) - Unilever fell 2%.\n\nJPMorgan downgraded Unilever to neutral as it raised its rating on Reckitt.",
    "LONDON (Reuters) - Ocado fell 4%.\n\nJefferies downgraded Ocado to hold after the company's credit rating was "
    "cut by S&P.",
    "NEW YORK (Reuters) - Tesla fell 3%.\n\nBarclays downgraded Tesla to underweight.\n\nThe carmaker's bonds "
    "rallied after Moody's upgraded its rating.",
    "LONDON (Reuters) - Shell fell 1% on Monday.\n\nOn Tuesday, Jefferies upgraded Shell to buy after the company's "
    "target for buybacks was raised.",
])
def test_the_reason_for_a_note_is_no_cause_of_the_move(text):
    assert not any(f.startswith("cause") for f in _facts(text))


def test_the_seller_of_a_stake():
    # Business Standard: "BCIPL bought 88.78 lakh shares, amounting to 4.45% stake, of Hero MotoCorp from Brij
    # Mohan Lall Om Prakash (BMOP)"
    text = "Acme Holdings bought 9 lakh shares, amounting to 2.1% stake, of Vardhman Polymers from Zenith Traders (ZT)."
    assert "action Zenith Traders cut_stake Vardhman Polymers" in _facts(text)
    # (no seller in a price range)
    assert not any("cut_stake" in f for f in _facts("Jane Roe bought 5,000 shares of Apple from Rs 100 to 120."))


def test_the_investor_before_a_description_set_off_by_commas():
    # "Bahadur Chand Investments (BCIPL), one of the promoters of Hero MotoCorp, raised its holding in the
    # two-wheeler major"; "Ping An, the biggest shareholder in HSBC, boosted its stake"
    assert _facts("Acme Investments (AIL), one of the promoters of Hero MotoCorp, raised its holding in the "
                  "two-wheeler major by picking up a 2% stake.") == ["action Acme Investments raised_stake Hero MotoCorp"]
    assert [f.split(" raised_stake")[0] for f in _facts("Ping An, the biggest shareholder in HSBC, boosted its stake "
                                                         "in the British lender.")] == [
        "action Ping An Insurance (Group) Company of China"]


def test_the_seller_of_a_stake_deal():
    # Business Standard: "Rakesh Jhunjhunwala bought a 1.96% stake in MCX from its promoter Financial Technologies"
    facts = _facts("Acme Capital bought a 2.5% stake in Vardhman Polymers from its promoter Zenith Traders in a block "
                   "deal.")
    assert facts == ["action Acme Capital raised_stake Vardhman Polymers",
                     "action Zenith Traders cut_stake Vardhman Polymers"]
    assert _facts("Elliott bought a 5% stake in Hyundai Motor from January.") == [
        "action Elliott raised_stake Hyundai Motor"]
