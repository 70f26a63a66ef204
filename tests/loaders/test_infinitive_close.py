"""'NEW YORK (Reuters) - Wall Street's major indexes reversed early gains to end sharply lower on
Wednesday, as X': an infinitive close with no figure is the move of the clause's subject after a
dateline, so X has an effect. Written in the style of Reuters."""
from __future__ import annotations

from tests.conftest import facts_of


def test_an_infinitive_close_after_a_dateline_keeps_its_cause():
    facts = facts_of("NEW YORK, Mar 12 (Reuters) - Wall Street's major indexes reversed early gains to end sharply "
                     "lower on Wednesday, as a rebound in chip stocks faded.")
    assert [(c.effect.id, c.cause) for c in facts.causes] == [("market-us", "a rebound in chip stocks faded")]


def test_a_headline_end_lower_is_evidence_of_the_bodys_move():
    facts = facts_of("Tokyo stocks end lower on firmer yen\n\nThe Nikkei closed 0.6% lower at 37,912.40.")
    assert [(m.entity.id, len(m.evidence)) for m in facts.moves] == [("idx-n225", 2)]
