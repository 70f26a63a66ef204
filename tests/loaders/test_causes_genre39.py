"""AP's "Stocks closed solidly higher on Wall Street Thursday, driving the Nasdaq composite and S&P 500 to their
highest levels in about two months" (the 243rd set): the market's own move told again is no cause of its
indices (it had been read as the Nasdaq's and the S&P 500's cause).

Sentences were written for these tests in AP's style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("Wall Street\n\n" + text, published="2020-05-26").causes}


def test_a_market_s_own_move_drives_no_index():
    assert not any(cause.startswith("Stocks closed") for _, cause in _causes(
        "Stocks closed solidly higher on Wall Street Thursday, driving the Nasdaq composite and S&P 500 to their "
        "highest levels in about two months."))


def test_another_mover_still_drives_an_index():
    # (a guard)
    assert ("Energy", "Oil prices jumped") in _causes("Oil prices jumped, lifting the S&P 500 energy index 2%.")
