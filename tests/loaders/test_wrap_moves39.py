"""Moves four new blind sets (231st-234th: Chinese, Japanese, Korean, Taiwanese, US movers' and South Asian wraps)
showed missed or misdated: Benzinga's code printed bare after a name's corporate tail ("Valhi, Inc. VHI up 5
percent", "Akorn, Inc. AKRX shares dropped 55 percent"), CNBC's "the company might name a CEO during its earnings
release on Wednesday" taken for the story's session, PTI's "Oil shares reeled under selling pressure" and a
headline's plural present "Sensex, Nifty end with gains".

Sentences were written for these tests in the styles of Benzinga, CNBC, PTI and CNBC-TV18, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2020-10-16") -> list[tuple[str, str, float | None, str | None]]:
    facts = facts_of(text, published=published)
    return [(m.entity.name, m.direction, m.change_pct, m.date) for m in facts.moves]


def test_a_code_printed_bare_after_a_corporate_tail():
    assert _moves("Top gainers in the sector included Valhi, Inc. VHI up 5 percent, and MAG Silver Corp. MAG up 5 "
                  "percent.") == [("Valhi, Inc.", "up", 5.0, "2020-10-16"), ("MAG Silver Corp.", "up", 5.0, "2020-10-16")]
    assert _moves("Akorn, Inc. AKRX shares dropped 55 percent to $5.79.") == [("Akorn, Inc.", "down", -55.0, "2020-10-16")]


def test_a_title_after_a_corporate_tail_is_no_code():
    # (a guard)
    assert _moves("Apple Inc. CEO Tim Cook said sales rose 5% in the quarter.") == []


def test_a_day_to_come_is_no_session():
    text = ("Stocks making the biggest moves at midday\n\nWidgetCo - Shares of WidgetCo jumped 7.6% after an upgrade. "
            "The broker also said the company might name a \"well-regarded and highly experienced\" CEO during its "
            "earnings release on Wednesday.\n\nGadget Corp - Shares of Gadget Corp fell 2.1%.")
    assert [(name, day) for name, _, _, day in _moves(text, published="2019-09-30")] == [
        ("WidgetCo", "2019-09-30"), ("Gadget Corp", "2019-09-30")]


def test_reeled_under_selling_pressure():
    facts = facts_of("Financial shares ended lower on account of profit booking whereas oil shares reeled under "
                     "selling pressure after the government raised the excise duty on petrol and diesel to boost "
                     "revenues and contain budget borrowing.", published="2014-11-13")
    assert [(m.entity.name, m.direction) for m in facts.moves] == [("Financials", "down"), ("Energy", "down")]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Financials", "profit booking"),
        ("Energy", "the government raised the excise duty on petrol and diesel to boost revenues and contain budget "
                   "borrowing")]


def test_a_headlines_plural_present():
    facts = facts_of("Closing Bell: Sensex, Nifty end with gains led by HDFC twins, Reliance Industries\n\nMarkets "
                     "were busy on Monday.", published="2024-03-18")
    assert [(m.entity.name, m.direction) for m in facts.moves] == [("BSE Sensex", "up"), ("Nifty 50", "up")]
    assert {(c.effect.name, c.cause) for c in facts.causes} == {
        ("BSE Sensex", "HDFC twins"), ("Nifty 50", "HDFC twins"), ("BSE Sensex", "Reliance Industries"),
        ("Nifty 50", "Reliance Industries")}
