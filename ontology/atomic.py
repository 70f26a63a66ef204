"""Atomic file writes: a reader (or a crash) never sees half a file."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from marketkg.ontology.errors import ExportError

__all__ = ["write_atomic", "temp_beside"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temp_beside(dest: Path) -> tuple[int, str]:
    """A new temporary file in ``dest``'s folder, with the mode a plainly written file gets
    (mkstemp makes 0600): (open descriptor, path)."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.chmod(name, 0o666 & ~_umask())
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
    tmp_name = None
    written = 0
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = temp_beside(dest)
        with os.fdopen(fd, "wb") as fh:
            for piece in pieces:
                if isinstance(piece, str):
                    try:
                        fh.write(piece.encode("utf-8"))
                    except UnicodeEncodeError as exc:  # a lone surrogate: the old file stays
                        raise ExportError(f"{dest}: cannot write (text is not valid Unicode: {exc.reason} "
                                          f"at character {written + exc.start})") from None
                else:
                    fh.write(piece)
                written += len(piece)  # characters of text (the position an error names)
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
    return dest
