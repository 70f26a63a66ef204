"""Moves as the blind sets of Asian and Western wires printed them: verbs the lexicon lacked
('bounced', 'softened', 'collapsed'), CNBC's spelled-out exchanges before a code, Reuters'
older codes in angle brackets, and an earlier course in the past perfect (sentences written
for these tests in the styles of CNBC, Reuters and UPI; not copied)."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ASX 200 bounced 0.86 percent to close at 5,912.9.", [("S&P/ASX 200", 0.86, 5912.9)]),
    ("Qantas bounced back 2% and Telstra perked up 1.1%.", [("Qantas", 2.0, None), ("Telstra", 1.1, None)]),
    ("The euro softened 0.4% while Wirecard collapsed 62%.", [("Euro", -0.4, None), ("Wirecard", -62.0, None)]),
    ("Bayer stumbled 1.5%, Siemens faltered 0.5% and BASF ebbed 0.3%.",
     [("Bayer", -1.5, None), ("Siemens", -0.5, None), ("BASF", -0.3, None)]),
])
def test_more_verbs(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # CNBC: the exchange spelled out, the code with a country suffix; an index's code after "CBOE:"
    ("Mazda Motor (Tokyo Stock Exchange: 7261.T-JP) closed higher by 1.96 percent at 1,531.5 yen.",
     [("Mazda", 1.96, 1531.5)]),
    ("Japan's Nikkei 225 (CBOE: .NKXQ) index rose by 0.71 percent to finish at 18,797.88.",
     [("Nikkei 225", 0.71, 18797.88)]),
    # Reuters' older copies: every code in angle brackets
    ("Vodafone <VOD.L> fell 2% and Rio Tinto <RIO.L> rose 3%.", [("Vodafone", -2.0, None), ("Rio Tinto", 3.0, None)]),
    ("Canada's main index <.GSPTSE> closed up 32.38 points, or 0.25 percent, at 13,036.96.",
     [("S&P/TSX Composite", 0.25, 13036.96)]),
    ("Oil <CLc1> rose 1% and gold <XAU=> fell 0.5%.", [("Crude oil", 1.0, None), ("Gold", -0.5, None)]),
])
def test_codes_of_cnbc_and_older_reuters(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("text", "bracket"), [
    ("Suzuki (Tokyo Stock Exchange: 7269.T-JP) rose", ("7269.T", "(Tokyo Stock Exchange: 7269.T-JP)")),
    ("Shire (Xetra: S7E.DE - news) rose", ("S7E.DE", "(Xetra: S7E.DE - news)")),
    ("Oil (CLc1) rose", ("CLC1", "(CLc1)")),  # (codes are kept in capitals)
])
def test_the_whole_bracket_is_the_code(text, bracket):
    assert [(q.code, q.text) for q in find_quantities(text) if q.kind == "TICKER"] == [bracket]


def test_angle_brackets_keep_the_evidence_as_written():
    text = "Vodafone <VOD.L> fell 2%."
    [move] = facts_of(text).moves
    assert move.evidence[0].sentence == text


def test_past_perfect_without_a_figure_is_an_earlier_course():
    facts = facts_of("Tech stocks, which had stumbled to begin the week, helped to lead the market on Wednesday as "
                     "Apple gained 3.3%.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Apple Inc", 3.3)]
    assert not facts.causes


def test_place_opening_the_sentence_names_the_index_without_a_comma():
    facts = facts_of("Dubai's main share index gained 0.5%.\n\nIn Abu Dhabi the index added 0.2%.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("DFM General Index", 0.5),
                                                                     ("FTSE ADX General Index", 0.2)]
    # not in the middle of a sentence: "in Abu Dhabi" there is where something else happened
    assert [m.entity.name for m in facts_of("Aldar rose 2% in Abu Dhabi the index said.").moves] == ["Aldar"]


def test_reuters_closing_table_in_capitals():
    facts = facts_of("Gulf bourses were mixed on Wednesday.\n\nSAUDI ARABIA down 0.4% to 12,019\n\n"
                     "BAHRAIN was up 0.1% to 2,018\n\nOMAN lost 0.2% to 4,756")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [
        ("Tadawul All Share Index", -0.4, 12019.0), ("Bahrain All Share Index", 0.1, 2018.0),
        ("MSM 30 Index", -0.2, 4756.0)]
    assert "BAHRAIN" in facts.moves[1].entity.aliases


@pytest.mark.parametrize(("sentence", "expected"), [
    # a gapped list: "by" before each figure, a possessive name, a name described by another name
    ("Marks & Spencer fell by 4.5%, B&Q-owner Kingfisher by 3.4% and Ocado by 2.6%.",
     [("Marks & Spencer", -4.5, None), ("Kingfisher plc", -3.4, None), ("Ocado", -2.6, None)]),
    ("Tesco fell 1%, Morrison's 2% and Ocado 3%.", [("Tesco", -1.0, None), ("Morrison", -2.0, None), ("Ocado", -3.0, None)]),
    # a corporate tail after a market's name makes it a company: the exchange's listed operator
    ("Emaar Properties PJSC retreated and Dubai Financial Market PJSC slumped 4.9 percent.",
     [("Dubai Financial Market PJSC", -4.9, None)]),
])
def test_lists_and_tails(sentence, expected):
    assert _moves(sentence) == expected


def test_its_shares_after_a_party_adjective():
    # "Democratic lawmakers" names no company: "Its shares" are Valeant's
    facts = facts_of("Index heavyweight Valeant Pharmaceuticals International Inc gyrated after accusations of "
                     "price gouging by U.S. Democratic lawmakers. Its shares ended down 4.4 percent at C$212.06.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [
        ("Valeant Pharmaceuticals International Inc", -4.4, 212.06)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # CNBC Europe's closes before the official figures
    ("The FTSE MIB closed down unofficially 1.6 percent.", [("FTSE MIB", -1.6, None)]),
    ("Britain's FTSE 100 provisionally closed 0.9 percent lower.", [("FTSE 100", -0.9, None)]),
    ("The FTSEurofirst 300 index closed provisionally down 0.4 percent at 1,287.64 points.",
     [("FTSEurofirst 300", -0.4, 1287.64)]),
    # AFP: a signed figure and the close in brackets after each name
    ("Exporters such as Pernod Ricard (-5.29% to 182.55 euros), Kering (-2.76% to 457.90 euros), remained under "
     "pressure.", [("Pernod Ricard", -5.29, 182.55), ("Kering", -2.76, 457.9)]),
    # a commodity's word inside a company's name
    ("Barrick Gold was down C$2.02, or 3.8 percent, at C$50.90.", [("Barrick Gold", -3.8, 50.9)]),
    ("The financial sector as a whole was down 0.7 percent.", [("Financials", -0.7, None)]),
    # AAP's spellings
    ("Australia's S&P-ASX 200 finished up 0.6 per cent.", [("S&P/ASX 200", 0.6, None)]),
])
def test_cnbc_afp_and_aap_wordings(sentence, expected):
    assert _moves(sentence) == expected


def test_a_price_index_is_macro_data():
    facts = facts_of("The Shenzhen composite finished down 0.11 percent. Chinese data showed April's consumer price "
                     "index was up 2.3 percent on-year, and the purchasing managers' index rose 2%.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Shenzhen Composite Index", -0.11)]


def test_the_sharemarket_is_the_story_market():
    facts = facts_of("The Australian sharemarket closed higher.\n\nThe heavyweight banking sector dragged on the "
                     "market following weak results from Westpac.")
    assert {c.effect.name for c in facts.causes} == {"S&P/ASX 200"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # IANS: the exchange's name in lower case between the index and its verb
    ("The broader 50-share NIFTY of the national stock exchange (NSE) ended 41.20 points or 0.63 percent up at "
     "6,584.30 points.", [("Nifty 50", 0.63, 6584.3)]),
    # "Among X, Y closed": X frames the sentence, it did not move
    ("Among the European markets, Germany's DAX closed 0.84 percent down.", [("DAX", -0.84, None)]),
    # a place joined by "&" to a name is part of the name
    ("Australia & New Zealand Banking Group Ltd. lost 1.6 percent.",
     [("Australia & New Zealand Banking Group Ltd.", -1.6, None)]),
])
def test_frames_and_exchange_phrases(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("New Zealand market leader Fletcher Building Ltd jumped 6.2 percent.", [("Fletcher Building", 6.2, None)]),
    ("Samsung's IT services arm Samsung SDS climbed 1.9 percent.", [("Samsung SDS", 1.9, None)]),
    # a participle aside between the subject and its verb
    ("Vietnam, bucking the trend, ended 0.1 percent weaker.", [("VN-Index", -0.1, None)]),
    ("Toyota, defying the slump, rose 2%.", [("Toyota Motor", 2.0, None)]),
])
def test_descriptions_and_asides_before_the_verb(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the big names of Brazil, Mexico and South Africa are known, under their other names too
    ("Shares of state-run Petroleo Brasileiro SA fell 0.96 percent, while Vale SA rose 1%.",
     [("Petrobras", -0.96, None), ("Vale", 1.0, None)]),
    ("Femsa rose 1.48 percent and Walmex slipped 0.5 percent.",
     [("Fomento Economico Mexicano", 1.48, None), ("Walmart de Mexico", -0.5, None)]),
    ("Implats fell 3.1% and Sibanye-Stillwater lost 2.4%.",
     [("Impala Platinum", -3.1, None), ("Sibanye Stillwater", -2.4, None)]),
    ("Meanwhile, the MSCI Latam stocks index slid nearly 2%.", [("MSCI Latin America", -2.0, None)]),
    ("The Stoxx 600 Europe index lost 4.1 percent.", [("STOXX Europe 600", -4.1, None)]),
    # CNBC's codes with a spelled-out or a lost exchange; "But" opens no name
    ("Valeo (Euronext Paris: FR-FR) fell 6 percent.", [("Valeo", -6.0, None)]),
    ("But Metso (:METSO-FI) fell 7 percent.", [("Metso", -7.0, None)]),
])
def test_latin_american_and_african_names_and_cnbc_codes(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an index of members with a hyphenated word before the members' noun
    ("The Topix index of all the first-section stocks shed 0.92 percent, or 14.06 points, to 1,523.40.",
     [("TOPIX", -0.92, 1523.4)]),
    # a sector's sub-index
    ("The electronics sub-index closed 0.2 percent higher.", [("Hardware", 0.2, None)]),
    # a stray space inside a decimal figure
    ("Hong Kong's Hang Seng China Enterprises Index lost 312.40 points, or 2. 67 percent, to close at 11,384.25.",
     [("Hang Seng China Enterprises Index", -2.67, 11384.25)]),
    # a figure-less move restated by a noun with its figure
    ("The banking sub-index again led losses on the index, with a 8.5% fall.", [("Banks", -8.5, None)]),
    ("Banks fell sharply, posting a 2.5% drop.", [("Banks", -2.5, None)]),
])
def test_sub_indices_split_decimals_and_restated_nouns(sentence, expected):
    assert _moves(sentence) == expected


def test_a_split_decimal_keeps_the_evidence_as_written():
    text = "Hong Kong's Hang Seng China Enterprises Index lost 312.40 points, or 2. 67 percent."
    [move] = facts_of(text).moves
    assert move.evidence[0].sentence == text


def test_an_example_of_a_business_figure_is_no_price_move():
    # "drops in U.S. sales ..., including a 43% plunge for Hyundai": Hyundai's sales fell, not its shares
    assert _moves("Automakers reported sharp drops in U.S. sales for March, including a 43% plunge for Hyundai.") == []
    assert _moves("Investors fled, with a 7 percent plunge for the Tel Aviv stock exchange.") == [("TA-35", -7.0, None)]
