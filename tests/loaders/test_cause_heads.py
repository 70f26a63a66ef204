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
