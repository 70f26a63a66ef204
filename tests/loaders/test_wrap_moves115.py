"""An aside between two spaced dashes reads as one between commas (Odisha TV's "closed at 7,699.97 – lowest since
March 3, 2014 – down 165.45 points or 2.11 per cent", Accumulate Capital's "closed 147 points – or 2.04 per cent –
down to 7,018 points", the 419th and 416th sets); names alone between dashes are part of the sentence ("Domestic equity
benchmarks — Sensex and Nifty — ended lower"); before a cue the dashes stay, so the cause still finds its move
("slid - off 19.5p lower to 140.5p - after sales growth halved").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.text import working_text
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The Nifty closed at 7,699.97 – lowest since March 3, 2014 – down 165.45 points or 2.11 per cent.",
     [("Nifty 50", "down", -2.11, 7699.97)]),
    ("The FTSE 100 closed 147 points – or 2.04 per cent – down to 7,018 points.",
     [("FTSE 100", "down", -2.04, 7018.0)]),
    ("The CBOE Volatility Index (VIX) - widely seen as the market's fear gauge - dipped more than 6% on the day.",
     [("Cboe Volatility Index", "down", -6.0, None)]),
    # (review 79: a description between dashes, and an adverb opening an aside between commas)
    ("Gold – traditionally a safe haven in times of uncertainty – rose 1.2% to $2,380 an ounce.",
     [("Gold", "up", 1.2, 2380.0)]),
    ("Toyota, usually a laggard, rose 1.4%.", [("Toyota Motor", "up", 1.4, None)]),
    ("The Nikkei – buoyed by a weaker yen – rose 1.5% to 39,000.12.", [("Nikkei 225", "up", 1.5, 39000.12)]),
])
def test_moves(text, expected):
    assert [m[:4] for m in moves_and_causes(text, published="2024-01-17")[0]] == expected


def test_names_between_dashes_are_the_subject():
    moves, causes = moves_and_causes("Domestic equity benchmarks — Sensex and Nifty — ended lower on Wednesday, "
                                     "dragged down by selling in IT stocks.", published="2024-01-16")
    assert {m[0] for m in moves} == {"BSE Sensex", "Nifty 50"}
    assert {c[0] for c in causes} == {"BSE Sensex", "Nifty 50"}


def test_a_list_of_names_with_the_between_dashes():
    moves, causes = moves_and_causes("The three major indexes — the S&P 500, the Nasdaq and the Dow — finished lower, "
                                     "dragged by losses in chip stocks.", published="2024-01-16")
    assert {m[0] for m in moves} == {"Nasdaq Composite", "S&P 500", "Dow Jones Industrial Average"}
    assert {c[0] for c in causes} == {"Nasdaq Composite", "S&P 500", "Dow Jones Industrial Average"}


def test_a_cause_between_dashes():
    # (review 80: the cause an aside states is its move's)
    assert moves_and_causes("The yen – buoyed by a hawkish Bank of Japan – rose 0.7% against the dollar.",
                            published="2024-01-16")[1] == {("Japanese yen", "a hawkish Bank of Japan")}


def test_dashes_before_a_cue_stay():
    text = "Shares in Acme Foods also slid - off 19.5p lower to 140.5p - after sales growth for its brands halved."
    assert working_text(text) == text
    assert moves_and_causes(text, published="2024-01-16")[1] == {("Acme Foods", "sales growth for its brands halved")}
