"""``ingest --kg`` writes only into a knowledge base (or a new folder), recovery deletes only
the files its journal names, and a full disk or a read-only folder is one line, after
which the next ingest recovers (issue 15 items 3 and 11)."""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from marketkg.exports.cli import main
from marketkg.exports.cli_kb import open_kb
from marketkg.graph import store
from tests.kb.conftest import snapshot

WRAP = ("The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday. "
        "Tencent fell 2.5% after JPMorgan downgraded the stock.\n")


def _articles(folder: Path, n: int = 3, *, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        (folder / f"a{i}.txt").write_text(WRAP.replace("1.2%", f"1.{i + 2}%"), encoding="utf-8")
    return folder


def _ingest(capsys, src: Path, kg: Path) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["ingest", str(src), "--kg", str(kg), "--jobs", "1", "--quiet"])
    return status, capsys.readouterr().err


def _one_line(status: int, err: str, *words: str) -> None:
    assert status == 2, (status, err)
    assert len(err.splitlines()) == 1 and err.startswith("marketkg: error: ") and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- item 3: a folder that is not a knowledge base is refused ------------------------------------
@pytest.mark.parametrize("layout", [
    {"graph.json": b'{"mine": true}', "notes.txt": b"keep me"},
    {"articles/mydata.json": b"{}"},
    {"index.sqlite": b"my own notes, not a database"},
])
def test_ingest_refuses_a_folder_that_is_not_a_knowledge_base(tmp_path, capsys, layout):
    kg = tmp_path / "mine"
    for name, data in layout.items():
        (kg / name).parent.mkdir(parents=True, exist_ok=True)
        (kg / name).write_bytes(data)
    before = _files(kg)
    _one_line(*_ingest(capsys, _articles(tmp_path / "in"), kg), "is not a knowledge base")
    assert _files(kg) == before and sorted(p.name for p in kg.iterdir()) == sorted({n.split("/")[0] for n in layout})


def test_ingest_refuses_another_programs_sqlite_index(tmp_path, capsys):
    kg = tmp_path / "mine"
    kg.mkdir()
    db = sqlite3.connect(kg / "index.sqlite")
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()
    before = _files(kg)
    _one_line(*_ingest(capsys, _articles(tmp_path / "in"), kg), "is not a knowledge base")
    assert _files(kg) == before


def test_ingest_takes_a_new_or_empty_folder_and_an_earlier_build(tmp_path, capsys):
    src = _articles(tmp_path / "in")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _ingest(capsys, src, empty)[0] == 0
    assert _ingest(capsys, src, tmp_path / "new")[0] == 0
    assert main(["build", str(src), "--out", str(tmp_path / "built"), "-q", "-j", "1"]) == 0
    assert _ingest(capsys, _articles(tmp_path / "more", first=5), tmp_path / "built")[0] == 0
    assert len(list((tmp_path / "built" / "articles").glob("*.json"))) == 6


def test_recovery_never_deletes_a_file_its_journal_does_not_name(tmp_path, capsys):
    kg = tmp_path / "kg"
    assert _ingest(capsys, _articles(tmp_path / "in"), kg)[0] == 0
    mine = kg / "articles" / "mydata.json"
    mine.write_text('{"mine": true}', encoding="utf-8")
    tmp_like = kg / "articles" / ".draft.json.abcdefgh.tmp"
    tmp_like.write_text("mine too", encoding="utf-8")
    with open_kb(kg) as kb:  # as a writer killed mid-way leaves it
        kb._set_meta("state", "dirty")
    with open_kb(kg) as kb:
        assert kb.recovered and len(kb.article_ids()) == 3
    assert mine.read_text(encoding="utf-8") == '{"mine": true}' and tmp_like.exists()


def test_a_removal_cut_short_is_finished_by_the_next_writer(tmp_path, capsys, monkeypatch):
    """A source whose text changed drops its old article: the file to delete is journalled
    with the index change, so a crash before the deletion is finished by recovery."""
    src, kg = _articles(tmp_path / "in"), tmp_path / "kg"
    assert _ingest(capsys, src, kg)[0] == 0
    before = {p.name for p in (kg / "articles").glob("*.json")}
    (src / "a0.txt").write_text(WRAP.replace("1.2%", "3.3%"), encoding="utf-8")

    class Crash(BaseException):
        pass

    real_unlink = Path.unlink

    def crash(self, *args, **kwargs):
        if self.parent.name == "articles" and self.suffix == ".json":
            raise Crash
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", crash)
    with pytest.raises(Crash):
        main(["ingest", str(src), "--kg", str(kg), "--jobs", "1", "--quiet"])
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert before <= {p.name for p in (kg / "articles").glob("*.json")}  # the old file is still there
    with open_kb(kg) as kb:
        ids = kb.article_ids()
        assert sorted(p.stem for p in (kg / "articles").glob("*.json")) == ids and len(ids) == 3
        assert kb.named_graphs() == set(ids)
        assert not list(kb.db.execute("SELECT * FROM removing"))


# -- item 11: a full disk or a read-only folder is one line, and the data recovers ----------------
def test_a_full_disk_mid_ingest_is_one_line_and_the_next_ingest_recovers(tmp_path, capsys, monkeypatch):
    src, kg, ref = _articles(tmp_path / "in", 6), tmp_path / "kg", tmp_path / "ref"
    real_replace = os.replace

    def full(src_path, dst):
        if Path(dst).parent.name == "articles" and Path(dst).name[0] in "02468ace":
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src_path, dst)

    monkeypatch.setattr(store.os, "replace", full)
    status, err = _ingest(capsys, src, kg)
    monkeypatch.setattr(store.os, "replace", real_replace)
    _one_line(status, err, "cannot write (No space left on device)", str(kg / "articles"))
    assert _ingest(capsys, src, kg)[0] == 0
    assert _ingest(capsys, src, ref)[0] == 0
    assert snapshot(kg) == snapshot(ref)


def test_a_full_disk_in_the_index_is_one_line(tmp_path, capsys, monkeypatch):
    src, kg = _articles(tmp_path / "in"), tmp_path / "kg"
    assert _ingest(capsys, src, kg)[0] == 0

    def full(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.KnowledgeBase, "_roll_forward", full)
    _one_line(*_ingest(capsys, _articles(tmp_path / "more", first=4), kg), "index.sqlite: cannot write",
              "database or disk is full")


def test_a_read_only_folder_is_one_line(tmp_path, capsys, monkeypatch):
    src, kg = _articles(tmp_path / "in"), tmp_path / "kg"
    assert _ingest(capsys, src, kg)[0] == 0

    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(store.sqlite3, "connect", lambda *a, **k: (_ for _ in ()).throw(
        sqlite3.OperationalError("attempt to write a readonly database")))
    _one_line(*_ingest(capsys, src, kg), "readonly database")
    monkeypatch.undo()
    monkeypatch.setattr("marketkg.graph.kbfolder.os.open", refuse)
    _one_line(*_ingest(capsys, src, tmp_path / "new"), "cannot write (Permission denied)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_chmod_read_only_knowledge_base_is_one_line(tmp_path, capsys):
    src, kg = _articles(tmp_path / "in"), tmp_path / "kg"
    assert _ingest(capsys, src, kg)[0] == 0
    before = _files(kg)
    modes = {p: p.stat().st_mode for p in [kg, *kg.rglob("*")]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        _one_line(*_ingest(capsys, _articles(tmp_path / "more", first=4), kg), "cannot write")
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
    assert _files(kg) == before
