"""What "after", "on" and "as" introduce when they tell no cause: a market's own course through the day, its
recovery from its own low, how much traded, its run going on; as AAP, the NZ Herald, Business Day, The Star and
the Taipei Times write them (sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2025-03-05").causes}


@pytest.mark.parametrize("text", [
    # the market's own course through the day
    "SYDNEY: The All Ordinaries ended 0.1 per cent higher at 5,790, after being in the red for most of the day.",
    "TOKYO: The Nikkei closed 0.3 percent lower, after staying higher for most of the session.",
    # its recovery from its own low
    "SYDNEY: The S&P/ASX 200 finished 0.2 per cent lower after clambering back from an early loss of 35 points.",
    "TOKYO: The Nikkei ended 0.4 percent higher after recovering from early losses.",  # (a guard: so before)
    # how much traded
    "WELLINGTON: Spark fell 0.7 per cent to $4.37 as more than 5.2 million shares changed hands.",
    "JOHANNESBURG: The JSE all share closed 0.22% lower on low volume of about R11.3bn.",
    "TAIPEI: The Taiex fell 0.3 percent on thin turnover.",
    # a headline's run going on
    "KLCI closes at fresh three-year high as rally extends\n\nKUALA LUMPUR: The FBM KLCI rose 0.5 per cent.",
])
def test_no_cause(text):
    assert _causes(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # (guards: so before) news after "being", a recovery from something else, selling, another market's rally
    ("TOKYO: Toyota rose 3 percent after being in talks with Honda over a tie-up.",
     ("Toyota Motor", "being in talks with Honda over a tie-up")),
    ("TOKYO: The Nikkei fell 1 percent on heavy selling by foreign funds.", ("Nikkei 225", "heavy selling by foreign funds")),
    ("TOKYO: The Nikkei rose 1 percent as the yen rally extended.", ("Nikkei 225", "the yen rally extended")),
])
def test_still_a_cause(text, expected):
    assert expected in _causes(text)


def test_a_rank_after_as_is_no_cause():
    # the Economic Times' style: "ended the session as top gainers among lenders", "closed as the biggest losers of
    # the session"
    assert _causes("MUMBAI: Shares of HDFC Bank and SBI rose 1.7 per cent and 0.62 per cent, respectively, and "
                   "ended the session as top gainers among lenders.") == set()
    assert _causes("MUMBAI: Bandhan Bank and IndusInd Bank fell 1.46 per cent and 0.35 per cent, respectively, and "
                   "closed as the biggest losers of the session.") == set()


def test_the_move_s_own_record_between_it_and_its_cue():
    # Kyodo via AFP: ", in their best percentage gain since 2008, on news of A and relief that B": two causes
    assert _causes("TOKYO: Tokyo stocks surged over 8 per cent Wednesday, in their best percentage gain since 2008, "
                   "on news of a rescue package and relief that the Games were postponed, not cancelled.") == {
        ("Nikkei 225", "news of a rescue package"), ("Nikkei 225", "relief that the Games were postponed")}
