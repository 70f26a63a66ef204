"""A list of figures that does not map onto the subjects found gives no subject a figure (it once
gave them all the first); "include" opens a list of names. Sentences written in the style of
Indian market pages."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


def test_a_list_after_include_maps_its_figures_respectively():
    assert _moves("Other gainers include Nestle, ICICI Bank, Hero Moto Corp and NTPC increasing by 2.63%, 2.42%, "
                  "1.73% and 1% respectively.") == [("Nestle", 2.63), ("ICICI Bank", 2.42), ("Hero Moto Corp", 1.73),
                                                    ("NTPC", 1.0)]


def test_more_figures_than_subjects_give_no_figure():
    moves = _moves("ICICI Bank and NTPC rose 1%, 2% and 3%, respectively.")
    assert moves and all(pct is None for _, pct in moves)
