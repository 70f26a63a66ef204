"""Moves of the 379th to 382nd sets, read blind at 5ecf376: a code after its exchange with no brackets is the name's
("Proton Motor Power LON:PPS also fared well, up 34%", the Armchair Trader's); "a 2.4% advance on Hogmanay" is the
subject's own, on a holiday (the Press and Journal's); a percent right after the level ("closed 10.18 points higher at
3,836.33 up 0.27 percent", Lanka Business Online's); an aside's dash glued to its article ("fell 52p to 951.5p -a drop
of nearly six per cent", the Northern Echo's); "whilst" (Puls Biznesu's); a code in brackets inside an appositive
("The Ibovespa, the benchmark index of Brazil's stock exchange (B3), ended the day", the Rio Times').

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Proton Motor Power LON:PPS also fared well, up 34%.", [("Proton Motor Power", "up", 34.0, None)]),
    ("CAP-XX LON:CPX was the biggest faller, down by 20%.", [("CAP-XX", "down", -20.0, None)]),
    ("Wren Capital led the FTSE 250 risers with a 2.4% advance on Hogmanay.", [("Wren Capital", "up", 2.4, None)]),
    ("S&P SL20 closed 10.18 points higher at 3,836.33 up 0.27 percent.", [("S&P SL20", "up", 0.27, 3836.33)]),
    ("The Colombo All Share Price Index closed up 29.61 points at 7,080.48 higher 0.42 percent.",
     [("Colombo All Share Price Index", "up", 0.42, 7080.48)]),
    ("Persimmon fell 52p to 951.5p -a drop of nearly six per cent.",
     [("Persimmon plc", "down", -6.0, 951.5)]),
    ("The WIG20 closed at 1,260 on Friday, up 4.3 percent whilst the WIG closed up 3.4 percent at 13,895.",
     [("WIG20", "up", 4.3, 1260.0), ("WIG", "up", 3.4, 13895.0)]),
    ("The Ibovespa, the benchmark index of Brazil's stock exchange (B3), ended the day on Wednesday up 0.72%, at "
     "118,350 points.", [("Bovespa", "up", 0.72, 118350.0)]),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2015-10-01")[0] == expected


def test_whilst_is_read_where_the_evidence_keeps_it():
    facts = facts_of("Markets\n\nThe WIG20 rose 4.3 percent whilst the WIG closed up 3.4 percent.")
    assert [m.entity.name for m in facts.moves] == ["WIG20", "WIG"]
    assert "whilst" in facts.moves[1].evidence[0].sentence
