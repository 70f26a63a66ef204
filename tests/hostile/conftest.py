"""Shared pieces of the hostile-input tests: the chain checks of ``fuzz_chain.py`` and a
runner for the real command line."""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from marketkg.exports.cli import main

HERE = Path(__file__).resolve().parent
#: markers of the long runs here: off unless asked for with -m (``-m slow``, ``-m fuzz``)
LONG_RUNS = ("slow", "fuzz")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: bounded fuzz runs of the whole chain (minutes; run with -m fuzz)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this folder's slow and fuzz tests unless ``-m`` selects their marker by name
    (``-m slow``, ``-m "fuzz or slow"``), so the default run stays fast whatever ``addopts``
    says (``-m "not fuzz"`` alone would let the slow ones in)."""
    markexpr = config.getoption("markexpr", "") or ""
    wanted = {m for m in LONG_RUNS if re.search(rf"(?<!not )\b{m}\b", markexpr)}
    for item in items:
        if not item.path.is_relative_to(HERE):
            continue
        for m in LONG_RUNS:
            if m not in wanted and item.get_closest_marker(m):
                item.add_marker(pytest.mark.skip(reason=f"long run: select it with -m {m}"))


def _load_chain() -> ModuleType:
    """``fuzz_chain.py`` is a script as well as the checks; load it by path (it is no package)."""
    spec = importlib.util.spec_from_file_location("marketkg_hostile_fuzz_chain", HERE / "fuzz_chain.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def chain() -> ModuleType:
    """The chain checks: ``check_text``, ``check_facts``, ``check_outputs``, ``genre_text``."""
    return _load_chain()


@dataclass
class CliResult:
    status: int
    out: str
    err: str

    @property
    def errors(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("marketkg: error: ")]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``marketkg ARGS...`` in this process through the real entry point."""

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            status = main([str(a) for a in args])
        except SystemExit as exc:  # --strict and argparse exit this way
            status = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return CliResult(status, captured.out, captured.err)

    return run
