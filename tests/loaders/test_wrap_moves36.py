"""Moves the second batch of this round's blind sets (223rd-226th) showed missed: a list of companies each with
its country ("France's TotalEnergies and Britain's BP"), a name's alias after ", or the ... gauge,", "remained
flat at" a price, the Irish Times' "Iseq", a sector ranked on an index and its participle ("Energy was the
sole positive sector in the Nasdaq 100, climbing 0.27 percent"), and "swung between gains and losses ... before
settling 0.4 per cent lower".

Sentences were written for these tests in the styles of Reuters, the SCMP, Yonhap, the Irish Times and CNBC,
not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, str, float | None]]:
    facts = facts_of(text, published="2024-05-17")
    return [(m.entity.name, m.direction, m.change_pct) for m in facts.moves]


def test_a_list_of_companies_each_with_its_country():
    assert _moves("France's TotalEnergies and Britain's BP fell more than 1% each.") == [
        ("TotalEnergies", "down", -1.0), ("BP", "down", -1.0)]


def test_an_alias_after_or_the():
    assert _moves("The Shenzhen Component Index, or the Shenzhen gauge, shed 1.3 per cent to 9,764.20.") == [
        ("Shenzhen Component Index", "down", -1.3)]


def test_remained_flat_at_a_price():
    assert _moves("Market bellwether Samsung Electronics remained flat at 61,500 won, and SK hynix gained 1.03 "
                  "percent to close at 98,500 won.") == [("Samsung Electronics", "flat", 0.0), ("SK Hynix", "up", 1.03)]


def test_remained_flat_of_a_count_is_no_move():
    # (a guard: daily active users are no stock)
    assert _moves("North American DAUs remained flat despite the fallout from the data leak.") == []


def test_the_irish_times_iseq():
    assert _moves("The Iseq All-Share index rose 2.4 per cent to 12,294.83.") == [("ISEQ Overall Index", "up", 2.4)]


def test_a_sector_ranked_on_an_index_then_its_participle():
    assert _moves("Energy was the sole positive sector in the Nasdaq 100, climbing 0.27 percent.") == [
        ("Energy", "up", 0.27)]


def test_swung_between_gains_and_losses_before_settling():
    assert _moves("Australia's S&P/ASX 200 swung between gains and losses for much of Tuesday before settling 0.4 "
                  "per cent lower at 7,418.6.") == [("S&P/ASX 200", "down", -0.4)]


def test_a_record_the_index_hit_is_no_subject_of_a_stocks_participle():
    # (a guard: Apple rallied since the record, over weeks; the index did not)
    assert _moves("Apple is by far the best-performing Dow stock since the index hit its previous record, rallying "
                  "more than 25%.") == []


def test_one_and_three_quarter_percent():
    # (CNBC's style)
    assert _moves("The Nasdaq and S&P 500 gained about one-and-three quarter percent.") == [
        ("Nasdaq Composite", "up", 1.75), ("S&P 500", "up", 1.75)]


def test_rose_to_the_daily_limit_is_the_days_change():
    # (Reuters' style of a mainland wrap)
    assert _moves("Bank of Communications, China Merchants Bank and China Minsheng Bank all rose to their maximum 10 "
                  "percent limit.") == [("Bank of Communications", "up", 10.0), ("China Merchants Bank", "up", 10.0),
                                        ("China Minsheng Banking", "up", 10.0)]


def test_rose_to_a_rate_is_a_level():
    # (a guard: a level reached, no change)
    assert _moves("The central bank raised the limit to 10 percent, and inflation rose to 3.8% in March.") == []


def test_an_index_familys_capitalised_sector_index():
    # (Reuters' style of an Indian wrap)
    assert _moves("Nifty's Auto index added nearly 2%.") == [("Autos and EVs", "up", 2.0)]
    assert _moves("Nifty's Metal index fell 1%.") == [("Metals and mining", "down", -1.0)]
