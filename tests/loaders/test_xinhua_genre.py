"""Xinhua's close report: "went up 0.67 percent to close at 2,014.58 points". Sentences written
for these tests in Xinhua's style."""
from __future__ import annotations

import pytest

from marketkg.exports.cli import main
from tests.conftest import facts_of

MOVES = [
    ("The ChiNext Index, which tracks the Shenzhen board of growth firms, went up 0.67 percent to "
     "close at 2,014.58 points.", ("idx-chinext", "up", 0.67, 2014.58)),
    ("The Shenzhen Component Index on Tuesday went down 0.36 percent to close at 10,218.40 points.",
     ("idx-szse", "down", -0.36, 10218.4)),
    ("China's benchmark Shanghai Composite Index inched up 0.2 percent to 3,246.71 points.",
     ("idx-ssec", "up", 0.2, 3246.71)),
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
    ("Hong Kong's Hang Seng closed at 23,874.52 points, down 98.65 points, or 0.41 percent.",
     ("idx-hsi", "down", -0.41, 23874.52)),
    ("In Tokyo, the Nikkei Stock Average ended the day down 173.64 points, or 0.43 percent, from Tuesday "
     "at 40,215.30.", ("idx-n225", "down", -0.43, 40215.3)),
]


@pytest.mark.parametrize("text, expected", CLOSE_FIRST, ids=[t[:40] for t, _ in CLOSE_FIRST])
def test_the_close_before_the_change_or_after_the_day(text, expected):
    assert [(m.entity.id, m.direction.value, m.change_pct, m.close) for m in facts_of(text).moves] == [expected]
