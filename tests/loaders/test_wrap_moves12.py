"""Moves in the wordings of the Western and Gulf wires: a company's "& Co." tail, an opening
participle that is no name, a clause-opening phrase before a Reuters code, "the lone sector",
more verbs of a fall, and a fall in profit that is no move of the shares (sentences written for
these tests in the styles of AP, Reuters and Yonhap; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # AP's and Bloomberg's full names with "& Co." are the company's names
    ("Wells Fargo & Co. slid 13 percent after the bank warned of higher loan losses.",
     [("Wells Fargo", -13.0, None)]),
    ("JPMorgan Chase & Co. fell 1.2%, while Merck & Co. rose 0.5%.",
     [("JPMorgan Chase", -1.2, None), ("Merck & Co.", 0.5, None)]),
    # a name the reference lacks keeps its tail too
    ("Brightwater Tools & Co. rose 2% to $14.10.", [("Brightwater Tools & Co.", 2.0, 14.1)]),
])
def test_and_co_is_part_of_the_name(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters' Gulf wrap: an opening participle, a description, the index's code, then the move
    ("Bucking the trend, the Qatari index .QSI fell for the fifth straight session to end 0.6% lower.",
     [("QE Index", -0.6, None)]),
    ("Reversing early gains, Keating Mining fell 2%.", [("Keating Mining", -2.0, None)]),
    # a participle's object is no subject of the infinitive after it (a month-long move, no day's)
    ("Last year a storm hit the refineries, prompting oil prices to jump 22 percent in one month.", []),
])
def test_an_opening_participle_is_no_name(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the lone sector" and "the best-performing sector" rank a sector; they name none
    ("Technology was the lone sector to rise, gaining 3.4%.", [("Technology", 3.4, None)]),
    ("Utilities were the only sector to fall, losing 0.8%.", [("Utilities", -0.8, None)]),
])
def test_a_ranked_sector_is_the_subject_named(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Nasdaq composite index shriveled 71.32 points, or 4.6 percent, to 1,479.55.",
     [("Nasdaq Composite", -4.6, 1479.55)]),
    ("Bank stocks crumbled 12 percent.", [("Banks", -12.0, None)]),
    ("Hanmi Semiconductor, a chip equipment maker, shot down 10.4 percent to 104,200 won.",
     [("Hanmi Semiconductor", -10.4, 104200.0)]),
    ("Hanmi Semiconductor shot up 10.4 percent to 104,200 won.", [("Hanmi Semiconductor", 10.4, 104200.0)]),
])
def test_more_verbs_of_a_move(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("JPMorgan Chase & Co. posted a 69 percent drop in profit from a year ago.", []),
    ("Acme Foods posted a 12% rise in sales.", []),
    # a rise of the shares themselves still counts
    ("Acme Foods posted a 2% gain.", [("Acme Foods", 2.0, None)]),
])
def test_a_drop_in_profit_is_no_move(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ranking, then a description, then the name and its "which" clause (the Guardian's market report)
    ("The session's worst performer was asset manager Brightline Group, which lost 12% or 40p to 290p.",
     [("Brightline Group", -12.0, 290.0)]),
    # a description after a name and its Reuters code renames the name (Reuters' Gulf wrap)
    ("Banks lifted the index, with Gulf Cement 3010.SE jumping 4% and Riyad Holding 1010.SE, the kingdom's "
     "biggest lender, advancing 1.8%.",
     [("Gulf Cement", 4.0, None), ("Riyad Holding", 1.8, None)]),
    # a participle after the verb's object is the subject's: the object did not move
    ("The Bahrain index .BAX tracked Dubai, closing up about 0.3%.", [("Bahrain All Share Index", 0.3, None)]),
])
def test_the_subject_past_a_description_or_an_object(sentence, expected):
    assert _moves(sentence) == expected


def test_a_possessive_apostrophe_after_an_s():
    assert _moves("Only Athens' stock exchange bucked the rally, ending 0.9 percent down.") \
        == [("Athens General Composite", -0.9, None)]


def test_a_plunge_in_shares_of_a_described_company():
    assert _moves("Stocks were mixed. A 12% jump in shares in label printer Norvane Wire was the day's standout move.") \
        == [("Norvane Wire", 12.0, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Xinhua's and Shanghai Daily's limit-up moves: a list of companies, each with its corporate tail
    ("Shanxi Coal Co, Datong Energy Co and Hebei Mining Industry & Power Co all rose by the daily maximum of 10 "
     "percent.",
     [("Shanxi Coal Co", 10.0, None), ("Datong Energy Co", 10.0, None), ("Hebei Mining Industry & Power Co", 10.0, None)]),
    # a hyphenated percent is a percent
    ("Hubei Pharma rose by the 20-percent daily limit to 21.60 yuan.", [("Hubei Pharma", 20.0, 21.6)]),
    ("Acme Foods posted a 5-per cent gain.", [("Acme Foods", 5.0, None)]),
])
def test_limit_up_moves(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # business words joined by "and" before a corporate tail are one company's name (Arab News, Globes)
    ("Yanbu Refining and Petrochemical Co. finished 1.9 percent higher.",
     [("Yanbu Refining and Petrochemical Co.", 1.9, None)]),
    # two names, the second with its tail, stay two
    ("Acme and Beta Corp. rose 2% and 3%, respectively.", [("Acme", 2.0, None), ("Beta Corp.", 3.0, None)]),
    # a possessive inside a name with its tail (the Globe and Mail's "Hudson's Bay Co.")
    ("Macleod's Bay Co. rose 2.8 per cent.", [("Macleod's Bay Co.", 2.8, None)]),
    # a sector's mass noun opens many names (the Economic Times' "Power Finance Corp", "Steel Authority of India"; names
    # the reference does not list, read as names) ...
    ("Power Finance Corp rose 4 per cent.", [("Power Finance Corp", 4.0, None)]),
    ("Steel Authority of India fell 2%.", [("Steel Authority of India", -2.0, None)]),
    # ... where an agent noun describes the name after it
    ("Chipmaker Dialog Semiconductor rose 4.2%.", [("Dialog Semiconductor", 4.2, None)]),
    # a place joined by a hyphen to a capitalised word is part of a name
    ("Toronto-Dominion Bank rose 0.3%.", [("Toronto-Dominion Bank", 0.3, None)]),
])
def test_names_with_and_possessives_and_sector_words(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # AP spells small point figures out ahead of the percentage
    ("The Standard & Poor's 500 index gained seven points, or 0.4 percent, to 2,118.",
     [("S&P 500", 0.4, 2118.0)]),
    # a company's possessive shares are the company's, not a sector's
    ("The rout began after regional lender Pinecrest Bank's shares tanked 41 per cent.",
     [("Pinecrest Bank", -41.0, None)]),
    # an agent noun in "-maker" describes the name after it
    ("Stocks fell. Toymaker Brixo saw its shares close down by roughly 2.1 percent.", [("Brixo", -2.1, None)]),
    # Portuguese "e" joins the words of a name (Reuters' Latin American wraps)
    ("Shares of Brazilian utility Energia Sul e Norte Participacoes SA tumbled 12.5 percent.",
     [("Energia Sul e Norte Participacoes SA", -12.5, None)]),
    # an aside in "controlled by", "owned in part by" stands between the name and its verb
    ("Telecom firm Andes Movil, controlled by billionaire Jorge Ruiz, rose 0.9 percent.",
     [("Andes Movil", 0.9, None)]),
    ("Tencent, owned in part by Prosus, fell 2%.", [("Tencent Holdings", -2.0, None)]),
])
def test_subjects_in_the_wires_wordings(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "shares in" a company after a place's opening are the company's (the BBC's market report)
    ("In France, shares in Renault dropped 7%.", [("Renault", -7.0, None)]),
    # Bloomberg's Nordic wraps: "A/S" ends a name, a month's abbreviation is no name, the participle after a
    # figure-less move gives its figure, and kronor and kroner are currencies
    ("Stocks fell. Vestas Wind Systems A/S (VWS DC) fell the most since Nov. 23, declining 2.9 percent to close "
     "at 137 kroner.", [("Vestas Wind Systems A/S", -2.9, 137.0)]),
    ("Stocks fell. Autoliv Inc. (ALIV SS) slumped the most since Dec. 27, losing 2.2 percent to 534 kronor.",
     [("Autoliv Inc.", -2.2, 534.0)]),
    # "each" before the participle gives every name of the list its figure
    ("Stocks fell. Budweiser and Longfor Group fell, each sliding more than 5 per cent.",
     [("Budweiser", -5.0, None), ("Longfor Group Holdings", -5.0, None)]),
    # a ranking's list with one figure for each name, respectively
    ("Stocks rose. The top gainers were Ayala Land and SM Prime, up 3 percent and 2 percent, respectively.",
     [("Ayala Land", 3.0, None), ("SM Prime Holdings", 2.0, None)]),
])
def test_lists_and_names_of_the_nordic_and_asian_wires(sentence, expected):
    assert [m for m in _moves(sentence) if m[0] not in ("Wall Street", "Global markets")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Southeast Asia's big listed companies are in the reference data, "Tbk PT" and all
    ("Stocks fell. Bank Central Asia Tbk PT rose 3 percent, while Maybank lost 1.2 percent.",
     [("Bank Central Asia", 3.0, None), ("Maybank", -1.2, None)]),
    # a description inside a list of names with figures "respectively"
    ("Stocks fell. Investors cut their holdings in Ayala Land and lender BDO, which tumbled by 2.65 percent and "
     "2.52 percent, respectively.", [("Ayala Land", -2.65, None), ("BDO Unibank", -2.52, None)]),
    # a list a verb of ranking introduced, then "each" and the participle's figure
    ("Stocks fell. Other notable losers included Budweiser and Longfor Group, each sliding more than 5 per cent.",
     [("Budweiser", -5.0, None), ("Longfor Group Holdings", -5.0, None)]),
])
def test_southeast_asian_names_and_lists(sentence, expected):
    assert [m for m in _moves(sentence) if m[0] not in ("Wall Street", "Global markets")] == expected
