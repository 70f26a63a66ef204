"""A verbless headline 'Asian Markets Mostly Higher on Wave of Wall Street Comeback': the title-case
adverb the name finder took is read as a word, so the cue finds its effect. VOA headline
(2020-09-10, public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_title_case_adverb_in_a_verbless_headline():
    facts = facts_of("Asian Markets Mostly Higher on Wave of Wall Street Comeback\n\nThe Nikkei rose 0.8%.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-asia", "Wave of Wall Street Comeback")]
