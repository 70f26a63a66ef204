"""A move's elaboration between commas does not cut it from its cause: "U.S. stocks closed higher,
with the Nasdaq leading the rebound, after X" and "Hong Kong stocks rose, driving the benchmark to
a four-month high, as X". Sentences written in the styles of Reuters and the SCMP."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


def test_a_with_clause_of_a_figureless_move_is_read_through_to_its_cue():
    causes = _causes("U.S. stocks closed higher on Friday, with the Nasdaq leading the rebound, after a "
                     "cooler-than-expected consumer price reading eased worries about rates.")
    assert ("market-us", "a cooler-than-expected consumer price reading eased worries about rates") in causes


def test_a_with_clause_holding_its_own_figure_keeps_the_cue_for_that_move():
    causes = _causes("Wall Street closed sharply lower on Thursday, with the Nasdaq tumbling 2.3% as tech "
                     "stocks sold off.")
    assert [effect for effect, _ in causes] == ["idx-ixic"]


def test_a_participle_stating_the_moves_result_is_read_through():
    causes = _causes("Hong Kong stocks rose for a fourth day, driving the benchmark to its highest level in "
                     "four months, as investors bet on more stimulus from Beijing.")
    assert ("idx-hsi", "investors bet on more stimulus from Beijing") in causes


def test_a_participle_with_its_own_cue_is_a_clause_of_its_own():
    causes = _causes("The Nikkei rose 1.2%, erasing the losses spurred by the yen's surge, while exporters "
                     "gained.")
    assert causes == []  # the yen's surge spurred the losses, not the day's rise
