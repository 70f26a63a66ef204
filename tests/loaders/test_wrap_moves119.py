"""Lagos' ranking tables and superlative move nouns, as in "Kestrel Foods led the losers’ table dropping by 8.7 percent
to close at N1,210 from N1,325" (Vanguard's style, the 430th set: the table's noun, no comma, "by" before the figure,
and the close after it), "Osprey Bank posted the highest price gain of 9.1 per cent to close at N0.36 per share" (TBI
Africa's, the same set) and "Finch Mills recorded the highest gain of 8.4 per cent" (the 370th set). A naira price
needs no kobo to be a price ("to close at N12", "N1,210"): a bare "N" and digits is one only after "at" or "to" (not
"N95").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import find_quantities
from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Nestle Nigeria led the losers’ table dropping by 8.7 percent to close at N1,210 from N1,325.",
     [("Nestle Nigeria", "down", -8.7, 1210.0)]),
    ("Guinness Nigeria led the gainers' table rising by 9.9 per cent to close at N52.10.",
     [("Guinness Nigeria", "up", 9.9, 52.1)]),
    ("Oando topped the losers list, down 8.2 per cent.", [("Oando", "down", -8.2, None)]),
    ("Chams posted the highest price gain of 9.1 per cent to close at N0.36 per share.",
     [("Chams", "up", 9.1, 0.36)]),
    ("Cadbury Nigeria recorded the highest loss of 9.8 per cent.", [("Cadbury Nigeria", "down", -9.8, None)]),
    ("Honeywell Flour posted a price gain of 7.1 per cent.", [("Honeywell Flour", "up", 7.1, None)]),
    # a naira price with no kobo: "to close at N12 per share" (The Matters Press' style, the 407th set), "N1,210"
    ("Kestrel Foods shed 7.3 per cent, while Osprey Bank lost 4.6 per cent, to close at N12 per share.",
     [("Kestrel Foods", "down", -7.3, None), ("Osprey Bank", "down", -4.6, 12.0)]),
])
def test_moves(text, expected):
    assert [m[:4] for m in moves_and_causes(text, published="2020-07-22")[0]] == expected



@pytest.mark.parametrize("text, money", [
    ("to close at N12 per share", ["N12"]),
    ("rose to N1,420 from N1,385", ["N1,420", "N1,385"]),
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
