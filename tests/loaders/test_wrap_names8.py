"""Words a wrap capitalises that name no company: "the Market Capitalization increased by 0.23 per cent" (Business
247 News'), "its diluted earnings and HEPS grew 107.5%" (TimesLIVE's), "EPS", "EBITDA" (the 407th set, read blind at
15f60d0, where they were read as companies that moved: two of its three traps hit).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text, published="2019-09-19").moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Market Capitalization increased by 0.31 per cent.", []),
    ("Texton climbed 3.73% to R3.20, after the fund said its diluted earnings and HEPS grew 97.5%.", [("Texton", 3.73)]),
    ("EPS rose 10% in the quarter.", []),
    ("EBITDA fell 4% on the year.", []),
])
def test_no_company(sentence, expected):
    assert _moves(sentence) == expected
