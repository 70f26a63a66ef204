"""'Its shares', 'the stock' as the subject of a move: the company named last before it, in the
same sentence or the one before, as wire stories write it. The sentences are written for these
tests in the styles of Reuters, Bloomberg, the Economic Times and the SCMP."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

# text, [(entity id, change_pct)]
STOCK_REFERENCES = [
    ("Citi downgraded Tesla to sell, and its shares fell 4%.", [("tkr-tsla", -4.0)]),
    ("Nomura trimmed its target price on Sony, and the stock slipped 0.8%.", [("tkr-6758-t", -0.8)]),
    ("Jefferies started coverage of Xiaomi with a buy rating; the stock rose 2.2%.", [("hkex-1810", 2.2)]),
    ("Alibaba reported quarterly revenue above forecasts. Its shares jumped 5.1%.", [("hkex-9988", 5.1)]),
    ("Infosys won a large contract from a European bank. The stock gained 1.9 per cent to 1,510 rupees.",
     [("tkr-infy-ns", 1.9)]),
    ("HSBC said it would buy back more shares, and its Hong Kong-listed stock rose 1.3%.", [("hkex-0005", 1.3)]),
]


@pytest.mark.parametrize("text, expected", STOCK_REFERENCES, ids=[t[:40] for t, _ in STOCK_REFERENCES])
def test_its_shares_is_the_company_named_before(text, expected):
    assert [(m.entity.id, m.change_pct) for m in facts_of(text).moves] == expected


NOT_A_COMPANY_MOVE = [
    "Its shares rose 2% on the day.",  # nothing named before
    # too far back: two sentences that name no company between (one may: SCMP's "... Part of that is
    # because of Covid-19 production hiccups. The stock slumped 7.6 per cent")
    "Tencent reported results on Monday. Trading was thin on Tuesday. Volumes fell. The stock rose 2%.",
]


@pytest.mark.parametrize("text", NOT_A_COMPANY_MOVE, ids=[t[:40] for t in NOT_A_COMPANY_MOVE])
def test_its_shares_with_no_company_close_before_is_no_move(text):
    assert [(m.entity.id, m.change_pct) for m in facts_of(text).moves] == []


def test_the_stock_market_is_no_company():
    facts = facts_of("Alibaba reported quarterly revenue above forecasts. The stock market fell 2%.")
    assert "hkex-9988" not in {m.entity.id for m in facts.moves}
