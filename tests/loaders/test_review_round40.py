"""Look-alikes of this round's rules that a helper who had not written them found read worse, each fixed
(sentences the helper wrote in the genre's styles; not copied). Those the start code of the round read the
same way are guards."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _facts(text: str) -> set[str]:
    f = facts_of(text)
    return ({f"move {m.entity.name} {m.change_pct}" for m in f.moves}
            | {f"action {a.investor.name} {a.action.value} {a.target.name if a.target else None}"
               for a in f.investor_actions}
            | {f"cause {c.effect.name} <- {c.cause}" for c in f.causes})


@pytest.mark.parametrize(("text", "present"), [
    # an all-share index: the market's benchmark where it is one, London's own where it is not
    ("The JSE's all-share index rose 0.8%, while the Top-40 index gained 0.9%.", "move JSE All Share Index 0.8"),
    ("In Lagos, the all-share index rose 0.4 per cent.", "move NGX All-Share Index 0.4"),
    ("The FTSE 100 lost 0.9%, and the all-share index fell 0.8%.", "move FTSE All-Share -0.8"),
    ("The FTSE 100 fell 1%. The broader all-share index fell 0.9%.", "move FTSE All-Share -0.9"),
    # a stake in "the company": the one company named before, never the actor
    ("IVRCL fell 8% after Essel Group sold more than 5% stake in the infrastructure company.",
     "action Essel Group cut_stake IVRCL"),
    # "the company's stocks": the mover; "the company's rival AMD": AMD
    ("Shares of Southwest Airlines lost 2.2 percent after Evercore downgraded the company's stocks to in-line.",
     "action Evercore downgraded Southwest Airlines"),
    ("Nvidia rose 2% after Jefferies upgraded the company's rival AMD.", "action Jefferies upgraded Advanced Micro Devices"),
    # bonds, or one sector's stocks, bought for money: a trade, no equity flow
    ("Foreign investors bought 1.5 trillion won of government bonds.", "action Foreign investors bought government bonds"),
    ("Hedge funds sold $3 billion of tech stocks last week.", "action Hedge funds sold Technology"),
])
def test_the_reading_kept(text, present):
    assert present in _facts("Markets\n\n" + text)


@pytest.mark.parametrize(("text", "absent"), [
    # a services PMI is no index's move
    ("The PSEi rose 0.6%. The services index of the PMI fell to 52.1.", "services"),
    # "or 12% higher this year", "for the week", "from its March peak": a span's figure, no day's move
    ("The Dow closed at 39,500, or 12% higher this year.", "12.0"),
    ("The Nasdaq closed at 16,500, or 3% up for the week.", "3.0"),
    ("The KOSPI closed at 2,750.10, or 10% higher year-to-date.", "10.0"),
    ("The Nikkei closed at 38,500, or 2% lower from its March peak.", "-2.0"),
    # sugar, palm oil and gold have refiners too
    ("Sugar refiners rose 3 per cent after the government raised the export quota.", "Energy"),
    ("Palm oil refiners fell 1% in Kuala Lumpur.", "Energy"),
    # the actor's own stake, a buyback
    ("Essel Group sold more than 5% stake in the infrastructure company.", "cut_stake Essel Group"),
    ("Elliott Management said it built a stake in the company and the shares rose 5%.", "raised_stake Elliott"),
    ("Apple, the world's most valuable company, bought back shares worth $110 billion.", "action Apple"),
    # (guards, read so at the round's start: a figurative headline verb, records of another period)
    ("Talks falter as trade war looms\n\nThe Hang Seng rose 0.5%.", "Talks"),
    ("The Nikkei hit record highs earlier this year but fell 1% on Wednesday.", "move Nikkei 225 None"),
])
def test_no_reading_from_a_look_alike(text, absent):
    assert not any(absent in fact for fact in _facts("Markets\n\n" + text))
