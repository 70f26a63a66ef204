"""What "Its shares" names when the sentence before holds more than one name (the 359th set, read blind at 24376e9;
sentences written for these tests in the styles of the Tampa Bay Times and the Mercury News, not copied): never a
place that says where the company is ("an aircraft electronics manufacturer based in Clearwater", "the Palo Alto maker
of virtualization software", though "Palo Alto" is also a company's short name), nor the analyst an outlook or an
upgrade came from ("benefited from an upgraded outlook by Next Inning Technology Research"). And "per cent" glued to
the next word is read as two words (Ahram Online's "down by 3.5 per centto LE40.3")."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("MarineMax slumped 15 percent to $2.36. The only loser that trades above $1 a share was Aerosonic Corp., an "
     "aircraft electronics maker based in Clearwater. Its shares closed at $1.60, down 8 cents, or 4.8 percent.",
     [("MarineMax, Inc.", "down", -15.0, 2.36), ("Aerosonic Corp.", "down", -4.8, 1.6)]),
    ("VMware, the Palo Alto maker of virtualization software, benefited from an upgraded outlook by Next Inning "
     "Technology Research. Its shares closed at $41.35, up 85 cents, or 2.1 percent.",
     [("VMware", "up", 2.1, 41.35)]),
    ("Tesco got an upgrade from JPMorgan. Its shares rose 2%.", [("Tesco", "up", 2.0, None)]),
    ("Commercial International Bank (CIB) also dropped, down by 3.5 per centto LE40.3.",
     [("Commercial International Bank", "down", -3.5, None)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2009-03-23")[0] == expected
