"""Read first in the 259th-262nd sets: KBS's headline "KOSPI Closes Thursday Up 0.41% on Foreign Purchases" named a
company "Closes Thursday" (a headline's present close verb is no name, and closes as "closed" does), and the BBC's
"lifting exporters like Sony and Advantest" made a sector of "lifting exporters" (a cause's participle is no sector's
modifier; "smart-driving concept shares" keeps its compound).

Sentences were written for these tests in the style of KBS World Radio and the BBC, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str):
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published="2019-05-16").moves]


def test_a_headlines_present_close_verb_is_no_name():
    assert _moves("KOSPI Closes Thursday Up 0.41% on Foreign Purchases\n\nSouth Korean stocks ended higher.") == [
        ("KOSPI", 0.41)]


def test_a_participle_before_a_sector_word():
    got = _moves("Markets\n\nThe dollar moved as high as 99.59 yen, its highest since 20 September, lifting exporters "
                 "like Sony and Advantest, which climbed 3.6% and 3.2%.")
    assert got == [("Sony Group", 3.6), ("Advantest", 3.2)]


def test_a_hyphenated_participle_stays_in_the_sector_phrase():
    # (a guard: the seeds' "Financials and smart-driving concept shares also outperformed")
    got = _moves("Markets\n\nFinancials and smart-driving concept shares also outperformed.")
    assert ("Financials", None) in got


def test_a_list_then_both_with_one_figure():
    # CNBC's "Fellow miners Rio Tinto and BHP Billiton were not far behind, both tumbling 8.5 percent"
    assert _moves("Markets\n\nRio Tinto and BHP Billiton were not far behind, both tumbling 8.5 percent.") == [
        ("Rio Tinto", -8.5), ("BHP Group", -8.5)]


def test_basic_resources_is_the_stoxx_miners_sector():
    assert _moves("Markets\n\nBasic resources took the biggest hit with the sector closing down 9.3 percent.") == [
        ("Metals and mining", -9.3)]


def test_human_resources_is_no_sector():
    # (a guard)
    assert _moves("Markets\n\nThe company cut its human resources budget.") == []
