"""Moves of the 321st and 322nd sets, read through the reference data: Saudi Arabia's "parallel index" (Nomu, not the
Tadawul named before it), Qatar's Al Rayan Islamic index, and Reuters' "top STOXX risers" (the STOXX 600 inside a
ranking, so the ranked name moves; "Stoxx, which runs a series of indices" is still the company).

Sentences were written for these tests in the styles of Gulf News, the Gulf Times and Reuters, not
copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2017-03-29")[0]


def test_the_saudi_parallel_index():
    assert _moves("Saudi Arabia's Tadawul index closed 0.1 per cent lower at 6,960.10, while the parallel index closed "
                  "0.7 per cent higher at 6,030.20.") == [
        ("Tadawul All Share Index", "down", -0.1, 6960.1), ("Nomu Parallel Market Index", "up", 0.7, 6030.2)]


def test_qatar_s_islamic_index():
    assert _moves("The Al Rayan Islamic Index rose 0.3% to 3,910.50 points.") == [
        ("QE Al Rayan Islamic Index", "up", 0.3, 3910.5)]


def test_the_stoxx_600_inside_a_ranking():
    assert _moves("Fingerprint Cards were the top STOXX risers, jumping 11.2 percent.") == [
        ("Fingerprint Cards", "up", 11.2, None)]
    assert _moves("Stoxx, which runs a series of European equity indices, dropped the banks from its index.") == []
