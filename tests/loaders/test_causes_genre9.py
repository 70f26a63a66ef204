"""Causes as the Western wires write them: cues split by an adverb, two cues in a row, a compound
word inside the gap, a sector's bare direction after 'with' (sentences written for these tests in the
styles of Reuters, Bloomberg, AP and CNBC; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb inside a by-cue
    ("France's CAC 40 finished down 1.4 percent, hit hard by the banks.", [("CAC 40", "the banks")]),
    ("The FTSE 100 fell 0.6%, hurt in part by weaker oil prices.", [("FTSE 100", "weaker oil prices")]),
    ("The Nikkei rose 1.1%, boosted mainly by exporters.", [("Nikkei 225", "exporters")]),
    # "amid A as B": two causes in a row
    ("Brazilian stocks slumped amid a selloff in emerging-market assets as investors fled risk.",
     [("Bovespa", "a selloff in emerging-market assets"), ("Bovespa", "investors fled risk")]),
    # a hyphenated compound ("sell-off") in the gap before the cue is no verb of another clause
    ("The S&P 500 tumbled 2.1% to its worst day since an early August sell-off, as weak factory data "
     "revived recession fears.", [("S&P 500", "weak factory data revived recession fears")]),
])
def test_cues(sentence, expected):
    assert _causes(sentence) == expected


def test_headline_as_is_no_second_cause():
    # "Rise on X as Tech Pauses": in a headline the as-clause is a contrast, not a cause
    facts = facts_of("Tokyo Stocks Rise on Exporter Rally as Banks Pause\n\nThe Nikkei rose 0.5% on Monday.")
    assert [c.cause for c in facts.causes] == ["Exporter Rally"]


def test_with_a_bare_direction():
    # "..., with miners down on X": the miners moved, and X is their cause
    facts = facts_of("The FTSE 100 fell 0.4% on Monday, with miners down on worries about Chinese demand.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("FTSE 100", -0.4), ("Metals and mining", None)]
    assert _causes("The FTSE 100 fell 0.4% on Monday, with miners down on worries about Chinese demand.") == [
        ("Metals and mining", "worries about Chinese demand")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second object of the cue opened by an adjective of the genre: two causes
    ("Tokyo stocks fell to a one-week low Tuesday as investors grew worried about unrest in the Middle East and "
     "waning hopes for a rate cut.",
     [("Nikkei 225", "investors grew worried about unrest in the Middle East"),
      ("Nikkei 225", "waning hopes for a rate cut")]),
    # a place's unrest after "on" is a cause, not a venue
    ("The Hang Seng fell 1.2% on Bangkok unrest.", [("Hang Seng Index", "Bangkok unrest")]),
    # "Tracking X, ..." opens the sentence's cause (and "Tracking" opens no company's name)
    ("Tracking Wall Street, Seoul shares fell 0.9%.", [("KOSPI", "Wall Street")]),
    ("Tracking overseas losses, Hong Kong stocks fell 1.1% on Wednesday.", [("Hang Seng Index", "overseas losses")]),
    # a participle aside with a compound in it ("a four-day winning streak") is read through to the cue
    ("French stocks retreated from a record, snapping a four-day winning streak, as luxury shares declined.",
     [("CAC 40", "luxury shares declined")]),
    ("Brazil's Bovespa index plunged the most among major benchmarks, touching a six-month low, as concern mounted "
     "that growth is slowing.", [("Bovespa", "concern mounted that growth is slowing")]),
    # a role with "of" set off by commas between the name and its verb
    ("Grupo Bimbo SAB, owner of the world's largest bakery chain, dropped 2.1 percent after UBS cut its "
     "recommendation to sell.", [("Grupo Bimbo SAB", "UBS cut its recommendation to sell")]),
    # AP's live "are closing higher", led by two sectors
    ("Stocks are closing higher on Wall Street again, led by banks and technology stocks.",
     [("Wall Street", "banks"), ("Wall Street", "technology stocks")]),
    # a mover told with its own cause is one cause with it; a second mover after "and" is a second
    ("The Nikkei rose as automakers gained on an upbeat analysts' report and exporters advanced on the yen's "
     "weakness.", [("Nikkei 225", "automakers gained on an upbeat analysts' report"),
                   ("Nikkei 225", "exporters advanced on the yen's weakness"),
                   ("Autos and EVs", "an upbeat analysts' report")]),
    # "had the biggest gain", "snapping a five-day rally as X"
    ("India's benchmark index had the biggest gain in more than a week, led by energy companies.",
     [("BSE Sensex", "energy companies")]),
    ("Hong Kong stocks eased, snapping a five-day rally as property developers wavered ahead of policy meetings.",
     [("Hang Seng Index", "property developers wavered ahead of policy meetings")]),
    # a headline's compound ("18-Month") inside the cause that leads its verb
    ("Japan Stocks Fall as Yen Near 18-Month High Weighs on Exporters\n\nThe Topix fell 1% on Tuesday.",
     [("Nikkei 225", "Yen Near 18-Month High Weighs on Exporters")]),
])
def test_more_cues(sentence, expected):
    assert _causes(sentence) == expected


def test_headline_close_at_an_extreme():
    # a headline's present tense: "Nikkei ends at 3-week low" is the day's fall
    facts = facts_of("Nikkei ends at 3-week low on trade worries\n\nExporters were mixed on Monday.")
    assert [(m.entity.name, m.direction) for m in facts.moves] == [("Nikkei 225", "down")]


def test_back_reference_with_two_causes():
    # "The sharp fall comes as A and as B": two causes of the story's move
    assert _causes("The Dow fell 3% on Tuesday. The sharp fall comes as economists warn of a recession in the U.K. "
                   "and as retailers warn investors of weak holiday demand.") == [
        ("Dow Jones Industrial Average", "economists warn of a recession in the U.K."),
        ("Dow Jones Industrial Average", "retailers warn investors of weak holiday demand")]


def test_a_record_last_week_is_the_markets_own_course():
    assert _causes("Dow, S&P 500 edge lower after last week's record highs\n\nStocks were quiet on Monday.") == []


def test_company_holdings_are_no_stake_change():
    # "Tencent Holdings" in a cause names a company, not a change of stake
    facts = facts_of("The Hang Seng fell 1% as tech giants wavered before results from Tencent Holdings.")
    assert [c.driver.name for c in facts.causes] == ["Earnings"]
