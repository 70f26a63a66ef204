"""Causes of the 327th to 330th sets (US, UK and Ireland, Southeast Asia, North Asia), read blind at 809b0b0: an
opening participle with "by" the cue list lacks ("Zapped by another jump in oil prices, the Dow closed ..."), with the
close read past its weekday ("closed Wednesday at 11,215.51, down 166.75 points, or 1.5%"); "The recent downturn in
stocks was sparked by X" names the story's market, not the first name that fell; "A, B and C were the biggest
contributors to the Dow's loss" (the list whole); the story's market as "stocks" after an opening clause ("After
rebounding last week, stocks were hammered by X").

Sentences were written for these tests in the styles of the Los Angeles Times, USA Today and the Chicago Tribune,
not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _read(text: str):
    return moves_and_causes(text, published="2008-08-27")


def test_an_opening_participle_with_by():
    moves, causes = _read("Zapped by another jump in oil prices, the Dow closed Wednesday at 11,215.51, down 166.75 "
                          "points, or 1.5%.")
    assert moves == [("Dow Jones Industrial Average", "down", -1.5, 11215.51)]
    assert causes == {("Dow Jones Industrial Average", "another jump in oil prices")}
    # (a participle of no cause, before no market: nothing)
    assert _read("Founded by two brothers, the company rose 2%.") == ([], set())


def test_a_downturn_in_stocks_is_the_market_s():
    _, causes = _read("The Dow rose 1%. Intel fell 4%. The recent downturn in stocks was sparked by rising fears the "
                      "Federal Reserve will lift borrowing costs again.")
    assert causes == {("Wall Street", "rising fears the Federal Reserve will lift borrowing costs again")}


def test_the_biggest_contributors_listed():
    _, causes = _read("The Dow fell 1%. Johnson & Johnson, Pfizer and Merck were the biggest contributors to the Dow's "
                      "loss.")
    assert causes == {("Dow Jones Industrial Average", "Johnson & Johnson, Pfizer and Merck")}


def test_stocks_after_an_opening_clause():
    _, causes = _read("The Dow fell 2%. After rebounding last week, stocks were hammered by news of sinking consumer "
                      "confidence.")
    assert causes == {("Wall Street", "news of sinking consumer confidence")}
