"""A bare sector word after "led by" or "paced by" is the leading sector (Investment Executive's "rose led by energy,
which climbed 2.10%, and telecoms, which added 1.35%"); after another "by" it stays goods ("driven by energy
prices"). A company's trading code after its possessive is the company (VnExpress's "budget airline Vietjet's VJC
led losses").

Sentences were written for these tests in the styles of Investment Executive and VnExpress, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def test_a_sector_that_led():
    moves, _ = moves_and_causes("Seven of the 10 sub-indexes rose led by energy, which climbed 2.1%, and telecoms, "
                                "which added 1.3%.", published="2005-05-20")
    assert moves == [("Energy", "up", 2.1, None), ("Telecommunications", "up", 1.3, None)]
    assert moves_and_causes("Costs were driven by energy prices, which climbed 2.1%.", published="2005-05-20")[0] == []


def test_a_code_after_its_company_s_possessive():
    moves, _ = moves_and_causes("In this basket, budget airline Vietjet's VJC led losses with a fall of 7 percent.",
                                published="2020-01-31")
    assert moves == [("Vietjet", "down", -7.0, None)]
    # (an upper-case word after a possessive that names no move: nothing)
    assert moves_and_causes("HSBC's UK unit rose 3%.", published="2020-01-31")[0] == []


def test_review_68_too_narrow_cases():
    # the owner's code as a clause's subject, and a sector after "dragged by"
    assert moves_and_causes("Hoa Phat's HPG fell 2.3 percent.", published="2020-01-31")[0] == [
        ("Hoa Phat", "down", -2.3, None)]
    moves, _ = moves_and_causes("The index fell 1%, dragged by property, which lost 2.2%.", published="2020-01-31")
    assert ("Property", "down", -2.2, None) in moves
