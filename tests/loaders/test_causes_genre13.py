"""Two causes joined by "and" in the wordings of the wires: two clauses, each a subject and its move
("as oil falls and local infections rise", "as crude fell 2% and bond yields rose"), and a second noun
phrase opened by a judging adjective ("amid unabated foreign outflows and sluggish Asian cues"); not
"a combination of A and B", which is one cause (sentences written for these tests in the styles of
the Nation, MarketWatch, PTI and AP; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's two present-tense clauses
    ("Thai shares slide as oil falls and local infections rise",
     [("SET Index", "oil falls"), ("SET Index", "local infections rise")]),
    ("Stocks fall\n\nThe Nikkei fell 1% as crude fell 2% and bond yields rose.",
     [("Nikkei 225", "crude fell 2%"), ("Nikkei 225", "bond yields rose")]),
    ("Stocks rise\n\nThe Dow rose 1% as bank shares rallied and oil prices climbed 3%.",
     [("Dow Jones Industrial Average", "bank shares rallied"), ("Dow Jones Industrial Average", "oil prices climbed 3%")]),
    # a second noun phrase that opens with its own judging adjective
    ("Indian shares fall\n\nThe Sensex fell 0.5% on Tuesday amid unabated foreign outflows and sluggish Asian cues.",
     [("BSE Sensex", "unabated foreign outflows"), ("BSE Sensex", "sluggish Asian cues")]),
])
def test_two_causes_joined_by_and(text, expected):
    assert _causes(text) == expected


def test_a_combination_of_two_things_is_one_cause():
    causes = _causes("Stocks fall\n\nWall Street sank as a combination of strong economic data and positive commentary "
                     "from Fed officials pushed yields higher.")
    assert [cause for _, cause in causes] == [
        "a combination of strong economic data and positive commentary from Fed officials pushed yields higher"]


@pytest.mark.parametrize(("text", "expected"), [
    # "on" before a currency of the genre's markets, firmer or weaker, is a cause
    ("South African stocks mixed\n\nGeneral retailers gained on the firmer rand.", [("Retail", "the firmer rand")]),
    # a cause verb's object: several companies listed before their direction, one described with a hyphen
    ("London stocks fall\n\nThe prospect of rising fuel prices pushed British Airways-owner IAG and EasyJet lower.",
     [("International Consolidated Airlines Group", "The prospect of rising fuel prices"),
      ("EasyJet", "The prospect of rising fuel prices")]),
    # "saw X drift lower": the subject is the cause when the object's move follows it...
    ("London stocks fall\n\nWorries over the Gulf saw the FTSE 100 drift lower for a second session.",
     [("FTSE 100", "Worries over the Gulf")]),
    # ... and no time is a cause
    ("London stocks fall\n\nMonday saw the FTSE 100 fall 2%.", []),
    ("London stocks fall\n\nAnalysts saw the FTSE 100 as cheap.", []),
])
def test_cause_verbs_and_their_objects(text, expected):
    assert _causes(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # ", leading a wider slide in X": the leader's move is X's cause
    ("Hong Kong stocks fall\n\nLongfor lost 9.5 per cent, leading a broader 3.6 per cent slide in the Hang Seng "
     "Properties Index.", [("Hang Seng Properties Sub-index", "Longfor lost 9.5 per cent")]),
    # the clause before the participle opens with its verb after an aside: its subject is before the aside
    ("Athens stocks fall\n\nTurmoil at Piraeus Bank, with its share sale, dominated trading on Monday, leading the "
     "benchmark to heavy losses.",
     [("Athens General Composite", "Turmoil at Piraeus Bank, with its share sale, dominated trading on Monday")]),
    # ", leading to heavier selling" is the cause's own result, kept in its text
    ("Stocks fall\n\nThe Nikkei fell 2% after a pullback in the tech sector, leading to heavier selling.",
     [("Nikkei 225", "a pullback in the tech sector, leading to heavier selling")]),
])
def test_leading_as_a_cause_participle(text, expected):
    assert _causes(text) == expected


def test_won_with_a_figure_is_the_verb():
    # AFP's "won 2.0 percent"; the Korean currency follows its amount ("858 billion won")
    facts = facts_of("Wall Street rises\n\nDow members Pfizer and Chevron won 1.5 percent and 2.2 percent after "
                     "reporting earnings.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Pfizer", 1.5), ("Chevron Corporation", 2.2)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("Pfizer", "reporting earnings"), ("Chevron Corporation", "reporting earnings")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Stocks fall\n\nBank shares were among the worst off after a report on bad debts unsettled investors.",
     [("Banks", "a report on bad debts unsettled investors")]),
    ("Asian stocks mixed\n\nPhilippine shares were among weak spots after data showed exports fell.",
     [("PSEi", "data showed exports fell")]),
])
def test_figureless_ranks_of_a_move(text, expected):
    assert _causes(text) == expected


def test_a_figureless_mover_in_the_cause_keeps_its_level():
    # "as oil surged to another record high near $120 a barrel": the mover's level is part of the cause
    causes = _causes("Canadian stocks mixed\n\nOn the upside, the energy sector rose 0.4 percent, as oil climbed to a "
                     "record high near $120 a barrel, lifted by a weaker dollar.")
    assert ("Energy", "oil climbed to a record high near $120 a barrel") in causes


def test_a_level_joined_by_and_is_no_sector():
    # "a three-month high and exporters": the level ends the yen's move; no sector "three-month high and exporters"
    facts = facts_of("Tokyo stocks fall\n\nThe Nikkei fell 1.4% as the yen climbed to a three-month high and exporters "
                     "slid.")
    assert "high" not in " ".join(m.entity.name for m in facts.moves)
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Nikkei 225", "the yen climbed to a three-month high")]


@pytest.mark.parametrize(("text", "expected"), [
    # a closing extreme after the day ("closed on Thursday at its lowest level of the year") is the move
    ("Gulf stocks fall\n\nDubai's main stock market closed on Thursday at its lowest level of the year amid "
     "worry over slumping crude prices.", [("DFM General Index", "worry over slumping crude prices")]),
    # "X was one of many bourses that slid": X moved
    ("Asian stocks fall\n\nTaiwan was one of many bourses that slid on Friday amid fears of a US slowdown.",
     [("TAIEX", "fears of a US slowdown")]),
])
def test_figureless_moves_of_a_market(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ", with" opens a cause when investors trade or the day's biggest moves came from somewhere
    ("Seoul stocks fall\n\nThe Kospi fell 1%, with foreign investors selling shares worth 197 billion won.",
     [("KOSPI", "foreign investors selling shares worth 197 billion won")]),
    ("Warsaw stocks fall\n\nThe WIG20 index was down 3.5%, with the biggest losses coming from lenders.",
     [("WIG20", "the biggest losses coming from lenders")]),
    # ... read through the day's course before it
    ("Jakarta stocks fall\n\nJakarta's Composite Index slid 1.1 percent, coming off a one-week closing high hit in "
     "the previous session, with foreign investors selling shares.",
     [("Jakarta Composite Index", "foreign investors selling shares")]),
    # ... and not for breadth or a member's own move
    ("Seoul stocks fall\n\nThe Kospi fell 1%, with 600 issues declining.", []),
])
def test_with_as_a_cue(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text", [
    # "with X as the worst-performing stock": a role, no cause
    "Wall Street falls\n\nThe Dow fell 122.91 points to close at 24,360.14, with Boeing as the worst-performing stock "
    "in the index.",
    # the market's own course after "as"
    "Wall Street rises\n\nThe S&P 500 rose 1.2% as the market notched its second sizable gain in a row.",
])
def test_no_cause_in_a_role_or_the_markets_own_course(text):
    assert _causes(text) == []


def test_a_participle_after_a_cause_carries_the_figure():
    # CNBC's "took a hit on the back of X, closing down 6.4 percent as a sector": the figure is the clause
    # subject's, the cue before the comma its cause, "as a sector" no cue
    facts = facts_of("European stocks fall\n\nBasic resources stocks took a hit on the back of the latest China data, "
                     "closing down 6.4 percent as a sector.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Metals and mining", -6.4)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Metals and mining", "the latest China data")]
    # a name after a comma is no phrase's: "Miners continued to slide, Anglo American leading the way, dropping"
    facts = facts_of("London stocks fall\n\nMiners continued to slide, Anglo American leading the way, dropping 11.25 "
                     "per cent to 333.8p per share.")
    assert ("Metals and mining", -11.25) not in [(m.entity.name, m.change_pct) for m in facts.moves]
