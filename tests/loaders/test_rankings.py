"""Moves stated by ranking, as Indian and Asian wraps write them: "A (3.17 percent) and B were
among the top gainers", "Top losers were A (down 2 percent) and B". Sentences written in the style
of Business Today and Economic Times wraps; the last is VOA's (2008, public domain)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize("text, expected", [
    ("Sun Pharma (2.84 percent), Tata Motors and Hindustan Unilever (1.93 percent) were among the biggest gainers "
     "on the Sensex.",
     [("Sun Pharmaceutical Industries", 2.84), ("Tata Motors", None), ("Hindustan Unilever", 1.93)]),
    ("Tata Motors (up 3.14 percent), Tata Steel (up 3.30 percent) were among the major market movers.",
     [("Tata Motors", 3.14), ("Tata Steel", 3.3)]),
    ("Top gainers included Sun Pharma (3.17 percent) and Hindustan Unilever (2.26 percent).",
     [("Sun Pharmaceutical Industries", 3.17), ("Hindustan Unilever", 2.26)]),
    ("The top losers on the BSE Sensex were Infosys (down 1.6 percent) and Wipro.",
     [("Infosys", -1.6), ("Wipro", None)]),
    ("Infosys (-2.1%) and Wipro (+0.4%) were the session's biggest movers.",
     [("Infosys", -2.1), ("Wipro", 0.4)]),
])
def test_a_ranking_states_each_names_move(text, expected):
    assert sorted(_moves(text), key=str) == sorted(expected, key=str)


def test_movers_without_a_stated_direction_give_no_move():
    assert _moves("Infosys and Wipro were among the biggest movers.") == []


def test_a_figure_stated_elsewhere_in_the_sentence_is_kept():
    assert _moves("Sun Pharma and Cipla were the biggest gainers, rising 3%.") == [
        ("Sun Pharmaceutical Industries", 3.0), ("Cipla", 3.0)]


def test_a_headline_figure_still_gives_way_to_the_body_after_a_ranking():
    text = ("Sensex ends lower as IT stocks drag; Infosys slips 2%\n\n"
            "Infosys, Tech Mahindra and Wipro were the biggest laggards. Infosys fell 2.1 per cent.")
    assert dict(_moves(text))["Infosys"] == -2.1


def test_voa_big_decliners():
    text = ("Shares in Asian banks were big decliners Tuesday, as investors feared possible exposure to "
            "Freddie Mac and Fannie Mae debt.")
    assert [(m.entity.id, m.direction.value) for m in facts_of(text).moves] == [("sector-banks", "down")]
