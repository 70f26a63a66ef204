"""An "as it ..." clause restating the figure-less move before it ("closed in the green ... as it went
up by 42.11 points, or 0.37 percent") gives that move its figures and is no cause of it; after the one
company a sentence is about, "it" is that company. A cause verb's list of companies may hold names the
reference data do not know. "pushed down by", "pushed up by" are cues.

Sentences written for these tests in the styles of Arab News, the Guardian, the Independent and
the Inquirer (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    facts = facts_of("Stocks close\n\n" + text + "\n")
    return ([(m.entity.name, m.change_pct) for m in facts.moves],
            [(c.effect.name, c.cause, c.cue) for c in facts.causes])


def test_as_it_restates_the_move_before():
    moves, causes = _facts("Saudi Arabia's Tadawul All Share Index closed in the green for the fifth straight "
                           "session on Wednesday as it went up by 38.2 points, or 0.34 percent, driven by strong "
                           "bank earnings.")
    assert moves == [("Tadawul All Share Index", 0.34)]
    assert causes == [("Tadawul All Share Index", "strong bank earnings", "driven by")]


def test_as_it_after_the_one_company_of_the_sentence_is_that_company():
    # (not the sentence before's mover: "it" stands for the one company the sentence is about, with no figure of
    # its own before "as"; Fin24's "Sasol was the largest contributor to the bourse's slide as it shed 2.64%")
    moves, _ = _facts("The PSEi fell 1.1 percent. SM Prime Holdings Inc. was the top traded stock as it dropped "
                      "2.1 percent.")
    assert moves == [("PSEi", -1.1), ("SM Prime Holdings", -2.1)]
    moves, _ = _facts("The PSEi fell 1.1 percent. SM Prime rose 2 percent and Ayala Land was the top traded stock as "
                      "it dropped 2.1 percent.")
    assert ("PSEi", -2.1) not in moves


def test_a_cause_verbs_list_of_companies_with_an_unknown_name():
    _, causes = _facts("Weaker metal prices dragged down Rio Tinto, Antofagasta, Kazakhmys and BHP Billiton.")
    assert [effect for effect, _, _ in causes] == ["Rio Tinto", "Antofagasta plc", "Kazakhmys", "BHP Group"]


def test_pushed_down_by_is_a_cue():
    moves, causes = _facts("The FTSE 100 fell 0.6% on Tuesday, pushed down by sharp falls in oil stocks.")
    assert causes == [("FTSE 100", "sharp falls in oil stocks", "pushed down by")]
