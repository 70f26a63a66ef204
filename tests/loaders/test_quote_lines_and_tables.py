"""What users paste from market pages: bullet quotes ('Nikkei 225: 46,847.32 (-2.58%)', 'Hang Seng:
25,441.35, down 1.73%') and markdown table rows ('| Sensex | 82,029.98 | -0.36% |'); the evidence
is the sentence as written without the markup the working text blanked at its ends."""
from __future__ import annotations

from tests.conftest import facts_of

_PAGE = """# Markets at the close

- Nikkei 225: 46,847.32 (-2.58%)
- Hang Seng: 25,441.35, down 1.73%
- ASX 200 closed 0.2% lower

| Index | Close | Change |
|---|---|---|
| Sensex | 82,029.98 | -0.36% |
"""


def test_bullet_quotes_and_table_rows_are_moves_with_their_closes():
    moves = [(m.entity.id, m.change_pct, m.close) for m in facts_of(_PAGE).moves]
    assert moves == [("idx-n225", -2.58, 46847.32), ("idx-hsi", -1.73, 25441.35), ("idx-asx200", -0.2, None),
                     ("idx-sensex", -0.36, 82029.98)]


def test_evidence_leaves_out_the_blanked_markup_at_its_ends():
    evidence = [m.evidence[0].sentence for m in facts_of(_PAGE).moves]
    assert evidence[2] == "- ASX 200 closed 0.2% lower"
    assert evidence[3] == "Sensex | 82,029.98 | -0.36%"
