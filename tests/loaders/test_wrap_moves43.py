"""Moves, causes and an action the 239th set (Hong Kong wraps) showed missed or misread: XFN's "Zijin Mining rose
0.2 hkd or 1.87 pct to 10.91" (a change in lower-case "hkd"), the SCMP's "HSBC Holdings roared ahead 3.18 per cent"
and its "long-time bear Morgan Stanley double upgraded the stock", a level's appositive taken for the subject of
"leading the Hang Seng gainers", and Reuters' "Indebted China Evergrande Group declined 0.8%".

Sentences were written for these tests in the styles of XFN, the SCMP and Reuters, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2016-12-06")


def test_a_change_in_lower_case_hkd():
    assert [(m.entity.name, m.change_pct, m.close) for m in _facts(
        "Among commodity stocks, Zijin Mining rose 0.2 hkd or 1.87 pct to 10.91 and Lingbao Gold was up 0.29 hkd or "
        "6.12 pct at 5.03.").moves] == [("Zijin Mining Group", 1.87, 10.91), ("Lingbao Gold Group", 6.12, 5.03)]


def test_roared_ahead_with_a_figure():
    facts = _facts("HSBC Holdings roared ahead 3.18 per cent to HK$63.25, its highest level in 52 weeks, leading the "
                   "Hang Seng gainers, after long-time bear Morgan Stanley double upgraded the stock.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("HSBC Holdings", 3.18, 63.25)]
    assert ("Hang Seng Index", "HSBC Holdings roared ahead 3.18 per cent to HK$63.25") in {
        (c.effect.name, c.cause) for c in facts.causes}
    assert [(a.investor.name, a.action, a.target.name) for a in facts.investor_actions] == [
        ("Morgan Stanley", "upgraded", "HSBC Holdings")]


def test_ahead_without_a_figure_is_no_move():
    # (a guard)
    assert not _facts("The developer forged ahead with plans to list its property unit.").moves


def test_a_state_opening_the_sentence_is_no_part_of_the_name():
    assert [(m.entity.name, m.change_pct) for m in _facts("Indebted China Evergrande Group declined 0.8%.").moves] == [
        ("China Evergrande Group", -0.8)]


def test_a_long_relative_clause_between_the_name_and_its_verb():
    # (Bloomberg's style)
    facts = facts_of("US stocks drop\n\nThe Standard & Poor's 500 Index, which surged the most in five years on Tuesday "
                     "after the Fed cut its benchmark interest rate by 75 basis points, lost 32.32 points, or 2.4 "
                     "percent, to 1,298.42.", published="2008-03-19")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves if m.change_pct] == [("S&P 500", -2.4, 1298.42)]


def test_a_list_after_a_fronted_description():
    # (AP's style)
    facts = facts_of("Two Dow components, Verizon Communications and Johnson & Johnson, both fell more than 1% after "
                     "delivering mixed results.", published="2014-01-21")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Verizon Communications", -1.0),
                                                                     ("Johnson & Johnson", -1.0)]
    # (a guard: one name)
    assert [m.entity.name for m in facts_of("Another Dow component, Exxon Mobil, fell 1%.", published="2014-01-21")
            .moves] == ["ExxonMobil"]


def test_a_movers_lists_heading_is_its_items_subject():
    # (CNBC's "Stocks making the biggest moves" style)
    text = ("Stocks making the biggest moves premarket\n\nWidget Holdings \u2014 The pharmaceutical giant climbed 2.6% "
            "after settling lawsuits.\n\nGadget Corp \u2014 Shares of the potato processing giant were up about 1% "
            "ahead of its earnings release.")
    assert [(m.entity.name, m.change_pct) for m in facts_of(text, published="2023-04-05").moves] == [
        ("Widget Holdings", 2.6), ("Gadget Corp", 1.0)]
    # (a guard: a description with no heading before its dash names nothing)
    assert not facts_of("Markets\n\nThe pharmaceutical giant climbed 2.6% after settling lawsuits.",
                        published="2023-04-05").moves
