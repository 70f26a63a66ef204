"""Articles kept between ingest's deciding pass and its extracting pass, so each input
file is read once: what was hashed is what gets extracted, even if the file is
rewritten meanwhile. Held in memory up to a size, then in an unnamed temporary file.

>>> from marketkg.ontology.models import Article
>>> with ArticleSpool() as spool:
...     spool.add(Article(id="1", source="a.txt", text="Tencent rose 2%."))
...     [a.source for a in spool]
['a.txt']
"""
from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from types import TracebackType

from marketkg.ontology.models import Article

__all__ = ["ArticleSpool"]

#: bytes kept in memory before the spool moves to a temporary file
IN_MEMORY = 64 * 1024 * 1024


class ArticleSpool:
    """Append articles, then read them back in the same order (once or more)."""

    def __init__(self, in_memory: int = IN_MEMORY) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=in_memory)  # noqa: SIM115 (closed by close())
        self.count = 0

    def add(self, article: Article) -> None:
        pickle.dump(article, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Article]:
        # only this process writes the spool, so unpickling it trusts nothing from outside
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)  # noqa: S301
        self._file.seek(0, 2)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ArticleSpool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
