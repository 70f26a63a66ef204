"""More subjects as wire services and Indian, British and Singapore outlets write them. Sentences
written in the style of Livemint, AP, the Guardian, the BBC and Business Standard wraps."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize("text, expected", [
    # "settled" is a close verb like "closed" and "ended"
    ("The Nifty settled down 135.75 points, or 1.38%, at 9,735.75.", [("Nifty 50", -1.38, 9735.75)]),
    # a second verb joined by "and" has the first one's subject
    ("The broader NSE Nifty cracked below the key 9,800-mark and settled down 1.38% at 9,735.75.",
     [("Nifty 50", -1.38, 9735.75)]),
    # the Guardian's spelling
    ("France's Cac closed down 1.64% at 4073.71", [("CAC 40", -1.64, 4073.71)]),
    # ", up 2.4%" after a clause is the clause subject's move, as ", rising 2.4%" is
    ("Arm Holdings held on to its morning gains to finish the session as the biggest riser, up 3.1%.",
     [("Arm Holdings", 3.1, None)]),
    # a name after "the biggest gainer was" is a subject, known or not
    ("The STI's biggest gainer was Jardine Matheson, rising 2.25% to S$41.68.",
     [("Jardine Matheson", 2.25, 41.68)]),
])
def test_the_subject_and_figure_are_read(text, expected):
    assert _moves(text) == expected


def test_it_names_the_one_index_the_sentence_before_named():
    text = ("Weakness in some technology stocks helped pull the Nasdaq composite slightly lower. "
            "It fell 22.95 points, or 0.2%, to 14,765.14.")
    assert _moves(text) == [("Nasdaq Composite", -0.2, 14765.14)]


def test_a_sentence_opening_common_noun_is_no_name():
    assert "Weakness" not in [m.entity.name for m in facts_of("Weakness in banks fell 2%.").moves]
