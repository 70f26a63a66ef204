"""'Asian stocks were also following the lead of Wall Street, which on Tuesday posted its
second-biggest gains for the year' and 'took their cue from': a market's verb cue names its
cause, which keeps a closing relative clause with no figure of its own. Dev sentence from VOA
(07_voa-japan-stocks-record-surge-2015-09-09, public domain); the others written in its style."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.id, c.cause, c.cue) for c in facts_of(text).causes]


def test_following_the_lead_of_keeps_the_relative_clause():
    assert _causes("Asian stocks were also following the lead of Wall Street, which on Tuesday posted its "
                   "second-biggest gains for the year.") == [
        ("market-asia", "Wall Street, which on Tuesday posted its second-biggest gains for the year",
         "following the lead of")]


@pytest.mark.parametrize("text, cue", [("European markets took their cue from Wall Street.", "took their cue from"),
                                       ("European shares followed the lead of Asia.", "followed the lead of")])
def test_cue_verbs_after_a_market(text, cue):
    assert [c for _, _, c in _causes(text)] == [cue]


def test_a_relative_clause_with_its_own_figure_is_not_widened_further():
    causes = _causes("The Hang Seng Tech Index sank 3.4 per cent, dragged down by Meituan, which fell 6.2 per "
                     "cent.")
    assert [effect for effect, _, _ in causes] == ["idx-hstech"]
