"""Moves of the 457th to 464th sets: a hard-wrapped line that continues a wrapped line is joined too, though a ragged
margin left it short (Reuters' "posted gains, with\\nKia climbing 3.18 percent while Hyundai\\nMotor rose 1.74
percent"); a bullet's figure cut short ("Kia up 3.2 pct") agrees with the body's finer one, which the move keeps; a
move told "by losing 81.35 points, or 0.78 percent" after its verb, also by a sector named with its word ("the BSE
Metal sector suffered the most on Tuesday by losing 1.94 percent", the Jagran Post's style), and a gapped list's names
with "index" after them; and a nine-letter misspelt index ("Heng Seng slumped 3.62 per cent on Tuesday", Mangalore
Today's).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


def test_a_short_wrapped_line_after_a_wrapped_line_is_joined():
    text = ("SEOUL, Mar 13 (Reuters) - Seoul shares ended marginally lower\n"
            "on Wednesday as chipmakers retreated after Washington tightened\n"
            "curbs on exports of memory-making tools to\n"
            "Chinese factories.\n"
            "The index pared its losses as the central bank held\n"
            "its policy rate steady on Wednesday, pointing to\n"
            "cooling prices and a steady rebound in exports.\n"
            "Several big carmakers outside the chip sector posted gains, with\n"
            "Kia climbing 3.18 percent while Hyundai\n"
            "Motor rose 1.74 percent.\n")
    moves = {m.entity.name: m.change_pct for m in facts_of(text, published="2019-03-13").moves}
    assert moves.get("Hyundai Motor") == 1.74 and moves.get("Kia") == 3.18


def test_a_bullet_figure_cut_short_takes_the_finer_one():
    text = ("* Carmakers firm; Kia up 3.2 pct\n\n"
            "SEOUL, Mar 13 (Reuters) - Kia climbed 3.18 percent on Wednesday.\n")
    facts = facts_of(text, published="2019-03-13")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Kia", 3.18)]


@pytest.mark.parametrize("text, expected", [
    ("The Nifty also retreated from its record high by losing 81.35 points, or 0.78 percent to 10,342.60.",
     [("Nifty 50", "down", -0.78, 10342.6)]),
    ("The BSE Metal sector suffered the most on Tuesday by losing 1.94 percent, followed by BSE Realty index by 1.27 "
     "percent.", [("BSE Metal", "down", -1.94, None), ("BSE Realty", "down", -1.27, None)]),
    ("Heng Seng slumped 3.62 per cent on Tuesday.", [("Hang Seng Index", "down", -3.62, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2013-11-05")[0] == expected
