"""Moves and causes of the 355th to 358th sets, read blind at 7229f15: Baystreet's verbs of a figure ("Kestrel
Cannabis accelerated $1.40, or 18.2%", "The junior TSX Venture Exchange sidled up 6.40 points, or 0.7%", "Osprey
Foods shares sprang up $1.30, or 1.8%"; not "hiked", which "hiked tariffs by 10 per cent" makes a market's);
a following "Its" never names a person the name finder took with a company's name (ShareCafe's "Vocus Chairman Bob
Mansfield said ... Its shares rose 3.8%") or named after a title ("non-executive directors Jon Brett and Rhoda
Phillippo went"); and after ", and" a verb of reaching a level with no subject goes on with
the moved one's clause, no second cause (in the Mainichi's style: "The Nikkei average rose 1.6% after the Bank
of Japan chose to launch a bond-buying programme in March, and neared 15,500 in June").

Sentences were written for these tests in the styles of Baystreet, ShareCafe and the Mainichi, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Cannabis accelerated $1.40, or 18.2%, to $9.10.", [("Kestrel Cannabis", "up", 18.2, 9.1)]),
    ("The junior TSX Venture Exchange sidled up 6.40 points, or 0.7%, to 915.20.",
     [("S&P/TSX Venture Composite", "up", 0.7, 915.2)]),
    ("Osprey Foods shares sprang up $1.30, or 1.8%, to $71.40.",
     [("Osprey Foods", "up", 1.8, 71.4)]),
    ("Vocus Group continued its board renewal. Vocus Chairman Bob Mansfield said the process was in its final "
     "stages. Its shares rose 3.1% to $2.40.", [("Vocus Group", "up", 3.1, 2.4)]),
    ("Vocus Group continued its board renewal - non-executive directors Ann Lee and Tom Hart left. Its shares rose "
     "3.1% to $2.40.", [("Vocus Group", "up", 3.1, 2.4)]),
    # (a word too common alone: no move of the US market)
    ("The US also hiked tariffs on imports from China by 10 per cent on Monday.", []),
])
def test_moves(text, expected):
    assert moves_and_causes(text, published="2025-03-05")[0] == expected


def test_reaching_a_level_after_and_is_no_second_cause():
    causes = moves_and_causes("The Nikkei average rose 1.6% after the Bank of Japan chose to launch a bond-buying "
                              "programme in March, and neared 15,500 in June.", published="2013-06-01")[1]
    assert causes == {("Nikkei 225", "the Bank of Japan chose to launch a bond-buying programme in March")}


def test_one_more_cause_after_and_stays():
    causes = moves_and_causes("The Nikkei fell 2% after the data, and renewed concerns over China.",
                              published="2013-06-01")[1]
    assert ("Nikkei 225", "renewed concerns over China") in causes
