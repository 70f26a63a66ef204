"""Thousands set apart by spaces, as South African and some European outlets print a level ("ended at 54 718.6
points", "to 7 123,"), read as the level; a count or a year before a number ("in 2023 100 companies", "the 40
100-share index", "bought 1 500 shares") is left as it is.

Sentences were written for these tests in the style of the South African financial press, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.text import working_text
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, close", [
    ("The JSE All Share Index ended 0.7 percent higher at 54 718.6 points.", 54718.6),
    ("The JSE Top 40 index fell 1.1 percent to 47 012 points.", 47012.0),
    ("The JSE All Share Index fell 1.1 percent to 71 012, while the rand firmed.", 71012.0),
])
def test_a_level_with_spaced_thousands(text, close):
    moves, _ = moves_and_causes(text, published="2024-05-31")
    assert [m[3] for m in moves][:1] == [close]


@pytest.mark.parametrize("text", ["in 2023 100 companies listed", "the 40 100-share index", "bought 1 500 shares",
                                  "rose 2 1/2 percent", "closed at 7 123,45 points"])
def test_other_spaced_numbers_are_left(text):
    assert working_text(text) == text


def test_the_text_keeps_its_length_and_offsets():
    text = "The index closed at 1 234 567.89 points."
    assert working_text(text) == "The index closed at 1,234,567.89 points."
