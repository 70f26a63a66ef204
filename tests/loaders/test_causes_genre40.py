"""CNBC's headline "Nasdaq drops nearly 3%, Dow closes more than 300 points lower as tech rolls over" (the 247th
set): a phrasal verb's "over" is its particle, neither a cue nor a word to trim from the cause ("tech rolls").

Sentences were written for these tests in CNBC's style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {c.cause for c in facts_of("Markets\n\n" + text, published="2018-03-27").causes}


def test_rolls_over_keeps_its_particle():
    assert _causes("The S&P 500 fell 1.7% as tech rolled over.") == {"tech rolled over"}


def test_over_after_a_noun_is_still_a_cue():
    # (a guard)
    assert _causes("The Nikkei fell 1% over concerns about China.") == {"concerns about China"}
