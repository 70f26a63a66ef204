"""Causes in more wordings of the wires (sentences written for these tests in the styles of the
Economic Times, PTI and Bloomberg; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str, str]]:
    return {(c.effect.name, c.cause, c.cue) for c in facts_of(text).causes}


@pytest.mark.parametrize(("sentence", "expected"), [
    # after a by-cue, movers end at "amid", which opens a cause of its own
    ("The Sensex climbed 1.4% on Thursday, led by gains in lenders amid upbeat global cues.",
     {("BSE Sensex", "gains in lenders", "led by"), ("BSE Sensex", "upbeat global cues", "amid")}),
    ("The Nifty fell 1% on Tuesday, dragged by losses in IT stocks amid weak global cues.",
     {("Nifty 50", "losses in IT stocks", "dragged by"), ("Nifty 50", "weak global cues", "amid")}),
    # ... but a mood "amid" something is one cause, as the seed annotations have it
    ("The FTSE 100 rose 1%, buoyed by improved risk sentiment amid easing tensions.",
     {("FTSE 100", "improved risk sentiment amid easing tensions", "buoyed by")}),
])
def test_movers_after_a_by_cue_end_at_amid(sentence, expected):
    assert _causes("Stocks mixed\n\n" + sentence) == expected


def test_a_headline_subject_of_people_is_no_company_name():
    # "Traders Bet" in title case is the clause's subject and verb, not a company named "Traders Bet"
    causes = _causes("Stocks Rise as Traders Bet on Fed Cuts\n\nThe S&P 500 rose 1%.")
    assert ("Wall Street", "Traders Bet on Fed Cuts", "as") in causes
    assert not any(cause == "Fed Cuts" for _, cause, _ in causes)


def test_an_apposition_with_an_owner_inside_the_cause():
    # "after the bank, Russia's largest lender, posted a record profit": the apposition is inside the cause
    causes = _causes("Russian stocks\n\nSberbank rose 1.2 percent to 71.02 rubles after the bank, Russia's largest "
                     "lender, posted a record first-quarter profit.")
    assert causes == {("Sberbank", "the bank, Russia's largest lender, posted a record first-quarter profit", "after")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of events after a cue is one cause each (an Oxford comma or none)
    ("Mexico's peso fell 1%, hit by a broad dollar rally, a deadlock in talks around the NAFTA free trade deal, and "
     "nervousness ahead of Mexico's July 1 presidential election.",
     {"a broad dollar rally", "a deadlock in talks around the NAFTA free trade deal",
      "nervousness ahead of Mexico's July 1 presidential election"}),
    ("Banks fell 3%, hit by Bradford & Bingley's nationalisation, the bail-out of European bank Fortis and the "
     "nationalisation of Iceland's third-largest bank, Glitnir.",
     {"Bradford & Bingley's nationalisation", "the bail-out of European bank Fortis",
      "the nationalisation of Iceland's third-largest bank, Glitnir"}),
    # ... a list of short names stays one broad cause
    ("The Sensex rose 1%, led by pharma, metal, auto and banking stocks.", {"pharma, metal, auto and banking stocks"}),
])
def test_a_list_of_events_is_a_cause_each(sentence, expected):
    assert {cause for _, cause, _ in _causes("Markets\n\n" + sentence)} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an earlier move of a span, and the opening bell, are times, not causes
    ("Sensex, Nifty close lower after a one-day rally\n\nThe Sensex fell 1%.", set()),
    ("Markets\n\nThe KSE-100 index sank 3.8% after the starting bell on the week's first trading day.", set()),
    # ... a move of something else still is one
    ("Markets\n\nThe Nifty fell 1% after a rally in oil prices.", {("Nifty 50", "a rally in oil prices", "after")}),
])
def test_times_after_after(sentence, expected):
    assert _causes(sentence) == expected


def test_a_second_clause_with_a_plain_subject_is_a_second_cause():
    # the Bangkok Post's "as concerns flared over X and two women tested positive for Covid-19"
    causes = _causes("Markets\n\nThailand's stock market plunged 1.6% as concerns flared over heightening domestic "
                     "political tensions and two women tested positive for Covid-19 infection.")
    assert {cause for _, cause, _ in causes} == {"concerns flared over heightening domestic political tensions",
                                                 "two women tested positive for Covid-19 infection"}


def test_a_cause_verbs_object_is_the_places_sector():
    # CNBC's style, "The survey sent U.K. property stocks to the bottom of Europe's STOXX 600": the sector, not the
    # place
    causes = _causes("European stocks close lower\n\nThe survey sent U.K. property stocks to the bottom of Europe's "
                     "STOXX 600, with Kestrel Homes and Osprey Land closing down more than 4 percent.")
    assert ("Property", "The survey", "sent") in causes


def test_racked_up_losses_is_a_move_with_its_cause():
    # AP's style, "Stocks racked up further losses on Wall Street Friday as X deepened"
    causes = _causes("Wall Street falls\n\nStocks racked up further losses on Wall Street Friday as a dispute over "
                     "chip export curbs deepened.")
    assert causes == {("Wall Street", "a dispute over chip export curbs deepened", "as")}


def test_a_cue_after_a_record_aside_and_a_markets_move_as_second_cause():
    # the Guardian's ", a 5.3% drop that was the eighth-worst on record, amid A and early falls on Wall Street"
    causes = _causes("FTSE falls\n\nThe FTSE 100 tumbled 269.7 points, a 5.3% drop that was the eighth-worst on "
                     "record, amid a Europe-wide sell-off of banking stocks and early falls on Wall Street.")
    assert causes == {("FTSE 100", "a Europe-wide sell-off of banking stocks", "amid"),
                      ("FTSE 100", "early falls on Wall Street", "amid")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cause verb's object with an adjective before its move noun (AP's "drove a major selloff on Wall Street")
    ("Interest rate fears drove a major selloff on Wall Street Monday.", {("Wall Street", "Interest rate fears", "drove")}),
    # "were big casualties amid X", as "were the main casualties" is
    ("Insurance and savings giants Legal & General and Prudential were big casualties amid fears for the sector's "
     "solvency position.", {("Legal & General", "fears for the sector's solvency position", "amid"),
                            ("Prudential plc", "fears for the sector's solvency position", "amid")}),
])
def test_more_figureless_effects(sentence, expected):
    assert _causes("London shares slump\n\n" + sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "because" alone is a cue, as "because of" is (ABC)
    ("Markets\n\nThe Dow Jones Index dropped 3.5 per cent because investors are worried about the banks.",
     {("Dow Jones Industrial Average", "investors are worried about the banks", "because")}),
    # "as many shops reopen" is a cause; only "as many as" is a figure's hedge (a headline in Kyodo's style)
    ("Nikkei closes at 5-week high as many shops reopen in Osaka\n\nThe Nikkei rose as much as 1.5%.",
     {("Nikkei 225", "many shops reopen in Osaka", "as")}),
    # Yonhap's "taking a cue from overnight losses on Wall Street"
    ("Seoul shares\n\nThe KOSPI fell 0.5%, taking a cue from overnight losses on Wall Street.",
     {("KOSPI", "overnight losses on Wall Street", "taking a cue from")}),
])
def test_because_as_many_and_a_cue_taken(text, expected):
    assert _causes(text) == expected


def test_the_hardest_hit_take_their_own_cue():
    # Fox Business's style, "as Kestrel Software and Osprey Media were among the hardest hit after X": X is theirs
    causes = _causes("Stocks\n\nThe Nasdaq Composite lost 2.6% as Kestrel Software and Osprey Media were among the "
                     "hardest hit after regulators opened an antitrust probe.")
    assert ("Kestrel Software", "regulators opened an antitrust probe", "after") in causes
    assert ("Osprey Media", "regulators opened an antitrust probe", "after") in causes


def test_a_dip_in_the_index_attributed_to_a_cause():
    # Gulf News' style, "Dealers also attributed the slide in the index to X"
    causes = _causes("Emaar weakness weighs on DFM\n\nThe DFM index fell 1%. Dealers also attributed the slide in the "
                     "index to heavy profit-taking ahead of the holiday.")
    # (the headline's own cue, since "DFM" alone names the index: its cause too)
    assert causes == {("DFM General Index", "heavy profit-taking ahead of the holiday", "attributed"),
                      ("DFM General Index", "Emaar weakness", "weighs on")}
