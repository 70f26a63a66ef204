"""', and B' closing a sentence after a cause is a second cause when B is a noun phrase with no
move or verb of its own ('following A, and weaker economies in B'; 'reacted to A, and to B').
Sentences from VOA stories (public domain) and written in their style."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize("text, second", [
    # VOA Learning English, "Markets React Badly to World News, China Troubles" (2016, public domain)
    ("U.S. stock prices fell sharply Monday, following conflicts in the Middle East, and weaker economies in "
     "China and in Europe.", "weaker economies in China and in Europe"),
    # VOA, "Asian Markets Slumping Thursday" (2020-05-21, public domain)
    ("Asian markets closed mostly lower Thursday as investors reacted to bad economic news from Japan, and to "
     "China’s worsening trade and diplomatic relations with Australia and the United States.",
     "China's worsening trade and diplomatic relations with Australia and the United States"),
    ("The Nikkei fell 2% on weak data, and on fears of a slowdown.", "fears of a slowdown"),
])
def test_a_closing_noun_phrase_after_comma_and_is_a_second_cause(text, second):
    causes = _causes(text)
    assert len(causes) == 2 and causes[1][1] == second


@pytest.mark.parametrize("text", [
    "The Nikkei fell 2% after the yen rose, and the dollar fell 1%.",
    "The Nikkei fell 2% after the yen rose, and traders said the selling may go on.",
])
def test_a_closing_clause_after_comma_and_is_no_cause(text):
    assert _causes(text) == [("idx-n225", "the yen rose")]


@pytest.mark.parametrize("text", ["The Nikkei fell 2% on weak data, and", "The Nikkei fell 2% on weak data, and to"])
def test_a_sentence_cut_after_comma_and_keeps_its_first_cause(text):
    assert _causes(text) == [("idx-n225", "weak data")]
