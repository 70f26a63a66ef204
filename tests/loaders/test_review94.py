"""Review 94: a helper who had not written the round's later rules probed them with 70 articles of its own. The
facts it found wrong, and some close wordings it found unread, with their fixes.

Sentences were written for these tests in the styles of wire services and regional outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import actions_of, moves_and_causes


def _read(text: str) -> tuple[list[tuple], set[tuple]]:
    return moves_and_causes(text, published="2019-05-14")


@pytest.mark.parametrize("text, expected", [
    # a sector's stocks after the opening market name are the sector's
    ("On Wall Street, stocks of banks fell 1.2% after the stress-test results.",
     ([("Banks", "down", -1.2, None)], {("Banks", "the stress-test results")})),
    # a company's trend in its business is no move of its shares
    ("Toyota maintained its upward trajectory in China, selling 12 percent more cars.", ([], set())),
    ("HDFC Bank maintained its upward momentum in lending.", ([], set())),
    ("Dhaka stocks continued their upward trend in the afternoon session, backed by gains in banks.",
     ([("DSEX", "up", None, None)], {("DSEX", "gains in banks")})),
    # a note's label only before its colon: companies named so keep their moves
    ("Update Software AG rose 4 percent, while Correction Holdings fell 2 percent.",
     ([("Update Software AG", "up", 4.0, None), ("Correction Holdings", "down", -2.0, None)], set())),
    # a longer "Bank of ..." name is another bank, not the one whose short name it opens with
    ("Industrial and Commercial Bank of China rose 1.1 percent.",
     ([("Industrial and Commercial Bank of China", "up", 1.1, None)], set())),
    # a quote line's signed points and percent with no separator are no range
    ("Hang Seng -105.20 -0.38%", ([("Hang Seng Index", "down", -0.38, None)], set())),
    ("Kestrel fell 2-3 percent.", ([], set())),
])
def test_the_reviews_moves(text, expected):
    assert _read(text) == expected


def test_a_longer_bank_name_is_not_icbc():
    moves = _read("Shares of Industrial and Commercial Bank of Vietnam rose 2.1 percent.")[0]
    assert "Industrial and Commercial Bank of China" not in {name for name, *_ in moves}


@pytest.mark.parametrize("text, expected", [
    # selling shares is no rating, and a seller's price no broker's target
    ("The Kestrel Fund cut shares of Osprey Bank to zero after Moody's cut its rating.", []),
    ("Saudi Aramco raised its price objective for Arab Light crude.", []),
    # a shareholder is no broker for its name's last word alone
    ("Kestrel had its price target cut by Heron Group, its largest shareholder.", []),
    # the rating moved between two grades with no "shares of"; "equity analysts at"
    ("Heron Capital raised Kestrel Mining from a \u201creduce\u201d rating to an \u201cadd\u201d rating on Friday.",
     [("Heron Capital", "upgraded", "Kestrel Mining")]),
    ("Heron Capital raised shares of Kestrel Mining from a \u201cbuy\u201d rating to a \u201cstrong-buy\u201d rating.",
     [("Heron Capital", "upgraded", "Kestrel Mining")]),
    ("Kestrel Mining had its price target raised by equity analysts at Heron Capital to $45.00.",
     [("Heron Capital", "other", "Kestrel Mining")]),
])
def test_the_reviews_actions(text, expected):
    assert actions_of(text, published="2019-05-14") == expected
