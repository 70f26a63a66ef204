"""Moves in more wordings of the wires (sentences written for these tests in the styles of AP,
Reuters and Nikkei Asia; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a sector noun right before the names only describes them: the names moved, not the sector
    ("Automakers Toyota and Honda fell 1.5% and 2.2%, respectively.", [("Toyota Motor", -1.5), ("Honda", -2.2)]),
    ("Banks HSBC and Standard Chartered rose 1% each.", [("HSBC Holdings", 1.0), ("Standard Chartered", 1.0)]),
])
def test_a_sector_describing_the_names_is_no_move_of_its_own(sentence, expected):
    assert _moves("Stocks mixed\n\n" + sentence) == expected


def test_a_sector_named_with_examples_still_moves():
    # "Gold miners like A and B rallied": the group is the subject, the names are examples of it
    moves = _moves("Stocks mixed\n\nGold miners like Zijin Mining and Zhaojin Mining rallied 4% on Tuesday.")
    assert ("Metals and mining", None) in moves and ("Zijin Mining Group", 4.0) in moves


@pytest.mark.parametrize(("sentence", "name", "alias"), [
    # Reuters prints an index's code after the words that describe it: those words are a surface form of it
    ("Dubai's main share index .DFMGI advanced 1%.", "DFM General Index", "Dubai's main share index"),
    ("The Qatari index .QSI lost nearly 0.5%.", "QE Index", "Qatari index"),
    ("Saudi Arabia's benchmark index .TASI eased 0.1%.", "Tadawul All Share Index", "Saudi Arabia's benchmark index"),
    # the currencies of the wires' emerging-market wraps, named as the articles name them
    ("Mexico's peso rose 1.5% to a nearly three-week high.", "Mexican peso", "peso"),
    ("The rand gained nearly 1% against the dollar.", "South African rand", "The rand"),
    ("The lira plunged 3% after the central bank's decision.", "Turkish lira", "The lira"),
    ("The rouble slipped 0.5% against the dollar.", "Russian ruble", "The rouble"),
])
def test_the_articles_names_are_aliases(sentence, name, alias):
    moves = facts_of("Gulf stocks\n\n" + sentence).moves
    assert [m.entity.name for m in moves] == [name]
    assert alias in moves[0].entity.aliases


def test_the_index_alone_before_its_code_adds_no_alias():
    moves = facts_of("Gulf stocks\n\nIn Abu Dhabi, the index .ADI added 0.4%.").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [("FTSE ADX General Index", 0.4)]
    assert "the index" not in moves[0].entity.aliases


def test_a_market_heavyweight_is_a_company_not_the_market():
    # "a 0.8% increase in market heavyweight X": X's move, not a second move of the market
    moves = _moves("Gulf stocks\n\nIn Abu Dhabi, the index .ADI added 0.4%, led by a 0.8% increase in market "
                   "heavyweight First Abu Dhabi Bank FAB.AD and an 8% jump in Dana Gas DANA.AD.")
    assert sorted(moves) == [("Dana Gas", 8.0), ("FTSE ADX General Index", 0.4), ("First Abu Dhabi Bank", 0.8)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place's "measure" is its market's index, as its "index" is
    ("Oman's measure slipped 0.4 per cent to 4,712.35.", [("MSM 30 Index", -0.4)]),
    # ... not a measure of something else
    ("Japan's core inflation measure rose 0.3% in May.", []),
])
def test_a_places_measure_is_its_index(sentence, expected):
    assert _moves("Gulf stocks\n\n" + sentence) == expected


def test_a_knock_on_past_the_size_of_the_index():
    # the Moscow Times' "dragging the 30-stock MICEX Index 0.9 percent lower to 1,322": the index's move, its
    # level, and the movers before as its cause
    facts = facts_of("Russian stocks slide\n\nOil producer Gazprom Neft fell 4 percent, dragging the 30-stock "
                     "MICEX Index 0.9 percent lower to 1,322.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [
        ("Gazprom Neft", -4.0, None), ("MOEX Russia Index", -0.9, 1322.0)]
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("MOEX Russia Index", "Oil producer Gazprom Neft fell 4 percent")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters' "had its worst daily percentage decline in about three weeks": the day's move, with no figure
    ("The Nasdaq had its worst daily percentage decline in about three weeks on Friday.",
     [("Nasdaq Composite", "down")]),
    ("The Nasdaq posted its best percentage gain since March.", [("Nasdaq Composite", "up")]),
])
def test_a_superlative_day_with_its_measure(sentence, expected):
    assert [(m.entity.name, m.direction.value) for m in facts_of("Markets\n\n" + sentence).moves] == expected


@pytest.mark.parametrize("sentence", [
    # a count of stocks opening a sentence names no company: China Daily's limit-down breadth is a trap
    "More than 1,500 stocks, 60 percent of the total, fell by the daily maximum of 10 percent.",
    "Nearly 100 stocks fell 10 percent.",
])
def test_a_count_of_stocks_is_no_name(sentence):
    assert _moves("Stocks plummet\n\n" + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # AAP's "lifted 84.16 points, or 0.66 per cent, to 13,662.45": a figure-next verb with the points first
    ("The Dow Jones Industrial Average lifted 84.16 points, or 0.66 per cent, to 13,662.45 points.",
     [("Dow Jones Industrial Average", 0.66, 13662.45)]),
    # the Canadian Press's points restated as a percent with a comma alone
    ("The S&P 500 slipped 0.57 points, 0.03 per cent, to 2,113.46.", [("S&P 500", -0.03, 2113.46)]),
])
def test_points_then_percent(sentence, expected):
    assert [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + sentence).moves] == expected


def test_ranked_names_with_their_codes():
    # Reuters' Toronto wrap prints each name's code between the name and its figure
    moves = _moves("TSX rises\n\nLeading the index were Methanex Corp <MX.TO>, up 6.9%, Enerplus Corp ERF.TO, up "
                   "6.7%, and Vermilion Energy Inc VET.TO, higher by 6.6%.")
    assert moves == [("Methanex Corp", 6.9), ("Enerplus Corp", 6.7), ("Vermilion Energy Inc", 6.6)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The S&P Merval stock index (.MERV) rose a bit over 2% on Tuesday.", [("Merval", 2.0, True)]),
    ("Oman's main index took an 8.3 per cent hit.", [("MSM 30 Index", -8.3, False)]),
    # an acronym before a commodity word makes a company's name, as a capitalised word does ("Barrick Gold")
    ("Sibanye closed 5.15% higher at R19, but DRD Gold dropped 2.22%.",
     [("Sibanye Stillwater", 5.15, False), ("DRD Gold", -2.22, False)]),
    # a fraction written without its leading zero
    ("The insurance sector was also up .85 per cent.", [("Insurance", 0.85, False)]),
])
def test_more_figure_forms(sentence, expected):
    assert [(m.entity.name, m.change_pct, m.approx) for m in facts_of("Markets\n\n" + sentence).moves] == expected


def test_the_uae_names_dubais_market():
    # "Stock exchanges in the United Arab Emirates": Dubai's, not the Saudi index named later in the sentence
    moves = _moves("Mideast stocks\n\nStock exchanges in the United Arab Emirates ended higher on Thursday, while the "
                   "Saudi index fell 0.2%. UAE stocks rose 1.3%.")
    assert ("DFM General Index", 1.3) in moves and ("Tadawul All Share Index", -0.2) in moves


def test_a_futures_code_is_the_contracts_not_a_company():
    # Reuters prints the contract's code after "futures": the commodity moved, no company named "CLc1"
    moves = _moves("Markets\n\nWest Texas Intermediate crude futures CLc1 rose 0.8%, or $0.32, to $40.57 a barrel.")
    assert moves == [("WTI crude", 0.8)]


def test_the_agent_of_an_opening_by_phrase_is_no_subject():
    # the Taipei Times' "Led by MediaTek, the semiconductor sub-index and the electronics sector lost 0.93 percent
    # and 0.47 percent respectively": two subjects for two figures, MediaTek is the cause
    moves = _moves("TAIEX down\n\nLed by MediaTek, the semiconductor sub-index and the electronics sector lost 0.93 "
                   "percent and 0.47 percent respectively.")
    assert moves == [("Semiconductors", -0.93), ("Hardware", -0.47)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Indian and Thai listed names carry their country in brackets before the corporate tail
    ("GAIL (India) Ltd jumped 3.28% and Reliance Industries Ltd rose 2.63%.",
     [("GAIL (India) Ltd", 3.28), ("Reliance Industries", 2.63)]),
    ("Sri Trang Gloves (Thailand) Plc rose 4.33%.", [("Sri Trang Gloves (Thailand) Plc", 4.33)]),
])
def test_a_bracketed_country_inside_a_name(sentence, expected):
    assert _moves("Stocks\n\n" + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Business Day's lower-case "the all share" in a Johannesburg wrap is the JSE's all-share index
    ("The all share closed 0.75% lower at 60,751.20 points.", [("JSE All Share Index", -0.75)]),
    # ... and "all share prices" are every share's prices
    ("Nearly all share prices fell 2%.", []),
])
def test_the_all_share_of_the_storys_market(sentence, expected):
    lead = "JSE closes weaker\n\nThe JSE all share closed weaker on Wednesday. "
    assert [m for m in _moves(lead + sentence) if m[1] is not None] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adjective before the move noun, and the level after it
    ("The BIST 100 recorded a steep fall of 2.41 percent to close at 9,874.20 points.", [("BIST 100", -2.41, 9874.2)]),
    ("Tencent posted a 2% gain to HK$300.", [("Tencent Holdings", 2.0, 300.0)]),
])
def test_noun_moves_with_an_adjective_and_a_level(sentence, expected):
    assert [(m.entity.name, m.change_pct, m.close) for m in facts_of("Stocks\n\n" + sentence).moves] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Royal Dutch Shell" is Shell's older name: one name, so the two figures go to two subjects
    ("BP (BP.L) and Royal Dutch Shell shed 1.7% and 1.0%, respectively, tracking oil prices lower.",
     [("BP", -1.7), ("Shell plc", -1.0)]),
    # Swissinfo's pair sharing one figure, a figure after "only", and the kind of company after a name
    ("Swatch, down 3.7 per cent, and Lonza and Givaudan, both down 2.9 per cent, led the fallers.",
     [("Swatch", -3.7), ("Lonza Group", -2.9), ("Givaudan", -2.9)]),
    ("Nestle lost only 0.4 per cent, and Novartis two per cent.", [("Nestle", -0.4), ("Novartis", -2.0)]),
    ("Banks fell, with Julius Baer bank losing 2.8 per cent and UBS 2.3 per cent.",
     [("Julius Baer", -2.8), ("UBS", -2.3)]),
])
def test_swiss_and_london_lists(sentence, expected):
    assert [m for m in _moves("Stocks fall\n\n" + sentence) if m[1] is not None] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # RNZ's day between the closing verb and its direction
    ("The NZX50 index closing on Friday down 14 points, or 0.4%.", [("S&P/NZX 50", -0.4)]),
    ("The Kospi closed Tuesday up 1.2%.", [("KOSPI", 1.2)]),
    # ABC's hyphenated number words
    ("The Dow Jones Index dropped nearly three-and-a-half per cent to a 12-year low.",
     [("Dow Jones Industrial Average", -3.5)]),
])
def test_a_day_after_the_close_and_hyphenated_number_words(sentence, expected):
    assert _moves("Stocks\n\n" + sentence) == expected


def test_an_apposition_that_ranks_the_name():
    # Focus Taiwan's "Hon Hai Precision Industry Co., second only to TSMC by market value, rose 0.84 percent"
    moves = _moves("Taiex\n\nContract manufacturer Hon Hai Precision Industry Co., second only to TSMC by market "
                   "value, rose 0.84 percent to end at NT$197.50.")
    assert moves == [("Hon Hai Precision Industry", 0.84)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # BusinessLine's sectoral indices: "realty index", the capitalised "IT index", and no move of the Sensex
    ("Among BSE sectoral indices, realty index fell the most by 1.32 per cent, auto 1.12 per cent and PSU 0.78 "
     "per cent.", [("Property", -1.32), ("Autos and EVs", -1.12), ("PSU", -0.78)]),
    ("On the other hand, IT index was up 0.38 per cent.", [("Technology", 0.38)]),
])
def test_indian_sectoral_indices(sentence, expected):
    assert _moves("Sensex ends lower\n\n" + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the Irish Times' "came off 2.2 per cent"; "came" moves only with a direction and a figure after it
    ("The FTSE Eurotop 300 index came off 2.2 per cent at 1,530.13.", [("FTSE Eurotop 300", -2.2)]),
    ("Stocks came off their highs.", []),
    # AP's "The benchmark for Italy, where ..., fell 11%": the place's index
    ("The benchmark for Italy, where the industrial heartland was put in lockdown, fell 11%.", [("FTSE MIB", -11.0)]),
])
def test_came_off_and_the_benchmark_for_a_place(sentence, expected):
    assert [m for m in _moves("European stocks\n\n" + sentence) if m[1] is not None] == expected


def test_it_names_the_company_after_its_description():
    # the Inquirer's "Retailer Puregold Price Club Inc. was the most actively traded on Thursday. It closed down 2.13
    # percent": "It" is the company, not the market
    moves = _moves("PSEi falls\n\nRetailer Puregold Price Club Inc. was the most actively traded on Thursday. It closed "
                   "down 2.13 percent to P46 per share.")
    assert moves == [("Puregold Price Club Inc.", -2.13)]


def test_a_spokeswoman_is_no_company_whose_shares_fell():
    # "X, spokeswoman for the regulator, said ... The shares fell": the shares are the company's named before her
    moves = _moves("Shares plunge\n\nAcme Widgets will be reviewed, Anja Schuchhardt, spokeswoman for the regulator, "
                   "said in an e-mail. The shares fell 23 percent today.")
    assert moves == [("Acme Widgets", -23.0)]


def test_among_a_sector_the_names_moved_and_pick_n_pay_is_one_name():
    # Business Day's "Among retailers, Mr Price added 3.26% to R208 ... and Pick n Pay 1.51% to R61.67": the
    # retailers named moved, not the sector as a whole
    moves = _moves("JSE closes weaker\n\nAmong retailers, Mr Price added 3.26% to R208, Woolworths 2.32% to R55.56, "
                   "and Pick n Pay 1.51% to R61.67.")
    # (the headline's "JSE closes weaker" is the market's move with no figure: the JSE names South Africa's market)
    assert moves == [("JSE All Share Index", None), ("Mr Price", 3.26), ("Woolworths Group", 2.32), ("Pick n Pay", 1.51)]


def test_a_regulator_is_no_company_wherever_it_stands():
    # "German financial regulator Bafin ... Bafin will analyze ... The shares fell": never the regulator's shares
    moves = _moves("VW shares plunge\n\nGerman financial regulator Bafin will examine the trading. Bafin will analyze "
                   "the stock movement, a spokeswoman said. The shares fell as much as 23 percent today.")
    assert moves == []


def test_an_indonesian_pt_prefix_is_a_surface_form():
    # the Jakarta Post's "PT Bank Negara Indonesia (BBNI), up 3.32 percent": the name with its PT is an alias
    moves = facts_of("Jakarta\n\nThe top gainers were PT Perusahaan Gas Negara (PGAS), up 3.68 percent, and PT Bank "
                     "Negara Indonesia (BBNI), up 3.32 percent.").moves
    assert "PT Bank Negara Indonesia" in moves[-1].entity.aliases
