"""Moves the 311th-314th sets showed (CNBC, Reuters, Saudi Gazette, China Daily): the leader's figure after the index
it led ("Alcoa led the Dow, up about 8 percent", not the Dow's 8 percent), a sector's index by its trade ("The Dow
Jones homebuilders index <.DJUSHB> climbed 3 percent", not the S&P 500's), a ranked company's stock ("Riyadh Cement
stock was the biggest loser, down 4.3 percent"), and "the ChiNext startup index".

Sentences were written for these tests in the styles of CNBC, Reuters, the Saudi Gazette and China Daily, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published="2012-07-24")[0]]


def test_the_leader_s_figure_after_the_index_it_led():
    assert _moves("Alcoa led the Dow, up about 7 percent, after an upgrade.") == [("Alcoa", 7.0)]
    # (a market leading the way keeps its own figure)
    assert _moves("The Nasdaq led the way, up about 2 percent.") == [("Nasdaq Composite", 2.0)]


def test_a_sector_index_by_its_trade():
    assert _moves("The Dow Jones homebuilders index <.DJUSHB> climbed 3 percent, and Lennar Corp gained 4.7 "
                  "percent to $27.35.") == [("Property", 3.0), ("Lennar", 4.7)]


def test_a_ranked_company_s_stock():
    assert _moves("Riyadh Cement stock was the biggest loser, down 4.1 percent to SR25.60.") == [("Riyadh Cement", -4.1)]


def test_the_chinext_startup_index():
    assert _moves("The Shenzhen Component Index rose by 0.2 percent, while the ChiNext startup index climbed by 0.3 "
                  "percent.") == [("Shenzhen Component Index", 0.2), ("ChiNext Index", 0.3)]
