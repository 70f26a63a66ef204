"""The knowledge-base folder itself: its lock (one writer at a time), the check that a
folder is a knowledge base (or new) before anything is written in it, and OS or SQLite
failures turned into one-line errors."""
from __future__ import annotations

import fcntl
import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from marketkg.ontology.errors import MarketKGError

__all__ = ["MARKER", "KBLockedError", "KBWriteError", "kb_lock", "io_errors", "guarded", "check_new_or_kb", "check_index"]

#: the file that marks a folder as made by ``marketkg build`` (see :mod:`marketkg.graph.outdir`)
MARKER = ".marketkg-build"
#: the tables that prove a folder's index.sqlite is a knowledge base's
_TABLES = frozenset({"meta", "sources", "articles", "pending"})
#: what a folder may hold and still be new: the lock, a build's marker, an empty articles/
_NEW_OK = frozenset({".lock", MARKER})


class KBLockedError(MarketKGError):
    """Another process holds the knowledge base's lock."""


class KBWriteError(MarketKGError):
    """The knowledge base's folder cannot be written (disk full, read-only, not a knowledge base);
    what was committed stays whole, and the next writer recovers the rest."""


@contextmanager
def io_errors(folder: Path) -> Iterator[None]:
    """An OS or SQLite failure as one :class:`KBWriteError` naming the file (or the folder)."""
    try:
        yield
    except OSError as exc:
        reason = " ".join((exc.strerror or str(exc)).split())
        raise KBWriteError(f"{exc.filename or folder}: cannot write ({reason})") from None
    except sqlite3.Error as exc:
        raise KBWriteError(f"{folder / 'index.sqlite'}: cannot write ({' '.join(str(exc).split())})") from None


def check_new_or_kb(folder: Path) -> bool:
    """Whether ``folder`` holds a knowledge base's index (True) or nothing yet (False);
    refuses a folder holding anything else, before a byte is written in it."""
    if not folder.exists():
        return False
    if not folder.is_dir():
        raise KBWriteError(f"{folder} is not a folder")
    names = sorted(p.name for p in folder.iterdir())
    if "index.sqlite" in names:
        db = sqlite3.connect(f"{(folder / 'index.sqlite').resolve().as_uri()}?mode=ro", uri=True)
        try:
            check_index(db, folder)
        finally:
            db.close()
        return True
    others = [n for n in names if n not in _NEW_OK and not (n == "articles" and _empty_dir(folder / n))]
    if others:
        raise KBWriteError(f"{folder} is not a knowledge base (no index.sqlite; it holds {', '.join(others[:3])}"
                           f"{', ...' if len(others) > 3 else ''}); use a new or empty folder")
    return False


def _empty_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink() and not any(path.iterdir())


def check_index(db: sqlite3.Connection, folder: Path) -> None:
    """Refuse an index.sqlite that is not a knowledge base's, before writing to it."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError:
        raise  # busy, unreadable: not a verdict on what the file is
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        tables = set()
        problem = str(exc)
    else:
        problem = "it has not the tables of one"
    if not _TABLES <= tables:
        raise KBWriteError(f"{folder} is not a knowledge base ({folder / 'index.sqlite'}: {problem}); "
                           "use a new or empty folder")


class kb_lock:  # noqa: N801  (used as a context manager, like open())
    """``fcntl.flock`` on ``DIR/.lock``: exclusive for writers, shared for readers of the store.

    Waits up to ``timeout`` seconds, then raises :class:`KBLockedError` naming the holder.
    """

    def __init__(self, folder: str | Path, *, shared: bool = False, timeout: float = 10.0) -> None:
        self.path = Path(folder) / ".lock"
        self.shared = shared
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> kb_lock:
        mode = (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
        deadline = time.monotonic() + self.timeout
        first = True
        while True:
            # only the first try creates the folder and its lock file: a later one that finds neither is in the
            # middle of a build's swap (the old folder moved aside, the new one not yet in place), and creating
            # them there would make the swap's rename fail on a folder that is not empty
            if first:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(self.path, os.O_RDWR | (os.O_CREAT if first else 0), 0o644)
            except FileNotFoundError:
                if time.monotonic() >= deadline:
                    raise KBLockedError(f"{self.path.parent} was moved away while waiting for its lock; gave up "
                                        f"after {self.timeout:g} s") from None
                time.sleep(0.05)
                continue
            first = False
            try:
                fcntl.flock(fd, mode)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "another process"
                    os.close(fd)
                    raise KBLockedError(f"{self.path.parent} is in use by {holder}; gave up after "
                                        f"{self.timeout:g} s (try again later or raise --lock-timeout)") from None
                os.close(fd)
                time.sleep(0.05)
                continue
            if _same_file(fd, self.path):
                break
            # the folder was replaced while we waited (a build swaps a new one in): the lock
            # we got guards the old one, so lock the new folder's file instead
            os.close(fd)
        if not self.shared:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"marketkg pid {os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _same_file(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is still the file at ``path``."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    fs = os.fstat(fd)
    return (st.st_ino, st.st_dev) == (fs.st_ino, fs.st_dev)


F = TypeVar("F", bound=Callable[..., Any])


def guarded(method: F) -> F:
    """A method of an object with a ``dir`` whose OS and SQLite failures become :class:`KBWriteError`."""
    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        with io_errors(self.dir):
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]
