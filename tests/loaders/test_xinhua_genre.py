"""Xinhua's close report: "went up 0.92 percent to close at 1,905.33 points". Sentences written
for these tests in Xinhua's style."""
from __future__ import annotations

import pytest

from marketkg.exports.cli import main
from tests.conftest import facts_of

MOVES = [
    ("The ChiNext Index, tracking China's Nasdaq-style board of growth enterprises, went up 0.92 percent to "
     "close at 1,905.33 points.", ("idx-chinext", "up", 0.92, 1905.33)),
    ("The Shenzhen Component Index went down 0.41 percent to close at 9,852.12 points.",
     ("idx-szse", "down", -0.41, 9852.12)),
    ("The Shanghai Composite Index inched up 0.1 percent to 3,112.95 points.", ("idx-ssec", "up", 0.1, 3112.95)),
]


@pytest.mark.parametrize("text, expected", MOVES, ids=[t[:40] for t, _ in MOVES])
def test_went_up_and_inched_up_are_moves(text, expected):
    assert [(m.entity.id, m.direction.value, m.change_pct, m.close) for m in facts_of(text).moves] == [expected]


def test_explain_names_a_close_stated_in_points_as_the_close(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text("The Shenzhen Component Index rose 0.88 percent to close at 10,445.23 points.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "10,445.23 points" in x and "figure" in x)
    assert line.endswith("-> close of Shenzhen Component Index's move")


CLOSE_FIRST = [
    ("Hong Kong's Hang Seng Index closed at 24,215.87 points, down 112.40 points, or 0.46 percent.",
     ("idx-hsi", "down", -0.46, 24215.87)),
    ("In Tokyo, the 225-issue Nikkei Stock Average ended the day down 195.22 points, or 0.49 percent, from Tuesday "
     "at 39,792.10.", ("idx-n225", "down", -0.49, 39792.1)),
]


@pytest.mark.parametrize("text, expected", CLOSE_FIRST, ids=[t[:40] for t, _ in CLOSE_FIRST])
def test_the_close_before_the_change_or_after_the_day(text, expected):
    assert [(m.entity.id, m.direction.value, m.change_pct, m.close) for m in facts_of(text).moves] == [expected]
