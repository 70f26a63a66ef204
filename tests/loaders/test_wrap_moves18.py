"""Subjects in CNN's, the BBC's, Xinhua's, SCMP's and The Standard's wraps (sentences written for
these tests in those styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


def test_a_long_appositive_with_a_list_of_members_is_skipped():
    # CNN: the index described at length, its members listed inside the description
    sentence = ("The Dow, a closely followed gauge of the US market that holds blue-chip names such as Apple, "
                "Boeing, Chevron, Nike and Visa, was down about 150 points, or 0.4%, in afternoon trading.")
    assert _moves("Stocks\n\n" + sentence) == [("Dow Jones Industrial Average", -0.4)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the BBC: the figure after an index "led" higher or lower is the leader's
    ("Shares in Marks & Spencer led the FTSE 100 higher, with a 4.2% gain.", [("Marks & Spencer", 4.2)]),
    ("Burberry led the FTSE 100 lower with a 3% fall.", [("Burberry", -3.0)]),
])
def test_the_leader_of_an_index_has_the_figure(sentence, expected):
    assert _moves("London stocks\n\n" + sentence) == expected


def test_the_eurofirst_without_its_ftse():
    moves = facts_of("Stocks\n\nThe pan-European Eurofirst 300 Index closed 0.7 percent higher at 1,302.1.").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [("FTSEurofirst 300", 0.7)]
    assert "Eurofirst 300 Index" in moves[0].entity.aliases


def test_a_companys_shares_where_they_trade():
    # Reuters: "X shares in Hong Kong" are the company's, not the Hong Kong market
    assert _moves("Stocks\n\nGeely shares in Hong Kong rose 3.1 percent on Thursday.") == [
        ("Geely Automobile Holdings", 3.1)]
    assert _moves("Stocks\n\nShares in Hong Kong rose 3.1 percent on Thursday.") == [("Hang Seng Index", 3.1)]


def test_an_index_of_so_called_h_shares():
    assert _moves("Hong Kong stocks\n\nThe China Enterprises Index of so-called H-shares slipped 1.6 "
                  "percent to 10,318.2.") == [("Hang Seng China Enterprises Index", -1.6)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Xinhua's sub-indices: two named with "the" each, their figures "respectively"; "sub- index" typed
    # with a space
    ("The Hang Seng Index fell 1 percent. The Commerce & Industry rose 0.2 percent, while the Properties and "
     "the Finance dropped 1.1 percent and 0.5 percent respectively.",
     [("Hang Seng Index", -1.0), ("Hang Seng Commerce and Industry Sub-index", 0.2),
      ("Hang Seng Properties Sub-index", -1.1), ("Hang Seng Finance Sub-index", -0.5)]),
    ("The Hang Seng Index fell 1 percent. The Utilities sub- index added 0.3 percent.",
     [("Hang Seng Index", -1.0), ("Hang Seng Utilities Sub-index", 0.3)]),
])
def test_xinhuas_sub_indices(sentence, expected):
    assert _moves("Hong Kong stocks\n\n" + sentence) == expected


def test_the_name_a_with_clause_ranks_has_the_participles_figure():
    # The Standard: "with X becoming the largest loser ..., falling 3.2 percent" is X's fall
    sentence = ("Local property stocks fell, with Henderson Land (0012) becoming the biggest loser among blue "
                "chips, falling 3.2 percent to HK$38.1, and Sino Land (0083) declining 2.1 percent.")
    moves = _moves("Hong Kong stocks\n\n" + sentence)
    assert ("Henderson Land Development", -3.2) in moves and ("Property", -3.2) not in moves


def test_a_leveraged_product_on_an_index_is_no_move_of_the_index():
    # a guard: Xinhua's daily line on the leveraged index, its description a long relative clause
    sentence = ("The short and 2x leveraged Hang Seng index, which in turn is designed to mirror the payoff of "
                "an inverse or geared position and tracks the Hang Seng Index's moves, was higher "
                "by 0.9 percent on the day at 4,812.6.")
    assert _moves("Hong Kong stocks\n\n" + sentence) == []


@pytest.mark.parametrize("aside", ["Part of that is down to Covid-19 supply hiccups.",
                                   "Much of that came after the COVID-19 lockdowns."])
def test_the_stock_past_a_sentence_that_names_no_company(aside):
    # SCMP: "The stock" two sentences after the company, a sentence naming a virus between; the company
    # a description relates its subject to ("a major Tesla supplier") is not the stock
    text = ("Battery stocks\n\nA three-month slide in Contemporary Amperex Technology Ltd, a major Tesla supplier, "
            f"has cut its market value below 1 trillion yuan. {aside}\n\n"
            "The stock slumped 5.2 per cent to 410 yuan in Shenzhen on Wednesday.")
    assert _moves(text) == [("Contemporary Amperex Technology", -5.2)]


@pytest.mark.parametrize(("headline", "expected"), [
    # Reuters' and Bloomberg's headline phrases of a figure-less move, their cause after them
    ("Banks surrender gains after ECB comments", ("Banks", "down", "ECB comments")),
    ("Miners extended drop on China growth worries", ("Metals and mining", "down", "China growth worries")),
])
def test_a_headlines_phrase_move_and_its_cause(headline, expected):
    facts = facts_of(headline + "\n\nStocks were mixed on Monday.")
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == [expected[:2]]
    assert [c.cause for c in facts.causes] == [expected[2]]


def test_a_us_carrier_named_with_its_corporate_tail():
    # Bloomberg: "American Airlines Group Inc." is the carrier, not the airlines sector
    assert _moves("Stocks\n\nDelta Air Lines Inc. and American Airlines Group Inc. slid more than 3 percent as jet "
                  "fuel costs climbed.") == [("Delta Air Lines", -3.0), ("American Airlines Group", -3.0)]


def test_a_knock_on_move_of_an_index_named_with_its_publisher():
    # Reuters: "pushing the PHLX chip index down" names the index after its publisher's code
    facts = facts_of("Stocks\n\nNvidia slid 4%, pushing the PHLX chip index down 2.1%.")
    assert [(c.effect.name, c.cause, c.cue) for c in facts.causes] == [
        ("Philadelphia Semiconductor Index", "Nvidia slid 4%", "pushing")]


def test_share_prices_took_a_nosedive_in_a_place():
    # The Local's "Share prices took a nosedive in Stockholm on Monday following X" (in its style)
    facts = facts_of("Stocks\n\nShare prices took a nosedive in Stockholm on Monday following sharp drops in Asia.")
    assert [(m.entity.name, m.direction.value) for m in facts.moves] == [("OMX Stockholm 30", "down")]
    assert [c.cause for c in facts.causes] == ["sharp drops in Asia"]
