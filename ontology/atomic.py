"""Atomic file writes: a reader (or a crash) never sees half a file; and folders swapped
whole (:func:`swap_folder`)."""
from __future__ import annotations

import ctypes
import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from marketkg.ontology.errors import ExportError

__all__ = ["write_atomic", "write_text", "atomic_file", "temp_beside", "new_mode", "swap_folder"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_mode(*, folder: bool = False) -> int:
    """The mode a plainly made file (or folder) gets under the current umask."""
    return (0o777 if folder else 0o666) & ~_umask()


def temp_beside(dest: Path) -> tuple[int, str]:
    """A new temporary file in ``dest``'s folder, with the mode a plainly written file gets
    (mkstemp makes 0600): (open descriptor, path)."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.chmod(name, new_mode())
    return fd, name


def write_atomic(dest: str | Path, data: str | bytes | Iterable[str]) -> Path:
    """Write ``data`` to a temporary file beside ``dest``, then rename it into place.

    ``data`` may be text, bytes, or text in pieces (written as they come, so a large
    file is never held whole). On any failure the previous ``dest`` (if any) is left
    untouched and the temporary file is removed; the error is raised as
    :class:`ExportError` naming the file.
    """
    dest = Path(dest)
    pieces: Iterable[str | bytes] = [data] if isinstance(data, (str, bytes)) else data
    written = 0
    with atomic_file(dest) as fh:
        for piece in pieces:
            written = write_text(fh, dest, piece, written)
    return dest


def write_text(fh: BinaryIO, dest: Path, piece: str | bytes, written: int) -> int:
    """Write one piece of ``dest`` (text as UTF-8) to ``fh``, which holds ``written``
    characters so far; returns the count after it. Text that is not valid Unicode (a lone
    surrogate) is an :class:`ExportError` naming the character, and the old file stays."""
    if isinstance(piece, str):
        try:
            fh.write(piece.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise ExportError(f"{dest}: cannot write (text is not valid Unicode: {exc.reason} "
                              f"at character {written + exc.start})") from None
    else:
        fh.write(piece)
    return written + len(piece)  # characters of text (the position an error names)


@contextmanager
def atomic_file(dest: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write ``dest`` through: a temporary file beside it, renamed into
    place when the block ends without an error (and removed if it raises), so a writer
    can stream a large file piece by piece. An OSError becomes :class:`ExportError`
    naming ``dest``."""
    dest = Path(dest)
    tmp_name = None
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = temp_beside(dest)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, dest)
        tmp_name = None
    except OSError as exc:
        raise ExportError(f"{dest}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where the
    system or the file system cannot, so the caller falls back to two renames."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_folder(fresh: Path, dest: Path, aside: Path) -> Path | None:
    """Put the folder ``fresh`` in place of ``dest``; returns where the previous ``dest``
    now is (for the caller to remove), or None when there was none.

    Where the system allows, the two are exchanged in one step, so a reader of ``dest``
    sees the old folder or the new one, never none; the old one is then at ``fresh``.
    Elsewhere ``dest`` is first renamed to ``aside``, then ``fresh`` to ``dest``."""
    if not os.path.lexists(dest):
        os.rename(fresh, dest)
        return None
    if _exchange(fresh, dest):
        return fresh
    os.rename(dest, aside)
    os.rename(fresh, dest)
    return aside
