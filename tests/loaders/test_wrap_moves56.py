"""US closes of the 259th set: UPI's "as both indexes fell for a third straight session" restates the moves before
it (no cause "both"), "Google's parent company, Alphabet, saw shares fall 2.41%" is Alphabet's move, and
MarketWatch's "the large-cap S&P 500 index SPX gained 0.4%" prints the index's code, no company of its own.

Sentences were written for these tests in the style of UPI and MarketWatch, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2021-09-28")


def test_both_indexes_fell_restates_the_moves():
    moves, causes = _facts("The Nasdaq fell 1.96% and the S&P 500 dropped 1.47% as both indexes fell for a third "
                           "straight session.")
    assert [name for name, *_ in moves] == ["Nasdaq Composite", "S&P 500"]
    assert not causes


def test_all_sectors_declining_is_still_a_cause():
    # (a guard: no market noun after "all")
    assert _facts("The Nasdaq fell 2% as all sectors declined.")[1] == {("Nasdaq Composite", "all sectors declined")}


def test_a_name_set_off_by_commas_before_saw_shares():
    moves, _ = _facts("Google's parent company, Alphabet, saw shares fall 2.41%, while Facebook declined 2.18%.")
    assert ("Alphabet Inc", "down", -2.41, None) in moves


def test_the_s_and_p_500_by_its_code():
    moves, _ = _facts("The Nasdaq Composite COMP rose 0.6%, while the large-cap S&P 500 index SPX gained 0.4%.")
    assert [(name, pct) for name, _, pct, _ in moves] == [("Nasdaq Composite", 0.6), ("S&P 500", 0.4)]
