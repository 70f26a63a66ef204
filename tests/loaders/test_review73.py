"""Review 73's worse cases and two of its too-narrow ones (its sentences, written for the review in the styles of the
wires and the Indian, Korean and Chinese press; not copied): with no article after "posted", the noun is its subject's
and "in Sydney" names no mover; a change "in June sales" or "in US sales" is a business figure; a "hike" in fuel
prices is a price set; "contributed to the rally in Infosys" is one stock's rally, and the speaker of "Analysts said"
is no part of the cause; a rate "steady at 3.8 percent" is no move. Too narrow before: "HSBC, for example, fell 2.3
percent" (the aside after a name alone), "a strong comeback of 0.4 per cent", and a target price "with a price target
of $250" beside a rating."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("BHP Group posted 2.35% decline in Sydney after iron ore prices slid to a four-month low.",
     ("BHP Group", "down", -2.35, None)),
    ("Banks were weak across the region. HSBC, for example, fell 2.3 percent in Hong Kong.",
     ("HSBC Holdings", "down", -2.3, None)),
    ("The rupee mounted a strong comeback of 0.4 per cent against the US dollar.", ("Indian rupee", "up", 0.4, None)),
])
def test_moves_read(text, expected):
    assert expected in moves_and_causes(text, published="2024-06-04")[0]


@pytest.mark.parametrize("text", [
    "Maruti Suzuki posted 5.2% drop in June sales, the carmaker said.",
    "Hyundai Motor posted 7% gain in US sales last month.",
    "Petrol prices saw a 5 percent hike to 300 rupees a litre on Monday.",
    "Core CPI was steady at 3.8 percent in April.",
])
def test_no_move(text):
    assert moves_and_causes(text, published="2024-06-04")[0] == []


def test_no_market_move_from_a_company_posting_in_a_city():
    moves = moves_and_causes("BHP Group posted 2.35% decline in Sydney.", published="2024-06-04")[0]
    assert [m[0] for m in moves] == ["BHP Group"]


def test_one_stock_s_rally_is_no_cause_of_the_index():
    causes = moves_and_causes("The Sensex rose 0.9%. Analysts said foreign buying contributed to the rally in Infosys.",
                              published="2024-06-04")[1]
    assert not any(effect == "BSE Sensex" for effect, _ in causes)  # (Infosys's own rally may have it: test_genre98)


def test_the_speaker_is_no_part_of_the_cause():
    causes = moves_and_causes("The Sensex rose 0.9%. Analysts said foreign buying contributed to the rally.",
                              published="2024-06-04")[1]
    assert causes == {("BSE Sensex", "foreign buying")}


def test_a_target_price_of_a_sum_beside_the_rating():
    facts = facts_of("Analyst calls\n\nTesla was upgraded to Buy from Neutral, with a price target of $275 (up from "
                     "$210), by Deutsche Bank on Tuesday.", published="2024-06-04")
    assert [(a.investor.name, a.action.value) for a in facts.investor_actions] == [
        ("Deutsche Bank", "upgraded"), ("Deutsche Bank", "other")]
