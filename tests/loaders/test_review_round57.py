"""Review 57's mends: an economy's data is no sector's move ("The rise in inflation was led by food 8.7 per cent",
"industrial production fell by 0.5 per cent"), and "PSU" qualifies a sector, it is no company ("PSU and private bank
stocks fell 1.2 per cent").

Sentences from the review, written in the style of PTI, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2023-05-16")[0]


def test_an_economys_data_is_no_sectors_move():
    assert _moves("The rise in inflation was led by food 8.7 per cent, followed by fuel 4.2 per cent.") == []
    assert _moves("Consumer spending rose 2.3 per cent, industrial production fell by 0.5 per cent.") == []
    # (a guard: a market's own trend led by a sector index)
    assert ("Property", "up", 1.9, None) in _moves("The Sensex uptrend was led by realty index 1.9 per cent, followed "
                                                   "by metal 1.1 per cent.")


def test_psu_qualifies_a_sector():
    assert _moves("PSU and private bank stocks fell 1.2 per cent.") == [("Banks", "down", -1.2, None)]
    assert _moves("The Nifty IT index rose 1.1 per cent and FMCG and realty stocks gained 0.5 per cent.")[0][0] == \
        "Nifty IT"
    # (PTI's bare "IT index": the sectoral index, whatever qualifies the sector words around it)
    assert _moves("Among sectoral indices, the IT index fell 1.2 per cent.") == [("Technology", "down", -1.2, None)]
