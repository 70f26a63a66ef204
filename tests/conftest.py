from __future__ import annotations

from pathlib import Path

import pytest

from marketkg.graph.build import build_graph
from marketkg.loaders.extract import extract, extract_many
from marketkg.loaders.sources import article_from_text, iter_articles

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def facts_of(text: str, *, published: str | None = "2025-03-05"):
    """Facts of one article given as text."""
    return extract(article_from_text(text, source="test.txt", published=published))


def moves_and_causes(body: str, *, published: str):
    """The moves (name, direction, change, close) and causes (effect, cause) of one article: a heading, then body."""
    facts = facts_of("Markets\n\n" + body, published=published)
    return ([(m.entity.name, m.direction.value, m.change_pct, m.close) for m in facts.moves],
            {(c.effect.name, c.cause) for c in facts.causes})


def actions_of(body: str, *, published: str):
    """The investor actions (investor, action, target) of one article: a heading, then body."""
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Analyst calls\n\n" + body, published=published).investor_actions]


@pytest.fixture(scope="session")
def sample_facts():
    return list(extract_many(a for a in iter_articles([EXAMPLES])))


@pytest.fixture(scope="session")
def sample_graph(sample_facts):
    return build_graph(sample_facts)
