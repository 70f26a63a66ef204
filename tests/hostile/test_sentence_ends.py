"""Every word the rules look for, at the very end of a text: a rule that looks one item past its word
must find the sentence's end there, not an error (a Swissinfo subheading "Financial stocks hit" ended
on a verb that looks for "a ... high" after it, and its article failed)."""
from __future__ import annotations

import importlib

from tests.conftest import facts_of

#: the modules whose word lists the rules read
_MODULES = ("lexicon", "cause_words", "moves", "causes", "cause_links", "actions", "action_phrases", "rankings",
            "mentions", "places", "drivers", "dates", "quantities", "extract", "descriptions")


def _rule_words() -> list[str]:
    words: set[str] = set()
    for name in _MODULES:
        for value in vars(importlib.import_module(f"marketkg.loaders.{name}")).values():
            if isinstance(value, (set, frozenset, tuple, list, dict)):
                for x in value:
                    if isinstance(x, tuple):
                        x = " ".join(y for y in x if isinstance(y, str))
                    if isinstance(x, str) and 0 < len(x.strip()) < 25:
                        words.add(x)
    return sorted(words)


def test_the_rule_words_are_many():
    assert len(_rule_words()) > 1000  # the collection above still finds the lists


def test_a_text_may_end_on_any_rule_word():
    failed = []
    for word in _rule_words():
        for text in (f"Financial stocks {word}", f"The Hang Seng Index {word}"):
            try:
                facts_of(text)
            except Exception as exc:  # noqa: BLE001 (collected, reported together)
                failed.append((text, repr(exc)))
    assert failed == []
