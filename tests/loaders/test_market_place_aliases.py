"""A market named by its place's adjective is also named by the place ("Australian share prices" are Australia's, as
the annotation conventions read a market named by its place; AFP's "Australian share prices finished 0.85 percent
higher Tuesday", the 465th set): the place's name that shares the longest start with the adjective. And the name as
the article wrote it is one too where the working text mended it (The Local's "the OMXS-index was down 0.7 percent")."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text, index, place", [
    ("Australian share prices finished 0.85 percent higher Tuesday.", "S&P/ASX 200", "Australia"),
    ("South Korean stocks closed 2 percent lower.", "KOSPI", "South Korea"),
    ("Vietnamese shares fell 2%.", "VN-Index", "Vietnam"),
    ("Japanese stocks fell 1%.", "Nikkei 225", "Japan"),
])
def test_the_place_of_the_adjective_is_an_alias(text, index, place):
    (move,) = facts_of("Markets\n\n" + text, published="2020-01-02").moves
    assert move.entity.name == index and place in move.entity.aliases


def test_no_place_shares_too_short_a_start():
    (move,) = facts_of("Markets\n\nSwiss stocks fell 1%.", published="2020-01-02").moves
    assert "Switzerland" not in move.entity.aliases  # "Sw" is no start to go by


@pytest.mark.parametrize("text, written", [
    ("At the close on Thursday, the OMXS-index was down 0.7 percent for the day.", "OMXS-index"),
    ("Japan’s benchmark Nikkei index fell 1%.", "Japan’s benchmark Nikkei index"),
])
def test_a_name_as_the_article_wrote_it_is_an_alias(text, written):
    (move,) = facts_of("Markets\n\n" + text, published="2008-04-18").moves
    assert written in move.entity.aliases  # (the working text mends "-index" and the curly apostrophe)
