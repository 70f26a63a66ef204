"""'after Trump attacked Amazon and China fired its shot at U.S. imports' is two causes, 'after Apple
and Microsoft reported' one; 'warned on profits' is a verb's object, no 'on' cue; 'spurred on by'
is one cue. From VOA stories (public domain) and written in their style."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.id, c.cause, c.cue) for c in facts_of(text).causes]


def test_a_clause_after_a_clause_is_a_second_cause():
    # VOA, "US Stock Indexes Plunge" (public domain)
    causes = _causes("U.S. stocks plunged again Monday after President Donald Trump unleashed a new verbal attack on "
                     "giant online retailer Amazon and China fired its shot at U.S. imports in a developing trade war.")
    assert [c for _, c, _ in causes] == [
        "President Donald Trump unleashed a new verbal attack on giant online retailer Amazon",
        "China fired its shot at U.S. imports in a developing trade war"]


def test_two_names_sharing_one_verb_stay_one_cause():
    assert [c for _, c, _ in _causes("The Nasdaq rose 1% after Apple and Microsoft reported strong earnings.")] == [
        "Apple and Microsoft reported strong earnings"]


def test_on_after_a_verb_is_its_object():
    causes = _causes("The Nikkei fell 1% after the yen jumped and Toyota warned on profits.")
    assert all(cue != "on" for _, _, cue in causes)


@pytest.mark.parametrize("text", [
    # VOA, "Asian Markets Post Modest Gains Monday" (public domain)
    "Asian markets finished mostly higher in limited trading activity Monday, spurred on by optimism over the "
    "release of more COVID-19 vaccines and a steady decline of new coronavirus cases.",
])
def test_spurred_on_by_is_one_cue(text):
    assert [(c, cue) for _, c, cue in _causes(text)] == [
        ("optimism over the release of more COVID-19 vaccines", "spurred on by"),
        ("a steady decline of new coronavirus cases", "spurred on by")]
