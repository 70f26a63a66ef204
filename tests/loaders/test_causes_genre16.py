"""Figureless closes and the runs of moving causes (sentences written for these tests in the
styles of Business Day, Reuters and the Economic Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets\n\n" + text)


@pytest.mark.parametrize(("sentence", "entity", "direction"), [
    # a close's tone word with no figure states the direction
    ("The JSE all share closed weaker on Wednesday.", "JSE All Share Index", "down"),
    ("The Nikkei ended slightly firmer on Friday.", "Nikkei 225", "up"),
    ("The rand finished stronger against the dollar.", "South African rand", "up"),
    ("The Sensex closed marginally softer.", "BSE Sensex", "down"),
])
def test_a_close_tone_word_is_a_move(sentence, entity, direction):
    moves = [(m.entity.name, m.direction.value, m.change_pct) for m in _facts(sentence).moves]
    assert moves == [(entity, direction, None)]


def test_a_close_tone_word_with_a_figure_keeps_it():
    moves = [(m.entity.name, m.change_pct) for m in _facts("The Dow closed 1.2% weaker on Monday.").moves]
    assert moves == [("Dow Jones Industrial Average", -1.2)]


def test_a_figureless_close_carries_its_cause():
    causes = [(c.effect.name, c.cause, c.cue) for c in _facts(
        "The Nikkei ended firmer on Friday as the yen eased against the dollar.").causes]
    assert causes == [("Nikkei 225", "the yen eased against the dollar", "as")]


@pytest.mark.parametrize(("sentence", "cause"), [
    # a moving cause's run is part of its story
    ("The Hang Seng fell 1% as Tencent ended lower for the first time in eleven days.",
     "Tencent ended lower for the first time in eleven days"),
    ("The Hang Seng fell 1% as Tencent slipped for a third straight session.",
     "Tencent slipped for a third straight session"),
    # "for" opening no run ends the mover's clause
    ("The Hang Seng fell 1% as Tencent fell for its role in the probe.", "Tencent fell"),
])
def test_the_run_of_a_moving_cause(sentence, cause):
    assert [c.cause for c in _facts(sentence).causes if c.effect.name == "Hang Seng Index"] == [cause]


@pytest.mark.parametrize(("sentence", "cause"), [
    # a move verb's gerund with a company's plan or forecast as its object is what the company did
    ("LG Household & Healthcare rose 1.34 percent after dropping a plan to buy a U.S. cosmetics brand.",
     "dropping a plan to buy a U.S. cosmetics brand"),
    ("Tencent fell 2 percent after cutting its dividend.", "cutting its dividend"),
])
def test_a_gerund_with_a_corporate_object_is_a_cause(sentence, cause):
    assert [c.cause for c in _facts(sentence).causes] == [cause]


@pytest.mark.parametrize("sentence", [
    # the gerund of the day's own course is a time, no cause
    "Tencent rose 2 percent after dropping to a one-year low on Monday.",
    "Tencent rose 2 percent after falling a further 1 percent in the morning.",
    "Tencent rose 2 percent after hitting a record high.",
])
def test_a_gerund_of_the_course_is_no_cause(sentence):
    assert _facts(sentence).causes == ()


def test_and_as_after_a_moving_cause_is_one_more_cause_of_the_effect():
    causes = [(c.effect.name, c.cause, c.cue) for c in _facts(
        "The Sensex fell 1% as IT stocks slumped and as world stocks moved away from one-year peaks.").causes]
    assert causes == [("BSE Sensex", "IT stocks slumped", "as"),
                      ("BSE Sensex", "world stocks moved away from one-year peaks", "as")]


@pytest.mark.parametrize(("text", "expected"), [
    # the BBC's "X meant its shares closed lower": X is the cause of the move after the verb
    ("Tesco reported weak sales. The supermarket giant's weak trading update meant its shares closed 1.34% lower.",
     [("Tesco", "The supermarket giant's weak trading update", "meant")]),
    ("The speculation that a bid from Stryker could be forthcoming meant Smith & Nephew shares rose 3.3%.",
     [("Smith & Nephew", "The speculation that a bid from Stryker could be forthcoming", "meant")]),
    # the object's article stands between the verb and its name
    ("Strong buying in banks meant the FTSE 250 closed 1 percent higher.",
     [("FTSE 250", "Strong buying in banks", "meant")]),
    # a bare back-reference says too little to be a cause
    ("The FTSE 100 rose. That meant the FTSE 250 fell 1%.", []),
])
def test_meant(text, expected):
    assert [(c.effect.name, c.cause, c.cue) for c in _facts(text).causes] == expected


def test_a_company_posting_a_loss_is_a_cause():
    causes = [(c.effect.name, c.cause) for c in _facts("Tesco slumped 8.4 percent after posting a loss.").causes]
    assert causes == [("Tesco", "posting a loss")]
    # (the market's own earlier loss with its figure is a time, no cause)
    assert _facts("The FTSE 100 rose 1 percent after posting a loss of 2 percent on Monday.").causes == ()


@pytest.mark.parametrize(("text", "move", "cause"), [
    # a threshold crossed at the close states the direction, with no figure and no close
    ("The Nikkei stock average closed below the key 9,000 mark Tuesday as a stronger yen heightened worries about "
     "the economy.", ("Nikkei 225", "down", None, None), "a stronger yen heightened worries about the economy"),
    ("Dow closes below 10,000 as interest rate fears drive selling",
     ("Dow Jones Industrial Average", "down", None, None), "interest rate fears drive selling"),
])
def test_a_close_across_a_threshold(text, move, cause):
    facts = facts_of(text) if "closes" in text else _facts(text)
    assert [(m.entity.name, m.direction.value, m.change_pct, m.close) for m in facts.moves] == [move]
    assert [c.cause for c in facts.causes] == [cause]


@pytest.mark.parametrize(("sentence", "effects"), [
    # a cause verb's listed objects are each an effect
    ("Weak data hurt Tencent, Alibaba and JD.com on Monday.",
     ["Tencent Holdings", "Alibaba Group Holding", "JD.com"]),
    ("Growing expectations of a rate rise lifted the dollar and bank shares on Thursday.", ["US dollar", "Banks"]),
    # no "and", no list: the speaker after the comma is no object
    ("The higher yen battered Toyota, brokers said.", ["Toyota Motor"]),
])
def test_a_cause_verbs_listed_objects(sentence, effects):
    assert [c.effect.name for c in _facts(sentence).causes] == effects
