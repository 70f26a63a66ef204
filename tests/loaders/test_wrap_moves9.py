"""Reuters' bare instrument codes, lists of figures said after the names, and the verbs of the Athens,
Indian and Indonesian wraps (sentences written for these tests in the styles of Reuters, Kathimerini,
Zee Business, the Canadian Press and Katadata; not copied)."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Reuters code printed bare after a company's name is its ticker, not part of its name
    ("Saudi Arabia's index .TASI rose 0.6%, with Riyad Holding 1010.SE gaining 1.2% and Jarir Marketing 4190.SE "
     "advancing 2.1%.",
     [("Tadawul All Share Index", 0.6, None), ("Riyad Holding", 1.2, None), ("Jarir Marketing", 2.1, None)]),
    ("In Qatar, the index .QSI slipped 0.3%, with Ooredoo ORDS.QA falling 1.1%.",
     [("QE Index", -0.3, None), ("Ooredoo", -1.1, None)]),
    ("Egypt's blue-chip index .EGX30 eased 0.2%, weighed down by a 2% fall in Palm Hills PHDC.CA.",
     [("Palm Hills", -2.0, None), ("EGX 30", -0.2, None)]),
    # a relative clause with its own move between the name and the day's verb
    ("Gulf Cement Company GCEM.AD, which jumped 4% in the previous session, fell 1.5%.",
     [("Gulf Cement Company", 4.0, None), ("Gulf Cement Company", -1.5, None)]),
    # "X Company for Y" is one name
    ("Arab Company for Steel Works gained 3.1%.", [("Arab Company for Steel Works", 3.1, None)]),
])
def test_reuters_codes(sentence, expected):
    assert _moves(sentence) == expected


def test_codes_are_tickers():
    moves = facts_of("Emirates Transport Co ETCO.DU rose 2.2% on Tuesday.").moves
    assert [(m.entity.name, m.entity.ticker) for m in moves] == [("Emirates Transport Co", "ETCO.DU")]


@pytest.mark.parametrize(("text", "codes"), [
    ("Al Baraka Bank 1530.SE rose", ["1530.SE"]),
    ("a fall in Orascom ORAS.CA.", ["ORAS.CA"]),
    ("Vodafone <VOD.L> fell", ["VOD.L"]),
    ("in the U.S. and U.K. markets", []),  # initials, no codes
    ("E.ON rose", []),
    ("Grupo Mexico S.A. fell", []),
])
def test_bare_code_scan(text, codes):
    assert [q.code for q in find_quantities(text) if q.kind == "TICKER"] == codes


def test_day_of_a_relative_clause_stays_in_it():
    facts = facts_of("Gulf shares were mixed on Tuesday.\n\nGulf Cement Company GCEM.AD, which jumped 4% in the "
                     "previous session, fell 1.5%.", published="2024-08-06")
    assert [(m.change_pct, m.date) for m in facts.moves] == [(4.0, "2024-08-05"), (-1.5, "2024-08-06")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # one percent word for a list of figures, each name its own, in order
    ("Energy and Utilities led the way up 1.84 and 1.02 per cent respectively.",
     [("Energy", 1.84, None), ("Utilities", 1.02, None)]),
    ("Shares of Suncor Energy rose 3.2 per cent, followed by Imperial Oil and Cenovus Energy at 2.9 and 2.4 per cent, "
     "respectively.",
     [("Suncor Energy", 3.2, None), ("Imperial Oil", 2.9, None), ("Cenovus Energy", 2.4, None)]),
    ("Nifty Metal fell by 3.05 percent followed by Nifty Pharma and Nifty Realty which declined by 1.22 percent and "
     "0.96 percent respectively.",
     [("Nifty Metal", -3.05, None), ("Nifty Pharma", -1.22, None), ("Nifty Realty", -0.96, None)]),
    ("The energy sector fell the most, by 2.14%, followed by the industrial sector, which corrected by 1.31%.",
     [("Energy", -2.14, None), ("Industrials", -1.31, None)]),
    # "(up 4 per cent)" after a name is its move
    ("Tata Steel (up 3 per cent) ended as the top gainer, while Wipro (down nearly 2 per cent) was the top loser.",
     [("Tata Steel", 3.0, None), ("Wipro", -2.0, None)]),
    # the sector's own index: "banks index" is one name, not banks and an index
    ("The banks index lost 4.1% as Alpha Bank conceded 5.2% and Piraeus surrendered 3.8%.",
     [("Banks", -4.1, None), ("Alpha Bank", -5.2, None), ("Piraeus", -3.8, None)]),
    # Athens' verbs
    ("Jumbo parted with 2.6%, Motor Oil shied 1.4% and Mytilineos appreciated 0.8%.",
     [("Jumbo", -2.6, None), ("Motor Oil", -1.4, None), ("Mytilineos", 0.8, None)]),
])
def test_lists_and_verbs(sentence, expected):
    assert sorted(_moves(sentence)) == sorted(expected)


@pytest.mark.parametrize(("text", "values"), [
    ("rose 2.63, 2.42, 1.73 and 1 per cent", [2.63, 2.42, 1.73, 1.0]),
    ("at 6.4 and 5.9 per cent", [6.4, 5.9]),
    ("between 2 and 3 percent", [3.0]),  # a range's end, not a list
    ("in 2019 and 2.3 percent", [2.3]),  # a year is no figure of the list
    ("fell $2.37 and 2.08 per cent", [2.08]),  # a price is no figure of the list
])
def test_shared_percent_word(text, values):
    assert [q.value for q in find_quantities(text) if q.kind == "PERCENT"] == values


@pytest.mark.parametrize(("sentence", "expected"), [
    # a description of lower-case words before an unknown name, opening the sentence or after "Elsewhere"
    ("Price comparison site Gocompare.com fell 12% to 88.5p.", [("Gocompare.com", -12.0, 88.5)]),
    ("Elsewhere online grocery service Ocado rose 4%.", [("Ocado", 4.0, None)]),
    # a noun move whose owner a description names ("a 1.2% gain in petrochemical maker X")
    ("The Kuwaiti index rose 0.3%, helped by a 1.2% gain in logistics provider Agility AGLT.KW.",
     [("Agility", 1.2, None), ("Boursa Kuwait Premier Market Index", 0.3, None)]),
    # the index names of Johannesburg and Toronto as Bloomberg spells them out
    ("The FTSE/JSE Africa All-Share Index slid 1.1 percent.", [("JSE All Share Index", -1.1, None)]),
    ("The Standard & Poor's/TSX Index rose 0.4 percent.", [("S&P/TSX Composite", 0.4, None)]),
])
def test_descriptions_and_names(sentence, expected):
    assert _moves(sentence) == expected


def test_two_noun_moves_are_two_causes():
    facts = facts_of("Dubai's index .DFMGI rose 0.4%, driven by a 2.5% rise in Emaar Development EMAARDEV.DU and a "
                     "1.1% increase in blue-chip lender Emirates NBD ENBD.DU.")
    assert [c.cause for c in facts.causes] == ["a 2.5% rise in Emaar Development",
                                               "a 1.1% increase in blue-chip lender Emirates NBD"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a description between "shares of" and the name; a restrictive "which" right after an index
    ("Shares of state-owned Bank Mandiri were down 1.8 percent, underperforming the broader banking index which "
     "fell 0.9 percent.", [("Bank Mandiri", -1.8, None), ("Banks", -0.9, None)]),
    # "Bank" opening a name is the name's own word, not a description of it
    ("Bank Leumi fell 0.6% on Sunday.", [("Bank Leumi", -0.6, None)]),
    # one stock's codes on two exchanges in one bracket (Globes)
    ("Nice Ltd. (Nasdaq: NICE; TASE: NICE) rose 2.4% and Bank Discount (TASE: DSCT) fell 0.3%.",
     [("Nice Ltd.", 2.4, None), ("Bank Discount", -0.3, None)]),
    # "On the market, X fell": the opening phrase's market is no member of a list of subjects
    ("On the market, Elbit Systems fell 1.2% for the steepest drop in the TA-35 index.",
     [("Elbit Systems", -1.2, None)]),
    # a list's last name with a predicate of its own is no gapped member of the list
    ("United Overseas Bank fell 0.5% to $29.10, DBS fell 0.2% to $33.40, and Oversea-Chinese Banking Corp was "
     "0.3% higher to $12.40.", [("United Overseas Bank", -0.5, 29.1), ("DBS Group", -0.2, 33.4),
                                ("Oversea-Chinese Banking Corp", 0.3, 12.4)]),
    # Reuters' web copy: ", opens new tab" after each linked code
    ("Delta Electronics (2308.TW), opens new tab was down 4 percent.", [("Delta Electronics", -4.0, None)]),
    # Indian wraps: "receded", a description with a hyphen at the start, the index's own exchange with its
    # code, "X, or Sensex," and a close before a double dash
    ("The wider Nifty50 of India's National Stock Exchange (NSE) receded by 43.20 points, or 0.42 per cent, to "
     "close at 10,235.60 points.", [("Nifty 50", -0.42, 10235.6)]),
    ("State-run Coal India rose 1.2 percent to 240 rupees.", [("Coal India", 1.2, 240.0)]),
    ("The Bombay Stock Exchange's Sensitive Index, or Sensex, gained 312.40, or 1.1 percent, to 28,100.25.",
     [("BSE Sensex", 1.1, 28100.25)]),
    ("The benchmark Sensex of the BSE closed at 34,126.85 points -- down 172.40 points, or 0.5 per cent.",
     [("BSE Sensex", -0.5, 34126.85)]),
    ("The S&P CNX Nifty Index rose 1.5 percent to 5,210.40.", [("Nifty 50", 1.5, 5210.4)]),
    # "An index tracking US-listed Chinese stocks": no index named before, and no home market
    ("The Shanghai Composite Index lost 0.4 per cent. An index tracking US-listed Chinese stocks surged 5.1 per "
     "cent overnight.", [("Shanghai Composite Index", -0.4, None)]),
    # web copies' quote widgets and lost codes: MarketWatch's "/zigman2/quotes/..." and "(SA:)", Brazil's share
    # classes, Reuters' codes of gold and oil
    ("The Dow Jones Industrial Average /zigman2/quotes/210598065/realtime DJIA +0.12% shed 410.20 points, or 1.6%, "
     "ending at 25,120.30.", [("Dow Jones Industrial Average", -1.6, 25120.3)]),
    ("Vale ON (SA:) fell 1.2%, while Itau Unibanco (SA:) PN rose 0.8%.", [("Vale", -1.2, None), ("Itau Unibanco", 0.8, None)]),
    ("The price of gold XAU= declined 0.7%, pulling back from a record high.", [("Gold", -0.7, None)]),
    # "Its stock" after a sentence whose company moved: that company, not a name in its aside
    ("Hormel, the maker of Spam and Dinty Moore stew, had its best day in seven years. Its stock climbed $2.10, or "
     "5.1 percent, to $43.20.", [("Hormel", 5.1, 43.2)]),
    # Investing.com's generated wraps: "X (DE: CODE ) which rose 1.6% to 132.10", a Reuters class letter in the code
    ("Leading the MDAX were Fraport AG (DE: FRAG ) which rose 1.7% to 58.40 and Gerresheimer AG "
     "(DE: GXIG ) which gained 1.2% to close at 73.60.", [("Fraport", 1.7, 58.4), ("Gerresheimer", 1.2, 73.6)]),
])
def test_names_and_brackets(sentence, expected):
    assert _moves(sentence) == expected


def test_codes_of_two_exchanges_are_one_ticker():
    assert [q.code for q in find_quantities("Teva (NYSE: TEVA; TASE: TEVA) fell") if q.kind == "TICKER"] == ["TEVA"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Reuters index code printed bare after a sector's name, before its relative clause or its verb (this
    # shape crashed the reader once: the code was taken for a ticker item)
    ("Heavily weighted energy gained 0.5% and the industrials group .GSPTTIN, which includes railways and "
     "airlines, was down 0.4%.", [("Energy", 0.5, None), ("Industrials", -0.4, None)]),
    ("The materials group .GSPTTMT was down 0.8%.", [("Materials", -0.8, None)]),
])
def test_index_codes_after_names(sentence, expected):
    assert _moves(sentence) == expected


def test_hard_wrapped_paragraph():
    # wire copy kept with its line breaks inside paragraphs: a line that goes on in lower case continues
    # the line before it (and the evidence still quotes the text as given)
    text = ("Southeast Asian stocks fell on Tuesday. The Philippines\nclosed 1.4 percent down, Singapore\n"
            "and Malaysia slipped 0.3 percent and 0.5\npercent respectively.")
    moves = facts_of(text, published="2024-05-21").moves
    assert [(m.entity.name, m.change_pct) for m in moves] == [
        ("PSEi", -1.4), ("Straits Times Index", -0.3), ("FTSE Bursa Malaysia KLCI", -0.5)]
    assert moves[0].evidence[0].sentence.startswith("The Philippines\nclosed")


def test_wrap_join_keeps_headings_and_length():
    from marketkg.loaders.text import working_text
    text = "Stocks Fall as Oil Drops\nThe Nikkei fell 2%,\nled by exporters."
    assert working_text(text) == "Stocks Fall as Oil Drops\nThe Nikkei fell 2%, led by exporters."
    assert len(working_text(text)) == len(text)


def test_wrapped_line_before_a_capital_goes_on_in_a_hard_wrapped_text():
    # a hard-wrapped wire story (lines cut near one width): a line as long as the others that ends in a word
    # goes on after its line break even before a capital; a shorter heading's line break stays
    from marketkg.loaders.text import working_text
    text = ("Asian stocks mixed\n"
            "Singapore shares were steady on Tuesday while the region's\n"
            "markets moved in narrow ranges ahead of the central bank\n"
            "meeting on Thursday, a Reuters poll of traders showed.\n\n"
            "Philippine shares were among weak spots after data showed\n"
            "April's exports fell to a three-month low on lower demand\n"
            "from China.")
    out = working_text(text)
    assert len(out) == len(text)
    assert out.startswith("Asian stocks mixed\nSingapore shares")
    assert "after data showed April's exports" in out


def test_day_in_an_aside_after_the_move_is_the_asides():
    # ", extending its pullback from a record closing high on Monday": Monday is the record's day
    facts = facts_of("Canadian stocks fell on Wednesday.\n\nCanada's S&P/TSX composite index finished down 0.3%, "
                     "extending its pullback from a record closing high on Monday.", published="2025-09-24")
    assert [(m.entity.name, m.date) for m in facts.moves] == [("S&P/TSX Composite", "2025-09-24")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # closes told after a day, with "a new ... record", or after a change restated in pence
    ("Japan's 225-issue Nikkei Stock Average added 96.30 points, or 0.35 percent, from Thursday to close the day at "
     "27,611.20.", [("Nikkei 225", 0.35, 27611.2)]),
    ("The Nasdaq Composite Index rose 52.10 points, or 0.5%, to end at a new 10,250.40 record.",
     [("Nasdaq Composite", 0.5, 10250.4)]),
    ("Lloyds fell more than 12%, down 28.5p to 206p.", [("Lloyds Banking Group", -12.0, 206.0)]),
])
def test_closes_after_the_figure(sentence, expected):
    assert _moves(sentence) == expected


def test_codes_with_a_market_prefix_and_class_letter():
    assert [q.code for q in find_quantities("Infineon (DE: IFXGn ) shed 3% and Osram (DE: OSRn ) rose")
            if q.kind == "TICKER"] == ["IFXGN", "OSRN"]
