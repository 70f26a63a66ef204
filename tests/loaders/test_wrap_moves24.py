"""Subjects, antecedents and names as PTI, Bloomberg, the Irish Times, Reuters and MarketWatch write them
(sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a predicate of its own before "and" and the move: the name that opens the sentence
    ("HDFC Bank too faced selling pressure and lost 1.8 per cent.", [("HDFC Bank", -1.8)]),
    ("After a lower start, the Sensex stayed in the negative zone throughout and closed down 212.40 points, or 0.8 "
     "per cent, at 26,940.10.", [("BSE Sensex", -0.8)]),
    # Bloomberg's description of the index with "and" between its adjectives
    ("The Swiss Market Index of the biggest and most heavily traded companies slid 1.3 percent.",
     [("Swiss Market Index", -1.3)]),
    # PTI's sectors after "followed by": two words, "infra" and "bank"; "Sector-wise" opens no name
    ("Sector-wise, metal suffered the most by losing 2.1 per cent, followed by infra (1.9 per cent), consumer "
     "durables (1.6 per cent) and bank (1.2 per cent).",
     [("Metals and mining", -2.1), ("Infrastructure", -1.9), ("Consumer", -1.6), ("Banks", -1.2)]),
    # a list's hedged figure after a comma, "each"
    ("The index was dragged by lenders, with Credit Agricole, Societe Generale and BNP Paribas, down around 3% each.",
     # (Societe Generale, unaccented, is the listed Société Générale since the broker list names it)
     [("Credit Agricole", -3.0), ("Société Générale", -3.0), ("BNP Paribas", -3.0)]),
    # MarketWatch's index codes, the quote gone
    ("The S&P 500 SPX gained 0.8% and the Nasdaq Composite COMP rose 1.1%.", [("S&P 500", 0.8), ("Nasdaq Composite", 1.1)]),
    # a place word opening a company's name is part of it
    ("Japan Display fell 3%.", [("Japan Display", -3.0)]),
    ("Shares of Washington Mutual fell 12%.", [("Washington Mutual", -12.0)]),
])
def test_subjects_and_names(sentence, expected):
    assert _moves(sentence) == expected


def test_a_hedged_figure_after_a_phrase_is_no_move_of_its_object():
    # "the benchmark" is the object of "of" here: the figure is Ericsson's (a guard: read so before this change)
    assert _moves("Shares of Ericsson sank to the bottom of the benchmark, down more than 15 percent, after "
                  "the company reported losses.")[0][0] == "Ericsson"


@pytest.mark.parametrize(("text", "expected"), [
    # the firm, not its description
    ("Exploration firm Dragon Oil enjoyed a strong bounce on its results. It advanced by 3.2 per cent.",
     [("Dragon Oil", 3.2)]),
    # the one name of a sentence with no move
    ("Dragon Oil rose 1.2 per cent. There was a little strength in C&C after its results. It added 2.4 per cent.",
     [("Dragon Oil", 1.2), ("C&C", 2.4)]),
    # the name whose clause told no figure
    ("IFG fell 4.2 per cent, while FBD was also in the red. It gave up 3.8 per cent.",
     [("IFG", -4.2), ("FBD", -3.8)]),
])
def test_it_names_the_company_the_sentence_before_left_without_a_figure(text, expected):
    assert [(n, p) for n, p in _moves(text) if n != "Markets"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # CNBC's and Jiji's "pulled back", "eased back", "backed off"
    ("The Nasdaq Composite pulled back by 1.6% to 14,760.10.", [("Nasdaq Composite", -1.6)]),
    ("The Nikkei eased back 0.3 percent.", [("Nikkei 225", -0.3)]),
    ("The S&P 500 backed off 0.4%.", [("S&P 500", -0.4)]),
    # where it pulled back from is no fall of its own: "from even bigger losses" is a recovery (a guard: read so
    # before this change too)
    ("The Dow and the Nasdaq pull back from even bigger losses on news of a lockdown easing.", []),
])
def test_pulling_back(sentence, expected):
    assert _moves(sentence) == expected
