"""What ``marketkg build --out DIR`` may replace, and what it leaves beside ``DIR``.

A build is made in a hidden folder beside DIR, ``.DIR.XXXXXXXX.new``, which holds the
build marker (:data:`MARKER`, with the format version) from its first moment and is
then swapped into place. DIR is replaced only when it is missing, empty, or proven an
earlier build: it holds the marker and nothing but what a build or a later ``ingest``
writes there. Hidden folders beside DIR that a killed build left are removed by the
next build of DIR, when they hold the marker. All of this runs under DIR's lock.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from marketkg.graph.kbfolder import MARKER, kb_lock
from marketkg.ontology.atomic import new_mode, swap_folder
from marketkg.ontology.errors import MarketKGError

__all__ = ["MARKER", "FORMAT", "resolve_out", "check_inputs", "check_replaceable", "foreign_entries",
           "is_build", "new_build_folder", "aside_of", "remove_stale", "BuildFolder"]

FORMAT = 1
_MARKER_TEXT = f"marketkg build folder, format {FORMAT}\n"
_MARKER_RE = re.compile(r"marketkg build folder, format [1-9][0-9]*\n")

#: files a build writes at the top of DIR (``ingest`` rewrites some, never adds others)
_FILES = frozenset({MARKER, ".lock", "index.sqlite", "index.sqlite-wal", "index.sqlite-shm",
                    "index.sqlite-journal", "graph.json", "graph.ttl", "graph.html", "facts.jsonl", "view.sqlite",
                    ".store-spool.nq", ".store-load.nq"})
#: a temporary file of an atomic write (``.NAME.XXXXXXXX.tmp``) a kill left behind
_TMP = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")
#: what may sit in each sub-folder: article files, and the RocksDB files of the store
_SUB = {
    "articles": re.compile(r"\.?[0-9a-f]{16,64}\.json(\.[a-z0-9_]{8}\.tmp)?"),
    "store": re.compile(r"([0-9]+\.(sst|log|blob|dbtmp)|CURRENT|IDENTITY|LOCK|LOG(\.old\.[0-9]+)?"
                        r"|(MANIFEST|OPTIONS)-[0-9]+(\.dbtmp)?)"),
}


def _reason(exc: OSError | RuntimeError) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def resolve_out(out: Path) -> Path:
    """The folder ``--out`` names, links followed (a linked ``--out`` is written through:
    the link stays, its target is replaced). Refuses the current folder and the folders
    holding it: a build replaces its folder whole."""
    try:
        real = out.resolve()
    except (OSError, RuntimeError) as exc:
        raise MarketKGError(f"{out}: cannot write ({_reason(exc)})") from None
    if Path.cwd().resolve().is_relative_to(real):
        raise MarketKGError(f"{out} is the current folder or holds it; a build replaces its folder whole, "
                            "so name a folder of its own (e.g. --out out)")
    return real


def check_inputs(out: Path, real: Path, inputs: Iterable[str]) -> None:
    """Refuse an input inside the folder the build replaces, and an output inside an input
    (the build would read its own files, or delete the articles it reads)."""
    for name in inputs:
        try:
            path = Path(name).resolve()
        except (OSError, RuntimeError):
            continue  # reported when it is read
        if path.is_relative_to(real):
            raise MarketKGError(f"{name} is inside --out {out}, which a build replaces; "
                                "keep the articles outside it")
        if real.is_relative_to(path):
            raise MarketKGError(f"--out {out} is inside the input {name}; build into a folder outside the inputs")


def is_build(folder: Path) -> bool:
    """Whether ``folder`` holds the marker a build writes (a plain file, not a link)."""
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(marker.lstat().st_mode) or marker.stat().st_size > 200:
            return False
        return _MARKER_RE.fullmatch(marker.read_text(encoding="ascii", errors="replace")) is not None
    except OSError:
        return False


def _foreign_in(folder: Path, pattern: re.Pattern[str]) -> list[str]:
    return [f"{folder.name}/{e.name}" for e in os.scandir(folder)
            if e.is_symlink() or e.is_dir() or not pattern.fullmatch(e.name)]


def foreign_entries(folder: Path) -> list[str]:
    """Entries of a build folder that no build or ingest wrote (sorted relative paths)."""
    found: list[str] = []
    for entry in os.scandir(folder):
        name = entry.name
        if entry.is_symlink():
            found.append(name)
        elif name in _SUB:
            found.extend(_foreign_in(folder / name, _SUB[name]) if entry.is_dir() else [name])
        elif entry.is_dir() or not (name in _FILES or ((m := _TMP.fullmatch(name)) and m["name"] in _FILES)):
            found.append(name)
    return sorted(found)


def check_replaceable(out: Path, real: Path) -> None:
    """Refuse a ``--out`` a build may not replace: a file, or a non-empty folder that is not
    an earlier build or holds anything a build did not write."""
    if not real.is_dir():
        if os.path.lexists(real):
            raise MarketKGError(f"{out} is not a folder")
        return
    try:
        names = sorted(p.name for p in real.iterdir() if p.name != ".lock")
        if not names:
            return
        if not is_build(real):
            raise MarketKGError(f"{out} is not an earlier build (no {MARKER}; it holds {', '.join(names[:3])}"
                                f"{', ...' if len(names) > 3 else ''}); build into a new or empty folder")
        foreign = foreign_entries(real)
    except OSError as exc:
        raise MarketKGError(f"{out}: cannot read ({_reason(exc)})") from None
    if foreign:
        raise MarketKGError(f"{out} holds files a build did not write ({', '.join(foreign[:3])}"
                            f"{', ...' if len(foreign) > 3 else ''}); move them out or build elsewhere")


def new_build_folder(real: Path) -> Path:
    """A hidden folder beside ``real`` to build in, marked as a build at once, with the
    mode ``real`` has (or a new folder gets): not mkdtemp's 0700."""
    fresh = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".new", dir=real.parent))
    try:
        os.chmod(fresh, stat.S_IMODE(real.stat().st_mode) if real.is_dir() else new_mode(folder=True))
        (fresh / MARKER).write_text(_MARKER_TEXT, encoding="ascii")
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return fresh


