"""The world's national indices as wraps name them, each its own entity with its figure. Sentences
written in the styles of Reuters, AP, Bernama and Xinhua."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, expected", [
    ("The Straits Times Index (STI) gained 0.4 per cent to 3,952.14.", [("idx-sti", 0.4)]),
    ("Malaysia's FBM KLCI fell 0.6 percent to 1,585.32.", [("idx-klci", -0.6)]),
    ("Indonesia's Jakarta Composite Index slid 1.2 percent, while the Philippine Stock Exchange index rose 0.3 "
     "percent.", [("idx-jci", -1.2), ("idx-psei", 0.3)]),
    ("Thailand's SET index was down 0.9 percent.", [("idx-set", -0.9)]),
    ("Vietnam's VN-Index edged up 0.2 percent.", [("idx-vnindex", 0.2)]),
    ("New Zealand's S&P/NZX 50 fell 0.5%.", [("idx-nzx50", -0.5)]),
    ("Brazil's Bovespa index rose 1.4% to 128,500 points.", [("idx-ibov", 1.4)]),
    ("Canada's S&P/TSX composite index gained 0.6% to 25,120.33.", [("idx-tsx", 0.6)]),
    ("Switzerland's SMI rose 0.4%, Spain's IBEX 35 added 0.7% and Italy's FTSE MIB gained 0.9%.",
     [("idx-smi", 0.4), ("idx-ibex35", 0.7), ("idx-ftsemib", 0.9)]),
    ("Stockholm's OMX 30 climbed 1.1%.", [("idx-omxs30", 1.1)]),
    ("Turkey's BIST 100 index dropped 3%.", [("idx-bist100", -3.0)]),
    ("South Africa's JSE All-Share index gained 0.5%.", [("idx-jse-alsi", 0.5)]),
])
def test_national_indices(text, expected):
    assert [(m.entity.id, m.change_pct) for m in facts_of(text).moves] == expected


def test_an_index_described_by_its_members():
    # Reuters' description of the CSI 300
    facts = facts_of("The CSI 300 index of the biggest stocks traded in Shanghai and Shenzhen gained 0.7 per cent.")
    assert [(m.entity.id, m.change_pct) for m in facts.moves] == [("idx-csi300", 0.7)]
