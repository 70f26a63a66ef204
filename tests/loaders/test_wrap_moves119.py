"""Lagos' ranking tables and superlative move nouns: "GlaxoSmithKline led the losers’ chart dropping by 9.67 percent to
close at N18.88 from N20.90" (Vanguard, the 430th set: the table's noun, no comma, "by" before the figure, and the
close after it), "Eterna recorded the highest price gain of 8.89 per cent to close at N1.96 per share" (TBI Africa,
the same set) and "Learn Africa recorded the highest gain of 9.70 per cent" (the 370th set). A naira price needs no
kobo to be a price ("to close at N15", "N1,350"): a bare "N" and digits is one only after "at" or "to" (not "N95").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Nestle Nigeria led the losers’ chart dropping by 9.5 percent to close at N1,350 from N1,491.",
     [("Nestle Nigeria", "down", -9.5, 1350.0)]),
    ("Guinness Nigeria led the gainers' table rising by 9.9 per cent to close at N52.10.",
     [("Guinness Nigeria", "up", 9.9, 52.1)]),
    ("Oando topped the losers list, down 8.2 per cent.", [("Oando", "down", -8.2, None)]),
    ("Chams recorded the highest price gain of 9.52 per cent to close at N0.23 per share.",
     [("Chams", "up", 9.52, 0.23)]),
    ("Cadbury Nigeria recorded the highest loss of 9.8 per cent.", [("Cadbury Nigeria", "down", -9.8, None)]),
    ("Honeywell Flour posted a price gain of 7.1 per cent.", [("Honeywell Flour", "up", 7.1, None)]),
    # a naira price with no kobo: "to close at N15 per share" (The Matters Press, the 407th set), "N1,350"
    ("Regalins shed 8.1 per cent, while UACN lost 5.9 per cent, to close at N15 per share.",
     [("Regalins", "down", -8.1, None), ("UACN", "down", -5.9, 15.0)]),
])
def test_moves(text, expected):
    assert [m[:4] for m in moves_and_causes(text, published="2020-07-22")[0]] == expected



@pytest.mark.parametrize("text, money", [
    ("to close at N15 per share", ["N15"]),
    ("rose to N1,350 from N1,305", ["N1,350", "N1,305"]),
    ("sales of N95 masks", []),  # a bare "N" and digits only after "at" or "to"
    ("the N2 line", []),
])
def test_naira_prices(text, money):
    assert [q.text for q in find_quantities(text) if q.kind == "MONEY"] == money


@pytest.mark.parametrize("text, expected", [
    # review 81: the participles and nouns of appreciation, and a peso price with no centavos
    ("Oando led the gainers' table, appreciating by 9.98 percent to close at N12.10 per share.",
     [("Oando", "up", 9.98, 12.1)]),
    ("Access Holdings recorded the highest price appreciation of 9.7 per cent to close at N19.",
     [("Access Holdings", "up", 9.7, 19.0)]),
    ("Jollibee gained 1.1 percent to P245.", [("Jollibee Foods", "up", 1.1, 245.0)]),
    ("SM Investments was the session's biggest gainer, rising 3.4 percent to P1,050.",
     [("SM Investments", "up", 3.4, 1050.0)]),
])
def test_review_81(text, expected):
    assert [m[:4] for m in moves_and_causes(text, published="2020-07-22")[0]] == expected
