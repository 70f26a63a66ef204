"""`--explain` says why the figures and cues this round's rules leave alone give no fact: a futures
quote, a forecast, a concessive 'even after'. Sentences written in the styles of VOA and Reuters."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_explain import _explain, _line


@pytest.mark.parametrize("sentence, figure, verdict", [
    ("In futures trading, the Dow Jones is up 0.8 percent.", "0.8 percent", 'trap: futures quote ("futures trading")'),
    ("Analysts expect the Nikkei to drop 2%.", "2%", 'trap: forecast ("expect")'),
])
def test_a_figure_that_is_no_move_names_its_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str,
                                                 figure: str, verdict: str) -> None:
    assert _line(_explain(tmp_path, capsys, sentence + "\n"), "figure", figure).endswith(verdict)


def test_even_after_is_reported_as_concessive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _explain(tmp_path, capsys, "Toyota rose 2% even after a profit warning.\n")
    assert _line(out, "cue", "after").endswith("no cause: concessive 'even after'")
