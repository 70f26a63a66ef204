"""No module binds a top-level name twice: a function reads a module constant when it runs, so a second
constant of the same name further down silently replaces the one written beside it (two such constants in
loaders/moves.py made one helper skip nothing and another read past its clause)."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["loaders", "graph", "exports", "ontology"]
MODULES = sorted(p for package in PACKAGES for p in (ROOT / package).glob("*.py"))


def _bound_twice(source: str) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_check_finds_a_name_bound_twice():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == {"A": [1, 4]}
    assert _bound_twice("A = 1\nB: int = 2\n") == {}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_top_level_name_is_bound_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == {}
