"""Moves the 235th set showed misread: a participle after the market a company moved tells the company's own
figure (The Local's "Clothing retail giant H & M weighed down the bourse closing down 2.1 percent", and "SoftBank
dragged the Nikkei lower, falling 4.5 percent", a known limit until now); and Kathimerini's style, "The Wednesday
rebound proved especially brief for the Greek bourse, which ... on Thursday" (a day naming an event is not the
story's session).

Sentences were written for these tests in the styles of The Local, Reuters and Kathimerini, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2008-02-15") -> list[tuple[str, str, float | None, str | None]]:
    return [(m.entity.name, m.direction, m.change_pct, m.date) for m in facts_of(text, published=published).moves]


def test_a_participle_after_the_market_a_company_moved():
    assert _moves("Clothing retail giant H & M weighed down the bourse closing down 2.1 percent; automotive firm Volvo "
                  "fell 3.7 percent.") == [("H & M", "down", -2.1, "2008-02-15"), ("Volvo", "down", -3.7, "2008-02-15")]
    assert ("SoftBank Group", "down", -4.5, "2008-02-15") in _moves("SoftBank dragged the Nikkei lower, falling 4.5 "
                                                                    "percent.")


def test_a_participle_of_the_market_itself():
    # (guards)
    assert _moves("The Nikkei rose 1%, closing up 1 percent.") == [("Nikkei 225", "up", 1.0, "2008-02-15")]
    assert _moves("Banks weighed on the market, with the index closing down 1.2 percent.") != [
        ("Banks", "down", -1.2, "2008-02-15")]


def test_a_day_naming_an_event_is_no_session():
    text = ("Athens bourse slides\n\nThe Wednesday rebound proved especially brief for the Greek bourse, which "
            "suffered renewed losses on Thursday. The Athens Exchange general index closed at 927.41 points, shedding "
            "1.64%.")
    assert _moves(text, published="2023-03-09") == [("Athens General Composite", "down", -1.64, "2023-03-09")]
