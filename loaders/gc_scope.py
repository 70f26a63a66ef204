"""Fewer cyclic garbage collections while articles are read.

Reading an article makes tens of thousands of short-lived objects (token rows, sentence
items, mentions, drafts of facts). With Python's default first-generation threshold (700)
the collector runs about twenty times per 40 articles, each time walking what survived,
and it promotes objects still in use to the older generations, whose collections walk the
whole heap (the reference data and the pipeline: over 100,000 objects), often for more
milliseconds than the extraction of an article takes. Inside :func:`fewer_collections` the
first generation's threshold is raised to :data:`YOUNG_THRESHOLD`: most of those objects
are freed by reference counting before a collection sees them. Nothing else changes: the
collector still runs (a cycle is freed a little later), and the threshold the process had
is put back when the last reader nested or in another thread leaves the scope. A process
that set a higher threshold, or disabled the collector (threshold 0), is left as it is.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import gc
import threading

__all__ = ["fewer_collections", "YOUNG_THRESHOLD"]

#: the first generation's threshold while articles are read (Python's default is 700)
YOUNG_THRESHOLD = 20_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the first generation's collection threshold for the time of the block."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            current = gc.get_threshold()
            _saved = current if 0 < current[0] < YOUNG_THRESHOLD else None
            if _saved is not None:
                gc.set_threshold(YOUNG_THRESHOLD, *current[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
