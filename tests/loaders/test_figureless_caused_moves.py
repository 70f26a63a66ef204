"""A move stated with no figure counts when its cause is stated right after it ("were lower amid
the recession fears"): the genre's annotators list such a move with its figure optional and its
cause as any other. Sentences written for these tests in the styles of the Independent,
Reuters and the Moscow Times (not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    facts = facts_of("Shares slump\n\nThe FTSE 100 fell 2 percent on Monday. " + text)
    moves = [(m.entity.name, m.change_pct) for m in facts.moves if m.entity.name != "FTSE 100"]
    causes = [(c.effect.name, c.cause, c.cue) for c in facts.causes]
    return moves, causes


@pytest.mark.parametrize(("sentence", "effect", "cause", "cue"), [
    ("A number of other financial stocks were lower amid the recession fears.", "Financials",
     "the recession fears", "amid"),
    ("Banks were lower on Monday after the regulator raised capital requirements.", "Banks",
     "the regulator raised capital requirements", "after"),
    ("Miners were higher thanks to a rebound in copper prices.", "Metals and mining",
     "a rebound in copper prices", "thanks to"),
])
def test_a_figureless_move_with_its_cause(sentence, effect, cause, cue):
    moves, causes = _facts(sentence)
    assert (effect, None) in moves
    assert (effect, cause, cue) in causes


@pytest.mark.parametrize("sentence", [
    "Banks were lower after the open.",  # a time, no cause
    "Banks were lower as much as 3 percent in early trade.",
    "Banks were lower, and analysts expect more losses.",
])
def test_a_figureless_move_with_no_cause_stays_unread(sentence):
    moves, _ = _facts(sentence)
    assert moves == []


def test_a_title_case_headline_verb_opens_no_move():
    # "European Markets Posting Gains After US, Asia Losses": a headline's capitals name nothing
    facts = facts_of("Miners Lower After Copper Slump\n\nThe FTSE 100 fell 2 percent on Monday.")
    assert [m.entity.name for m in facts.moves] == ["FTSE 100"]


def test_a_verb_before_a_sector_word_is_no_part_of_it():
    facts = facts_of("Brazil stocks\n\nThe Ibovespa fell 1 percent as producers including Vale followed "
                     "commodities lower amid concern about China.")
    assert "followed" not in {m.entity.name for m in facts.moves} | {c.effect.name for c in facts.causes}


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's figureless market move with its cue (written in AP's and CNBC's styles): the cause stands,
    # though the move makes no fact
    ("Asian shares rise, Tokyo gains as factories restart\n\nTOKYO (AP) - Asian shares are mostly higher.",
     [("Nikkei 225", "factories restart", "as")]),
    ("Europe sinks at close on global growth fears\n\nEuropean stocks fell on Tuesday.",
     [("European markets", "global growth fears", "on")]),
])
def test_a_headlines_figureless_move_keeps_its_cause(text, expected):
    facts = facts_of(text)
    assert [(c.effect.name, c.cause, c.cue) for c in facts.causes] == expected
