"""A "followed by" list whose members each carry "by" a figure and a close ("followed by Gulfa by 9.70
per cent to Dh2.42 and Takaful-EM by 5.66 per cent to Dh0.750"); an amount restated in another currency
in brackets before ", or N percent" ("shrank 430 yen ($4.29), or nearly 12 percent").

Sentences written for these tests in the styles of Gulf News and Kyodo (not copied)."""
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
