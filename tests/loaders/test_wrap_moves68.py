"""Moves the 303rd-306th sets showed, in Gulf, Egyptian and Indian wraps: a ranking whose names mix bracketed and
bare figures ("TCS (3.42%), Infosys 2.75% were the top Sensex gainers"); an index named by its head alone in a clause
that opens with its place ("while in neighbouring Bahrain the index was down 0.5%"); a close then its change as two
participles ("with NIFTY MIDCAP 100 closing at 31,697, declining by 0.83 per cent"); a name, then a with-phrase that
describes it ("Aabar, with investments that include stakes in Daimler and Virgin Galactic, slumped 6.6 per cent");
a gapped list whose names carry a description ("landline monopoly Telecom Egypt by 0.8 percent").

Sentences were written for these tests in the styles of Business Today, Reuters, Zee Business, The National and
Ahram Online, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str, published: str = "2020-02-24"):
    return moves_and_causes(text, published=published)[0]


def _figures(text: str):
    return [(name, pct) for name, _, pct, _ in _moves(text)]


def test_a_ranking_of_bracketed_and_bare_figures():
    assert _figures("TCS (3.1%), Infosys 2.4% were the top Sensex gainers.") == [
        ("Tata Consultancy Services", 3.1), ("Infosys", 2.4)]


def test_the_index_of_a_clause_s_own_place():
    assert _figures("In Kuwait, the bourse retreated 1.6% while in neighbouring Bahrain the index was down 0.4%.") == [
        ("Boursa Kuwait Premier Market Index", -1.6), ("Bahrain All Share Index", -0.4)]
    assert _figures("Dubai's index fell 2.2%, while in Abu Dhabi, the index lost 1.3%.") == [
        ("DFM General Index", -2.2), ("FTSE ADX General Index", -1.3)]


def test_a_close_then_its_change_as_participles():
    moves = _moves("Broader markets were weak, with NIFTY MIDCAP 100 closing at 31,650, declining by 0.8 per cent.")
    assert ("Nifty Midcap 100", "down", -0.8, 31650.0) in moves
    assert not [m for m in moves if m[0] != "Nifty Midcap 100" and m[2] is not None]  # (the figure is no other's)


def test_a_with_phrase_describing_the_name():
    assert _moves("Aabar, with investments that include stakes in Daimler and Virgin Galactic, slumped 6.4 per cent "
                  "to Dh1.80.") == [("Aabar", "down", -6.4, 1.8)]


def test_a_gapped_list_with_descriptions():
    assert _figures("The market rose, with Mobinil rising by 0.8 percent, landline monopoly Telecom Egypt by 0.7 "
                    "percent and Orascom Telecom by 0.3 percent.") == [
        ("Mobinil", 0.8), ("Telecom Egypt", 0.7), ("Orascom Telecom", 0.3)]
