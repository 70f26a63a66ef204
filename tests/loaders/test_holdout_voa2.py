"""Moves in VOA's and Wikinews' wordings (sentences copied from public-domain VOA and CC BY
Wikinews articles, each with its source line)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Wikinews contributors, "US stocks plummet", CC BY 2.5: https://en.wikinews.org/wiki/US_stocks_plummet
    ("The only stock in positive territory was Hewlett-Packard, which closed up $1.05 (+3.38%) to $32.16/share.",
     [("Hewlett-Packard", 3.38, 32.16)]),
    # VOA, public domain: https://learningenglish.voanews.com/a/us-market-drop-china-stocks/2932579.html
    ("The Dow Jones Industrial Average index closed Tuesday with a loss of more than one percent, after rising "
     "earlier in the day by almost 3 percent.", [("Dow Jones Industrial Average", -1.0, None)]),
    # VOA, public domain: https://www.voanews.com/economy-business/london-paris-indexes-riding-high-monday
    ("The indexes in Hong Kong and Shanghai led Asia's big day in equities trading Monday, closing 3.3% and 2.2% "
     "higher, respectively.", [("Hang Seng Index", 3.3, None), ("Shanghai Composite Index", 2.2, None)]),
])
def test_voa_and_wikinews_moves(sentence, expected):
    assert _moves(sentence) == expected


def test_a_participle_with_one_figure_keeps_the_last_name():
    # (written for this test) one figure for a list: the name right before the verb, as before
    assert _moves("Hong Kong and Shanghai stocks were steady, while the index in Shanghai led gains, closing "
                  "2.2% higher.") == [("Shanghai Composite Index", 2.2, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # VOA, public domain: https://www.voanews.com/economy-business/european-markets-trading-lower
    ("Both the FTSE in London and Frankfurt's DAX indexes are down 0.4%, while the CAC-40 in Paris has lost 0.7%.",
     [("FTSE 100", -0.4, None), ("DAX", -0.4, None), ("CAC 40", -0.7, None)]),
    ("Seoul's KOSPI index led the way, earning 2.2%.", [("KOSPI", 2.2, None)]),
    # VOA, public domain: https://www.voanews.com/economy-business/asian-markets-mixed-start-shortened-trading-week
    ("Shanghai's index closed slightly (0.15%) higher, while Sydney's S&P/ASX is up over 2%.",
     [("Shanghai Composite Index", 0.15, None), ("S&P/ASX 200", 2.0, None)]),
    # VOA, public domain: https://www.voanews.com/economy-business/us-stocks-take-early-fall-news-trump-positive-covid-19-test
    ("Sydney, Singapore, Jakarta and Bangkok were also down, all more than 1% lower.",
     [("S&P/ASX 200", -1.0, None), ("Straits Times Index", -1.0, None), ("Jakarta Composite Index", -1.0, None),
      ("SET Index", -1.0, None)]),
    # (as before) the places after a generic head are the list
    ("Meanwhile, major indexes in London, Frankfurt and Paris were all up more than 1%.",
     [("FTSE 100", 1.0, None), ("DAX", 1.0, None), ("CAC 40", 1.0, None)]),
])
def test_voa_asia_and_europe_round_ups(sentence, expected):
    assert _moves(sentence) == expected
