"""An "after" that tells the market's own time, no cause: a stretch told by an adjective ("After a truly disastrous
year," in RTÉ's year-end report, "Top flight gains ground after unsteady start" in the Courier's headline), a run of
sessions ("after four straight sessions in negative territory", Malaya's), a record stretch ("After seeing its best
day of the year on Thursday", Business Recorder's) and an earlier day's increase ("after Friday's sharp increase of
over 4 percent", TT's). Their objects and events stay causes. Later
sets add the session's resumption ("after the resumption of business"), the year's end ("following its strong end to
the old year") and the opening's jump ("after a jump of 14% at the opening").

Sentences were written for these tests in the styles of those outlets, not copied."""
from __future__ import annotations

import pytest

from tests.conftest import moves_and_causes


@pytest.mark.parametrize("text", [
    "After a truly dreadful year, shares in Bank of Ireland slumped another 12.5% to end the year at 40 cent.",
    "The FTSE 100 rose 1% after unsteady start.",
    "The FTSE 100 rose 1% after a shaky week.",
    "The PSEi rose 1.2% after four straight sessions in negative territory.",
    "After seeing its best day of the year on Thursday, the KSE-100 rose 1.1% on Friday.",
    "The KSE-100 rose 0.5% after posting its biggest gain in a month on Monday.",
    "The Nikkei 225 rose 0.8% after Friday's sharp increase of over 3 percent.",
    # the 379th and 380th sets' (read blind at 5ecf376): the session's resumption, the year's end, the opening's jump
    "Shares in Aberdeen Asset Management fell by 2% to 4.90 after the resumption of business on the exchange.",
    "The FTSE 100 was down 0.5% at 6,717.9 following its strong end to the old year.",
    "The S&P Merval surged 11% to 812,430.50 points, after a jump of 14% at the opening.",
])
def test_own_time_is_no_cause(text):
    moves, causes = moves_and_causes(text, published="2024-11-08")
    assert moves and causes == set()


@pytest.mark.parametrize("text, expected", [
    ("The FTSE 100 rose 1% after a bad day for banks in New York.",
     {("FTSE 100", "a bad day for banks in New York")}),
    ("The FTSE 100 fell 1% after the budget day.", {("FTSE 100", "the budget day")}),
    ("The Nikkei 225 fell 0.8% after Friday's increase in interest rates.",
     {("Nikkei 225", "Friday's increase in interest rates")}),
    ("Lonmin rose 2% after the resumption of talks with miners.", {("Lonmin", "the resumption of talks with miners")}),
    ("Lucky Cement fell 2% after posting its biggest quarterly loss.",
     {("Lucky Cement", "posting its biggest quarterly loss")}),
])
def test_news_stays_a_cause(text, expected):
    assert moves_and_causes(text, published="2024-11-08")[1] == expected