def aside_of(fresh: Path) -> Path:
    """Where the old build goes while the new one is renamed in, where folders cannot be
    swapped in one step (``.DIR.XXXXXXXX.old``)."""
    return fresh.with_name(fresh.name[: -len(".new")] + ".old")


def _stale_re(real: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(real.name)}\.[a-z0-9_]{{8}}\.(new|old)")


def remove_stale(real: Path) -> list[Path]:
    """Remove the hidden build folders beside ``real`` that a killed build left (only those
    holding the marker; call it holding ``real``'s lock, so none is being built)."""
    pattern = _stale_re(real)
    removed = []
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return removed
    for entry in entries:
        if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False) and is_build(Path(entry.path)):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


@contextmanager
def _sigterm_blocked() -> Iterator[None]:
    """SIGTERM held back (delivered on exit), so a swap done in two renames is never cut in half."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


class BuildFolder:
    """``with BuildFolder(out, inputs) as fresh:`` build into ``fresh``, then :meth:`commit`
    puts it in place of ``out``; without a commit (an error, an interrupt) it is removed
    and ``out`` is as it was. ``out``'s lock is held throughout (a build and an ingest of
    the same folder never run at once), and stale build folders beside it are removed."""

    def __init__(self, out: str | Path, inputs: Iterable[str], *, lock_timeout: float = 10.0) -> None:
        self.out = Path(out)
        self.inputs = list(inputs)
        self.lock_timeout = lock_timeout
        self.real = self.out
        self.fresh: Path | None = None
        #: the folder the build was made in (kept after the build, to rename it in messages)
        self.made_at: Path | None = None
        self._lock: kb_lock | None = None
        self._made = False

    def __enter__(self) -> Path:
        real = self.real = resolve_out(self.out)
        check_inputs(self.out, real, self.inputs)
        check_replaceable(self.out, real)
        try:
            if not real.exists():
                real.mkdir(parents=True)
                self._made = True
            self._lock = kb_lock(real, timeout=self.lock_timeout).__enter__()
            check_replaceable(self.out, real)  # again, now that no other writer can change it
            remove_stale(real)
            self.fresh = self.made_at = new_build_folder(real)
        except BaseException as exc:
            self.__exit__()
            if isinstance(exc, OSError):
                raise MarketKGError(f"{self.out}: cannot write ({_reason(exc)})") from None
            raise
        return self.fresh

    def commit(self) -> None:
        """Put the new build in place of ``out`` (in one step where the system allows)."""
        assert self.fresh is not None
        with kb_lock(self.fresh, timeout=0), _sigterm_blocked():  # writers and SIGTERM wait for the swap
            old = swap_folder(self.fresh, self.real, aside_of(self.fresh))
            self._made = False
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        self.fresh = None

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.__exit__()
            self._lock = None
        if self._made:  # a folder this build made and never filled goes again
            (self.real / ".lock").unlink(missing_ok=True)
            try:
                self.real.rmdir()
            except OSError:
                pass

    def __exit__(self, *exc: object) -> None:
        try:
            if self.fresh is not None:
                shutil.rmtree(self.fresh, ignore_errors=True)
                self.fresh = None
        finally:
            self._release()
