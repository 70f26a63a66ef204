"""Moves in more wordings of the wires: a comparative with "by" ("was firmer by 0.8 percent"), verbs
that state a move only with their figure right after them ("lowered 2.7 percent", "pushed up 0.4
percent"), a name written with "and" for the reference's "&", a description before a name, an
aside "in which ..." between a name and its verb, an index on its exchange, and indices the
reference lacked (sentences written for these tests in the styles of Reuters, AFP, Xinhua, the
BBC and the Irish Times; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters' China wrap: a comparative with "by" states the day's move like "0.7 percent weaker"
    ("The start-up board ChiNext index was weaker by 0.9% while the Shanghai Composite was firmer by 0.3%.",
     [("ChiNext Index", -0.9), ("Shanghai Composite Index", 0.3)]),
    # verbs that are a move only with a percent right after them
    ("PetroChina lost 2.1 percent, while Sinopec lowered 2.7 percent to 4.28 Hong Kong dollars.",
     [("PetroChina", -2.1), ("China Petroleum & Chemical Corporation", -2.7)]),
    ("Miners lifted 0.35%.", [("Metals and mining", 0.35)]),
    ("On the upside, the energy sector pushed up 0.4 percent as oil climbed.", [("Energy", 0.4)]),
    # ... and none without one
    ("Jefferies lifted its price target on HSBC by 12%.", []),
    ("Cheaper oil pushed the index lower.", []),
])
def test_a_figure_after_the_verb_makes_the_move(sentence, expected):
    assert [m for m in _moves("Stocks mixed\n\n" + sentence) if m[0] != "Crude oil"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the reference's "&" written out: one company, not two names
    ("Shares in Smith and Nephew closed 0.1% down.", [("Smith & Nephew", -0.1)]),
    ("Marks and Spencer fell 2% and Procter and Gamble rose 1%.", [("Marks & Spencer", -2.0), ("Procter & Gamble", 1.0)]),
    # a description before the name, with or without commas
    ("Builders merchant Corrib Supplies fell almost 4 per cent.", [("Corrib Supplies", -4.0)]),
    ("Builders' merchant, Corrib Supplies, fell almost 4 per cent.", [("Corrib Supplies", -4.0)]),
    # an aside opened by a preposition and "which" between the name and its verb
    ("However, Aer Lingus, in which the carrier holds a stake, gained 9.5 per cent.", [("Aer Lingus", 9.5)]),
    # an index on its exchange
    ("The Shenzhen Composite Index on the smaller Shenzhen exchange climbed 1.2 per cent.",
     [("Shenzhen Composite Index", 1.2)]),
])
def test_names_and_their_subjects(sentence, expected):
    assert _moves("Stocks mixed\n\n" + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("MSCI's Asia ex-Japan index was 0.6 percent firmer.", "MSCI Asia Pacific ex-Japan"),
    # an index of another market than the story's: not the story's benchmark
    ("The Kuwait all share index closed 0.49 per cent higher at 5,140.97.", "Boursa Kuwait All Share Index"),
])
def test_indices_named_as_the_wires_name_them(sentence, expected):
    assert [name for name, pct in _moves("Abu Dhabi index jumps\n\n" + sentence) if pct is not None] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a sector's index, not the story's benchmark
    ("The blue-chip CSI300 index climbed 1.4 percent, with the real estate index up 3.7 percent.",
     [("CSI 300 Index", 1.4), ("Property", 3.7)]),
    ("Resources shed 0.6% and the gold index dropped 0.5%.", [("Resources", -0.6), ("Metals and mining", -0.5)]),
    ("The banking index fell 2 percent.", [("Banks", -2.0)]),
    # ... and no sector in a compound or in a macro index
    # (a Chinese story's blue-chip index is the CSI 300, Reuters' "blue-chip CSI300 index")
    ("The blue-chip index rose 1.3% and the blue chip index of Seoul fell.", [("CSI 300 Index", 1.3)]),
    ("The consumer price index rose 2 percent.", []),
])
def test_a_sector_word_before_index_names_the_sector_index(sentence, expected):
    assert [m for m in _moves("China stocks rise\n\n" + sentence) if m[1] is not None] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Xinhua's list after "followed by": each sub-index with its own "at" figure
    ("The Finance Sub-index fell the most at 1.6 percent, followed by the Properties at 1.2 percent, "
     "the Commerce & Industry at 0.7 percent, the Utilities at 0.2 percent.",
     [("Hang Seng Finance Sub-index", -1.6), ("Hang Seng Properties Sub-index", -1.2),
      ("Hang Seng Commerce and Industry Sub-index", -0.7), ("Hang Seng Utilities Sub-index", -0.2)]),
    # ... not the figures of a whole list said after it
    ("Tencent fell 8%, followed by Alibaba and Meituan at 6.4 and 5.9 per cent, respectively.",
     [("Tencent Holdings", -8.0), ("Alibaba Group Holding", -6.4), ("Meituan", -5.9)]),
    # an adjective before the figure of a move's noun
    ("Longfor lost 9.5 per cent, leading a broader 3.6 per cent slide in the Hang Seng Properties Index.",
     [("Hang Seng Properties Sub-index", -3.6), ("Longfor Group Holdings", -9.5)]),
])
def test_hong_kong_lists_and_nouns(sentence, expected):
    assert [m for m in _moves("Hong Kong stocks close lower\n\n" + sentence) if m[1] is not None] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Xinhua's aside with an index name as a compound's head ("NASDAQ-style") is no list of subjects
    ("The ChiNext, China's NASDAQ-style board for start-ups, ended 1.1 percent lower.",
     [("ChiNext Index", -1.1)]),
    # a sector's index in two words, "services" among them
    ("Bursa Malaysia's financial services index fell 18.42 points or 0.11% to 16,065.76 points.",
     [("Financials", -0.11)]),
])
def test_asides_sector_indices_and_spans(sentence, expected):
    assert [m for m in _moves("Stocks mixed\n\n" + sentence) if m[1] is not None] == expected



@pytest.mark.parametrize(("text", "expected"), [
    # Reuters' bullets: a name after the bullet, and two capitalised words before "shares" are a company's
    # name, not the lithium sector
    ("Canadian stocks fall\n\n* Lithium Americas shares jump 97.9%\n\nThe index fell 0.2%.",
     [("Lithium Americas", 97.9), ("S&P/TSX Composite", -0.2)]),
    # "NSE index" and "BSE index" are India's benchmarks
    ("Indian shares fall\n\n* NSE index down 0.68%, BSE index 0.61% lower", [("Nifty 50", -0.68), ("BSE Sensex", -0.61)]),
])
def test_bullets_of_a_reuters_story(text, expected):
    assert [(m.entity.name, m.change_pct) for m in facts_of(text).moves if m.change_pct is not None] == expected
