"""Moves from India's sector lists (PTI's "bankex tumbled 4.02 per cent, metal (2.86 per cent) and realty
(1.47 per cent)", "the BSE metal index, healthcare, finance and bankex rose up to 1.14 per cent") and from a
pair of names each with its description ("chipmaking gear manufacturer Tokyo Electron and technology
investor SoftBank Group soared 2.56% and 1.52%, respectively"), as Jiji, PTI and IANS write them
(sentences written for these tests in those styles; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published="2024-05-15").moves]


def test_the_bse_bankex_by_its_short_name():
    assert _moves("Among the sectoral indices, bankex slid 2.41 per cent.") == [("BSE Bankex", -2.41)]
    assert _moves("The BSE banking index- Bankex gained 1.9 per cent to end at 51,200.") == [("BSE Bankex", 1.9)]


def test_names_after_a_verb_each_with_its_figure_in_brackets():
    moves = _moves("Tata Steel fell 2.86 per cent, Infosys (1.47 per cent) and Wipro (1.2 per cent).")
    assert moves == [("Tata Steel", -2.86), ("Infosys", -1.47), ("Wipro", -1.2)]
    moves = _moves("Among the indices, bankex dropped 3.1 per cent, metal (2.2 per cent) and realty (1.5 per cent).")
    assert [m for m in moves if m[0] != "BSE Bankex"] == [("Metals and mining", -2.2), ("Property", -1.5)]


def test_a_bracketed_figure_with_a_sign_is_no_gapped_move():
    # (a guard: a signed figure in brackets is the name's own, read as before)
    moves = _moves("Tata Steel fell 2.86 per cent, Infosys (+1.47 per cent) gained.")
    assert ("Infosys", -1.47) not in moves


def test_a_list_of_sector_words_and_an_index():
    moves = _moves("Sectorally, metal, healthcare, finance and bankex rose up to 1.3 per cent.")
    # "up to" is the top of the list's range: each moved up, none by that figure
    assert sorted(moves) == [("BSE Bankex", None), ("Financials", None), ("Healthcare and biotech", None),
                             ("Metals and mining", None)]


def test_a_sector_word_before_a_comma_is_no_list_member():
    # (guards: a place for the list, "In property,", and a description, "the largest lender,")
    assert _moves("In property, Redefine fell 1.61% to R10.97.") == [("Redefine", -1.61)]
    moves = _moves("The index gained 0.8%, with the country's largest lender, First Abu Dhabi Bank closing up 1.4%.")
    assert ("First Abu Dhabi Bank", 1.4) in moves and not any(name == "Banks" for name, _ in moves)


def test_two_names_each_with_a_description_and_respective_figures():
    moves = _moves("Among Nikkei heavyweights, chipmaking gear manufacturer Tokyo Electron and technology investor "
                   "SoftBank Group Corp. climbed 3.1% and 1.8%, respectively.")
    assert ("Tokyo Electron", 3.1) in moves and ("SoftBank Group", 1.8) in moves
