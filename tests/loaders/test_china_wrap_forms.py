"""Forms of Chinese and Hong Kong wraps (sentences written for these tests in the styles of
Reuters, Bloomberg, China Daily and Shanghai Daily; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets\n\n" + text)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "also known as" opens an appositive of the subject
    ("Hong Kong's Hang Seng China Enterprises Index (HSCEI), also known as the H-shares gauge, slid 0.7 percent to "
     "9,842.36.", [("Hang Seng China Enterprises Index", -0.7, 9842.36)]),
    # the daily limit, said without "by"
    ("Changjiang Securities surged the maximum allowed 10 percent.", [("Changjiang Securities", 10.0, None)]),
    ("Gansu Salfo Cement fell by the daily ceiling of 10 percent to close at 10.88 yuan.",
     [("Gansu Salfo Cement", -10.0, 10.88)]),
    # "saw its share drop": the company's move
    ("Datong Coal Mine Group saw its share drop 10 percent.", [("Datong Coal Mine Group", -10.0, None)]),
    # the ChiNext by its board's name
    ("The Nasdaq-style ChiNext enterprise board decreased by 2.98 percent to 1,592.51.",
     [("ChiNext Index", -2.98, 1592.51)]),
])
def test_moves(sentence, expected):
    assert [(m.entity.name, m.change_pct, m.close) for m in _facts(sentence).moves] == expected


@pytest.mark.parametrize("sentence", [
    # the index's own earlier course after "after" is no cause
    "The Hang Seng Index closed at 14,758.4, down 5.5 percent after it ended the morning session down 6.9 percent.",
    "The H-share index slid 1.1 percent after ending yesterday at its highest since December.",
    "The TAIEX fell 0.8 percent after ending up 0.8 percent in the prior session.",
])
def test_the_own_course_is_no_cause(sentence):
    assert _facts(sentence).causes == ()


def test_a_cause_after_it_stands():
    causes = [(c.effect.name, c.cause) for c in _facts("The Hang Seng fell 2% after it was hit by US tariffs.").causes]
    assert causes == [("Hang Seng Index", "it was hit by US tariffs")]


def test_kyodos_225_issue_average_is_the_nikkei():
    facts = facts_of("Tokyo stocks\n\nThe 225-issue average ended 121.55 points, or 1.33 percent, lower from Monday "
                     "at 8,995.14.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Nikkei 225", -1.33, 8995.14)]


@pytest.mark.parametrize(("text", "moves", "causes"), [
    # Bloomberg's "a gauge of carmakers": the sector moved
    ("Fiat lost 12 percent as a gauge of carmakers fell 7.4 percent.",
     [("Fiat", -12.0), ("Autos and EVs", -7.4)], [("Fiat", "a gauge of carmakers fell 7.4 percent")]),
    ("A gauge of energy companies rose 2 percent.", [("Energy", 2.0)], []),
    # a new index named by what it tracks is still no one's move
    ("An index tracking US-listed Chinese stocks surged 7.6 percent.", [], []),
])
def test_a_gauge_of_a_sector(text, moves, causes):
    facts = facts_of("US stocks\n\n" + text)
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == moves
    assert [(c.effect.name, c.cause) for c in facts.causes] == causes


@pytest.mark.parametrize(("text", "moves", "causes"), [
    # Bloomberg's style, "was the single biggest drag on the gauge as X": the company fell, for X
    ("Tencent was the single biggest drag on the benchmark Hang Seng Index as the gaming company was cut to neutral "
     "at Nomura.", [("Tencent Holdings", "down")],
     [("Tencent Holdings", "the gaming company was cut to neutral at Nomura")]),
    # Reuters' "staged a comeback as X"
    ("Banking and energy stocks staged a comeback as investors regained some confidence.",
     [("Banks", "up"), ("Energy", "up")],
     [("Banks", "investors regained some confidence"), ("Energy", "investors regained some confidence")]),
    # ", and as X" after a first cause: one more
    ("Jiangxi Copper dropped 2.1 percent after its rating was cut at Macquarie, and as metal prices sank.",
     [("Jiangxi Copper", "down")],
     [("Jiangxi Copper", "its rating was cut at Macquarie"), ("Jiangxi Copper", "metal prices sank")]),
])
def test_figureless_forms_and_their_causes(text, moves, causes):
    facts = facts_of("Hong Kong stocks\n\n" + text)
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == moves
    assert [(c.effect.name, c.cause) for c in facts.causes] == causes
