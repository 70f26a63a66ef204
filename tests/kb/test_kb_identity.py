"""Issue 15 items 5 and 6: ingest reads each file once (what it hashes is what it extracts),
and an article's identity is its file's real path, however the path was typed."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import marketkg.loaders.sources as sources
from marketkg.exports.cli import main
from marketkg.exports.cli_kb import open_kb
from marketkg.graph.ingest import ingest
from marketkg.loaders.graph_file import read_graph_json

FRONT = "---\npublished: 2025-03-03\n---\n"
OLD = FRONT + "Tencent rose 2.1% on Monday after strong results.\n"
NEW = FRONT + "Tencent fell 3.4% on Monday on profit-taking.\n"


def _ingest(*args: str | Path) -> int:
    return main(["ingest", *map(str, args), "--jobs", "1", "--quiet"])


def _tencent_moves(kg: Path) -> list[tuple[str, float]]:
    G = read_graph_json(kg)
    return sorted((d["direction"], d["change_pct"]) for u, _, d in G.edges(data=True)
                  if d["kind"] == "move" and u == "hkex-0700")


def _index(kg: Path) -> tuple[dict[str, str], list[str]]:
    with open_kb(kg) as kb:
        return kb.sources(), kb.article_ids()


# -- item 5: read once ----------------------------------------------------------------------------
def test_a_file_rewritten_while_ingest_runs_is_stored_as_it_was_read(tmp_path, monkeypatch):
    src, kg = tmp_path / "in", tmp_path / "kg"
    src.mkdir()
    (src / "a.txt").write_text(OLD, encoding="utf-8")
    (src / "b.txt").write_text(OLD, encoding="utf-8")  # an identical copy: linked to a's article
    real, reads = sources.read_source, []

    def read_then_rewrite(path: Path, **kw):
        reads.append(Path(path).name)
        items = real(path, **kw)
        if Path(path).name == "a.txt":
            (src / "a.txt").write_text(NEW, encoding="utf-8")  # the user saves a correction meanwhile
        return items

    monkeypatch.setattr(sources, "read_source", read_then_rewrite)
    with open_kb(kg) as kb:
        report = ingest([str(src)], kb)
    assert sorted(reads) == ["a.txt", "b.txt"]  # each path read once
    assert report.read == 2 and report.failed == 0 and report.added == 1 and report.linked == 1
    index, stored = _index(kg)
    assert len(index) == 2 and set(index.values()) == set(stored) and len(stored) == 1
    assert _tencent_moves(kg) == [("up", 2.1)]
    monkeypatch.undo()
    assert _ingest(src, "--kg", kg) == 0  # the correction comes in on the next run
    index, stored = _index(kg)
    assert len(index) == 2 and len(stored) == 2 and set(index.values()) == set(stored)  # a new text, b the old


# -- item 6: one article however its path is typed ------------------------------------------------
def _spellings(tmp_path: Path) -> list[tuple[str, Path]]:
    """(how the file is typed, the working folder it is typed in)."""
    (tmp_path / "other").mkdir()
    (tmp_path / "link.txt").symlink_to(tmp_path / "in" / "a.txt")
    return [("in/a.txt", tmp_path), ("./in/a.txt", tmp_path), (str(tmp_path / "in" / "a.txt"), tmp_path / "other"),
            ("../in/a.txt", tmp_path / "other"), ("in//./a.txt", tmp_path), ("link.txt", tmp_path),
            ("in/../in/a.txt", tmp_path)]


@pytest.mark.parametrize("n", range(7))
def test_a_corrected_article_under_another_spelling_replaces_the_old_text(tmp_path, monkeypatch, n):
    (tmp_path / "in").mkdir()
    kg = tmp_path / "kg"
    (tmp_path / "in" / "a.txt").write_text(OLD, encoding="utf-8")
    spellings = _spellings(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _ingest("in/a.txt", "--kg", kg) == 0
    (tmp_path / "in" / "a.txt").write_text(NEW, encoding="utf-8")
    typed, cwd = spellings[n]
    monkeypatch.chdir(cwd)
    assert _ingest(typed, "--kg", kg) == 0
    assert _tencent_moves(kg) == [("down", -3.4)]  # no conflict with the old "rose 2.1%"
    index, stored = _index(kg)
    assert list(index) == [str((tmp_path / "in" / "a.txt").resolve())] and len(stored) == 1


def test_one_file_named_twice_in_a_run_is_read_once(tmp_path, monkeypatch, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(OLD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "in/a.txt", "./in/a.txt", "in", str(tmp_path / "in" / "a.txt"),
                 "--kg", "kg", "--jobs", "1"]) == 0
    assert "articles read   1" in capsys.readouterr().out
    assert os.listdir(tmp_path / "kg" / "articles") and len(_index(tmp_path / "kg")[0]) == 1
