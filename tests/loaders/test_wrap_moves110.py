"""A signed figure after a name's comma, or after ", with" (News1's "Banks also fall: Macro, -17.76%; and Galicia,
-17.66%", "Pampa, with -16.78%, and Edenor, with -17.11%", the 392nd set); a mover is no cause of its own move
("Barclays led the increase and gained 2.7%", the 391st set's Professional Adviser, had read "Barclays <- Barclays");
--explain names no stake from a company's own name ("Arabtec Holding Co.", "FBN Holdings").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes
from tests.loaders.test_explain import _explain


@pytest.mark.parametrize("text, expected", [
    ("Banks also fell: Macro, -7.76%; and Galicia, -7.66%.",
     ([("Macro", "down", -7.76, None), ("Galicia", "down", -7.66, None), ("Banks", "down", None, None)], set())),
    ("Among them, Pampa, with -6.78%, and Edenor, with -7.11%.",
     ([("Pampa", "down", -6.78, None), ("Edenor", "down", -7.11, None)], set())),
    ("Barclays led the increase and gained 1.7% to 505p.", ([("Barclays", "up", 1.7, 505.0)], set())),
    ("HSBC led the FTSE 100 higher, rising 2%.",
     ([("HSBC Holdings", "up", 2.0, None)], {("FTSE 100", "HSBC")})),
])
def test_moves_and_causes(text, expected):
    assert moves_and_causes(text, published="2019-09-03") == expected


def test_explain_names_no_stake_in_a_company_name(tmp_path, capsys):
    out = _explain(tmp_path, capsys, "---\nsource: t\npublished: 2013-12-10\n---\nMarkets\n\nArabtec Holding Co. the "
                   "biggest builder in the emirates, jumped 4.4 per cent.\n")
    line = next(x for x in out.splitlines() if "4.4 per cent" in x and "figure" in x)
    assert "no subject found" in line and "stake" not in line
