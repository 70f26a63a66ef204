"""The reference index, built once and cached in a versioned file.

Building the index from the CSV files of ``ontology/data`` (2,000+ companies, their
listings and names) takes a few tenths of a second; reading it back from a pickle takes
a few hundredths. The cache file's name carries a digest of every data file and of the
code that builds the index, so a changed file or a new version builds a new cache and
an old one is never read. It lives in ``$MARKETKG_CACHE`` (else ``$XDG_CACHE_HOME/marketkg``,
else ``~/.cache/marketkg``); ``MARKETKG_CACHE=off`` turns it off. A cache that cannot be
read or written is ignored: the index is then built in memory, as without a cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

from marketkg.ontology.atomic import write_atomic
from marketkg.ontology.errors import MarketKGError

__all__ = ["cache_dir", "index_digest", "cached"]

T = TypeVar("T")
FORMAT = "1"
_CODE = ("reference.py", "ref_companies.py", "listings.py", "ref_cache.py", "models.py", "enums.py")


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    env = os.environ.get("MARKETKG_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marketkg"


def index_digest() -> str:
    """A digest of the data files and of the code that builds the index."""
    h = hashlib.sha256(FORMAT.encode())
    pkg = resources.files("marketkg.ontology")
    for entry in sorted(pkg.joinpath("data").iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".csv", ".json")):
            h.update(entry.name.encode() + b"\0" + entry.read_bytes())
    for name in _CODE:
        h.update(name.encode() + b"\0" + pkg.joinpath(name).read_bytes())
    return h.hexdigest()[:20]


def cached(build: Callable[[], T], kind: type | None = None) -> T:
    """``build()``'s result, read from the cache when a file of this digest is there (and
    holds a ``kind``, when given), else built and written there for the next run."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"reference-{index_digest()}.pickle"
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)  # a file this process's user wrote, named by the data's digest
        if kind is None or isinstance(value, kind):
            return value
    except Exception:  # noqa: BLE001 - a missing, stale or damaged cache is rebuilt
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, MarketKGError):
        pass  # a read-only home: the next run builds it again
    return value
