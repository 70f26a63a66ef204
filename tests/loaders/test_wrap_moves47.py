"""Moves the 247th and 248th sets showed missed: Xinhua's "Real estate and health care led the declines, falling 2.63
percent and 2.37 percent, respectively" (two sectors of two words each, bare as subjects; "Real" had been read as a
company), and the Japan Times' "Stocks took another tumble Monday, dampened mainly by the yen's strengthening".

Sentences were written for these tests in the styles of Xinhua and Jiji, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def test_two_word_sectors_bare_as_subjects():
    facts = facts_of("US stocks close lower\n\nThe S&P 500 fell 1.6 percent. Real estate and health care led the "
                     "declines, falling 2.63 percent and 2.37 percent, respectively.", published="2025-05-21")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [
        ("S&P 500", -1.6), ("Property", -2.63), ("Healthcare and biotech", -2.37)]


def test_a_two_word_sector_stands_bare_only_before_a_move():
    # (a guard)
    assert not facts_of("Customer care improved, the company said.", published="2025-05-21").moves


def test_took_another_tumble():
    facts = facts_of("Tokyo stocks\n\nThe Nikkei took another tumble Monday, dampened mainly by the yen's "
                     "strengthening.", published="2013-07-29")
    assert [(m.entity.name, m.direction, m.date) for m in facts.moves] == [("Nikkei 225", "down", "2013-07-29")]
    assert {(c.effect.name, c.cause) for c in facts.causes} == {("Nikkei 225", "the yen's strengthening")}
