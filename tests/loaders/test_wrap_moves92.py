"""Moves of the 343rd to 346th sets (South-East Asia, the Middle East and Africa, Japan, Korea and Taiwan, Australia,
New Zealand and Canada), read blind at 51ac9d7: a points figure restated as a percent after "or" and a verb (Antara's
"shed 15.82 points, or fell 0.31 percent, to reach 5,128.23") or after "equal to" (in Tuoi Tre's style, "lost 58.41
points, equal to 5.29 percent, at 1,046.30"); a sign spelt out ("declined minus 0.77 percent and minus 0.76 percent,
respectively"); "Ent." and "Grp." end no sentence inside a list ("JYP Ent. (-4.41%), and L&F (-4.17%)"); a bare sector word before
"which" (AAP's "led by telecommunications which was up 2.1 per cent"); the S&P/NZX 20 and 10; a ranked name's bare
percent after "with" (Nairametrics' "Julius Berger led the losers with 9.81%").

Sentences were written for these tests in the styles of Antara, Tuoi Tre and Viet Nam News, not copied."""
from __future__ import annotations

import pytest

from marketkg.loaders.text import working_text
from tests.conftest import facts_of, moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("The JCI shed 21.4 points, or fell 0.42 percent, to 5,077.10.", [("Jakarta Composite Index", "down", -0.42, 5077.1)]),
    ("The VN30 Index lost 12.5 points, equal to 1.2 percent, at 1,030.6.", [("VN30", "down", -1.2, 1030.6)]),
    ("The property sector fell by minus 0.6 percent.", [("Property", "down", -0.6, None)]),
    ("Mining and energy declined minus 0.5 percent and minus 0.4 percent, respectively.",
     [("Metals and mining", "down", -0.5, None), ("Energy", "down", -0.4, None)]),
    # a bare sector word before "which", and "telecommunications" among them
    ("The ASX 200 rose 0.8%, led by telecommunications which was up 1.9 per cent.",
     [("S&P/ASX 200", "up", 0.8, None), ("Telecommunications", "up", 1.9, None)]),
    ("The ASX 200 rose 0.8%, led by energy which gained 1.4 per cent.",
     [("S&P/ASX 200", "up", 0.8, None), ("Energy", "up", 1.4, None)]),
    # New Zealand's 20- and 10-stock indices
    ("The S&P/NZX 20 index was up 0.4%, closing at 7,700.10 points, while the S&P/NZX 10 index ended the day at "
     "12,900.00 after rising 0.45%.", [("S&P/NZX 20", "up", 0.4, 7700.1), ("S&P/NZX 10", "up", 0.45, 12900.0)]),
    # a ranked name's bare percent after "with"
    ("Julius Berger led the losers with 8.9% while MRS Oil led the gainers with 9.5%.",
     [("Julius Berger", "down", -8.9, None), ("MRS Oil", "up", 9.5, None)]),
    ("Apple was the top gainer with 12% of its revenue from China.", [("Apple Inc", "up", None, None)]),
    # (a level after "to" is still no change)
    ("The rate dropped to 3.8%.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2021-01-28")[0] == expected


def test_an_abbreviated_tail_inside_a_list_ends_no_sentence():
    # Asia Economy's "Rainbow Robotics (-6.29%), JYP Ent. (-4.41%), and L&F (-4.17%) closed lower": one sentence, the
    # evidence of every move in it
    text = "Conversely, Rainbow Robotics (-5.1%), HYBE Grp. (-3.3%), and L&F (-2.7%) closed lower."
    facts = facts_of("Markets\n\n" + text, published="2023-05-04")
    assert {m.entity.name: m.evidence[0].sentence for m in facts.moves}["L&F"] == text


def test_a_spelt_out_sign_keeps_the_text_s_length():
    text = "declined minus 0.77 percent; Minus 2 is the minimum"
    assert working_text(text) == "declined      -0.77 percent;      -2 is the minimum"
    assert len(working_text(text)) == len(text)
