"""The day's course read through to its cue (", paring earlier gains on X"), "on Wall Street's
rally" as a cause, "closed a tad lower", a headline's present tense ("Seoul stocks edge down on
X"), and "A and B helped lift stocks on Wall Street". Sentences written in the style of Yonhap,
Xinhua and AP wraps."""
from __future__ import annotations

import pytest

from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.text import working_text
from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize("text, expected", [
    ("South Korean shares closed lower Tuesday, paring earlier gains on massive selling by foreigners.",
     [("KOSPI", "massive selling by foreigners")]),
    ("The Nikkei rose 1%, extending its winning streak on hopes of stimulus.", [("Nikkei 225", "hopes of stimulus")]),
    ("Tokyo stocks closed 1% lower Tuesday, relinquishing early gains on Wall Street's rally.",
     [("Nikkei 225", "Wall Street's rally")]),
    ("Seoul stocks edge down on foreign selling binge", [("KOSPI", "foreign selling binge")]),
    ("Banks and industrial companies helped lift stocks on Wall Street mostly higher Wednesday.",
     [("Wall Street", "Banks"), ("Wall Street", "industrial companies")]),
])
def test_the_cause_is_read(text, expected):
    assert _causes(text) == expected


def test_on_wall_street_alone_is_where():
    assert _causes("Alibaba rose 2% on Wall Street.") == []


@pytest.mark.parametrize("text, direction", [
    ("The Kospi closed a tad lower.", "down"),
    ("The Kospi closed a touch higher at 2,100.15.", "up"),
    ("Seoul stocks edge down 0.2% on foreign selling", "down"),
])
def test_small_moves_are_read(text, direction):
    assert [m.direction.value for m in facts_of(text).moves] == [direction]


def test_a_cause_verb_ends_a_sector_phrase():
    doc = shared_pipeline()(working_text("Banks and industrial companies helped lift stocks on Wall Street."))
    assert [m.text for m in doc._.mkg_mentions if m.kind == "sector"] == ["Banks and industrial companies"]
