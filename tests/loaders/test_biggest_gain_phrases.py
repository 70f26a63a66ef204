"""'posted their sharpest single-day gains in over three years, after X' and a headline's 'Sensex
zooms 2,975 points' are moves, so their causes have an effect. Written in the style of Business
Standard; the dev sentence is VOA's (public domain)."""
from __future__ import annotations

from tests.conftest import facts_of


def test_biggest_single_day_gains_is_a_move_with_its_causes():
    facts = facts_of("Indian equity benchmarks posted their sharpest single-day gains in over three years on Friday, "
                     "after Thailand and Cambodia agreed to a truce and the EU and India reached a deal to lower "
                     "duties.")
    assert [c.cause for c in facts.causes] == ["Thailand and Cambodia agreed to a truce",
                                               "the EU and India reached a deal to lower duties"]


def test_saw_their_biggest_gain_is_evidence_of_the_days_move():
    # dev 07_voa-japan-stocks-record-surge-2015-09-09 (VOA, public domain)
    facts = facts_of("Japanese stocks on Wednesday saw their biggest gain in almost seven years, after Prime "
                     "Minister Shinzo Abe promised to cut corporate tax rates. The benchmark Nikkei index closed "
                     "the day up a stunning 7.7 percent.", published="2015-09-09")
    assert [(m.entity.id, m.change_pct, len(m.evidence)) for m in facts.moves] == [("idx-n225", 7.7, 2)]


def test_a_headline_in_the_present_tense_zooms():
    facts = facts_of("Sensex zooms 2,975 points\n\nThe BSE Sensex surged 2,975.43 points, or 3.74 per cent, to "
                     "end at 82,429.90.")
    assert [len(m.evidence) for m in facts.moves] == [2]
