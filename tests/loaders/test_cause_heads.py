"""Cause phrases: a cause verb's object list with a description before a name ("lifted Toyota,
chip-making equipment manufacturer Tokyo Electron and ..."); "helped" before the verb is the verb's;
a cause clause that opens with the effect's own index ("China stocks slumped ... after the flagship
Shanghai Composite Index crashed through 3,000") is no cause of it, and no bare "the flagship" either.

Sentences written for these tests in the styles of Jiji, The Star (Malaysia) and Reuters (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of("Stocks close\n\n" + text + "\n").causes]


def test_a_described_name_in_a_cause_verbs_object_list():
    got = _causes("The weaker yen lifted Toyota, chip-making equipment manufacturer Tokyo Electron and other exporters.")
    assert got == [("Toyota Motor", "The weaker yen"), ("Tokyo Electron", "The weaker yen")]


def test_helped_belongs_to_the_verb():
    got = _causes("Gains in banks helped propel the Straits Times Index to a two-year high.")
    assert got == [("Straits Times Index", "Gains in banks")]


def test_the_effects_own_index_opening_the_cause_is_no_cause():
    got = _causes("China stocks slumped more than 6 percent on Monday, with selling intensifying after the flagship "
                  "Shanghai Composite Index broke through the key 3,000-point level.")
    assert got == []


def test_a_newspaper_named_like_an_index_is_a_cause():
    # (a guard: "the Nikkei newspaper" reports; the index does not)
    got = _causes("Japanese stocks surged 2 percent after the Nikkei newspaper reported that the pension fund will "
                  "buy more domestic shares.")
    assert got == [("Nikkei 225", "the Nikkei newspaper reported that the pension fund will buy more domestic "
                                  "shares")]


def test_a_passive_push_is_a_move_with_its_cause():
    # the Independent's "London's premier index was driven down in part because of ..."
    facts = facts_of("Stocks close\n\nLondon's premier index was driven down in part because of its weighting towards "
                     "oil stocks.\n")
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == [("FTSE 100", "down")]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("FTSE 100", "its weighting towards oil stocks")]


def test_the_passive_pushs_by_is_the_cue():
    # (a guard: Jiji's "... and other automakers were pulled down by the stronger yen" keeps its cause)
    got = _causes("Toyota Motor Corp. and Honda Motor Co. were pulled down by the stronger yen.")
    assert got == [("Toyota Motor", "the stronger yen"), ("Honda", "the stronger yen")]
