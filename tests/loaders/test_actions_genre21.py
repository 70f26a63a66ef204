"""Investor actions of the 339th to 342nd sets (Hong Kong and China, India, the US, the UK and Europe), read blind at
40df69c: "a net investment of" is a fund flow in, as "net purchases of" is (Zee News' "Domestic institutional investors
... made a net investment of Rs 149.96 crore"); ING Bank, Investec, Davy and Goodbody are brokers ("a downgrade from ING
Bank"), while ING alone is still ING Group, the company whose shares move. (Commerzbank, tried as a broker too, is left
a company: as a broker it was no longer "the German lender" whose rating was cut.) From the 343rd to 346th sets: a
price a stock rose to is no sum a buyer paid (the Malay Mail's "PetGas picked up 10 sen to RM15.40"); a copula, "such
as" or a verb of a sum ends what was traded ("Foreign buying was at P4.3 billion", "sold economically-sensitive stock
such as financials").

Sentences were written for these tests in the styles of Zee News, the Irish Examiner, the Irish Times, the Malay Mail,
the Inquirer and AAP, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None, a.amount)
            for a in facts_of("Markets\n\n" + text, published="2009-07-06").investor_actions]


@pytest.mark.parametrize("text, expected", [
    ("Domestic institutional investors made a net investment of Rs 212.40 crore.",
     [("Domestic investors", "net_inflow", None, "Rs 212.40 crore")]),
    ("Foreign funds made net investments of Rs 1,120 crore on Monday.",
     [("Foreign investors", "net_inflow", None, "Rs 1,120 crore")]),
    ("The insurer's net investment income rose 5%.", []),
    ("Aviva fell 2% following a downgrade from ING Bank.", [("ING Bank", "downgraded", "Aviva", None)]),
    ("Ryanair rose 2% after an upgrade from Davy.", [("Davy", "upgraded", "Ryanair Holdings", None)]),
    ("Ryanair rose 2% after Goodbody raised its price target.", [("Goodbody", "other", "Ryanair Holdings", None)]),
    # a price the stock rose to is no sum a buyer paid; a copula or a verb of a sum ends what was traded
    ("Shares of PetDag jumped 50 sen to RM20.10 and PetGas picked up 12 sen to RM15.60.", []),
    ("Foreign investors picked up a net 98.2 billion won.",
     [("Foreign investors", "bought", None, "98.2 billion won")]),
    ("Foreign selling reached P2.9 billion.", [("Foreign", "sold", None, "P2.9 billion")]),
    ("The market fell as investors sold economically-sensitive stock such as financials and energy.",
     [("Investors", "sold", "economically-sensitive stock", None)]),
])
def test_actions(text, expected):
    assert _actions(text) == expected


def test_ing_alone_is_the_company_that_moves():
    facts = facts_of("Markets\n\nING fell 3% after it cut its dividend.", published="2009-07-06")
    assert [(m.entity.name, m.entity.type.value) for m in facts.moves] == [("ING Group", "company")]
