"""What ``build --out`` may replace, its lock, and what an interrupted build leaves behind.

Issue 15 items 1, 2, 11 and 12: a folder that only looks like a build is never deleted;
a build and an ingest of one folder never run at once; a full disk is one line; the
built folder keeps normal permissions, a linked ``--out`` is written through, and no
hidden build folder outlives its build.
"""
from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from marketkg.graph import kbfolder, outdir
from marketkg.graph.store import kb_lock
from marketkg.ontology import atomic

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
WRAP = ("The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday. "
        "Tencent fell 2.5% after JPMorgan downgraded the stock.\n")


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: file bytes, link targets, folders (not the lock's
    holder, which each writer notes in it)."""
    out: dict[str, bytes | str] = {}
    for p in sorted(folder.rglob("*")):
        if p.name == ".lock":
            continue
        rel = str(p.relative_to(folder))
        out[rel] = f"-> {os.readlink(p)}" if p.is_symlink() else p.read_bytes() if p.is_file() else "dir"
    return out


def _articles(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(WRAP.replace("1.2%", f"1.{i + 2}%"), encoding="utf-8")
    return folder


def _one_line(r, *words: str) -> None:
    assert r.status == 2, (r.status, r.err)
    assert len(r.err.splitlines()) == 1 and r.err.startswith("marketkg: error: "), r.err
    assert "Traceback" not in r.err
    for word in words:
        assert word in r.err, r.err


def _build(cli, inputs: Path, out: Path, *extra: str):
    return cli("build", inputs, "--out", out, "-q", "-j", "1", *extra)


def _hidden_beside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


# -- item 1: only a folder proven to be an earlier build is replaced -----------------------------
def test_a_folder_holding_the_input_articles_is_never_deleted(tmp_path, cli):
    news = tmp_path / "news"  # the names a build writes, holding the user's own files
    _articles(news / "articles")
    (news / "articles" / "precious.txt").write_text("keep me", encoding="utf-8")
    before = _snapshot(news)
    r = _build(cli, news / "articles", news)
    _one_line(r, str(news))
    assert _snapshot(news) == before


@pytest.mark.parametrize("layout", [
    {"precious.txt": "keep me"},
    {"graph.html": "<p>my own page</p>", "store/precious.txt": "keep me"},
    {"graph.json": "{}", "articles/mydata.json": "{}", "index.sqlite": "not a database"},
])
def test_a_folder_without_the_build_marker_is_refused_and_untouched(tmp_path, cli, layout):
    out = tmp_path / "o3"
    for name, text in layout.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    before = _snapshot(out)
    r = _build(cli, _articles(tmp_path / "in"), out)
    _one_line(r, "not an earlier build", outdir.MARKER)
    assert _snapshot(out) == before
    assert _hidden_beside(out) == []


def test_a_real_build_that_lost_its_marker_is_refused(tmp_path, cli):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    (out / outdir.MARKER).unlink()
    before = _snapshot(out)
    _one_line(_build(cli, src, out), "not an earlier build")
    assert _snapshot(out) == before


@pytest.mark.parametrize("foreign", ["store/precious.txt", "articles/mydata.json", "notes.txt",
                                     "articles/sub/x.json", "link"])
def test_an_earlier_build_holding_a_file_build_did_not_write_is_refused(tmp_path, cli, foreign):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    path = out / foreign
    path.parent.mkdir(parents=True, exist_ok=True)
    if foreign == "link":
        (tmp_path / "outside.txt").write_text("untouched", encoding="utf-8")
        path.symlink_to(tmp_path / "outside.txt")
    else:
        path.write_text("keep me", encoding="utf-8")
    before = _snapshot(out)
    _one_line(_build(cli, src, out), "files a build did not write", foreign.split("/x.json")[0])
    assert _snapshot(out) == before


def test_an_earlier_build_is_replaced_and_carries_the_marker(tmp_path, cli):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    assert (out / outdir.MARKER).read_text(encoding="ascii") == f"marketkg build folder, format {outdir.FORMAT}\n"
    assert cli("ingest", _articles(tmp_path / "more", 3), "--kg", out, "-q", "-j", "1").status == 0  # grown
    assert _build(cli, src, out).status == 0  # an earlier build grown by ingest is still a build
    assert len(list((out / "articles").glob("*.json"))) == 2
    assert _hidden_beside(out) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _build(cli, src, empty).status == 0


def test_an_input_inside_out_or_out_inside_an_input_is_refused(tmp_path, cli):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    before = _snapshot(out)
    _one_line(_build(cli, out, out), "inside --out")
    _one_line(_build(cli, out / "facts.jsonl", out), "inside --out")
    assert _snapshot(out) == before
    inside = src / "out"
    _one_line(_build(cli, src, inside), "inside the input")
    assert not inside.exists()
    _one_line(_build(cli, src, src), "inside")
    assert sorted(p.name for p in src.iterdir()) == ["a0.txt", "a1.txt"]


# -- item 2: the build takes the folder's lock ---------------------------------------------------
def test_a_build_waits_for_the_writer_of_its_folder_then_fails_with_one_line(tmp_path, cli):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    before = _snapshot(out)
    with kb_lock(out):  # as `ingest --kg out` holds it
        start = time.monotonic()
        r = _build(cli, src, out, "--lock-timeout", "0.5")
        assert time.monotonic() - start >= 0.5
    _one_line(r, "in use by marketkg pid", "0.5 s")
    assert _snapshot(out) == before and _hidden_beside(out) == []
    new = tmp_path / "new"
    with kb_lock(new):
        _one_line(_build(cli, src, new, "--lock-timeout", "0.2"), "in use by")


def test_a_writer_waiting_while_its_folder_is_swapped_locks_the_new_folder(tmp_path):
    """A build swaps a new folder in while an ingest waits on the old one's lock: the
    waiter must end up holding the new folder's lock, not the replaced one's."""
    kg = tmp_path / "kg"
    got = threading.Event()
    release = threading.Event()

    def waiter() -> None:
        with kb_lock(kg, timeout=20):
            got.set()
            release.wait(20)

    with kb_lock(kg):
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(0.3)  # the waiter has opened the old .lock and polls it
        kg.rename(tmp_path / "old")
        (tmp_path / "new").mkdir()
        (tmp_path / "new" / ".lock").write_text("", encoding="ascii")
        (tmp_path / "new").rename(kg)
    assert got.wait(20)
    try:
        with pytest.raises(kbfolder.KBLockedError):
            with kb_lock(kg, timeout=0):
                pass
    finally:
        release.set()
        thread.join()


def test_a_writer_waiting_through_a_slow_swap_does_not_recreate_the_folder(tmp_path):
    """The swap's window held open: a waiter that polls while the old folder is moved aside and the new one
    not yet in place must not create the folder (the swap's rename then failed on a non-empty folder, a race
    a CI run hit in the test above)."""
    kg = tmp_path / "kg"
    got = threading.Event()

    def waiter() -> None:
        with kb_lock(kg, timeout=20):
            got.set()

    with kb_lock(kg):
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(0.2)
        kg.rename(tmp_path / "old")
        time.sleep(0.3)  # the waiter polls a path that is not there
        assert not kg.exists()
        (tmp_path / "new").mkdir()
        (tmp_path / "new" / ".lock").write_text("", encoding="ascii")
        (tmp_path / "new").rename(kg)
    assert got.wait(20)
    thread.join()


# -- item 11: a full disk during the build is one line, the old build whole ----------------------
def test_a_full_disk_inside_the_knowledge_base_is_one_line_and_the_old_build_stays(tmp_path, cli, monkeypatch):
    import sqlite3

    from marketkg.graph import store

    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    assert _build(cli, src, out).status == 0
    before = _snapshot(out)
    real = store.KnowledgeBase._roll_forward

    def full(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.KnowledgeBase, "_roll_forward", full)
    _one_line(_build(cli, _articles(tmp_path / "in2", 3), out), "database or disk is full")
    monkeypatch.setattr(store.KnowledgeBase, "_roll_forward", real)
    assert _snapshot(out) == before and _hidden_beside(out) == []


# -- item 12: --out ., permissions, links, interrupted builds ------------------------------------
def test_out_dot_is_one_clear_line(tmp_path, cli, monkeypatch):
    src = _articles(tmp_path / "in")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    _one_line(_build(cli, src, Path(".")), "current folder")
    _one_line(_build(cli, src, Path("..")), "current folder")
    assert list(work.iterdir()) == []


def test_the_built_folder_gets_normal_permissions(tmp_path, cli):
    src = _articles(tmp_path / "in")
    mask = os.umask(0o022)
    try:
        assert _build(cli, src, tmp_path / "out").status == 0
        assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o755
        (tmp_path / "out").chmod(0o750)  # the user's choice is kept by the next build
        assert _build(cli, src, tmp_path / "out").status == 0
        assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o750
    finally:
        os.umask(mask)


def test_a_linked_out_is_written_through_and_no_link_is_left_aside(tmp_path, cli):
    src = _articles(tmp_path / "in")
    target, link = tmp_path / "target", tmp_path / "link"
    link.symlink_to(target)  # dangling at first: the build makes its target
    for _ in range(2):
        assert _build(cli, src, link).status == 0
        assert link.is_symlink() and os.readlink(link) == str(target)
        assert (target / "facts.jsonl").is_file() and (target / outdir.MARKER).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "link", "target"]


def test_the_old_build_is_swapped_out_even_where_folders_cannot_be_exchanged(tmp_path, cli, monkeypatch):
    src, out = _articles(tmp_path / "in"), tmp_path / "out"
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    for _ in range(2):
        assert _build(cli, src, out).status == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def _start_build(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "marketkg.exports.cli", "build", str(src), "--out", str(out),
                             "-q", "-j", "1"], stderr=subprocess.PIPE, text=True)


def _wait_for_build_folder(proc: subprocess.Popen, out: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".new") for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")):
            time.sleep(0.2)
            return
        time.sleep(0.01)
    raise AssertionError("the build finished or never started its folder")


def test_sigterm_mid_build_removes_its_folder_and_leaves_the_old_build(tmp_path, cli):
    out = tmp_path / "out"
    assert _build(cli, EXAMPLES, out).status == 0
    before = _snapshot(out)
    proc = _start_build(EXAMPLES, out)
    _wait_for_build_folder(proc, out)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err == "marketkg: terminated\n", err
    assert _hidden_beside(out) == []
    assert _snapshot(out) == before


def test_a_build_killed_with_9_leaves_a_folder_the_next_build_removes(tmp_path, cli):
    out = tmp_path / "out"
    proc = _start_build(EXAMPLES, out)
    _wait_for_build_folder(proc, out)
    proc.kill()
    proc.communicate()
    assert [n for n in _hidden_beside(out) if n.endswith(".new")]
    foreign = tmp_path / f".{out.name}.abcdefgh.new"  # same shape, not marked: not ours to delete
    foreign.mkdir()
    assert _build(cli, EXAMPLES, out).status == 0
    assert _hidden_beside(out) == [foreign.name]
    assert (out / "facts.jsonl").is_file()


def test_a_build_that_cannot_make_its_folder_removes_what_it_made(tmp_path, cli, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outdir.tempfile, "mkdtemp", full)
    out = tmp_path / "out"
    _one_line(_build(cli, _articles(tmp_path / "in"), out), f"{out}: cannot write (No space left on device)")
    assert not out.exists()
