"""Figure orders and names of the Gulf, Pakistani, Thai, Irish and New Zealand wraps (sentences written
for these tests in the styles of Gulf News, Profit, The Nation, the Irish Times and the NZ Herald; not
copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the close before the change: ", down X points or Y%", ", a rise of Y%", "an increase of Y%"
    ("Thailand's SET Index closed at 1,318.45 on Wednesday, down 9.35 points or 0.70 per cent.",
     [("SET Index", -0.7, 1318.45)]),
    ("Shares of CRH finished the day at €31.20, a rise of 2.46 per cent.", [("CRH plc", 2.46, 31.2)]),
    ("Ryanair had a good day. It closed at €14.10, an increase of 1.2 per cent.", [("Ryanair Holdings", 1.2, 14.1)]),
    ("Glanbia closed at €12.50 a fall of 0.4 per cent.", [("Glanbia", -0.4, 12.5)]),
    # a participle with no subject of its own tells more of the clause before it
    ("New Zealand's S&P/NZX 50 Index slid steadily all day and ended at 12,104, shedding 73.6 points or 0.6 per cent.",
     [("S&P/NZX 50", -0.6, 12104.0)]),
    ("The Pakistan Stock Exchange's (PSX) benchmark KSE-100 Index experienced a sharp fall on Tuesday, closing at 98,210.50 points, down 1,250.3 points or "
     "1.26%.", [("KSE-100", -1.26, 98210.5)]),
    ("Dubai: Dubai's DFM general index extended gains for a fourth day, closing 0.6 per cent "
     "higher at 3,412.8.",
     [("DFM General Index", 0.6, 3412.8)]),
    # exchanges named with their acronyms; names of the Gulf and of Xinhua's style
    ("The Abu Dhabi Securities Exchange (ADX) general index rose 0.6 per cent to 9,010.2.",
     [("FTSE ADX General Index", 0.6, 9010.2)]),
    ("The Muscat MSM 30 index shed 0.2 per cent to end at 4,560.1.", [("MSM 30 Index", -0.2, 4560.1)]),
    ("The Shanghai SE Composite Index ended at 3,046.8, up 9.7 points or 0.32 per cent.",
     [("Shanghai Composite Index", 0.32, 3046.8)]),
])
def test_moves(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a close with no change after it, and a participle that names a subject of its own
    "The index closed at 1,402.10 on Monday.",
    "Analysts met on Monday, closing at noon.",
])
def test_no_move(sentence):
    assert _moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "at least" hedges the figure; a name's gloss between commas is an aside
    ("Itau and Bradesco dropped at least 3.2 percent.", [("Itau Unibanco", -3.2, None), ("Banco Bradesco", -3.2, None)]),
    ("Vale lost 5.3 percent and Petrobras, as the state oil company Petroleo Brasileiro is known, slid 2.9 percent.",
     [("Vale", -5.3, None), ("Petrobras", -2.9, None)]),
])
def test_hedges_and_glosses(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a description opening a clause before the name; cents before the percent
    ("At home, market leader Fletcher Building was down $1.05 or 3.45 per cent to $29.35; Contact Energy declined "
     "9c or 1.2 per cent to $7.60.", [("Fletcher Building", -3.45, 29.35), ("Contact Energy", -1.2, 7.6)]),
    # the index's top gainer, with the change in cents after the percent
    ("Venture was the STI's top gainer, climbing 2.1 per cent or 35 cents to $16.95.", [("Venture", 2.1, 16.95)]),
    # "Shares" and "the counter" after the company's sentence
    ("Tesla delivered 500,000 cars. Shares closed 3.4% higher.", [("Tesla Inc", 3.4, None)]),
    ("Genting Singapore won a licence. The counter closed 0.7 per cent or $0.005 higher.",
     [("Genting Singapore", 0.7, None)]),
    # Gulf and Malaysian prices; an ordinal opening a name is part of it
    ("First Abu Dhabi Bank (FAB) was up 1.3 per cent to close at Dh14.10.", [("First Abu Dhabi Bank", 1.3, 14.1)]),
    ("Maybank rose 0.5 per cent to RM10.70.", [("Maybank", 0.5, 10.7)]),
    # the day's extreme beside its close is no move of its own
    ("Emaar Properties rose as much as 5 per cent late in the session, closing the day at Dh4.35, up 6 per cent.",
     [("Emaar Properties", 6.0, 4.35)]),
])
def test_prices_and_references(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", ["Shares fell 2%.", "The Nikkei fell. Shares fell 2% in Asia, led by Japan."])
def test_bare_shares_without_a_company(sentence):
    assert all(m.entity.type.value != "company" for m in facts_of(sentence).moves)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the verb said once, each name after it with its own figure and close
    ("Tencent fell 2%, Alibaba 3% and Meituan 4.1%.",
     [("Tencent Holdings", -2.0, None), ("Alibaba Group Holding", -3.0, None), ("Meituan", -4.1, None)]),
    ("Glencore gained 3.24% to R58.61 and Anglo American 3.18% to R219.01.",
     [("Glencore", 3.24, 58.61), ("Anglo American plc", 3.18, 219.01)]),
    ("Frankfurt advanced 0.50%, Milan 0.44% and London 0.12%.",
     [("DAX", 0.5, None), ("FTSE MIB", 0.44, None), ("FTSE 100", 0.12, None)]),
    # bare sector words, two sharing one figure
    ("Resources firmed 1.4%, industrials 0.97%, banks and financials both 0.86%.",
     [("Resources", 1.4, None), ("Industrials", 0.97, None), ("Banks", 0.86, None), ("Financials", 0.86, None)]),
])
def test_gapped_lists(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a figure after a name that is no gapped move: a stake, a second clause with its own verb
    "Tencent fell 2%, Prosus 10% of whose shares it holds.",
])
def test_not_gapped(sentence):
    assert [m.entity.name for m in facts_of(sentence).moves] == ["Tencent Holdings"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Hang Seng Tech Index, meanwhile, wrapped up the session off 2.8 percent.",
     [("Hang Seng TECH Index", -2.8, None)]),
    # "trimmed" with a figure is a fall; "trimmed losses" is no move of its own
    ("The Shanghai Composite Index trimmed 0.6 percent.", [("Shanghai Composite Index", -0.6, None)]),
    ("The Nikkei trimmed losses to close 0.5% lower.", [("Nikkei 225", -0.5, None)]),
    # a Philippine price, and "its share price" for the company named before
    ("Ayala Land fell. Its share price dropped P1.45, or 4.79%, to P28.50.", [("Ayala Land", -4.79, 28.5)]),
])
def test_more_predicates(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place's sector phrase as an appositive; a flat close after the session
    ("Credit Agricole, France's largest retail banking group, slid by 2.52 per cent, to 11.77 euros.",
     [("Credit Agricole", -2.52, 11.77)]),
    ("Saudi oil giant Aramco ended the session flat.", [("Aramco", 0.0, None)]),
    # an index at its exchange, with a "where" clause; Vietnam's and Egypt's other indices
    ("The HNX-Index at Hanoi's bourse, where small and mid caps trade, gained 0.45% while the UPCoM-Index "
     "on the Unlisted Public Companies Market rose 0.28%.", [("HNX-Index", 0.45, None), ("UPCoM-Index", 0.28, None)]),
    # a description renamed by the index's name is one index
    ("The all-embracing index, EGX 100 dropped by 1.77 percent to 2,645 points.", [("EGX 100", -1.77, 2645.0)]),
])
def test_appositives_and_indices(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an appositive holding an exchange's ticker
    ("The Taiex, the benchmark of the Taiwan bourse (TWSE), closed up 87.31 points, or 0.39 percent, "
     "at 22,418.06.", [("TAIEX", 0.39, 22418.06)]),
    # a noun move "on" an index
    ("Analysts cited a 0.98 percent increase on the Nasdaq index.", [("Nasdaq Composite", 0.98, None)]),
    # "saw its share price surge"
    ("Shanghai Pharmaceuticals Holding Corp saw its share price surge 10 percent to close at 22.55 yuan.",
     [("Shanghai Pharmaceuticals Holding Corp", 10.0, 22.55)]),
    # a ranking that "stood out to be"
    ("The top gainers stood out to be JDWS (+10.00%) and MEHT (+7.39%).", [("JDWS", 10.0, None), ("MEHT", 7.39, None)]),
])
def test_more_subjects(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Shares" after a sentence naming a known company and a person: the company
    ("Tesla shares rose after the Elon Musk-led company said it delivered 500,000 cars. Shares closed 3.4% higher.",
     [("Tesla Inc", 3.4, None)]),
    # "Another" opening a sentence names nothing; "It" is the company named before
    ("Another big gainer was Ryanair. It closed at €3.24, an increase of 3.38 per cent.", [("Ryanair Holdings", 3.38, 3.24)]),
    # a generic listed name is no match inside a longer one
    ("Union National Bank rose 1.09 per cent to Dh4.65.", [("Union National Bank", 1.09, 4.65)]),
])
def test_names_in_context(sentence, expected):
    assert _moves(sentence) == expected


def test_a_blue_chip_index_with_a_broken_hyphen_is_no_chip_index():
    assert [m.entity.id for m in facts_of("The PSEi fell 1%. The blue- chip index rose 1.3%.").moves] == ["idx-psei", "idx-psei"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a signed figure in brackets after names that no predicate gives a figure (the group's own move has none)
    ("Semiconductor stocks such as Kestrel Micro (-4.12%) and Osprey Chips (-7.06%) saw sharp declines.",
     [("Kestrel Micro", -4.12, None), ("Osprey Chips", -7.06, None), ("Semiconductors", None, None)]),
    # ", up a collective 1.11 per cent" tells more of the clause before it
    ("Tech stocks led gainers, up a collective 1.11 per cent.", [("Technology", 1.11, None)]),
])
def test_brackets_and_collectives(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the change after a close given by a participle, "down by", or "with a jump of"
    ("The ATHEX general index ended at 595.97 points, shedding 2.67%.", [("Athens General Composite", -2.67, 595.97)]),
    ("ONGC closed at Rs 98.05, down by 5.54 percent.", [("Oil and Natural Gas Corporation", -5.54, 98.05)]),
    ("Divis Lab closed at Rs 3,795 with a jump of 1.14 percent.", [("Divis Lab", 1.14, 3795.0)]),
    # verbs that move only with a figure; Athens' large-cap index is no FTSE 100
    ("Motor Oil shrank 3.26%.", [("Motor Oil", -3.26, None)]),
    ("In Athens, the large-cap FTSE 25 contracted 1.94% to close at 1,512.37 points.",
     [("FTSE/ATHEX Large Cap", -1.94, 1512.37)]),
    # a run-in head names the company its sentence's "It" stands for
    ("The Sensex fell 3%. Titan: It lost 5.24 percent to settle the day at Rs 1,508.40.",
     [("BSE Sensex", -3.0, None), ("Titan Company", -5.24, 1508.4)]),
])
def test_closes_verbs_and_heads(sentence, expected):
    assert _moves(sentence) == expected



def test_points_then_a_hedged_percent():
    assert _moves("The Dow Jones Industrial Average cratered 1,030 points, more than 3%, on Monday.") == [
        ("Dow Jones Industrial Average", -3.0, None)]
