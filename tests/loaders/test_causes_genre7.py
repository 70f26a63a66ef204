"""Causes as more outlets write them (sentences written for these tests in the styles of NDTV, AP,
the Deccan Herald and Business Recorder; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an aside between the company and what it said stays in the cause
    ("Dixon Technologies rose 5 per cent after the company, after market hours on Wednesday, said it signed a deal.",
     [("co-dixon-technologies", "the company, after market hours on Wednesday, said it signed a deal")]),
    # one more cause after a mover's clause
    ("The Dow fell 1%. Stocks ended lower as shares of chipmakers slid again and concerns about consumer "
     "demand grew.",
     [("market-us", "shares of chipmakers slid"), ("market-us", "concerns about consumer demand grew")]),
    # ", in line with other Asian markets," is an aside on the way to the cue
    ("Hong Kong stocks finished higher on Tuesday, in line with other Asian markets, as investors welcomed "
     "upbeat Chinese trade data.", [("idx-hsi", "investors welcomed upbeat Chinese trade data")]),
    # "The biggest drag on X was Y": Y is a cause of X's move
    ("The STOXX 600 fell 0.5%. The biggest drag on the STOXX 600 was Novartis, down 1.9%.",
     [("idx-sxxp", "Novartis")]),
])
def test_causes(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the move's own course right after it (or after its day) is read through to the cue
    ("Germany's DAX gained 1% finishing at five-month highs, boosted by tech major SAP.", [("idx-dax", "tech major SAP")]),
    ("Tokyo stocks closed higher Thursday by extending gains for an eighth straight session as investors "
     "bought exporters.", [("idx-n225", "investors bought exporters")]),
    # not a course word further on: "its lowest closing level ..., with miners down on X" is the miners' cause,
    # not the index's
    ("Britain's top share index fell to its lowest closing level in three years on Monday, with miners down on "
     "concerns about metals demand.", [("sector-metals_mining", "concerns about metals demand")]),
])
def test_course_read_through(sentence, expected):
    assert _causes(sentence) == expected
