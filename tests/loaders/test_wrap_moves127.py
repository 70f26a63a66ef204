"""Moves of the known-left list of the 434th to 448th sets' round: any one adjective between an article and the figure
(a blog's "is down a gut-wrenching 5%", "fell an eye-watering 12 percent": not only the listed "hefty", "whopping");
"add" with a figure as a rise ("which managed to add 0.9%", a headline's "Nikkei adds 1.2%"); and a rating verb
further left reads "to add" as a rating only when no relative clause of another name stands between ("The index was
lifted by Banco do Brasil, which managed to add 0.9%": "lifted" is no broker's raise there).

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Tesla is down a gut-wrenching 5% this morning.", [("Tesla Inc", "down", -5.0, None)]),
    ("Shares of Nvidia fell an eye-watering 12 percent on Tuesday.", [("Nvidia Corporation", "down", -12.0, None)]),
    ("The Dow rose a surprising 3% on Friday.", [("Dow Jones Industrial Average", "up", 3.0, None)]),
    ("The index was lifted by Banco do Brasil, which managed to add 0.9%.", [("Banco do Brasil", "up", 0.9, None)]),
    ("Nikkei adds 1.2% as exporters rally", [("Nikkei 225", "up", 1.2, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2024-07-03")[0] == expected


@pytest.mark.parametrize("text", [
    "The tariffs could add 2% to inflation, economists said.",  # the data's
    "Analysts add that the outlook is weak.",  # a verb of saying, no figure
    "Morgan Stanley raised Infosys to add from hold.",  # a rating
    "Tesla fell a day after it rose.",  # no figure after the adjective
])
def test_no_move(text):
    assert [m for m in moves_and_causes(text, published="2024-07-03")[0] if m[2] is not None] == []
