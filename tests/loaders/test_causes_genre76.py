"""The contributors to a move named by "the weekly index rise" or "the market decline": the Qatar Tribune's "Industries
Qatar, QNB Group and Qatar Islamic Bank were the primary contributors to the weekly index rise" (the 430th set), the
index's move as "to the index's rise" was already.

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The QSE index rose 2.6%. Industries Qatar and Ooredoo were the primary contributors to the weekly index rise.",
     {("QSE", "Industries Qatar and Ooredoo")}),
    ("The KLCI fell 0.8%. Maybank was the largest contributor to the market decline.",
     {("FTSE Bursa Malaysia KLCI", "Maybank")}),
    # another thing's move is no index's
    ("The KLCI fell 0.8%. Maybank was the largest contributor to the weekly rise in loan growth.", set()),
])
def test_causes(text, expected):
    assert moves_and_causes(text, published="2024-06-13")[1] == expected
