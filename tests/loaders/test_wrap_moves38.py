"""Moves a helper's probe of 160 sentences of its own showed wrong, and one Korean paper's lead: a sector's move
told by a noun ("led by a 1.9% fall in information technology"), "oil giant Saudi Aramco" read as crude oil, a
week's figure opening its sentence ("For the week, the index gained 2.3 per cent") taken for the day's, "Loblaw
Cos." ending a sentence, and "[Financial News]" opening the lead.

Sentences were written for these tests in the styles of Reuters, the Globe and Mail, Gulf News and the Korean
papers, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2026-03-27") -> list[tuple[str, str, float | None, str | None]]:
    facts = facts_of(text, published=published)
    return [(m.entity.name, m.direction, m.change_pct, m.date) for m in facts.moves]


def test_a_sectors_move_told_by_a_noun():
    assert _moves("Of the 11 S&P 500 sector indexes, nine declined, led by a 1.9% fall in information technology.") \
        == [("Technology", "down", -1.9, "2026-03-27")]
    assert ("Energy", "down", -2.3, "2026-03-27") in _moves("The S&P 500 fell 1%, led by a 2.3 percent drop in energy.")


def test_goods_after_in_are_still_no_sector():
    # (a guard)
    assert _moves("Spending on autos rose 3% in March.") == []


def test_a_commodity_word_naming_a_companys_business():
    moves = _moves("Saudi Arabia's benchmark index fell 0.9 per cent, weighed by a 2.2 per cent drop in oil giant "
                   "Saudi Aramco.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Saudi Aramco", -2.2), ("Tadawul All Share Index", -0.9)]
    # (a guard: the commodity itself)
    assert [name for name, *_ in _moves("Oil major BP fell 2% after oil prices slid 3%.")] == ["BP", "Crude oil"]


def test_a_span_opening_the_sentence_is_no_days_move():
    assert _moves("Canada's S&P/TSX composite index rose 0.44 per cent on Friday. For the week, the index gained 2.3 "
                  "per cent.") == [("S&P/TSX Composite", "up", 0.44, "2026-03-27"),
                                   ("S&P/TSX Composite", "up", 2.3, None)]
    assert _moves("So far this year, Tencent has risen 40%.") == [("Tencent Holdings", "up", 40.0, None)]


def test_a_companys_abbreviation_ends_no_sentence():
    facts = facts_of("Loblaw Cos. Ltd. gained 1.7 per cent after RBC Capital Markets raised its target price on the "
                     "grocer to $225.", published="2026-03-27")
    assert [e.sentence[:16] for e in facts.investor_actions[0].evidence] == ["Loblaw Cos. Ltd."]


def test_an_outlets_tag_opening_the_lead():
    facts = facts_of("KOSPI closes lower\n\nInput\n2025-11-21 16:05:00\n\n[Financial News] The benchmark KOSPI ended "
                     "trading at the 4,012 level, down more than 2% from the prior session, due to strong selling by "
                     "institutions.", published="2025-11-21")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("KOSPI", -2.0)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("KOSPI", "strong selling by institutions")]
