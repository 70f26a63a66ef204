"""A dotted abbreviation the tokenizer keeps whole ("A.I.", "U.S.") ends its sentence when a pronoun or determiner
opens the next one: the New York Times' "Nvidia ... has benefited from the emerging exuberance over A.I. Its revenues
rose more than 250 percent" (the 383rd set) is two sentences, so "A.I. Its" is no company's name and "The company
rallied roughly 16 percent" names Nvidia; "U.S. Steel" and "the U.S. Federal Reserve" stay whole.

Sentences were written for these tests in the style of that outlet, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.pipeline import build_pipeline
from tests.conftest import moves_and_causes


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("text, sentences", [
    ("Nvidia has gained from the boom in A.I. Its revenue tripled.",
     ["Nvidia has gained from the boom in A.I.", "Its revenue tripled."]),
    ("Stocks fell in the U.S. The Dow lost 1%.", ["Stocks fell in the U.S.", "The Dow lost 1%."]),
    ("U.S. Steel rose 2%.", ["U.S. Steel rose 2%."]),
    ("The U.S. Federal Reserve held rates.", ["The U.S. Federal Reserve held rates."]),
])
def test_sentences(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


def test_the_company_after_the_abbreviation_is_the_one_named_before():
    moves = moves_and_causes("Nvidia reported record revenue on the boom in A.I. Its sales tripled. The company "
                             "rallied roughly 16 percent on Thursday.", published="2024-02-22")[0]
    assert moves == [("Nvidia Corporation", "up", 16.0, None)]
