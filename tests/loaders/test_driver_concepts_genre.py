"""Causes as other outlets phrase them map to the driver concepts, so the same cause is one node
across articles; and a quoted rating stays whole. Written in the styles of Reuters, the SCMP and
Nikkei Asia."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

CASES = [
    ("Brent crude rose 4% to $88.20 a barrel after an attack on a tanker in the Gulf.", "drv-geopolitics"),
    ("Novo Nordisk slumped 4.3% after the Danish drugmaker trimmed its full-year revenue forecast.", "drv-earnings"),
    ("BYD surged 5.2 per cent after reporting a 38 per cent jump in monthly sales.", "drv-earnings"),
    ("The Hang Seng Index rose 1.3 per cent as bargain hunters swooped on battered tech names.",
     "drv-bargain-hunting"),
    ("The Nikkei rose 0.8% as a weaker yen lifted exporters.", "drv-yen-weakness"),
    ("The Hang Seng Index climbed 2.4 per cent after Beijing unveiled fresh measures to support the housing market.",
     "drv-policy-support"),
    # bond yields are no earnings (an earnings keyword list once held "yields")
    ("The Dow fell 589 points, or 1.5%, as a jump in Treasury yields rattled investors.", "drv-bond-yields"),
    ("Shares in Siemens lost 2.5 percent after the engineering group warned on margins.", "drv-earnings"),
]


@pytest.mark.parametrize("text, driver", CASES, ids=[t[:40] for t, _ in CASES])
def test_a_cause_in_other_words_is_its_driver_concept(text, driver):
    assert [c.driver.id for c in facts_of(text).causes] == [driver]


def test_a_quoted_rating_keeps_its_closing_quote():
    facts = facts_of('Ocado fell 9.4% after Jefferies downgraded the online grocer to "underperform".')
    assert [c.cause for c in facts.causes] == ['Jefferies downgraded the online grocer to "underperform"']
