"""Moves the 249th and 250th sets (London, Chinese and Indian wraps) showed wrong: a broker's forecast of a slump read
as the market's ("HSBC's team predicts a 20% slump in UK housing demand", the only trap hit of the four sets' first
read), "the Nasdaq-style ChiNext Index" taken for two names of a "respectively" list, and the index family before
each sector index of such a list ("the Nifty media index and the Nifty private banking index closing 1.99 per cent
and 1.67 per cent higher, respectively").

Sentences were written for these tests in the styles of Reuters, the Global Times and Reuters India, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2025-10-09"):
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published=published).moves]


def test_a_forecast_slump_is_no_move():
    assert not _moves("HSBC's building materials team predicts a 20% slump in UK housing demand for a year from this "
                      "autumn, the brokerage wrote in a note.", "2022-09-02")
    # (a guard: a result noun without a forecast)
    assert _moves("Tesla posted a 5% gain.", "2022-09-02") == [("Tesla Inc", 5.0)]


def test_a_name_that_describes_the_next_is_no_list_member():
    assert _moves("The Shenzhen Component Index and the Nasdaq-style ChiNext Index rose by 1.47 percent and 0.73 "
                  "percent, respectively.") == [("Shenzhen Component Index", 1.47), ("ChiNext Index", 0.73)]


def test_a_family_s_sector_indices_in_a_respectively_list():
    assert _moves("Stocks rose, with the Nifty media index and the Nifty private banking index closing 1.99 per cent "
                  "and 1.67 per cent higher, respectively.", "2020-08-11") == [
        ("Media and entertainment", 1.99), ("Banks", 1.67)]
    # (a guard: one sector index after its family)
    assert _moves("The STOXX Europe 600 retail index fell 0.2%.", "2020-08-11") == [("Retail", -0.2)]
