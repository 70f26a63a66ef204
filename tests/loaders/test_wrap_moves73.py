"""London wraps of the 307th set: a ranking with an article and an epithet ("Drinks group SABMiller was a standout riser
up 5.6%"), and a knock-on whose object is "it" ("Analysts at Jefferies trimmed Landsec's target price to 641p from
672p, sending it down 5.9 per cent"): the company the clause named, not its broker.

Sentences were written for these tests in the styles of Proactive Investors and This is Money, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2015-09-18")[0]


def test_a_ranking_with_an_article_and_an_epithet():
    assert _moves("Drinks group SABMiller was a standout riser up 5.4% after upbeat results.") == [
        ("SABMiller", "up", 5.4, None)]
    assert _moves("Tesco was the sole faller, down 2.9%.") == [("Tesco", "down", -2.9, None)]


def test_a_knock_on_to_it():
    assert _moves("Analysts at Jefferies trimmed Landsec's target price to 640p, sending it down 5.8 per cent, or "
                  "33p, to 536p.") == [("Landsec", "down", -5.8, 536.0)]
    assert _moves("Goldman Sachs upgraded Tesco, sending it up 3.1 per cent.") == [("Tesco", "up", 3.1, None)]
    # (no company before it: nothing read)
    assert _moves("Oil prices fell, sending it down 2 per cent.") == [("Crude oil", "down", None, None)]
