"""'Toyota, down 0.7%': a name with its move set off by commas, as Nikkei Asia and AP list gainers
and losers. Written for these tests in those styles."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

CASES = [
    ("Losers included Fast Retailing, which slipped 1.1%, and Toyota, down 0.7%.",
     [("tkr-9983-t", -1.1), ("tkr-7203-t", -0.7)]),
    ("Gainers included Sony, up 2.1%, and Nintendo, up 1.4%.", [("tkr-6758-t", 2.1), ("tkr-7974-t", 1.4)]),
    ("The biggest decliners were Toyota, down 0.7%, and Honda, off 1.2%.", [("tkr-7203-t", -0.7), ("tkr-7267-t", -1.2)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_a_name_with_its_move_between_commas(text, expected):
    assert [(m.entity.id, m.change_pct) for m in facts_of(text).moves] == expected


def test_a_direction_word_without_a_figure_after_a_comma_gives_no_figure():
    # "up for the week" is no day's move: the figure rule needs a percent right after the word
    assert all(m.change_pct is None for m in facts_of("Tencent, up 3 places in the ranking, was quiet.").moves)


def test_a_change_after_the_level_a_move_went_to_is_that_moves():
    facts = facts_of("U.S. crude fell 0.9% to $73.12 per barrel and Brent fell to $76.30 per barrel, down 0.8% on the day.")
    assert [(m.entity.id, m.change_pct, m.close) for m in facts.moves] == [
        ("cmd-wti", -0.9, 73.12), ("cmd-brent", -0.8, 76.3)]
