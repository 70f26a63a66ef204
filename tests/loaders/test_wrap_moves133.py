"""What review 83 found worse after the rules of the 449th to 472nd sets, mended: "the latter's stock" is the company
named last, a possessive's too ("Natura agreed to buy Avon's Latin American unit, sending the latter's stock up 3.6
percent"); a good's price per unit is no unknown company's share price ("Petrol rose 2p to 155.9p a litre"); a
forecast's verb ends a sector's phrase ("Strategists expect tech stocks in the US to fall 5%"), as do a saying's verb
and a clause's subject and modal ("Tokyo said it will allow licensed regional banks to lend"); a passive's "on by"
opens no cause ("weighed down on by banks"); and a relative clause after a sentence's first name, or before "while",
keeps its own name ("Naspers, which managed to add 2.4%, led gains, while the country's largest miner, Anglo
American, fell 3.1%").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.pipeline import shared_pipeline
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Natura agreed to buy Avon's Latin American unit, sending the latter's stock up 3.6 percent.",
     [("Avon", "up", 3.6, None)]),
    ("Petrol rose 2p to 155.9p a litre at the pumps last month, the RAC said.", []),
    ("Strategists expect tech stocks in the US to fall 5% over the summer.", []),
    ("Naspers, which managed to add 2.4%, led gains, while the country's largest miner, Anglo American, fell 3.1%.",
     [("Naspers", "up", 2.4, None), ("Anglo American plc", "down", -3.1, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-05-15")[0] == expected


def test_on_by_opens_no_cause():
    _, causes = moves_and_causes("Spain's Ibex 35 ended with a minus of 0.48 percent at 10,386.7 points, weighed down "
                                 "on by utilities.", published="2024-05-15")
    assert causes == set()


def test_a_saying_and_a_modal_end_a_sector_phrase():
    doc = shared_pipeline()("Shares rose after Tokyo said it will allow licensed regional banks to lend abroad.")
    sectors = [m.text for m in doc._.mkg_mentions if m.kind == "sector"]
    assert sectors == ["licensed regional banks"]


@pytest.mark.parametrize("text, sector", [
    ("A US bank had called China's tech sector uninvestable in March.", "China's tech sector"),
    ("Regulators told at least three big state-owned banks to curb lending.", "three big state-owned banks"),
])
def test_a_verb_or_a_quantity_word_ends_a_sector_phrase(text, sector):
    doc = shared_pipeline()(text)
    assert [m.text for m in doc._.mkg_mentions if m.kind == "sector"] == [sector]
