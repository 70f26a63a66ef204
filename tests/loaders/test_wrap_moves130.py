"""Moves of the 457th to 464th sets: a hard-wrapped line that continues a wrapped line is joined too, though a ragged
margin left it short (Reuters' "saw gains, with\\nLG Display climbing 4.26 percent while LG\\nElectronics rose 2.83
percent"); a bullet's figure cut short ("LG Display up 4.2 pct") agrees with the body's finer one, which the move
keeps; a move told "by losing 64.20 points, or 1.02 percent" after its verb, also by a sector named with its word
("the BSE FMCG sector suffered the most by losing 2.53 percent", the Jagran Post), and a gapped list's names with
"index" after them; and a nine-letter misspelt index ("Heng Seng dropped 4.85 per cent", Mangalore Today).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


def test_a_short_wrapped_line_after_a_wrapped_line_is_joined():
    text = ("SEOUL, Aug 27 (Reuters) - Seoul stocks edged down slightly\n"
            "on Monday as Samsung shares slumped after a U.S. court ruled\n"
            "against Samsung Electronics in a smartphone patent\n"
            "lawsuit brought by Apple.\n"
            "The main board avoided a larger drop as a ratings agency\n"
            "upgraded the country's government bonds on Monday, citing\n"
            "strong fiscal fundamentals and economic resilience.\n"
            "Some large tech shares outside the Samsung group saw gains, with\n"
            "LG Display climbing 4.26 percent while LG\n"
            "Electronics rose 2.83 percent.\n")
    moves = {m.entity.name: m.change_pct for m in facts_of(text, published="2012-08-27").moves}
    assert moves.get("LG Electronics") == 2.83 and moves.get("LG Display") == 4.26


def test_a_bullet_figure_cut_short_takes_the_finer_one():
    text = ("* Other large tech shares rise; LG Display up 4.2 pct\n\n"
            "SEOUL, Aug 27 (Reuters) - LG Display climbed 4.26 percent on Monday.\n")
    facts = facts_of(text, published="2012-08-27")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("LG Display", 4.26)]


@pytest.mark.parametrize("text, expected", [
    ("The Nifty also slipped from its record high by losing 64.20 points, or 1.02 percent to 6,253.15.",
     [("Nifty 50", "down", -1.02, 6253.15)]),
    ("The BSE FMCG sector suffered the most by losing 2.53 percent, followed by BSE Healthcare index by 1.55 percent.",
     [("BSE FMCG", "down", -2.53, None), ("BSE Healthcare", "down", -1.55, None)]),
    ("Heng Seng dropped 4.85 per cent.", [("Hang Seng Index", "down", -4.85, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2013-11-05")[0] == expected
