"""Guards from the review of the fifty-fifth round's rules: sentences each new rule must read as the
code before it did (sentences written for the review in the styles of Reuters, Bloomberg, AP, Kyodo
and the Economic Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets\n\n" + text)


@pytest.mark.parametrize("sentence", [
    # a passive "boosted to" with no rating after it ("strong gains" is no "strong buy")
    "Sony shares were boosted to strong gains by Goldman Sachs' upbeat note.",
    "Sony was boosted to strong gains at Morgan Stanley's conference.",
])
def test_a_passive_verb_without_a_rating_is_no_rating_change(sentence):
    assert [a for a in _facts(sentence).investor_actions if a.action.value in ("upgraded", "downgraded")] == []


def test_a_two_word_rating_after_a_passive_cut():
    actions = [(a.investor.name, a.action.value) for a in _facts(
        "Autoliv Inc. fell 2 percent after it was cut to equal weight from overweight at Goldman Sachs.").investor_actions]
    assert actions == [("Goldman Sachs", "downgraded")]


def test_a_named_investor_after_a_time_word_is_the_actor():
    actions = [(a.investor.name, a.action.value) for a in _facts(
        "Demand from foreign investors after BlackRock bought shares worth $1 billion lifted the market.").investor_actions]
    assert actions == [("BlackRock", "bought")]


@pytest.mark.parametrize("sentence", [
    # a wait for a time of day is no cause
    "The Nikkei fell 0.5% as investors awaited the lunch break.",
    "Hong Kong's Hang Seng index slipped 0.7% at midday as traders awaited the afternoon session.",
    "Asian shares edged lower by 0.3% as investors awaited Wall Street's return from the Thanksgiving break.",
    # "to dip below" a level with no number: what the mark is, then its own time
    "The Kospi fell 2% to dip below the low it hit after the election.",
    "The Nikkei rose 1% to climb above the level it reached after the 2008 financial crisis.",
    # "failing to extend the rally after X": the rally's time, no cue of the day
    "Hong Kong shares closed 1% lower, failing to extend the rally after the Fed meeting, with developers weak.",
])
def test_no_cause(sentence):
    assert _facts(sentence).causes == ()


@pytest.mark.parametrize(("sentence", "entity"), [
    # "than expected", "beat estimates" are no forecast of the move
    ("Cooler than expected U.S. inflation data for April sent the Nasdaq Composite soaring 2.1%.", "Nasdaq Composite"),
    ("Better-than-expected results from Infosys on Friday caused the Nifty IT index to jump 3%.", "Nifty IT"),
    ("Profits that beat estimates at Toyota Motor for the quarter pushed the Topix to rise 1.5%.", "TOPIX"),
])
def test_no_forecast_far_back(sentence, entity):
    assert entity in [m.entity.name for m in _facts(sentence).moves]


@pytest.mark.parametrize(("sentence", "dated"), [
    # a cause or a compound after "on" names no year-on-year change
    ("Banks rose 2% on quarter-end buying.", True),
    ("HDFC Bank rose 3% on quarter results that beat estimates.", True),
])
def test_on_a_quarter_cause_keeps_the_days_move(sentence, dated):
    moves = _facts(sentence).moves
    assert len(moves) == 1 and (moves[0].date is not None) == dated


@pytest.mark.parametrize("sentence", [
    # the name before "and other <sector>" inside a phrase moved nothing
    "Shares of suppliers to Toyota and other automakers fell 2%.",
    "Honda said it would work with Toyota and other automakers, and the Nikkei fell 1%.",
    # an accounting hit, pressure from a regulator
    "Toyota took a hit of 50 billion yen from the stronger yen.",
    "Toyota came under fresh pressure from regulators to recall cars.",
    "The airline has come under pressure to crack down on its staff.",
])
def test_no_move_of_the_name(sentence):
    assert "Toyota Motor" not in [m.entity.name for m in _facts(sentence).moves] and all(
        m.entity.type.value != "company" for m in _facts(sentence).moves)


def test_a_crossed_mark_keeps_its_day():
    moves = [(m.date, m.close) for m in _facts(
        "The Nikkei fell below the 10,000 mark on Monday. On Tuesday, the Nikkei closed at 10,200.").moves]
    assert moves == [("2025-03-03", 10000.0)]


def test_an_asset_class_word_inside_a_sentence_stays_a_name():
    assert [m.entity.name for m in _facts("Shares in Equity rose 2%.").moves] == ["Equity"]


def test_rs_ends_a_sentence_before_a_capital():
    from marketkg.loaders.pipeline import shared_pipeline
    doc = shared_pipeline()("The fund raised 1,200 Rs. The Nifty fell 1%.")
    assert len(list(doc.sents)) == 2
