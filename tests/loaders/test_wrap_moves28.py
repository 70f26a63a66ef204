"""People named beside a company, lists that share one figure after "with each", a cleft's subject, "little
changed" before its figure, and the shares of a company described rather than named, as AAP, the NZ Herald,
the Business Times, Reuters, Bloomberg and the SCMP write them (sentences written for these tests in their
styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str, published: str | None = "2025-03-05") -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published=published).moves]


@pytest.mark.parametrize("text", [
    # the NZ Herald: "the stock" after a sentence that names the chief executive last
    "Harbour Dairy fell 3 per cent yesterday after chief executive Jane Holloway quit. The stock rose by 2.4 per cent "
    "to $4.97 today.",
    # Bloomberg: a title in capitals before the person
    "Harbour Dairy fell 3 per cent yesterday after CEO Jane Holloway quit. The stock rose by 2.4 per cent to $4.97 "
    "today.",
])
def test_a_person_after_a_title_is_no_company(text):
    moves = _moves(text)
    assert ("Harbour Dairy", 2.4) in moves and not any(name == "Jane Holloway" for name, _ in moves)


def test_shares_of_a_tycoon_s_company():
    # Reuters' Mexico City wrap: the gain is the company's, not its owner's; "little changed" gives way to the
    # figure of its own participle
    moves = _moves("Mexico's IPC index was little changed from Thursday's close, rising 0.1 percent on a "
                   "0.6 percent gain in shares of billionaire Carlos Slim's telecoms giant America Movil.")
    assert sorted(moves) == [("America Movil", 0.6), ("S&P/BMV IPC", 0.1)]


def test_little_changed_before_another_day_s_figure_stays_flat():
    # (a guard: so before) the figure after "after" is Friday's
    assert _moves("TOKYO: The Nikkei was flat on Wednesday, after rising 2 percent on Tuesday.")[0] == ("Nikkei 225", 0.0)


@pytest.mark.parametrize(("text", "expected"), [
    # AAP: "led the way with each falling"
    ("SYDNEY: Among the big four, Westpac and ANZ led the way with each falling 0.9 per cent.",
     [("ANZ Group", -0.9), ("Westpac", -0.9)]),
    # the Business Times: the names after the verb, then "with both"
    ("SINGAPORE: At the foot of the table were DBS and UOB, with both shedding 1.1 per cent.",
     [("DBS Group", -1.1), ("UOB", -1.1)]),
    # past the group they led
    ("SYDNEY: BHP and Rio Tinto led the miners with each gaining 2 per cent.", [("BHP Group", 2.0), ("Rio Tinto", 2.0)]),
])
def test_names_before_with_each(text, expected):
    assert sorted(_moves(text)) == expected


def test_both_unchanged():
    # the NZ Herald: "were both unchanged at $5.86 and $1.60 respectively"
    moves = _moves("WELLINGTON: Fletcher Building rose 0.4 per cent, while Spark and Contact Energy were both "
                   "unchanged at $5.86 and $7.60 respectively.")
    assert ("Spark New Zealand", 0.0) in moves and ("Contact Energy", 0.0) in moves


def test_it_was_x_that_fell():
    # AAP: a cleft, "It was X that ..."
    assert _moves("SYDNEY: It was Qantas that fell 3 per cent.") == [("Qantas", -3.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # Reuters: "sending the ... company's shares up"
    ("TOKYO: Sony announced its first share buyback on Friday, sending the Japanese electronics and entertainment "
     "company's shares up more than 5 percent.", [("Sony Group", 5.0)]),
    # the SCMP: "prompting the conglomerate's shares to jump"
    ("HONG KONG: The brokerage turned positive on CK Hutchison, prompting the conglomerate's shares to jump 2.5 per "
     "cent.", [("CK Hutchison Holdings", 2.5)]),
])
def test_shares_of_a_described_company(text, expected):
    assert _moves(text) == expected


def test_a_described_company_after_another_mover_is_not_guessed():
    # (a guard: no such move before either) Reuters: the U.S. tech giant is Apple, named as the suppliers'
    # customer; not Murata, which moved before it
    moves = _moves("TOKYO: Apple suppliers such as Murata Manufacturing slipped 0.9 percent after the U.S. tech "
                   "giant's shares declined 0.6 percent overnight.")
    assert ("Murata Manufacturing", -0.6) not in moves and ("Murata Manufacturing", -0.9) in moves


def test_the_retailer_is_the_company_that_moved_before():
    # Bloomberg: "X shares slumped after a magazine reported that CEO Y ... The retailer's stock dropped"
    moves = _moves("FRANKFURT: Steinhoff shares slumped after a magazine reported that CEO Markus Jooste was under "
                   "investigation.\n\nThe clothing and food retailer's stock dropped 14% in Frankfurt.")
    assert [name for name, pct in moves if pct == -14.0] == ["Steinhoff"]


def test_a_total_is_no_company():
    # VnExpress: the session's volume; This is Money: a year's sales
    for text in ("Total trading volume on the exchange was 210 million units worth VND4.1 trillion, up 5.2 percent "
                 "in volume from the previous session.",
                 "Total sales for the year should top £1 billion, up 10 per cent on the year before."):
        assert "Total" not in {name for name, _ in _moves(text)}, text
    # (a guard: so before) the company
    assert _moves("PARIS: Total fell 2 per cent.") == [("Total", -2.0)]
