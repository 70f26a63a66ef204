"""The round of the 553rd-560th sets: what the last rounds left noticed (a known company's name inside a longer one,
figures in brackets after a company's "shares", a cause verb's effect in an infinitive), and what the round's blind
sets showed.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    # -- a known company's name inside a longer name
    # Norway's "Aker BP" is not BP; a corporate tail makes a sentence's first word part of the name
    ("Shares of Aker BP rose 2 percent.", ([("Aker BP", "up", 2.0, None)], set())),
    ("Equinor rose 1.2 percent while Aker BP ASA gained 2.3 percent.",
     ([("Equinor", "up", 1.2, None), ("Aker BP ASA", "up", 2.3, None)], set())),
    ("Aker BP ASA gained 2.3 percent.", ([("Aker BP ASA", "up", 2.3, None)], set())),
    ("Oslo-listed Aker BP gained 2.3 percent.", ([("Aker BP", "up", 2.3, None)], set())),
    # a description, a place's adjective or a plural noun before the known name leaves it whole
    ("Carmaker Toyota rose 3 percent.", ([("Toyota Motor", "up", 3.0, None)], set())),
    ("Swiss UBS rose 2 percent.", ([("UBS", "up", 2.0, None)], set())),
    ("Peers Deutsche Telekom and KPN fell 2 percent.",
     ([("Deutsche Telekom", "down", -2.0, None), ("KPN", "down", -2.0, None)], set())),
    ("Miners Antofagasta and Glencore rose 2 percent.",
     ([("Antofagasta plc", "up", 2.0, None), ("Glencore", "up", 2.0, None)], set())),
    # -- a company's shares, then its figures in brackets (Russian agencies' lists)
    ("Gazprom shares (-2.1%, to 150 rubles) led the decline.", ([("Gazprom", "down", -2.1, 150.0)], set())),
    ("Among blue chips, Gazprom shares (-2.1%, to 150 rubles) and Lukoil shares (-1.5%, to 6,200 rubles) fell the "
     "most.", ([("Gazprom", "down", -2.1, 150.0), ("Lukoil", "down", -1.5, 6200.0)], set())),
    ("Sberbank shares (+1.8%) rose, while VTB shares (-2.2%) fell.",
     ([("Sberbank", "up", 1.8, None), ("VTB", "down", -2.2, None)], set())),
    ("Sberbank shares (+1.8%) and VTB shares (+2.2%) rose.",
     ([("Sberbank", "up", 1.8, None), ("VTB", "up", 2.2, None)], set())),
    ("Gazprom shares -2.1%, Lukoil shares -1.5%.",
     ([("Gazprom", "down", -2.1, None), ("Lukoil", "down", -1.5, None)], set())),
    # -- a cause verb's effect moves in an infinitive after it
    ("The profit warning caused Acme Widgets' shares to fall 3.9%.",
     ([("Acme Widgets", "down", -3.9, None)], {("Acme Widgets", "The profit warning")})),
    ("The trading update caused Frasers' shares to increase by 3.9%.",
     ([("Frasers", "up", 3.9, None)], {("Frasers", "The trading update")})),
    ("The ruling caused Acme Widgets to delay its listing.", ([], set())),
])
def test_moves_and_causes_of_the_round(text, expected):
    assert moves_and_causes(text, published="2019-05-14") == expected
