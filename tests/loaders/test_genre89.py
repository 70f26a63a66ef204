"""The round of the 569th-576th sets: what their first blind read showed (a price set on a named board, a figure
taken at the midday break, two weekdays in an undated story, a name with "and" before its corporate tail, a place a
statement excepts that moved on its own, a sector named by how it traded, Nepal's and Bangladesh's week).

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.ontology.calendars import is_session
from tests.conftest import actions_of, facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    # -- a price set on a board: the board is where, the company moved ("on the main bourse, down 1.4 percent")
    ("Hanmi Steel closed at 52,300 won on the main bourse, down 1.4 percent from the previous session.",
     ([("Hanmi Steel", "down", -1.4, 52300.0)], set())),
    ("Kia finished at 88,400 won on the KOSPI market, up 2.6%.", ([("Kia", "up", 2.6, 88400.0)], set())),
    ("Wren Chem finished trading at 28,450 won on the tech-heavy KOSDAQ market, down 5.72 percent.",
     ([("Wren Chem", "down", -5.72, 28450.0)], set())),
    ("Wren Chem also closed at 26,900 won on the tech-heavy KOSDAQ market, down 2.8 percent.",
     ([("Wren Chem", "down", -2.8, 26900.0)], set())),
    # an index's own level on its board stays the index's
    ("The KOSPI closed at 2,611.08 on the main board, up 0.7%.", ([("KOSPI", "up", 0.7, 2611.08)], set())),
    # -- a place the statement excepts, with a move of its own in a relative clause
    ("Most bourses in the region slid, except Madrid, which ended 0.4% higher.",
     ([("IBEX 35", "up", 0.4, None)], set())),
    ("European markets had a bad day except Spain, which lost just 0.1%.", ([("IBEX 35", "down", -0.1, None)], set())),
    # -- "and" inside a company's name before its tail; a relative clause's object is no list's member
    ("In autos, which vie with Korea for buyers, Yulon Motor rose 0.8 percent, and Sanyang Tool Co. added 0.4 percent.",
     ([("Yulon Motor", "up", 0.8, None), ("Sanyang Tool Co.", "up", 0.4, None)], set())),
    ("Kaori Machine and Tool Co. fell 2.15 percent.", ([("Kaori Machine and Tool Co.", "down", -2.15, None)], set())),
    ("Apple and Microsoft Corp. rose 1%.", ([("Apple Inc", "up", 1.0, None), ("Microsoft Corporation", "up", 1.0, None)],
                                           set())),
    ("Tokyo, Seoul and Sydney rose 1%.",
     ([("Nikkei 225", "up", 1.0, None), ("KOSPI", "up", 1.0, None), ("S&P/ASX 200", "up", 1.0, None)], set())),
    # -- Nepal's index by its names
    ("The benchmark Nepal Stock Exchange (NEPSE) index gained 1.37 percent in thin trade.",
     ([("NEPSE", "up", 1.37, None)], set())),
    ("Nepse slid 1.2 percent on Sunday.", ([("NEPSE", "down", -1.2, None)], set())),
])
def test_moves_and_causes_of_the_round(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text", [
    "Metals was the most heavily traded sector (+0.63%).",
    "Insurers were the worst performing sector, down 1.7%.",
])
def test_how_a_sector_traded_names_no_sector(text):
    moves, _ = moves_and_causes(text, published="2019-05-14")
    assert not any(name.lower() in ("traded", "performing", "worst performing") for name, *_ in moves)


def test_a_figure_at_the_midday_break_is_no_finer_close():
    facts = facts_of("Kestrel Motors\n\nShares in Kestrel Motors slid 4% on Thursday after analysts cut their targets.\n\n"
                     "Kestrel Motors shares were down 4.2% at HK$8.31 by the lunch break.", published="2019-05-16")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Kestrel Motors", -4.0, None)]


def test_the_midday_figure_alone_is_the_move():
    facts = facts_of("Kestrel Motors\n\nKestrel Motors shares were down 4.2% at HK$8.31 by the midday break.",
                     published="2019-05-15")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Kestrel Motors", -4.2, 8.31)]


def test_two_weekdays_of_an_undated_story_are_two_moves():
    facts = facts_of("Kestrel Motors\n\nShares in Kestrel Motors slid 4% on Thursday after analysts cut their targets.\n\n"
                     "On Wednesday, Kestrel Motors had dropped 9% when the company cut its sales forecast.",
                     published=None)
    assert sorted(m.change_pct for m in facts.moves) == [-9.0, -4.0]
    assert all(m.date is None for m in facts.moves)


def test_one_weekday_and_a_restatement_stay_one_move():
    facts = facts_of("Kestrel Motors\n\nShares in Kestrel Motors slid 4% on Thursday.\n\n"
                     "The stock fell 4 percent, its worst day in a year.", published=None)
    assert [m.change_pct for m in facts.moves] == [-4.0]


def test_two_weekdays_of_a_dated_story_are_keyed_by_their_days():
    facts = facts_of("Kestrel Motors\n\nShares in Kestrel Motors slid 4% on Thursday.\n\n"
                     "On Wednesday, Kestrel Motors had dropped 9%.", published="2019-05-16")
    assert sorted((m.date, m.change_pct) for m in facts.moves) == [("2019-05-15", -9.0), ("2019-05-16", -4.0)]


@pytest.mark.parametrize("mic", ["XDHA", "XNEP"])
def test_dhaka_and_kathmandu_trade_sunday_to_thursday(mic):
    import datetime as dt

    week = [dt.date(2020, 12, 6) + dt.timedelta(days=n) for n in range(7)]  # Sunday 6 December 2020 onwards
    assert [is_session(mic, day) for day in week] == [True, True, True, True, True, False, False]


@pytest.mark.parametrize("text, expected", [
    # (review 89) the new rules' near misses: a company's ADRs on a board; "except" after no market; a relative
    # clause without its comma; a maker's word before no corporate tail; a midday level after a figure-less lead
    ("Wipro ADRs closed at $6.42 on the New York Stock Exchange, up 2.3%.", ([("Wipro", "up", 2.3, 6.42)], set())),
    ("Car sales fell in every market except India, which rose 6 percent.", ([], set())),
    ("Traders who had bet on Tesla, Nio and Xpeng lost heavily, down 5 percent each.",
     ([("Tesla Inc", "down", -5.0, None), ("Nio", "down", -5.0, None), ("XPeng Inc", "down", -5.0, None)], set())),
    ("The Nifty Pharma and Metal indices rose 1.2 percent each.",
     ([("Nifty Pharma", "up", 1.2, None), ("Metal", "up", 1.2, None)], set())),
    ("Taihan Electric Wire and Cable Co. fell 2.3 percent.",
     ([("Taihan Electric Wire and Cable Co.", "down", -2.3, None)], set())),
    ("Hong Kong stocks slipped on Tuesday morning, with the Hang Seng index down 1.14% at 26,402.6 points by the lunch "
     "break.", ([("Hang Seng Index", "down", -1.14, 26402.6)], set())),
])
def test_near_misses_of_the_round(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("second", [
    "Kestrel Motors slid 4 percent, a day after the carmaker said on Wednesday it would cut jobs.",
    "Kestrel Motors fell 4 percent, while rival Osprey Auto had dropped 3% on Wednesday.",
])
def test_a_weekday_of_another_clause_makes_no_second_move(second):
    facts = facts_of(f"Kestrel Motors\n\nShares in Kestrel Motors fell 4% on Thursday.\n\n{second}", published=None)
    assert [m.change_pct for m in facts.moves if m.entity.name == "Kestrel Motors"] == [-4.0]


def test_a_headline_figure_gives_way_to_the_body_and_its_level():
    facts = facts_of("Nikkei rises 1%\n\nThe Nikkei rose 1.03% to 21,412.88 in the morning session.", published="2019-05-14")
    assert [(m.change_pct, m.close) for m in facts.moves] == [(1.03, 21412.88)]


def test_a_sunday_names_the_session_of_a_market_that_trades_on_it():
    dhaka = facts_of("Dhaka stocks\n\nDhaka stocks rose on Sunday, with the DSEX up 0.5 percent at 5,412.3.",
                     published="2019-05-14")
    riyadh = facts_of("Saudi shares\n\nSaudi shares rose on Sunday as oil climbed, with the main index up 0.8 percent.",
                      published="2019-05-14")
    assert [(m.entity.name, m.date) for m in dhaka.moves] == [("DSEX", "2019-05-12")]
    assert ("Tadawul All Share Index", "2019-05-12") in [(m.entity.name, m.date) for m in riyadh.moves]


def test_a_sunday_names_no_session_of_a_market_that_does_not_trade_on_it():
    facts = facts_of("Wall Street\n\nThe S&P 500 fell 1.1 percent after the Fed chair spoke on Sunday.",
                     published="2019-05-14")
    assert [(m.entity.name, m.date) for m in facts.moves] == [("S&P 500", "2019-05-14")]


def test_riyadh_traded_saturday_to_wednesday_before_mid_2013():
    import datetime as dt

    assert [is_session("XSAU", dt.date(2012, 5, d)) for d in (12, 13, 16, 17, 18)] == [True, True, True, False, False]
    assert [is_session("XSAU", dt.date(2019, 5, d)) for d in (11, 12, 16, 17)] == [False, True, True, False]


@pytest.mark.parametrize("text, expected", [
    # Ghana's index by its names (it read as Shanghai's "Composite Index")
    ("The GSE Composite Index rose 12.6 points on Thursday, buoyed by gains in telecom stocks.",
     ([("GSE Composite Index", "up", None, None)], {("GSE Composite Index", "gains in telecom stocks")})),
    ("The GSE-CI fell 0.31% to close at 3,104.52.", ([("GSE Composite Index", "down", -0.31, 3104.52)], set())),
    # "except for", "apart from": the excepted place's own move in its relative clause
    ("Most bourses in the region slid, except for Madrid, which ended 0.4% higher.",
     ([("IBEX 35", "up", 0.4, None)], set())),
    ("European markets fell, apart from Spain, which rose 0.3%.", ([("IBEX 35", "up", 0.3, None)], set())),
])
def test_more_of_the_round(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("when", ["at the morning close", "at mid-session", "around lunchtime"])
def test_more_session_snapshots_are_no_finer_close(when):
    facts = facts_of(f"Kestrel Motors\n\nShares in Kestrel Motors slid 4% on Thursday.\n\n"
                     f"Kestrel Motors shares were down 4.23% at HK$8.31 {when}.", published="2019-05-16")
    assert [(m.change_pct, m.close) for m in facts.moves] == [(-4.0, None)]


@pytest.mark.parametrize("text, expected", [
    # "nudged up", "nudged lower" (the Business Times' style)
    ("Singapore's Straits Times Index nudged up 0.37 percent.", ([("Straits Times Index", "up", 0.37, None)], set())),
    ("The Kospi nudged lower 0.3 percent.", ([("KOSPI", "down", -0.3, None)], set())),
    # a country's flag carrier in running text is a company; a region's airlines, or a headline's, the sector
    ("Turkish Airlines was the best performer, up 4.12 percent.", ([("Turkish Airlines", "up", 4.12, None)], set())),
    ("Asian Airlines fell 2 percent.", ([("Airlines", "down", -2.0, None)], set())),
    # PTI's opening setting before "was the top loser and dropped"
    ("Among Sensex constituents, Tata Steel was the top loser and dropped 2.7 per cent, followed by Infosys (1.6 pc).",
     ([("Tata Steel", "down", -2.7, None), ("Infosys", "down", -1.6, None)], set())),
    # a bare sector word ends a list of sectors, serial comma or not
    ("Utilities, property, and infrastructure rose 1.4 percent, 0.9 percent, and 0.6 percent, respectively.",
     ([("Utilities", "up", 1.4, None), ("Property", "up", 0.9, None), ("Infrastructure", "up", 0.6, None)], set())),
    ("Banks and demand fell 1%.", ([], set())),
])
def test_more_wordings_of_the_second_batch(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # the cue "with" before the members that drove the move (the conventions list "with" among the cues)
    ("Manila's index finished 1.3 percent lower, with a clutch of blue chips leading the fall.",
     ([("PSEi", "down", -1.3, None)], {("PSEi", "a clutch of blue chips leading the fall")})),
    # (sectors the with-list names are a cause each, as before)
    ("The PSEi closed 1.8 percent lower, with property and banking shares leading the fall.",
     ([("PSEi", "down", -1.8, None)], {("PSEi", "property"), ("PSEi", "banking shares")})),
    ("Bangkok's SET index slid 0.9 percent, with energy stocks bearing the brunt.",
     ([("SET Index", "down", -0.9, None)], {("SET Index", "energy stocks bearing the brunt")})),
    ("The FTSE 100 lost 0.6 per cent, with miners among the biggest fallers.",
     ([("FTSE 100", "down", -0.6, None)], {("FTSE 100", "miners among the biggest fallers")})),
    # the clause goes on past its lead: the next cue's cause, not the lead
    ("The ASX 200 finished 0.7 per cent higher, with the banks leading the way after a rally in New York overnight.",
     ([("S&P/ASX 200", "up", 0.7, None)], {("S&P/ASX 200", "a rally in New York overnight")})),
])
def test_with_the_members_that_led_the_move(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


def test_a_member_with_its_own_figure_is_no_cause():
    _, causes = moves_and_causes("Property stocks climbed 5%, with Kestrel Land leading the gains at 9.6%.",
                                 published="2019-05-14")
    assert causes == set()


@pytest.mark.parametrize("text, expected", [
    # a broker the reference data lacks, named after the ratings of a nominal upgrade
    ("Rivian rose 4.1% following an upgrade to outperform from neutral at Halvorsen Research.",
     [("Halvorsen Research", "upgraded", "Rivian")]),
    ("Rivian rose 4.1% following an upgrade from Halvorsen Group.", []),  # (a name that does not say it is a broker's:
    # test_genre98 reads "a downgrade by Harbor Research Partners")
    # MarketBeat's "by The Goldman Sachs Group"
    ("BHP Group was upgraded on Thursday by The Goldman Sachs Group to neutral from sell.",
     [("Goldman Sachs", "upgraded", "BHP Group")]),
])
def test_rating_changes_of_the_second_batch(text, expected):
    assert actions_of(text, published="2019-05-14") == expected


def test_a_risers_table_flattened_onto_one_line():
    facts = facts_of("FTSE 250 movers\n\nFTSE 250 - Risers\nKestrel Motors (KSM) 412.60p 2.15% Osprey Foods (John) (OSF) "
                     "1,204.00p 1.80% Finch Income Trust (FIT) 98.10p 1.20%\n\nFTSE 250 - Fallers\nHeron Homes (HRN) "
                     "288.00p -2.72% Plover Group (PLV) 509.20p -1.58%", published="2024-05-14")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [
        ("Kestrel Motors", 2.15, 412.6), ("Osprey Foods", 1.8, 1204.0), ("Finch Income Trust", 1.2, 98.1),
        ("Heron Homes", -2.72, 288.0), ("Plover Group", -1.58, 509.2)]


@pytest.mark.parametrize("text, expected", [
    # business words on both sides of "and" after their owner's own name are one company
    ("Kestrel Exploration and Production rose 2.2 percent.",
     ([("Kestrel Exploration and Production", "up", 2.2, None)], set())),
    # (not an index family's sector index, nor sector words alone)
    ("Nifty Oil and Gas rose 1%.", ([("Nifty Oil and Gas", "up", 1.0, None)], set())),
    ("Energy and Resources rose 1%.", ([("Energy", "up", 1.0, None), ("Resources", "up", 1.0, None)], set())),
])
def test_business_words_after_their_owner(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # (review 90) the round's rules near their edges: an excepted place among other measures than stocks; two excepted
    # places sharing one relative clause; the owner's possessive before its ADRs; an index or a member's own figure in
    # a with-clause; an exchange's watch list; a clause's own lunchtime; two companies sharing business words
    ("Home prices fell in most markets in the region except Sydney, which rose 1.2 per cent.", ([], set())),
    ("Apart from Tokyo, which rose 0.5 percent, Asian markets ended lower on Tuesday.",
     ([("Nikkei 225", "up", 0.5, None)], set())),
    ("European bourses ended lower except for Paris and Frankfurt, which rose 0.2% and 0.4%, respectively.",
     ([("CAC 40", "up", 0.2, None), ("DAX", "up", 0.4, None)], set())),
    ("HDFC Bank's ADRs closed at $59.85 on the New York Stock Exchange, up 1.4%.",
     ([("HDFC Bank", "up", 1.4, 59.85)], set())),
    ("Wall Street fell 1 percent on Tuesday, with the Dow leading the losses.", ([("Wall Street", "down", -1.0, None)], set())),
    ("The Hang Seng fell 1.5%, with Chinese developers among the top losers, down 3 percent.",
     ([("Hang Seng Index", "down", -1.5, None)], set())),
    ("Kestrel Motors, which issued a profit warning at lunchtime, fell 4.23% to HK$8.31.",
     ([("Kestrel Motors", "down", -4.23, 8.31)], set())),
    ("JSW Energy and Power Finance rose 2.1 per cent each.",
     ([("JSW Energy", "up", 2.1, None), ("Power Finance", "up", 2.1, None)], set())),
    ("Among Sensex constituents, Titan dropped 3.2 per cent, while among midcaps, Voltas rose 4.1 per cent.",
     ([("Titan Company", "down", -3.2, None), ("Voltas", "up", 4.1, None)], set())),
])
def test_edges_of_the_round(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected


def test_an_exchange_s_watch_list_is_no_rating():
    assert actions_of("Rivian was downgraded by the Korea Exchange to a watch list.", published="2019-05-14") == []


@pytest.mark.parametrize("second", [
    "Kestrel Motors shares were down 4% from Monday's close.",
    "Kestrel Motors was still down 4% by Friday, as analysts cut their targets.",
    "On Wednesday evening, Kestrel Motors warned on profit; the shares fell 4 percent the next day.",
])
def test_a_weekday_that_is_not_the_move_s_makes_no_second_move(second):
    facts = facts_of(f"Kestrel Motors\n\nKestrel Motors fell 4% on Thursday.\n\n{second}", published=None)
    assert [m.change_pct for m in facts.moves] == [-4.0]
