"""'NEW YORK (Reuters) - Wall Street's main indexes reversed early gains to close sharply lower on
Thursday, as X': an infinitive close with no figure is the move of the clause's subject after a
dateline, so X has an effect. Written in the style of Reuters."""
from __future__ import annotations

from tests.conftest import facts_of


def test_an_infinitive_close_after_a_dateline_keeps_its_cause():
    facts = facts_of("NEW YORK, Nov 20 (Reuters) - Wall Street's main indexes reversed early gains to close sharply "
                     "lower on Thursday, as a rally in Nvidia fizzled.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-us", "a rally in Nvidia fizzled")]


def test_a_headline_end_lower_is_evidence_of_the_bodys_move():
    facts = facts_of("Tokyo stocks end higher on weaker yen\n\nThe Nikkei closed 0.4% higher at 38,421.19.")
    assert [(m.entity.id, len(m.evidence)) for m in facts.moves] == [("idx-n225", 2)]
