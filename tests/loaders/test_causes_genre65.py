"""Causes of the 359th to 362nd sets, read blind at 24376e9: a plural move noun points back ("The drops all came after
President Trump announced new tariffs on China, and after China responded by devaluing its currency", The Week's), as
does "follow" and "came a day after" (RTÉ's "The declines follow the collapse of a US investment bank", the Irish
Independent's "The falls came a day after the finance ministry delayed ..."), and "The
catalyst for the surge was X" (the Houston Chronicle's); not "The trigger for the rally is unclear".

Sentences were written for these tests in the styles of The Week, RTÉ, the Irish Independent and the Houston
Chronicle, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Dow fell 2.9 percent on Monday. The drops all came after the White House announced new tariffs, and after "
     "Beijing let its currency weaken.",
     {("Dow Jones Industrial Average", "the White House announced new tariffs"),
      ("Dow Jones Industrial Average", "Beijing let its currency weaken")}),
    ("The ISEQ fell 3 percent today. The declines follow the collapse of a US investment bank.",
     {("ISEQ Overall Index", "the collapse of a US investment bank")}),
    ("The ISEQ fell 3 percent today. The falls came a day after the finance ministry delayed the bank sale.",
     {("ISEQ Overall Index", "the finance ministry delayed the bank sale")}),
    ("The Dow surged 2 percent today. The catalyst for the surge was a strong jobs report.",
     {("Dow Jones Industrial Average", "a strong jobs report")}),
    ("The Dow surged 2 percent today. The trigger for the rally is unclear.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2019-08-05")[1] == expected
