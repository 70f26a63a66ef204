"""Bounded fuzz runs of the whole chain (extract -> graph -> Turtle / HTML / JSON Lines).

Marked ``fuzz``: left out of the default run; run them with ``pytest -m fuzz``. The
time is bounded by ``MARKETKG_FUZZ_SECONDS`` (default 120 s for the engine run) and
``MARKETKG_FUZZ_EXAMPLES`` (default 3000 hypothesis examples). What they find is
fixed and kept in ``test_regressions.py``.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.fuzz

SECONDS = float(os.environ.get("MARKETKG_FUZZ_SECONDS", "120"))
EXAMPLES = int(os.environ.get("MARKETKG_FUZZ_EXAMPLES", "3000"))
SCRIPT = Path(__file__).resolve().parent / "fuzz_chain.py"


def test_the_fuzz_engine_finds_nothing_in_its_time(tmp_path):
    """atheris (coverage-guided) when installed, else the seeded random engine."""
    crashes = tmp_path / "crashes"
    run = subprocess.run([sys.executable, str(SCRIPT), "--seconds", str(SECONDS), "--crash-dir", str(crashes)],
                         capture_output=True, text=True, timeout=SECONDS + 300, cwd=tmp_path)
    found = sorted(p.read_text(encoding="utf-8", errors="replace")[:2000] for p in crashes.glob("*")) \
        if crashes.exists() else []
    assert run.returncode == 0 and not found, (run.stderr[-3000:], found)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(min_size=1, max_size=2048))
def test_many_grammar_texts_go_through_the_chain(chain, data):
    chain.check_text(chain.genre_text(data), published="2025-11-25")


@settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(st.characters(codec="utf-8"), max_size=2000))
def test_many_arbitrary_texts_go_through_the_chain(chain, text):
    chain.check_text(text)
