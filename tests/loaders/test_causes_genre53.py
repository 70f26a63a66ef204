"""A sentence that opens with "It" or "They" and a participle's by-cue tells the cause of the move of the sentence
before ("The Nikkei fell 1.4 percent. It was weighed down by the yen's strength"), as "This came after X" does; a size
after the by-cue is no cause, and a sentence before with no move gives the cue nothing to explain.

Sentences were written for these tests in the styles of Reuters and Nikkei Asia, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, effect, cause", [
    ("The Nikkei fell 1.4 percent. It was weighed down by the yen's strength.", "Nikkei 225", "the yen's strength"),
    ("The Nikkei rose 1.2 percent. It was boosted by a weaker yen.", "Nikkei 225", "a weaker yen"),
    ("The Nikkei rose 1.2 percent. It was largely driven by exporters.", "Nikkei 225", "exporters"),
    ("European shares rose 1 percent. They were lifted by strong bank earnings.", "European markets",
     "strong bank earnings"),
])
def test_a_pronoun_s_passive_cue_explains_the_move_before(text, effect, cause):
    _, causes = moves_and_causes(text, published="2024-05-31")
    assert causes == {(effect, cause)}


def test_no_move_before_or_a_size_gives_no_cause():
    _, causes = moves_and_causes("Toyota said its profit fell. It was hurt by a stronger yen.", published="2024-05-31")
    assert causes == set()
    moves, causes = moves_and_causes("The ringgit rose 0.5 percent. It was pushed up by 0.5 percent.",
                                     published="2024-05-31")
    assert causes == set()
    assert moves == [("Malaysian ringgit", "up", 0.5, None)]
