"""The 689th to 696th blind sets' first read: a cause verb joined by "and" to the subject's first verb, a cause
verb whose object is a figure's move ("powered a 2.4% jump in the Nasdaq"), "pushed higher mainly by", a back
reference that is the sentence's own move or another thing's surge, an index named without its head word, "Chinese
H-shares", a leader's figure after "led index gains", "appreciating", a broker's grade given to a description, a
group's net trade told by a verb, an index "tracking" a sector, and a dateline written with a colon.

Sentences were written for these tests in the styles of AP, Reuters, the SCMP, MarketWatch and Yonhap, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, facts_of, moves_and_causes


def _causes(text: str) -> set[tuple]:
    return moves_and_causes(text, published="2024-03-12")[1]


def _moves(text: str) -> list[tuple]:
    return [(name, change) for name, _, change, _ in moves_and_causes(text, published="2024-03-12")[0]]


@pytest.mark.parametrize("text, expected", [
    # the second of two verbs joined by "and" has the first one's subject, not the clause inside its object
    ("The Dow fell 1.2 percent to 38,000 on Thursday. A plunge in home sales and a rise in jobless claims added to "
     "concerns that the economy is cooling and helped push stocks lower.",
     {("Wall Street", "A plunge in home sales"), ("Wall Street", "a rise in jobless claims")}),
    ("Higher copper prices lifted mining shares and sparked a broad rally in London, pushing the FTSE 100 up 1.1%.",
     {("Metals and mining", "Higher copper prices"), ("FTSE 100", "Higher copper prices")}),
    # (the first verb must be a cause verb too, else the clause reads as before: review 101's "Brokers said X hurt
    # sentiment and pushed the index lower", whose subject would have been the brokers)
    ("Kestrel Bank fell 3% on Tuesday. The new reserve rule has created a cash squeeze and forced banks lower.",
     {("Banks", "The new reserve rule has created a cash squeeze")}),
    ("The Kospi fell 1% on Tuesday. Brokers said weak chip exports hurt sentiment and pushed the index lower.",
     {("KOSPI", "weak chip exports hurt sentiment")}),
    # (a first verb that is the subject's own move: no cause verb of a shared subject)
    ("Oil fell and weighed on energy shares.", {("Energy", "Oil fell")}),
])
def test_a_cause_verb_after_and_shares_the_first_verbs_subject(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the sentence's own move with its figure: its causes are the clause's, no back reference to the move before
    ("The Nikkei fell 2% on Monday. The Dow fell 1% as the debt crisis and fears over growth sparked another rout.",
     {("Dow Jones Industrial Average", "the debt crisis"), ("Dow Jones Industrial Average", "fears over growth")}),
    # another thing's surge is no move of the market before it
    ("The Nasdaq rose 2.4% on Monday. Weak data sparked a surge in bond yields.", set()),
    # (a figure inside the subject's noun phrase is still a back reference, and so is a move joined by "and")
    ("The Nikkei fell 2%. A 5% drop in oil triggered the sell-off.", {("Nikkei 225", "A 5% drop in oil")}),
    ("The Nikkei fell 2%. The yen rose 1% against the dollar and triggered the sell-off.",
     {("Nikkei 225", "The yen rose 1% against the dollar")}),
    # (review 101: a rally in a sector is the market's; only a surge in something else is not)
    ("The Nikkei rose 1% on Monday. A weaker yen sparked a rally in exporters.", {("Nikkei 225", "A weaker yen")}),
])
def test_a_back_reference_is_the_paragraphs_market_move_only(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cause verb whose object is a figure's move in a market
    ("Strong results from chipmakers powered a 2.4% jump in the Nasdaq.",
     {("Nasdaq Composite", "Strong results from chipmakers")}),
    ("Bank earnings drove a 1.5% climb in the Dow.", {("Dow Jones Industrial Average", "Bank earnings")}),
    # an adverb inside "pushed higher by"
    ("The S&P 500 rose 1.2%, pushed higher mainly by gains in bank stocks.",
     {("S&P 500", "gains in bank stocks")}),
    ("The FTSE 100 fell 0.4%, dragged lower largely by miners.", {("FTSE 100", "miners")}),
])
def test_cause_verbs_and_cues_around_a_figure(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "tracking" after an index's name describes the index, no cause of another's move
    ("The Hang Seng index tracking oil producers gained 2.1%, while a sub-index tracking property stocks fell 1.3%.",
     set()),
    ("The Hang Seng Index rose 1.5%, tracking gains on Wall Street.", {("Hang Seng Index", "gains on Wall Street")}),
    # (an index tracking another market's moves is a cue: review 101's "with the index tracking gains on Wall Street")
    ("Hong Kong stocks rose, with the Hang Seng Index tracking gains on Wall Street to close 1.1% higher.",
     {("Hang Seng Index", "gains on Wall Street")}),
    # a dateline written with a colon opens no cause: the leaders after it are one
    ("HONG KONG: Chinese banks and developers led a rally in Hong Kong shares on Monday. The Hang Seng index rose "
     "2.2% to 21,000.", {("Hang Seng Index", "Chinese banks and developers")}),
    # (a label before a colon is no dateline: the line reads as before)
    ("ANALYSIS: Chinese banks and developers led a rally in Hong Kong shares on Monday. The Hang Seng index rose "
     "2.2% to 21,000.", set()),
])
def test_an_index_tracking_a_sector_and_a_colon_dateline(text, expected):
    assert _causes(text) == expected


def test_an_index_named_without_its_head_word_keeps_that_form():
    facts = facts_of("Hong Kong stocks\n\nThe H-share gauge, the China Enterprises Index, added 1.4 percent.\n",
                     published="2024-03-12")
    (move,) = facts.moves
    assert "China Enterprises" in move.entity.aliases
    assert "the" not in move.entity.aliases


@pytest.mark.parametrize("text, expected", [
    # the index of Chinese companies' Hong Kong shares, named by the shares
    ("Chinese H-shares climbed 3.4% to 7,215.6; the Hang Seng Tech Index advanced 4.2% to 4,870.2.",
     [("Hang Seng China Enterprises Index", 3.4), ("Hang Seng TECH Index", 4.2)]),
    # a leader's figure after "led index gains" is the leader's, not the index's
    ("The Hang Seng Index rose 1 percent. Kestrel Corp led index gains, rising 3.6 per cent to HK$84.35.",
     [("Hang Seng Index", 1.0), ("Kestrel Corp", 3.6)]),
    ("The Hang Seng Index rose 1 percent. Osprey Holdings led the gains, appreciating 5 per cent to HK$13.02.",
     [("Hang Seng Index", 1.0), ("Osprey Holdings", 5.0)]),
])
def test_hong_kong_wrap_moves(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a grade given to a description of the stock that moved
    ("Osprey Power added 2.5% as Exane lifted the power company to outperform.",
     [("Exane BNP Paribas", "upgraded", "Osprey Power")]),
    ("Heron Chemicals dropped 1.6% after Jefferies cut the chemicals maker to underperform from hold.",
     [("Jefferies", "downgraded", "Heron Chemicals")]),
    # (a company's own cut is no grade; a rival's grade is no note on the stock that moved)
    ("Finch Corp rose 3% after the company cut the price to lure buyers.", []),
    ("Kestrel Motors rose 2% after Nomura lifted the rival carmaker to buy.", []),
])
def test_a_grade_given_to_a_description(text, expected):
    assert actions_of(text, published="2024-03-12") == expected


@pytest.mark.parametrize("text, expected", [
    # a group's net trade told by a verb is a purchase or a sale; told by a noun, a flow
    ("Overseas funds sold a net 412 billion won, while individuals purchased a net 655 billion won.",
     [("Foreign investors", "sold", None), ("Retail investors", "bought", None)]),
    ("Offshore investors net bought 61.2 billion won worth of shares.", [("Foreign investors", "bought", None)]),
    ("Foreign investors were net sellers of 300 billion won.", [("Foreign investors", "net_outflow", None)]),
    # (through a Stock Connect channel it is money crossing the border: a flow, the channel named or the way)
    ("Mainland investors bought a net HK$7.5 billion of Hong Kong shares via the trading link.",
     [("Southbound capital", "net_inflow", None)]),
    ("Offshore investors bought a net 2.7 billion yuan of mainland shares through the Stock Connect on Friday.",
     [("Foreign investors", "net_inflow", None)]),
])
def test_net_trades_by_verb_and_by_noun(text, expected):
    assert actions_of(text, published="2024-03-12") == expected
