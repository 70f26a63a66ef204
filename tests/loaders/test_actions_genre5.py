"""A group's trading reported as a sum of money is a fund flow, as PTI, Mint, Yonhap and the Jakarta Post write it
(sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text).investor_actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    # no "net" said: the group's sale or purchase across the market (the README's conventions, and most of the
    # annotators of 32 blind sets; it was read as a flow before)
    ("Foreign portfolio investors sold stocks worth Rs 2,150.40 crore on Tuesday, provisional data showed.",
     ("Foreign investors", "sold", None)),
    ("Foreign institutional investors (FIIs) bought Indian stocks worth Rs 946.15 crore, exchange data showed.",
     ("Foreign investors", "bought", None)),
    ("Foreigners dumped 512.4 billion won of local shares.", ("Foreign investors", "sold", None)),
    # "net" said, in the clause or the sentence: a fund flow
    ("Foreigners purchased a net 190 billion won.", ("Foreign investors", "bought", None)),
    ("On a net basis, the foreign institutional investors bought Indian shares worth Rs 1,684 crore.",
     ("Foreign investors", "bought", None)),
    ("Institutions bought a net 500 billion won, while foreigners sold 40 billion won.",
     ("Foreign investors", "sold", None)),
])
def test_a_groups_market_wide_trade(sentence, expected):
    assert expected in _actions(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a company named: a trade in its shares, not a flow
    ("Foreign investors sold Samsung Electronics shares worth 100 billion won.",
     ("Foreign investors", "sold", "Samsung Electronics")),
    # no sum of money: shares counted, a trade
    ("Foreign investors sold 2 million shares of Samsung Electronics.",
     ("Foreign investors", "sold", "Samsung Electronics")),
])
def test_a_groups_trade_in_a_named_company_stays_a_trade(sentence, expected):
    # (guards: read so before)
    assert expected in _actions(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stake's figure with no article, an aside in brackets, "a stake of more than X", made public
    ("Unitech fell 6% after Essel Group sold more than 4% stake in the realty company through block deals.",
     [("Essel Group", "cut_stake", "Unitech")]),
    ("Berkshire Hathaway took a 10.2 percent stake (or 110 million shares) in HP on Thursday.",
     [("Berkshire Hathaway", "raised_stake", "HP Inc.")]),
    ("Activist investor Elliott disclosed a stake of more than 3% in Pernod Ricard.",
     [("Elliott", "raised_stake", "Pernod Ricard")]),
    # the investor before a description set off by commas
    ("HSBC rose 4% after Ping An, the biggest shareholder in the lender, raised its stake to 8.1%.",
     [("Ping An Insurance (Group) Company of China", "raised_stake", "HSBC Holdings")]),
    # "both stocks": each of the two movers
    ("BRF and Marfrig slipped after JPMorgan cut its rating on both stocks to underweight.",
     [("JPMorgan", "downgraded", "BRF"), ("JPMorgan", "downgraded", "Marfrig")]),
    # "the company's stocks": the one company that moved, not a name later in the sentence
    ("Shares of Southwest Airlines lost 2.2 percent after Evercore downgraded the company's stocks to in-line, "
     "citing the grounding of Boeing's 737 MAX jet.", [("Evercore", "downgraded", "Southwest Airlines")]),
    # (a guard: a stake with its article and a named company, as before)
    ("Sibanye said it had obtained a 38% stake in DRD Gold.", [("Sibanye Stillwater", "raised_stake", "DRD Gold")]),
])
def test_stakes_appositions_and_rated_movers(sentence, expected):
    assert _actions(sentence) == expected
