"""Words opening a sentence that are no part of a company's name (sentences written for these
tests in the styles of Mint and the Korea JoongAng Daily; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb before its comma is no name, even where the subject is found after it
    ("Similarly, the Sensex traded between 74,515.91 and 73,616.65, closing 0.82% lower at 74,339.44.",
     [("BSE Sensex", -0.82)]),
    ("Likewise, the Kospi edged up 0.3 percent.", [("KOSPI", 0.3)]),
    # a company named by its tie to another: the tie is no part of the name
    ("Affiliate Samsung Life Insurance advanced 3.13 percent.", [("Samsung Life Insurance", 3.13)]),
    ("Rival Hanwha Ocean fell 2.1 percent.", [("Hanwha Ocean", -2.1)]),
    # a name of its own that opens a sentence before a comma stays a name
    ("Hanwha Ocean, Samsung Heavy and Naver rose 2 percent each.",
     [("Hanwha Ocean", 2.0), ("Samsung Heavy", 2.0), ("Naver", 2.0)]),
])
def test_opening_words(sentence, expected):
    assert _moves(sentence) == expected


def test_its_share_price_after_a_cue_is_the_named_companys():
    # Arab News' "was the top gainer of the session as its share price jumped": the company's move, no cause of it
    facts = facts_of("Markets\n\nAlhokair Co. was the top gainer of the session as its share price jumped 8.74 percent "
                     "to SR14.32.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Alhokair Co.", 8.74, 14.32)]
    assert facts.causes == ()


def test_a_cause_that_states_the_effects_own_move_is_none():
    facts = facts_of("Markets\n\nTencent gained as its shares rebounded 2 percent.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Tencent Holdings", 2.0)]
    assert facts.causes == ()
