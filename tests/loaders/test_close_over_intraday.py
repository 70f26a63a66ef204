"""The session's close over a figure of its course told in an earlier sentence (sentences written
for these tests in the styles of Reuters and Devdiscourse; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None, tuple[float, ...]]]:
    return [(m.entity.name, m.change_pct, m.close, m.conflicts) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("text", "expected"), [
    ("The FTSE 100 index initially dived more than 8 percent at the open. "
     "The FTSE 100 clawed back ground to finish 3.2 percent lower at 6,138.69 points.",
     [("FTSE 100", -3.2, 6138.69, (-8.0,))]),
    ("The KSE-100 index tumbled 5.5 per cent in the morning session. "
     "The KSE-100 index closed at 37,054 points, down 3.12 per cent.",
     [("KSE-100", -3.12, 37054.0, (-5.5,))]),
])
def test_the_close_is_the_days_move(text, expected):
    assert _moves(text) == expected


def test_a_figure_not_of_the_course_keeps_its_place():
    # two figures for the day with no course word: the first stays, the second is a conflict
    text = "The FTSE 100 fell 2.1 percent. The FTSE 100 closed 1.9 percent lower."
    assert _moves(text) == [("FTSE 100", -2.1, None, (-1.9,))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "before closing" ends the same clause's move: the session's close is its figure
    ("The DFM index fell as much as 1.1 per cent, before closing 0.34 per cent lower at 3,544.12.",
     [("DFM General Index", -0.34, 3544.12, ())]),
    ("The DFM index fell early, before closing 0.34 per cent lower at 3,544.12.",
     [("DFM General Index", -0.34, 3544.12, ())]),
])
def test_before_closing(sentence, expected):
    assert _moves(sentence) == expected


def test_a_relative_clauses_earlier_run_and_the_days_move():
    # The National's shape: the relative clause tells the week's run, the day's move follows "yesterday"
    facts = facts_of("Markets\n\nEmaar Properties, which had gained more than 11 per cent over the first two "
                     "sessions of the week, yesterday declined 2.9 per cent to Dh3.29.")
    assert sorted((m.change_pct, m.close, m.date is None) for m in facts.moves) == [(-2.9, 3.29, False),
                                                                                    (11.0, None, True)]
