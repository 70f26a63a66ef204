"""A full stop glued between a figure and the next sentence, as web copies run paragraphs together (the 248th set's
JoongAng copy: "to close at 698.44.Samsung Electronics slipped 1.26 percent to 54,700 won.Battery shares ..."):
the close and the next sentence's move were lost.

Sentences were written for these tests in Korea JoongAng Daily's style, not copied."""
from __future__ import annotations

from marketkg.loaders.pipeline import build_pipeline
from tests.conftest import facts_of


def test_a_stop_glued_after_a_figure_ends_the_sentence():
    facts = facts_of("The Kosdaq shed 5.12 points, or 0.73 percent, to close at 698.44.Samsung Electronics slipped "
                     "1.26 percent to 54,700 won.", published="2024-11-22")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("KOSDAQ", -0.73, 698.44),
                                                                             ("Samsung Electronics", -1.26, 54700.0)]


def test_decimals_and_codes_stay_whole():
    # (guards: a decimal figure, a version, a ticker and a code keep their stops)
    tokens = [t.text for t in build_pipeline().tokenizer("Apple rose 2.5% to $150.25 on v2.0 of 9988.HK, not 3.B")]
    assert {"2.5", "150.25", "v2.0", "9988.HK"} <= set(tokens)
