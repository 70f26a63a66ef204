"""A "followed by" list whose members each carry "by" a figure and a close ("followed by Gulfa by 9.70
per cent to Dh2.42 and Takaful-EM by 5.66 per cent to Dh0.750"); an amount restated in another currency
in brackets before ", or N percent" ("shrank 430 yen ($4.29), or nearly 12 percent"); "Both fell more
than 1.5 percent on Monday": the two that moved in the sentence before.

Sentences written for these tests in the styles of Gulf News, Kyodo and the Moscow Times (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Stocks close\n\n" + text + "\n").moves]


def test_followed_by_members_with_by_and_a_close():
    got = _moves("Arabtec fell by 8.1 per cent to Dh3.60, followed by Gulfa by 7.2 per cent to Dh2.10 and Takaful-EM "
                 "by 4.4 per cent to Dh0.710.")
    assert got == [("Arabtec", -8.1, 3.6), ("Gulfa", -7.2, 2.1), ("Takaful-EM", -4.4, 0.71)]


def test_an_amount_in_another_currency_in_brackets():
    got = _moves("Toyota Motor shrank 410 yen ($3.90), or nearly 11 percent, to 3,300 yen.")
    assert got == [("Toyota Motor", -11.0, 3300.0)]


def test_both_are_the_two_that_moved_in_the_sentence_before():
    # (published on a Wednesday: "on Monday" is two sessions back, a move of its own)
    facts = facts_of("Russian stocks fall\n\nOn Wednesday the RTS index was down 0.6 percent, while the MICEX lost 0.4 "
                     "percent. Both fell more than 1.5 percent on Monday.\n", published="2025-03-05")
    assert sorted((m.entity.name, m.change_pct, m.date) for m in facts.moves) == [
        ("MOEX Russia Index", -1.5, "2025-03-03"), ("MOEX Russia Index", -0.4, "2025-03-05"),
        ("RTS Index", -1.5, "2025-03-03"), ("RTS Index", -0.6, "2025-03-05")]


def test_both_with_one_mover_before_names_nothing():
    facts = facts_of("Stocks fall\n\nThe Nikkei fell 1 percent. Both fell 2 percent.\n")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Nikkei 225", -1.0)]
