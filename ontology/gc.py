"""Pausing Python's cyclic garbage collector while a large, acyclic structure is built.

Building the merged graph of 10k articles makes millions of small dicts and models;
each makes the collector walk the ever larger heap again, so without a pause the build
cost grows faster than the number of articles (measured: 1.4 ms per article at 5k,
2.4 ms at 10k). Nothing built there forms reference cycles that need collecting.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block (reference counting still frees memory)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
