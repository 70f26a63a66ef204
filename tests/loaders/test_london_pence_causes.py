"""London's price moves in pence carry their causes, as the City pages write them (sentences
written for these tests in the Guardian's and Reuters' styles; not copied); a cause verb's bare
market object completed by a participle; a mover apposed 'the biggest drag on' an index."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str, str]]:
    return [(c.effect.name, c.cause, c.cue) for c in facts_of("Markets\n\n" + text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Heron Holdings lost 8.75p to 212.5p as it set out the terms of its share sale.",
     [("Heron Holdings", "it set out the terms of its share sale", "as")]),
    ("Osprey Airways closed 9p higher at 187.25p, as the prospect of lower jet fuel bills cheered investors.",
     [("Osprey Airways", "the prospect of lower jet fuel bills cheered investors", "as")]),
    ("The day's movers included Wren Foods, up 3.5p to 118p on loose talk of a private equity bid.",
     [("Wren Foods", "loose talk of a private equity bid", "on")]),
])
def test_a_move_in_pence_and_its_cause(sentence, expected):
    assert _causes("The FTSE 100 fell 1 percent. " + sentence) == expected


def test_money_that_is_no_price_change_opens_no_move():
    facts = facts_of("Results\n\nThe FTSE 100 fell 1 percent. Vodafone lost $2 billion in the quarter.")
    assert [m.entity.name for m in facts.moves] == ["FTSE 100"]


def test_a_bare_market_object_completed_by_a_participle():
    causes = _causes("Wall Street fell 1 percent. Weak consumer spending figures sent stocks tumbling Tuesday.")
    assert causes == [("Wall Street", "Weak consumer spending figures", "sent")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hong Kong stocks fell 1 percent. Tencent Holdings shed 3.1 percent, the biggest drag on Hong Kong's "
     "benchmark index.", [("Hang Seng Index", "Tencent Holdings shed 3.1 percent", "biggest drag")]),
    # (as before: the copular form)
    ("The STOXX 600 fell 1 percent. The biggest drag on the STOXX 600 was Novartis.",
     [("STOXX Europe 600", "Novartis", "biggest drag")]),
])
def test_the_biggest_drag(sentence, expected):
    assert _causes(sentence) == expected
