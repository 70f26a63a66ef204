"""The 744th to 750th blind sets' round. Moves: a move's word glued to its figure, as typed in haste ("was up1.1%");
the subject's move of a day before in an aside ("undoing a 0.6 per cent gain on Monday"), whose day dates neither the
move nor the story; India's "the IT major"; hedged flats ("was about flat"); a sector's sub-index the reference
lacks; a share class before "shares of"; a list's first name with its appositive; a description before a stray comma;
a count of past moves ("the third time the index has lost 2 per cent") is none; a one-word "subindex"; "a 4.1 percent
bump"; a move verb with an object ("doubled its dividend") is no move. Causes: an emphatic "did" and a
comma-set adverb before the verb; "the price of copper"; a pair after "between"; a contribution's figure before "to";
a second clause's subject with its code; a mover's jump and why it jumped. Actions: a group made to trade ("spurred
overseas funds to sell").

Sentences were written for these tests in the styles of Reuters, Bloomberg, the SCMP, Business Standard, Mint, AP,
Yonhap and CNBC, with made-up companies; none is copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("body, expected", [
    ("The Nikkei share average was up1.1% at 38,120.5 on Tuesday.", {("Nikkei 225", 1.1, 38120.5)}),
    ("Infosys fell1.2 percent and Wipro rose by0.8 percent.", {("Infosys", -1.2, None), ("Wipro", 0.8, None)}),
    # (a name's own digits stay whole: "Nifty50" is no "Nifty" with a 50 percent move)
    ("The Nifty50 fell 0.4% while the FTSE100 rose 0.3%.", {("Nifty 50", -0.4, None), ("FTSE 100", 0.3, None)}),
])
def test_a_moves_word_glued_to_its_figure(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(m.entity.name, m.change_pct, m.close) for m in facts.moves} == expected


@pytest.mark.parametrize("body, published, expected", [
    # the aside's move is the subject's of the day it names; the move's own day is the story's
    ("Kestrel Mining lost 3.2 percent on Wednesday, following a 2.7 percent slide on Tuesday.", "2024-03-14",
     {(-3.2, "2024-03-13"), (-2.7, "2024-03-12")}),
    ("The Hang Seng Index ended 0.4 per cent down at 16,902.3, undoing a 0.6 per cent gain on Monday.",
     "2024-03-13", {(-0.4, "2024-03-13"), (0.6, "2024-03-11")}),
    ("The Kospi added 0.9 percent after a 1.7 percent decline on Monday.", "2024-03-13",
     {(0.9, "2024-03-13"), (-1.7, "2024-03-11")}),
    ("Osprey Foods slid 2.4 percent, extending Friday's 6 percent drop, as its chief executive quit.", "2024-03-18",
     {(-2.4, "2024-03-18"), (-6.0, "2024-03-15")}),
    ("The CAC 40 inched up 0.2 percent after jumping 1.4 percent in the prior session.", "2024-03-14",
     {(0.2, "2024-03-14"), (1.4, "2024-03-13")}),
    ("The PSEi gave up another 1.3 percent on Wednesday, having tumbled 3.1 percent on Tuesday.", "2024-03-14",
     {(-1.3, "2024-03-13"), (-3.1, "2024-03-12")}),
    ("The Kospi rose 0.5 percent, adding to Monday's 0.8 percent rise.", "2024-03-14",
     {(0.5, "2024-03-14"), (0.8, "2024-03-11")}),
    # (review 106: a weekday on or after the story's session is the week before's)
    ("Kestrel Bank sank 4 percent on Thursday, extending Friday's 6 percent drop.", "2024-03-14",
     {(-4.0, "2024-03-14"), (-6.0, "2024-03-08")}),
    # (review 106: another market's or company's move after the day; a streak's end names the move's own day)
    ("The Kospi fell 1.1 percent, extending Friday's 2 percent drop on Wall Street.", "2024-03-18",
     {(-1.1, "2024-03-18")}),
    ("Kestrel Bank rose 1.1 percent, following a 4 percent jump on Tuesday in rival Osprey Bank.", "2024-03-14",
     {(1.1, "2024-03-14")}),
    ("The Nikkei share average rose 1.2 percent to 38,900.3, snapping a three-day losing streak on Wednesday.",
     "2024-03-14", {(1.2, "2024-03-13")}),
    ("The S&P/ASX 200 gained 0.8 percent, after rising as much as 1.5 percent on Monday morning.", "2024-03-14",
     {(0.8, "2024-03-11")}),
    # (no day named: the figure is no move of the day before; a time of that day is its course, and the day the move's)
    ("The Sensex rose 1.2 percent after a 3 percent fall in January.", "2024-03-14", {(1.2, "2024-03-14")}),
    ("The Nikkei rose 1.2 percent, after falling 0.8 percent on Monday morning.", "2024-03-14", {(1.2, "2024-03-11")}),
])
def test_a_move_of_the_day_before_in_an_aside(body, published, expected):
    facts = facts_of("Markets\n\n" + body, published=published)
    assert {(m.change_pct, m.date) for m in facts.moves} == expected


@pytest.mark.parametrize("body, expected", [
    ("Tata Motors posted a quarterly loss. The auto major's shares sank 9.4 per cent to end the day at Rs 412.5.",
     ("Tata Motors", -9.4)),
    ("Infosys reported results. Shares of the IT major fell 3.1 per cent.", ("Infosys", -3.1)),
    ("Hindustan Unilever Ltd posted a profit. Shares of the FMCG major gained 2.1 per cent.",
     ("Hindustan Unilever", 2.1)),
])
def test_india_s_sector_major_is_the_company_named_before(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [expected]


def test_a_major_alone_describes_no_company():
    facts = facts_of("Markets\n\nInfosys reported results. The major indices fell 1.1 per cent.",
                     published="2024-03-14")
    assert "Infosys" not in {m.entity.name for m in facts.moves}


def test_a_hedged_flat_is_approximate():
    facts = facts_of("Markets\n\nThe Kospi slipped 0.6% and the Kosdaq was about flat. The Taiex closed flat.",
                     published="2024-03-14")
    got = {m.entity.name: (m.change_pct, m.approx) for m in facts.moves}
    assert got["KOSDAQ"] == (0.0, True)
    assert got["TAIEX"] == (0.0, False)


def test_a_sub_index_the_reference_lacks():
    facts = facts_of("Markets\n\nTech shares rallied. Hang Seng IT sub-index added 1.9%.", published="2024-03-14")
    assert ("Hang Seng IT sub-index", 1.9) in {(m.entity.name, m.change_pct) for m in facts.moves}


@pytest.mark.parametrize("body, expected", [
    ("Class A shares of Osprey Holdings gained 4.1%.", {("Osprey Holdings", 4.1)}),
    # a list's first name with its appositive before ", and"
    ("Kestrel Bank, Spain's third-largest lender, and Harbour Insurance, the biggest insurer in Portugal, jumped "
     "4.4 percent on upbeat results.", {("Kestrel Bank", 4.4), ("Harbour Insurance", 4.4)}),
    ("Kestrel Steel, a steelmaker, and Osprey Foods fell 2.2 percent.",
     {("Kestrel Steel", -2.2), ("Osprey Foods", -2.2)}),
    # (a clause is no appositive: the list's first name there is the clause's)
    ("Kestrel Steel, which makes pipes, and Osprey Foods fell 2.2 percent.", {("Osprey Foods", -2.2)}),
    # a description before the name, then a stray comma
    ("Copper producer Kestrel Mining, dropped 2.9 percent on weaker prices.", {("Kestrel Mining", -2.9)}),
])
def test_the_subject_past_a_class_an_appositive_and_a_stray_comma(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(m.entity.name, m.change_pct) for m in facts.moves} == expected


@pytest.mark.parametrize("body, expected", [
    ("The Nikkei lost 2.6%. That marked the third time the index has lost more than 2 per cent this year.",
     {("Nikkei 225", -2.6)}),
    # (an ordinal time with no perfect after it is no count: the day's move)
    ("For the second session running, the Nikkei rose 2.1 percent.", {("Nikkei 225", 2.1)}),
])
def test_a_count_of_past_moves_is_no_move(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(m.entity.name, m.change_pct) for m in facts.moves} == expected


@pytest.mark.parametrize("body, expected", [
    # a sub-index in one word; a move noun "bump"
    ("Steel stocks rallied, lifting the Topix Iron and Steel subindex 1.5 percent.",
     {("Materials", None), ("Topix Iron and Steel subindex", 1.5)}),
    ("Kestrel Rail led the sector's gains with a 4.1 percent bump.", {("Kestrel Rail", 4.1)}),
    # a move verb with an object moves no price; its own superlative or peers are no object
    ("Acme doubled its dividend on strong sales.", set()),
    ("The Kospi rose to finish at its highest close since May.", {("KOSPI", None)}),
    ("The FTSE MIB underperformed its rivals with a 0.7 percent drop.", {("FTSE MIB", -0.7)}),
])
def test_sub_indices_bumps_and_objects(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(m.entity.name, m.change_pct) for m in facts.moves} == expected


@pytest.mark.parametrize("body, expected", [
    # an emphatic "did" and an adverb set off by commas stand between the cause and its verb
    ("The Nikkei fell 1.1 percent. Those figures, though, did weigh on Tokyo stocks.",
     {("Nikkei 225", "Those figures", "weigh on")}),
    # a commodity priced: "the price of copper" is copper's
    ("Slowing demand from China has pushed down the price of copper.",
     {("Copper", "Slowing demand from China", "pushed")}),
    # (a pair after "between" is one cause's)
    ("A tariff spat between Washington and Ottawa pushed down the price of copper.",
     {("Copper", "A tariff spat between Washington and Ottawa", "pushed")}),
    # a contribution's figure before "to", and its share of a move
    ("Strong gains in HDFC Bank contributed 95 points to the Sensex's rise of 310 points.",
     {("BSE Sensex", "Strong gains in HDFC Bank", "contributed to")}),
    ("Tata Steel contributed 12 percent to the Sensex's gain.", {("BSE Sensex", "Tata Steel", "contributed to")}),
    # (a modal and its adverb make a forecast; a verb with an object moved nothing its "on" could explain)
    ("Higher tariffs will certainly dent carmakers this quarter.", set()),
    ("Osprey doubled its dividend on strong sales.", set()),
    ("The lira slid after the president doubled tariffs on steel imports.",
     {("Turkish lira", "the president doubled tariffs on steel imports", "after")}),
    # (review 106: "together" keeps a list one cause)
    ("Banks and miners together lifted the ASX 200 0.9 percent.",
     {("S&P/ASX 200", "Banks and miners together", "lifted")}),
    # (a share of a profit is no move's)
    ("Brazil contributed 18 percent to Kestrel Bank's annual profit, analysts said.", set()),
    # the second clause after "and", its subject's code between the name and its verb
    ("French stocks slipped 0.7 percent as Kestrel SA (KES) cut its sales outlook and Osprey SE (OSP) reported weaker "
     "orders.",
     {("CAC 40", "Kestrel SA (KES) cut its sales outlook", "as"),
      ("CAC 40", "Osprey SE (OSP) reported weaker orders", "as")}),
    # a mover's jump, then why it jumped
    ("Malaysian stocks rose 0.8 percent, lifted by a jump in Genting after regulators approved its casino licence.",
     {("FTSE Bursa Malaysia KLCI", "a jump in Genting", "lifted by"),
      ("Genting Berhad", "regulators approved its casino licence", "after")}),
])
def test_cause_subjects_and_objects_of_the_genre(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-14")
    assert {(c.effect.name, c.cause, c.cue) for c in facts.causes} == expected


@pytest.mark.parametrize("body, expected", [
    ("Seoul shares closed weaker as a stronger dollar spurred overseas investors to sell.",
     {("Foreign investors", "sold", None)}),
    ("Rate worries spurred investors to dump Kestrel Semiconductor, a dealer said.",
     {("Investors", "sold", "Kestrel Semiconductor")}),
    # (a forecast, a possibility, advice, a negation: nothing done; review 106)
    ("Analysts expect the data to prompt investors to sell.", set()),
    ("The regulator encouraged retail investors to buy index funds.", set()),
    ("The weak yuan has not yet prompted mainland investors to sell.", set()),
    ("The news could prompt foreign investors to sell.", set()),
])
def test_a_group_made_to_trade(body, expected):
    facts = facts_of("Markets\n\n" + body, published="2024-03-15")
    assert {(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts.investor_actions} == expected
