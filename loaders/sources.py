"""Reading articles from files: plain text (with optional front matter), JSON Lines,
HTML, and folders of them.

Every problem with a source becomes an :class:`~marketkg.ontology.errors.InputError`
naming the file (and line) and the problem; :func:`iter_articles` yields those errors
in place of articles so a batch goes on past a bad file.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import stat
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from marketkg.loaders.dates import find_dateline, parse_date
from marketkg.ontology.errors import InputError
from marketkg.ontology.ids import content_id
from marketkg.ontology.models import Article

__all__ = ["MAX_BYTES", "MAX_CHARS", "read_article_text", "read_source", "iter_articles", "decode", "article_from_text",
           "id_name", "source_name"]

#: Larger inputs are refused: a wrap-up is a few KB, and a 25 MB "article" is a dump.
MAX_BYTES = 25 * 1024 * 1024
#: Longer article texts are refused: extraction holds the whole text as one spaCy Doc,
#: about 170 bytes of memory a character (a 5 MB one-line text takes ~1 min and ~0.9 GB),
#: so 25 MB of one text would need ~4 GB. A file up to MAX_BYTES may hold many articles.
MAX_CHARS = 10 * 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_SUFFIXES = {".txt", ".md", ".text", ".jsonl", ".ndjson", ".html", ".htm", ""}
_FRONT_KEYS = {"published": "published", "date": "published", "source": "outlet",
               "outlet": "outlet", "title": "title", "publisher": "outlet"}


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Binary data is refused rather than decoded into noise.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"bad UTF-16 text ({exc.reason})") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    head = data[:8192]
    if b"\x00" in head or head.startswith((b"\x89PNG", b"\x1f\x8b", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff")):
        raise InputError(source, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise InputError(source, "binary file, not text")
    return text


class _TextOfHTML(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and self.title is None:
            self.title = data.strip() or None
        if not self._skip:
            self.parts.append(data)


def _html_to_text(html: str, source: str) -> tuple[str, str | None]:
    parser = _TextOfHTML()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError as exc:  # html.parser's way to refuse e.g. "<![foo[" (unknown marked section)
        raise InputError(source, f"HTML that cannot be parsed ({str(exc)[:80]})") from None
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text, parser.title


def _front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter from the body; returns (fields, body)."""
    if not re.match(r"^---[ \t]*\r?\n", text):
        return {}, text
    lines = text.splitlines(keepends=True)
    close = next((n for n, line in enumerate(lines[1:60], start=1) if line.strip() == "---"), None)
    if close is None:
        raise InputError(source, "front matter opened with '---' is never closed")
    fields: dict[str, str] = {}
    for n, line in enumerate(lines[1:close], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise InputError(source, f"front matter line {n} is not 'key: value': {line.strip()[:60]!r}")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, "".join(lines[close + 1:])


#: what a page says when it prints no date: normal input, read with dates left null
_UNKNOWN_DATES = frozenset({"unknown", "none", "null", "n/a", "na", "undated", "-", ""})


def article_from_text(text: str, *, source: str, title: str | None = None,
                      published: str | None = None, outlet: str | None = None) -> Article:
    """An Article from text already decoded; the publication date falls back to a dateline."""
    if not text.strip():
        raise InputError(source, "empty article (no text)")
    if len(text) > MAX_CHARS:
        raise InputError(source, f"article too long ({len(text) / 2**20:.1f} M characters; "
                                 f"the limit is {MAX_CHARS // 2**20} M)")
    warnings: tuple[str, ...] = ()
    parsed = parse_date(published) if published is not None else None
    if published is not None and parsed is None and published.strip().lower() not in _UNKNOWN_DATES:
        warnings = (f"published date {published!r} is not a date (YYYY-MM-DD); moves are dated from the text only",)
    published = parsed or find_dateline(text)
    return Article(id=content_id(text), source=source, text=text, title=title or None,
                   published=published, outlet=outlet or None, warnings=warnings)


def read_article_text(text: str, *, source: str, published: str | None = None) -> list[Article]:
    """Articles from the text of one file: front-matter text, HTML or JSON Lines."""
    stripped = text.lstrip()
    if source.endswith((".jsonl", ".ndjson")) or (stripped.startswith("{") and "\n{" in stripped):
        return list(_jsonl(text, source=source, published=published))
    if re.match(r"(?is)^\s*(<!doctype html|<html|<head|<body)", text):
        body, title = _html_to_text(text, source)
        return [article_from_text(body, source=source, title=title, published=published)]
    fields, body = _front_matter(text, source)
    meta = {_FRONT_KEYS[k]: v for k, v in fields.items() if k in _FRONT_KEYS and v}
    return [article_from_text(body, source=source, title=meta.get("title"),
                              published=meta.get("published") or published, outlet=meta.get("outlet"))]


def _string(obj: dict, key: str) -> str | None:
    """A string field of a JSON object; a lone surrogate (``"\\ud800"``) becomes U+FFFD, one
    character for one, so the text can be written as UTF-8."""
    value = obj.get(key)
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else None


_INTEGER = re.compile(r"-?\d+")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: longest id name; a longer one is cut to ID_CUT characters and ends with a hash of the whole id
MAX_ID_NAME, ID_CUT = 100, 80


def _quoted(text: str) -> str:
    """``text`` in double quotes, each character that is not printable as a backslash escape."""
    return '"' + "".join(_ESCAPES.get(ch) or (ch if ch.isprintable() else
                                               f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
                         for ch in text) + '"'


def id_name(ident: object) -> str | None:
    r"""The name of a JSON Lines id in its article's source (``FILE#NAME``): one printable
    line of at most 100 characters, and distinct ids never share one.

    An integer stands as its digits, and a string as it is when it is one printable line
    with no blank at either end, not an integer's digits and not starting with ``"``; any
    other string is quoted with ``\`` escapes. A name over 100 characters is cut to 80
    after a ``"`` and ends with ``…`` and a hash of the whole id (a complete name never does).
    Other ids (none, ``""``, numbers with a point, lists) give ``None``.

    >>> [id_name(i) for i in ("a1", 7, "7", "a\nb", None)]
    ['a1', '7', '"7"', '"a\\nb"', None]
    """
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or ident == "":
        return None
    if isinstance(ident, int):
        name = str(ident)
    elif ident.isprintable() and ident == ident.strip() and not ident.startswith('"') and not _INTEGER.fullmatch(ident):
        name = ident
    else:
        name = _quoted(ident)
    if len(name) <= MAX_ID_NAME:
        return name
    digest = hashlib.sha256(json.dumps(ident).encode("ascii")).hexdigest()[:16]
    return ('"' + name.removeprefix('"'))[:ID_CUT] + "\u2026" + digest


def _jsonl(text: str, *, source: str, published: str | None) -> Iterator[Article | InputError]:
    # JSON Lines are split at "\n" only: a JSON string may hold U+2028, U+0085 or \x1c raw,
    # which str.splitlines would take for line ends (and the line numbers would drift).
    first_line: dict[str, int] = {}  # id name -> the line that used it
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:  # also: too deeply nested, too many digits
            reason = (exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                      if isinstance(exc, RecursionError) else str(exc).split(";")[0][:80])
            yield InputError(source, f"not JSON ({reason})", line=n)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(source, "a JSON object with a string 'text' field is required", line=n)
            continue
        ident = id_name(obj.get("id"))
        if ident is not None and first_line.setdefault(ident, n) != n:
            yield InputError(source, f"id {ident!r} already names the article on line {first_line[ident]}; "
                                     "an id names one article, this line is skipped", line=n)
            continue
        where = f"{source}#{ident}" if ident is not None else f"{source}:{n}"
        try:
            yield article_from_text(
                _string(obj, "text") or "", source=where, title=_string(obj, "title"),
                published=_string(obj, "published") or published, outlet=_string(obj, "source"))
        except InputError as exc:
            yield InputError(source, exc.problem, line=n)


def source_name(path: str | Path) -> str:
    """What names the articles of a file, in messages and in a knowledge base: its real
    path (absolute, symbolic links followed), so the same file is the same source however
    its path was typed, from whatever working folder."""
    return os.path.realpath(path)


def _read_bytes(path: str | Path, source: str) -> bytes:
    """The bytes of a regular file, read once through one open descriptor and never more
    than MAX_BYTES + 1 of them: a device, FIFO or socket is refused without waiting for
    data (a FIFO is opened non-blocking), and a file that grows is cut off, not followed."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file (a device, FIFO or socket)")
        if info.st_size > MAX_BYTES:
            raise InputError(source, f"too large ({info.st_size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        chunks, size = [], 0
        while size <= MAX_BYTES and (chunk := os.read(fd, MAX_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if size > MAX_BYTES:
        raise InputError(source, f"too large (it grew past the limit of {MAX_BYTES // 2**20} MB while read)")
    return b"".join(chunks)


def read_source(path: str | Path, *, published: str | None = None) -> list[Article | InputError]:
    """Every article in one file (a JSON Lines file may hold many, and bad lines), named
    by :func:`source_name`. The file is read once: its text is what is hashed and what
    is extracted."""
    source = source_name(path)
    text = decode(_read_bytes(path, source), source)
    if source.endswith((".jsonl", ".ndjson")) or re.match(r"^\s*\{", text):
        if not text.strip():
            raise InputError(source, "empty file")
        return list(_jsonl(text, source=source, published=published))
    return list(read_article_text(text, source=source, published=published))


def _files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield InputError(str(path), "folder holds no article files (.txt, .md, .jsonl, .html)")
            yield from files
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The files under ``paths``, each once: a file named again (another spelling, a
    link, a folder holding it) is not read twice."""
    seen: set[str] = set()
    for item in _files(paths):
        if isinstance(item, InputError):
            yield item
        elif (name := source_name(item)) not in seen:
            seen.add(name)
            yield item


def iter_articles(paths: Iterable[str | Path], *, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles from files and folders (folders recursively, in sorted order).

    Yields an :class:`InputError` in place of each source or line that could not be read.
    """
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_source(item, published=published)
        except InputError as exc:
            yield exc
