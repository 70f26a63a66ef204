"""'the healthcare index' is that sector's index, not the last index named ("dragging the
healthcare index down 1.3%" is no figure of the FTSE 100). Written in the style of Reuters'
European close."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_sector_word_before_index_names_the_sector():
    facts = facts_of("Britain's FTSE 100 climbed 0.7%. Novo Nordisk slumped 4.9% after the Danish drugmaker lowered "
                     "its annual sales outlook, dragging the healthcare index down 1.3%.")
    moves = {m.entity.id: (m.change_pct, m.conflicts) for m in facts.moves}
    assert moves["idx-ftse100"] == (0.7, ())
    assert moves["sector-healthcare"] == (-1.3, ())
    healthcare = next(m.entity for m in facts.moves if m.entity.id == "sector-healthcare")
    assert "healthcare index" in healthcare.aliases
