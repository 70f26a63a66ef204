"""Mends from review 52: a helper who had not written the rules wrote about 338 sentences of its own and read them
with the code before and after them (139 changed: 128 better, 4 worse, 7 neither). These are two of the worse ones
mended: "the biggest falls in sales" is the data's, no sector's move (the singular had been read so before too), and
a relative pronoun is no cause ("Reliance Industries, which weighed on the index, fell 1.2%" gave the cause
"which").

Sentences are the reviewer's, written for the review in the styles of Reuters and PTI."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of("Markets close\n\n" + text, published="2026-03-12")


def test_the_biggest_falls_in_sales_are_no_move():
    assert not _facts("Retailers suffered the biggest falls in sales in a decade, official data showed.").moves
    assert not _facts("Miners posted the biggest rise in output since 2019, the statistics office said.").moves


def test_a_relative_pronoun_is_no_cause():
    causes = {c.cause for c in _facts("The Sensex fell 1%. Reliance Industries, which weighed on the index, fell "
                                      "1.2%.").causes}
    assert "which" not in causes and "Reliance Industries" in causes
