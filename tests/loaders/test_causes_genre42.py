"""Business Today's headline "Sensex rises 419 points, Nifty closes at 10,739; IT, banks lead rally" (the 253rd set):
the clause after a semicolon leads the moves before it that went its way, a comma may list its leaders, and "led
the Sensex rally" names the market whose move they led.

Sentences were written for these tests in the style of Indian outlets, not copied."""
from __future__ import annotations

from tests.conftest import facts_of

_BODY = "The Sensex rose 419 points, or 1.15%, to 36,471. The Nifty rose 1.1% to 10,739."


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2020-07-16").causes}


def test_headline_clause_after_a_semicolon_leads_the_move():
    assert ("BSE Sensex", "IT, banks") in _causes("Sensex rises 419 points; IT, banks lead rally\n\n" + _BODY)


def test_two_markets_before_the_semicolon():
    got = _causes("Sensex rises 419 points, Nifty closes at 10,739; IT, banks lead rally\n\n" + _BODY)
    assert ("BSE Sensex", "IT, banks") in got


def test_body_clause_after_a_semicolon():
    got = _causes("Markets\n\nThe Sensex rose 1.15% to 36,471; IT and banks led the rally.")
    assert ("BSE Sensex", "IT and banks") in got


def test_a_clause_against_the_move_leads_nothing():
    # "led the decline" after a rise: not its leaders
    got = _causes("Markets\n\nThe Sensex rose 1.15% to 36,471; banks led the decline.")
    assert not any(cause == "banks" for _, cause in got)


def test_the_market_named_before_the_move_noun():
    got = _causes("Markets\n\nThe Sensex rose 1.15% and the Nifty 1.1%. Banks led the Nifty gains.")
    assert ("Nifty 50", "Banks") in got
    assert ("BSE Sensex", "Banks") not in got


def test_listed_leaders_with_a_comma_in_a_headline():
    assert ("BSE Sensex", "IT, banks") in _causes("IT, banks lead Sensex rally\n\n" + _BODY)


def test_an_index_leading_the_declines_is_no_cause():
    # (a guard: one of the market's own indices)
    got = _causes("Markets\n\nStocks fell 1% on Wall Street. The Nasdaq led the declines.")
    assert not any(cause == "The Nasdaq" for _, cause in got)


def test_india_s_it_leads_a_rally():
    # (review 53: "IT" as a bare sector that leads, not the pronoun "it")
    assert ("BSE Sensex", "IT") in _causes("Sensex rises 419 points; IT leads rally\n\n" + _BODY)


def test_the_pronoun_it_is_still_no_cause():
    # (a guard)
    assert not _causes("Markets\n\nThe Sensex rose 1.15% to 36,471. It led the region's gains.")


def test_led_the_charge_is_no_rally_of_its_own():
    # (a guard: the seeds' "Alibaba (BABA) led the charge, attracting over HKD 56 billion in net inflows")
    assert not _causes("Markets\n\nSouthbound inflows surged. Alibaba led the charge, attracting HK$56 billion.")
