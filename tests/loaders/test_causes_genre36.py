"""A Reuters headline from the 254th set, "Japan's Nikkei Stock Rises More Than 1% as Auto Shares Shine on Weak Yen
(UPDATE 1)": the wire's version tag is no part of the cause, and "shine" is a move ("Auto Shares Shine on Weak
Yen" gives the sector's own cause).

Sentences were written for these tests in Reuters' style, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def test_a_wire_tag_and_a_shining_sector():
    facts = facts_of("Nikkei Rises as Auto Shares Shine on Weak Yen (UPDATE 2)\n\nThe Nikkei rose 1.1%.",
                     published="2024-12-26")
    causes = {(c.effect.name, c.cause) for c in facts.causes}
    assert ("Nikkei 225", "Auto Shares Shine on Weak Yen") in causes
    assert ("Autos and EVs", "Weak Yen") in causes


def test_a_light_shone_is_no_move():
    # (a guard)
    assert not facts_of("The results shone a light on weak demand.", published="2024-12-26").moves
