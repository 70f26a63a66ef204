"""More moves of the 331st to 334th sets: codes a web copy lost, two in a row ("Tencent Holdings (HK:)(OTC:) rose
1.32%", "Alibaba (HK: ) (NYSE: ) inched up 0.46%"; one alone is still a code: "Itau Unibanco (SA:) PN rose");
"declined in value by 1.4 and 2.2 per cent, respectively"; the "OMX Copenhagen 20" (the C25's name until 2017) in the
reference data.

Sentences were written for these tests in the styles of Investing.com, Ahram Online and the Local (Sweden), not
copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Meanwhile, Tencent Holdings (HK:)(OTC:) rose 1.32%.", [("Tencent Holdings", "up", 1.32, None)]),
    ("Alibaba (HK: ) (NYSE: ) inched up 0.46%.", [("Alibaba Group Holding", "up", 0.46, None)]),
    ("Vale ON (SA:) fell 1.2%, while Itau Unibanco (SA:) PN rose 0.8%.",
     [("Vale", "down", -1.2, None), ("Itau Unibanco", "up", 0.8, None)]),
    ("Heavyweights Kestrel Financial Holding (KFH) and Osprey Construction Group (OCG) declined in value by 1.4 "
     "and 2.2 per cent, respectively.", [("Kestrel Financial Holding", "down", -1.4, None),
                                         ("Osprey Construction Group", "down", -2.2, None)]),
    ("By close of trading the OMXS30 index had climbed 3 percent to 318.5 points.",
     [("OMX Stockholm 30", "up", 3.0, 318.5)]),
    ("The OMX Copenhagen 20 fell by 1.3 percent.", [("OMX Copenhagen 25", "down", -1.3, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2023-03-03")[0] == expected
