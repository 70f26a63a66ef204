"""Guards from the review of the round's rules: sentences each new rule must leave as it was
(sentences written for the review in the styles of Reuters, Bloomberg, AP and the Economic
Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets\n\n" + text)


@pytest.mark.parametrize("sentence", [
    # the market's own course after "after" stays a time ("posting a loss" is a company's result only)
    "The Nikkei ended 0.3 percent higher after paring early losses.",
    "The Sensex closed 0.4 percent higher after recovering from losses earlier in the day.",
    "Gold rose 1 percent after falling to its lowest price in two months on Monday.",
    # "and after the close" opens a time, no second cause
    "The Dow fell 1 percent as oil slumped and after the close Apple reported results.",
])
def test_no_new_cause(sentence):
    assert [c.cause for c in _facts(sentence).causes] in ([], ["oil slumped"])


def test_a_weekly_close_does_not_override_the_days_figure():
    # "as much as" is another clause's course: the day's 1.2% stands
    facts = _facts("The Nikkei rose 1.2 percent on Friday, after climbing as much as 1.8 percent. "
                   "For the week, the Nikkei ended 3.5 percent higher.")
    assert [m.change_pct for m in facts.moves if m.entity.name == "Nikkei 225"][0] == 1.2


@pytest.mark.parametrize(("sentence", "effects"), [
    # a new clause's subject after "and" is no second object of the cause verb
    ("The Fed's hawkish tone lifted the dollar and the yen slid to a 34-year low.", ["US dollar"]),
    ("Strong earnings lifted Apple, and Microsoft fell 2 percent.", ["Apple Inc"]),
])
def test_a_cause_verbs_object_list_stops_at_a_clause(sentence, effects):
    assert [c.effect.name for c in _facts(sentence).causes] == effects


def test_the_verbs_object_is_no_subject_of_the_next_clause():
    moves = [(m.entity.name, m.change_pct) for m in _facts("Strong earnings lifted Apple, and Microsoft fell 2 percent.").moves]
    assert moves == [("Microsoft Corporation", -2.0)]


def test_settling_a_lawsuit_is_a_cause():
    causes = [c.cause for c in _facts("Bayer shares rose 5 percent after settling the Roundup litigation for "
                                      "$10 billion.").causes]
    assert causes == ["settling the Roundup litigation for $10 billion"]


@pytest.mark.parametrize("sentence", [
    # a currency's or a commodity's quote on one side of a level tells no direction
    "The yen closed above 152 per dollar, a level last seen in 1990.",
    "The rupee closed below 83 per dollar, its strongest level in a month.",
])
def test_a_threshold_gives_no_currency_move(sentence):
    assert _facts(sentence).moves == ()


@pytest.mark.parametrize(("sentence", "name"), [
    # short names end in -ly and stand before a comma; "Partner" opens a name
    ("Lilly, the maker of weight-loss drug Zepbound, jumped 4 percent.", "Lilly"),
    ("Partner Communications rose 3 percent in Tel Aviv.", "Partner Communications"),
])
def test_names_stay_names(sentence, name):
    assert [m.entity.name for m in _facts(sentence).moves] == [name]


def test_a_gloss_in_another_script_stands_aside():
    # the Taipei Times' Chinese names in brackets between a company and its appositive
    facts = _facts("Taiwan Semiconductor Manufacturing Co (台積電), the heaviest-weighted stock on the local "
                   "bourse, fell 1.86 percent to NT$612.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [
        ("Taiwan Semiconductor Manufacturing Company", -1.86, 612.0)]


def test_a_restated_change_with_its_size():
    facts = _facts("The PSEi closed at 6,711.49, up slightly by 6.37 points or 0.10 percent.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("PSEi", 0.1, 6711.49)]


def test_an_opening_cue_before_a_clause_of_its_own_explains_no_earlier_move():
    facts = _facts("The PSEi closed at 6,711.49, up 0.10 percent. After a series of jumbo hikes last year, "
                   "the Fed raised rates by 25 basis points.")
    assert facts.causes == ()
    # (one with no clause of its own still explains the move before it)
    facts = _facts("The PSEi fell 1 percent. Following the rate decision, the index fell further.")
    assert [c.cause for c in facts.causes] == ["the rate decision"]
