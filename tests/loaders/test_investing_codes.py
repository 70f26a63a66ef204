"""Investing.com's bracketed codes with a one- or two-letter exchange (sentences written for
these tests in its style; not copied)."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import facts_of


@pytest.mark.parametrize(("text", "code"), [
    ("Lloyds (L:LLOY) fell", "(L:LLOY)"),
    ("Toyota (T:7203) rose", "(T:7203)"),
    ("Reliance (NS:RELI) rose", "(NS:RELI)"),
])
def test_the_code_is_one_ticker(text, code):
    assert [q.text for q in find_quantities(text) if q.kind == "TICKER"] == [code]


def test_a_list_of_coded_names_keeps_its_figures_in_order():
    moves = [(m.entity.name, m.change_pct) for m in facts_of(
        "Markets\n\nTaylor Wimpey (L:TW) fell 29 percent while Lloyds (L:LLOY) and Barclays (L:BARC) slumped 21 "
        "and 17.7 percent respectively.").moves]
    assert sorted(moves) == [("Barclays", -17.7), ("Lloyds Banking Group", -21.0), ("Taylor Wimpey", -29.0)]
