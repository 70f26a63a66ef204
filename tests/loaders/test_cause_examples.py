"""A cause with its examples ('heavyweights such as A, B and C'), and a second cause after a
by-cue's phrase ('dragged down by A as B'), as NDTV, Financial Express and CNN write them
(sentences written for these tests in those styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize(("sentence", "cause"), [
    ("The Sensex rose 2 per cent, led by heavyweights such as Reliance Industries, HDFC Bank and Infosys.",
     "heavyweights such as Reliance Industries, HDFC Bank and Infosys"),
    ("The Nifty fell 1 per cent, dragged down by weakness in index majors like Larsen & Toubro, ITC and Titan.",
     "weakness in index majors like Larsen & Toubro, ITC and Titan"),
    ("The Nasdaq fell 2%, dragged down by a slide in big tech shares, including Apple, Amazon and Alphabet.",
     "a slide in big tech shares, including Apple, Amazon and Alphabet"),
])
def test_the_examples_are_part_of_the_cause(sentence, cause):
    assert [c for _, c, _ in _causes(sentence)] == [cause]


def test_a_relative_clause_after_the_examples_tells_their_own_moves():
    causes = _causes("The Sensex fell 1 per cent amid weak Asian markets like Hang Seng and Nikkei 225 which "
                     "dropped about a per cent and a half each.")
    assert [c for _, c, _ in causes] == ["weak Asian markets like Hang Seng and Nikkei 225"]


def test_two_causes_joined_after_the_examples_are_still_two():
    causes = _causes("The Nasdaq fell 2% after a selloff in chipmakers such as Nvidia and AMD and weak retail sales "
                     "data.")
    assert [c for _, c, _ in causes] == ["a selloff in chipmakers such as Nvidia and AMD", "weak retail sales data"]


@pytest.mark.parametrize(("sentence", "second"), [
    ("The Sensex fell 1 per cent, dragged down by banks as derivative contracts for October expired.",
     "derivative contracts for October expired"),
    ("The Nifty rose 2 per cent, led by IT stocks as the rupee weakened against the dollar.",
     "the rupee weakened against the dollar"),
])
def test_a_clause_after_a_by_cues_phrase_is_a_second_cause(sentence, second):
    causes = _causes(sentence)
    assert len(causes) == 2 and causes[1][1:] == (second, "as")


def test_as_well_as_joins_no_clause():
    # a guard: "dragged by miners as well as banks" is one phrase of movers
    assert [c for _, c, _ in _causes("The FTSE 100 fell 1%, dragged by miners as well as banks.")] == [
        "miners as well as banks"]


def test_a_described_name_set_off_by_commas_stays_in_the_cause():
    # Fox Business: the shareholder's description and name between commas, then the clause's verb
    causes = _causes("Tesla sank 6 percent after its biggest outside shareholder, Edinburgh-based fund manager "
                     "Baillie Gifford, cut its stake below 5%.")
    assert [c for _, c, _ in causes] == [
        "its biggest outside shareholder, Edinburgh-based fund manager Baillie Gifford, cut its stake below 5%"]


@pytest.mark.parametrize("sentence", [
    "The FTSE 100 fell 2%, with investors unnerved by the escalation of the banking crisis.",
    # the Guardian: a figure-less record fall, its cause after ", with"
    "The FTSE 100 suffered its biggest one-day points fall, with investors unnerved by the escalation of the "
    "banking crisis.",
])
def test_investors_feeling_after_with_is_a_cause(sentence):
    assert _causes(sentence) == [("FTSE 100", "investors unnerved by the escalation of the banking crisis", "with")]
