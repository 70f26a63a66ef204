"""Moves of the 315th-318th sets: an appositive owned by a place of two words ("Sun Hung Kai Properties, Hong Kong's
biggest developer, slid", Bloomberg), a Reuters code with a class suffix before an appositive or a verb ("Porsche
P911_p.DE slid", "Volkswagen VOWG.DE, Europe's top carmaker, fell"), "with shares up 2.4%" after a clause whose subject
is a name (Fox Business), PTI's "ended at 22,055.48, reflecting a gain of ..." and "showing a modest gain of ...",
AP's "led the market with a 2.5% spurt" (the leader's move, not the market's) and an appositive's name as a clause's
subject ("the company behind Olive Garden, Darden Restaurants, led the way ... with a jump of 8.3%"), the Philippine
Star's style, "led by the property sector that added 0.94 percent"; and what is no name or figure: a sentence-opening
adverb ("Locally, almost all counters finished higher"), "almost all counters" (how many, no sector), and one figure of
two "respectively" for the last of a list whose other names were not read.

Sentences were written for these tests in the styles of Bloomberg, Reuters, Fox Business, PTI, AP, the Philippine Star
and the Inquirer, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2024-09-19")[0]


def test_an_appositive_owned_by_a_place_of_two_words():
    assert _moves("Sun Hung Kai Properties Ltd., Hong Kong's biggest developer, slid 3.2 percent.") == [
        ("Sun Hung Kai Properties", "down", -3.2, None)]
    assert _moves("Hyundai Motor, South Korea's largest carmaker, fell 2.1%.") == [("Hyundai Motor", "down", -2.1, None)]


def test_a_reuters_code_with_a_class_suffix():
    assert _moves("Porsche P911_p.DE slid 2.4% and BMW BMWG.DE fell 1.8%.") == [
        ("Porsche SE", "down", -2.4, None), ("BMW", "down", -1.8, None)]
    assert _moves("Volkswagen VOWG_p.DE, Europe's biggest carmaker, fell 1.3%.") == [
        ("Volkswagen Group", "down", -1.3, None)]


def test_with_shares_up_after_a_named_clause():
    assert _moves("UnitedHealth (NYSE:UNH) also kept climbing, with shares up 2.2%.") == [
        ("UnitedHealth Group", "up", 2.2, None)]
    assert _moves("Nike rose, with its shares up 3.1%.") == [("Nike, Inc.", "up", 3.1, None)]


def test_a_light_participle_with_a_size_or_reflecting():
    assert _moves("The BSE Sensex ended at 22,015.40, reflecting a gain of 290.10 points, or 1.33 per cent.") == [
        ("BSE Sensex", "up", 1.33, 22015.4)]
    moves = _moves("The Nifty ended at 8,330.20, showing a modest gain of 12.40 points or 0.15 per cent.")
    assert [m[:3] for m in moves] == [("Nifty 50", "up", 0.15)]


def test_the_leader_of_the_market_and_an_appositive_subject():
    assert _moves("The Nasdaq composite led the market with a 2.3% spurt.") == [("Nasdaq Composite", "up", 2.3, None)]
    assert _moves("The company behind Olive Garden, Darden Restaurants, led the way in the S&P 500 with a jump of "
                  "7.9%.") == [("Darden Restaurants", "up", 7.9, None)]
    # (the object of another verb is still the with-phrase's: "weighed most heavily on the S&P 500")
    assert _moves("Johnson & Johnson weighed most heavily on the S&P 500 with a 1.2 percent decline.") == [
        ("Johnson & Johnson", "down", -1.2, None)]


def test_a_sector_and_its_relative_that():
    moves = _moves("Locally, almost all counters finished higher, led by the property sector that added 0.94 "
                   "percent or 31.20 points to 3,350.70.")
    assert [m[1:] for m in moves] == [("up", 0.94, 3350.7)]
    # neither the opening adverb nor "almost all counters" is a name
    assert not any(m[0] in ("Locally", "almost") for m in moves)


def test_one_name_read_of_a_respective_list():
    moves = _moves("Financials and mining and oil slipped 0.27 percent and 0.58 percent, respectively.")
    assert all(m[2] is None for m in moves)  # no figure given to the one name read
    # a list read whole still takes its figures
    assert _moves("Alpha Bank and Piraeus Bank fell 2.1% and 1.4%, respectively.") == [
        ("Alpha Bank", "down", -2.1, None), ("Piraeus Bank", "down", -1.4, None)]
