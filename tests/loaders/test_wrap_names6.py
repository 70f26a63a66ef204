"""Names and figure orders from more outlets (sentences written for these tests in the styles of RTE,
the Philippine Daily Inquirer, TheStreet, the JoongAng Daily and the Irish Independent; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # points with the percent in brackets, the direction after
    ("Tokyo's Nikkei index closed 120 points (1.1%) higher at 11,020.", [("Nikkei 225", 1.1, 11020.0)]),
    # a bare points figure with the percent in brackets
    ("The S&P 500 gained 21.5 (1.1 percent) to 1,990.2.", [("S&P 500", 1.1, 1990.2)]),
    # "ended off" is a fall
    ("The Dow ended off 300 points, or 1.1%, to 29,400.", [("Dow Jones Industrial Average", -1.1, 29400.0)]),
    # an index named with "market" after it
    ("The tech-heavy Kosdaq market fell 0.4 percent to close at 640.2.", [("KOSDAQ", -0.4, 640.2)]),
    # names across a hyphen, after a known name, with "&"; a description opening the sentence
    ("Metals producer Freeport-McMoRan dropped 4.1 percent.", [("Freeport-McMoRan", -4.1, None)]),
    ("Samsung C&T advanced 2.1 percent to 131,000 won.", [("Samsung C&T", 2.1, 131000.0)]),
    ("Insurer FBD declined 2.2pc.", [("FBD", -2.2, None)]),
    # "grew" and "bolted" with a figure
    ("IT giant Naver grew 0.8 percent.", [("Naver", 0.8, None)]),
    ("Biotech company Amgen bolted 6 percent higher.", [("Amgen", 6.0, None)]),
])
def test_names_and_figures(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", ["Sales grew 5% in May.", "Nasdaq market value rose to $20 trillion."])
def test_no_move(sentence):
    assert _moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bank of China (Hong Kong) lost 1.1 per cent to close at HK$26.3.", [("BOC Hong Kong (Holdings)", -1.1, 26.3)]),
    ("SK Hynix shed 0.3 percent, and leading steelmaker Posco declined 2.8 percent.",
     [("SK Hynix", -0.3, None), ("Posco", -2.8, None)]),
    ("Shares in Ryanair were more or less unchanged at €12.40.", [("Ryanair Holdings", 0.0, 12.4)]),
    ("Reliance Industries which was the top contributor to Tuesday's gains, settled higher by 1.3 per cent.",
     [("Reliance Industries", 1.3, None)]),
    # the Indian sectoral indices by their bare names
    ("Among the indices, metal zoomed 2.9 per cent and auto jumped 1.1 per cent.",
     [("Metals and mining", 2.9, None), ("Autos and EVs", 1.1, None)]),
    # an upper bound over one joined sector phrase is no one sector's figure (and bankex, the BSE's bank index, is
    # one of the list)
    ("Sectorally, consumer durables, healthcare, finance and bankex rose up to 1.1 per cent.",
     [("Consumer", None, None), ("Healthcare and biotech", None, None), ("Financials", None, None),
      ("BSE Bankex", None, None)]),
])
def test_more_names(sentence, expected):
    assert _moves(sentence) == expected


def test_xinhua_sub_indices_by_bare_name():
    text = ("Commerce and Industry sub- index rose 0.6 percent, and the Properties edged up 0.4 percent. "
            "The Utilities dipped 0.8 percent, and the Finance slid 0.2 percent.")
    ids = [(m.entity.id, m.change_pct) for m in facts_of(text).moves]
    assert ("idx-hscii", 0.6) in ids and ("idx-hspi", 0.4) in ids and ("idx-hsfi", -0.2) in ids
    # a capitalised "the Finance" before another name is no sub-index
    assert [m.entity.id for m in facts_of("Bank shares rose 1%, and the Finance Ministry said growth slowed.").moves] \
        == ["sector-banks"]


def test_a_city_before_its_index_is_one_of_its_names():
    [move] = facts_of("Earlier, the Frankfurt DAX edged down 0.15% to close at 6,136.").moves
    assert move.entity.id == "idx-dax" and "Frankfurt DAX" in move.entity.aliases


def test_nationality_before_an_index_and_the_it_sector():
    moves = facts_of("The benchmark German DAX and French CAC closed higher by 0.2 percent and 1.0 percent "
                     "respectively.").moves
    assert [(m.entity.id, m.change_pct) for m in moves] == [("idx-dax", 0.2), ("idx-cac40", 1.0)]
    assert "German DAX" in moves[0].entity.aliases
    assert [(m.entity.id, m.change_pct) for m in facts_of("The IT sector rose 1.63 per cent.").moves] == [
        ("sector-technology", 1.63)]
