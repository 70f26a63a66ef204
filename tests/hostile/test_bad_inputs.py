"""A corpus of bad inputs, made in tmp_path, through the real command line.

Each input gets either one clear line on stderr naming the file (and the line, for
JSON Lines) and the problem, or is read correctly; the rest of a batch still goes
through; the exit status is 1 when any input failed; no output file is ever left
half-written, and nothing is written outside ``--out``.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import stat
import time
from pathlib import Path

import pytest

from marketkg.ontology import atomic
from marketkg.ontology.atomic import write_atomic
from marketkg.loaders.sources import MAX_BYTES, MAX_CHARS, read_source
from marketkg.ontology.errors import ExportError, InputError

WRAP = ("The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday. "
        "Tencent fell 2.5% after JPMorgan downgraded the stock.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2

#: name -> (bytes, expected): a problem to find in the one-line message, or None when the
#: file must be read; then the figures (entity name, change_pct) the facts must hold.
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t \r\n \n", "empty"),
    "image.png": (PNG, "binary"),
    "image-named.txt": (PNG, "binary"),
    "archive.txt.gz": (gzip.compress(WRAP.encode() * 20), "binary"),
    "gzip-named.md": (gzip.compress(WRAP.encode() * 20), "binary"),
    "doc.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(300), "binary"),
    "unclosed.txt": (b"---\ntitle: x\npublished: 2025-11-25\n" + WRAP.encode(), "never closed"),
    "junk-front.txt": (b"---\nthis is not a key value line\n---\n" + WRAP.encode(), "not 'key: value'"),
    "front-only.txt": (b"---\ntitle: nothing below\n---\n", "empty"),
    "bad-html.html": (b"<html><body><![foo[ x ]]><p>" + WRAP.encode() + b"</p></body></html>", "HTML"),
    "script-only.html": (b"<!doctype html><html><head><script>alert(1)</script></head><body></body></html>",
                         "empty"),
}
GOOD: dict[str, tuple[bytes, list[tuple[str, float | None]]]] = {
    "latin1.txt": (("Nestl\u00e9 is a Swiss firm. " + WRAP).encode("latin-1"),
                   [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "cp1252.txt": (("\u201cSmart\u201d quotes \u2013 and a dash. " + WRAP).encode("cp1252"),
                   [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "utf16.txt": (WRAP.encode("utf-16"), [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "utf8-bom.txt": (codecs.BOM_UTF8 + WRAP.encode(), [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "crlf.txt": (WRAP.replace("\n", "\r\n").encode(), [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "page.html": (("<!doctype html><html><head><title>Close</title><script>var x = '<b>';</script>"
                   "<style>p{}</style></head><body><h1>HK close</h1><p>" + WRAP + "</p>"
                   "<p>&lt;script&gt;alert(2)&lt;/script&gt;</p></body></html>").encode(),
                  [("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)]),
    "chinese.txt": ("\u6052\u751f\u6307\u6570\u5468\u4e8c\u4e0a\u6da81.2%\uff0c\u6536\u4e8e25000\u70b9\u3002"
                    "\u817e\u8baf\u4e0b\u8dcc2.5%\u3002\n".encode(), []),
    "no-facts.txt": (b"The weather was fine on Tuesday. People walked their dogs in the park.\n", []),
    "odd-numbers.txt": (b"Tencent rose 1. 39 percent on Monday. Alibaba fell 19.220.62 points. "
                        b"HSBC Holdings rose HK$1,234.5bn. Meituan fell -0.0%. Xiaomi rose 1,000%. "
                        b"BYD fell NaN%.\n",  # a move is read, but never a figure from a broken number
                        # (a stray space inside a decimal before its percent word is a typo wires print: 1.39)
                        [("Tencent Holdings", 1.39), ("Alibaba Group Holding", None), ("HSBC Holdings", None),
                         ("Meituan", 0.0), ("Xiaomi Corporation", 1000.0), ("BYD Company", None)]),
    "bare-percent.txt": (b"Tencent rose % today. %%% Alibaba fell -%. Baidu gained %, then % more.\n",
                         [("Tencent Holdings", None), ("Alibaba Group Holding", None), ("Baidu Inc", None)]),
}


def _write(folder: Path, files: dict[str, tuple[bytes, object]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def _figures(record: dict) -> set[tuple[str, float | None]]:
    return {(m["entity"]["name"], m["change_pct"]) for m in record["moves"]}


def _one_line_error(line: str, path: Path, problem: str) -> None:
    assert line.startswith(f"marketkg: error: {path}"), line
    assert problem.lower() in line.lower(), (problem, line)
    assert "Traceback" not in line and len(line) < 300, line


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_is_one_line_naming_file_and_problem(tmp_path, cli, name):
    (path,) = _write(tmp_path, {name: BAD[name]})
    out = tmp_path / "facts.jsonl"
    r = cli("extract", path, "-o", out)
    assert r.status == 1
    assert len(r.err.splitlines()) == 1
    _one_line_error(r.err.splitlines()[0], path, BAD[name][1])
    assert out.read_text(encoding="utf-8") == ""  # the output is still written, atomically, and holds nothing


@pytest.mark.parametrize("name", sorted(GOOD))
def test_each_odd_but_good_input_is_read_correctly(tmp_path, cli, name):
    (path,) = _write(tmp_path, {name: GOOD[name]})
    out = tmp_path / "facts.jsonl"
    r = cli("extract", path, "-o", out, "--date", "2025-11-25")
    assert (r.status, r.err) == (0, "")
    (record,) = _records(out)
    assert _figures(record) == set(GOOD[name][1])
    text = read_source(path)[0].text
    for move in record["moves"]:
        for src in move["sources"]:
            assert text[src["start"]:src["end"]] == src["sentence"]
    assert "\ufeff" not in text and "alert(2)" not in json.dumps(record["moves"])


@pytest.mark.parametrize("stated, warned", [("unknown", False), ("yesterday", True), ("2025-02-30", True)])
def test_an_article_without_a_readable_date_is_read_undated(tmp_path, cli, stated, warned):
    path = tmp_path / "undated.txt"
    path.write_bytes(f"---\npublished: {stated}\n---\n".encode() + WRAP.encode())
    out = tmp_path / "facts.jsonl"
    r = cli("extract", path, "-o", out)
    assert r.status == 0
    (record,) = _records(out)
    assert record["published"] is None
    assert {m["date"] for m in record["moves"]} == {None}
    assert _figures(record) == {("Hang Seng Index", 1.2), ("Tencent Holdings", -2.5)}
    if warned:
        (line,) = r.err.splitlines()
        assert line.startswith(f"marketkg: warning: {path}: ") and repr(stated) in line
    else:
        assert r.err == ""


def test_encodings_decode_to_the_same_text(tmp_path):
    texts = {name: read_source(p)[0].text for name, p in
             zip(GOOD, _write(tmp_path, GOOD)) if name in ("utf16.txt", "utf8-bom.txt")}
    assert set(texts.values()) == {WRAP}
    assert "Nestl\u00e9" in read_source(tmp_path / "latin1.txt")[0].text
    assert "\u201cSmart\u201d quotes \u2013" in read_source(tmp_path / "cp1252.txt")[0].text


def test_the_odd_numbers_make_no_figure_of_a_broken_number(tmp_path, cli):
    (path,) = _write(tmp_path, {"odd-numbers.txt": GOOD["odd-numbers.txt"]})
    r = cli("extract", path)
    figures = {m["change_pct"] for m in json.loads(r.out)["moves"]}
    assert not figures & {39.0, 1.0, 62.0, 19.22, 1234.5}  # (nor half of the split decimal: "1. 39" is 1.39)
    assert all(f is None or f == f for f in figures)  # never NaN


def test_jsonl_with_broken_lines_in_the_middle(tmp_path, cli):
    lines = [
        json.dumps({"id": "a1", "published": "2025-11-24", "text": WRAP}),
        '{"id": "a2", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "a4", "text": 42}),
        "",
        json.dumps({"id": "a6", "text": "   "}),
        "[" * 100_000,
        '{"id": "a8", "text": "x", "n": ' + "1" * 5000 + "}",
        json.dumps({"id": "a9", "published": "2025-02-30", "text": WRAP}),
        json.dumps({"id": "a10", "text": WRAP.replace("1.2%", "1.3%") + "\u2028line\u0085sep \x1c"}),
        json.dumps({"id": "a11", "text": WRAP.replace("2.5%", "2.6%") + " \ud800 lone"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = cli("extract", path, "-o", out)
    assert r.status == 1
    expected = {2: "not JSON", 3: "'text'", 4: "'text'", 6: "empty", 7: "nested too deeply", 8: "not JSON",
                }
    assert len(r.errors) == len(expected) == len(r.err.splitlines()) - 1
    for line, (n, problem) in zip(r.errors, sorted(expected.items())):
        _one_line_error(line, Path(f"{path}:{n}"), problem)
    assert r.err.splitlines()[-1].startswith(f"marketkg: warning: {path}#a9: published date '2025-02-30'")
    records = _records(out)
    assert [rec["source"] for rec in records] == [f"{path}#a1", f"{path}#a9", f"{path}#a10", f"{path}#a11"]
    assert records[1]["published"] is None  # 2025-02-30 is no date: the article is read undated
    assert "\ufffd lone" in records[3]["moves"][0]["sources"][0]["sentence"] or records[3]["moves"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4  # U+2028 and U+0085 do not split a record


def test_a_batch_goes_on_past_every_bad_file_and_fails_at_the_end(tmp_path, cli):
    bad = _write(tmp_path / "in", BAD)
    _write(tmp_path / "in", GOOD)
    big = tmp_path / "in" / "huge.txt"
    with big.open("wb") as fh:  # sparse: refused by its size before a byte is read
        fh.truncate(50 * 2**20)
    out = tmp_path / "out"
    r = cli("build", tmp_path / "in", "--out", out, "-q")
    assert r.status == 1
    folder_bad = [p for p in bad if p.suffix != ".png" and p.suffix != ".gz"] + [big]  # folders: text suffixes only
    assert len(r.errors) == len(folder_bad) == len(r.err.splitlines())
    for path in folder_bad:
        assert sum(line.startswith(f"marketkg: error: {path}:") for line in r.errors) == 1, path
    assert "too large (50.0 MB; the limit is 25 MB)" in r.err
    # utf8-bom.txt decodes to utf16.txt's text: one article, read from the smaller name
    assert sorted(rec["source"] for rec in _records(out / "facts.jsonl")) == sorted(
        str(tmp_path / "in" / name) for name in GOOD if name != "utf8-bom.txt")
    assert {"facts.jsonl", "graph.html", "graph.json", "graph.ttl"} <= {p.name for p in out.iterdir()}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no build left half-way


def test_strict_stops_at_the_first_bad_input_and_writes_nothing(tmp_path, cli):
    _write(tmp_path / "in", {"a-good.txt": GOOD["latin1.txt"], "b-empty.txt": BAD["empty.txt"],
                             "c-binary.txt": BAD["image-named.txt"]})
    out = tmp_path / "out"
    r = cli("build", tmp_path / "in", "--out", out, "--strict")
    assert r.status == 1 and len(r.errors) == 1 and "b-empty.txt" in r.errors[0]
    assert not out.exists()


def test_a_50_mb_file_is_refused_at_once(tmp_path, cli):
    path = tmp_path / "dump.txt"
    path.write_bytes((WRAP.encode() * (50 * 2**20 // len(WRAP) + 1)))
    assert path.stat().st_size > MAX_BYTES
    t = time.perf_counter()
    r = cli("extract", path)
    assert time.perf_counter() - t < 2
    assert r.status == 1
    _one_line_error(r.errors[0], path, "too large")


def test_an_article_text_over_the_limit_is_refused_inside_a_feed(tmp_path, cli):
    path = tmp_path / "feed.jsonl"
    long = "Tencent rose 2%. " * (MAX_CHARS // 17 + 1)
    path.write_text(json.dumps({"id": "huge", "text": long}) + "\n" + json.dumps({"id": "ok", "text": WRAP}) + "\n",
                    encoding="utf-8")
    r = cli("extract", path)
    assert r.status == 1 and len(r.errors) == 1
    _one_line_error(r.errors[0], Path(f"{path}:1"), "article too long")
    assert json.loads(r.out)["source"] == f"{path}#ok"


def test_a_sentence_of_10000_tokens_is_read_quickly(tmp_path, cli):
    path = tmp_path / "long.txt"
    path.write_text("Tencent rose 2% " + " ".join(["and Alibaba fell 1.5% on rate fears"] * 1500) + ".\n",
                    encoding="utf-8")
    t = time.perf_counter()
    r = cli("extract", path, "--date", "2025-11-25")
    elapsed = time.perf_counter() - t
    assert r.status == 0
    assert {"Tencent Holdings", "Alibaba Group Holding"} <= {m["entity"]["name"] for m in json.loads(r.out)["moves"]}
    assert elapsed < 15, elapsed


@pytest.mark.slow
def test_a_5_mb_single_line_is_read_in_reasonable_time(tmp_path, cli):
    unit = "Tencent rose 2.1% to HK$400 after results, "
    path = tmp_path / "line.txt"
    path.write_text((unit * (5 * 2**20 // len(unit) + 1))[:5 * 2**20], encoding="utf-8")
    t = time.perf_counter()
    r = cli("extract", path, "--date", "2025-11-25")
    elapsed = time.perf_counter() - t
    assert r.status == 0 and json.loads(r.out)["moves"]
    assert elapsed < 240, elapsed  # ~65 s on a 2-core box; quadratic code took hours


# -- writes: atomic, and never outside --out ---------------------------------------------------
def _no_temp_files(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("fault", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failure_mid_write_leaves_the_previous_file_and_no_temp_file(tmp_path, monkeypatch, fault):
    dest = tmp_path / "facts.jsonl"
    dest.write_text("previous\n", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        os.write(fd, b"half a file")
        raise fault

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(ExportError if isinstance(fault, OSError) else KeyboardInterrupt) as err:
        write_atomic(dest, "new content\n" * 1000)
    assert dest.read_text(encoding="utf-8") == "previous\n"
    _no_temp_files(tmp_path)
    if isinstance(fault, OSError):
        assert str(err.value) == f"{dest}: cannot write (No space left on device)"


def test_a_file_written_in_pieces_is_whole_or_not_at_all(tmp_path):
    """graph.json is written a node at a time; a piece that cannot be written (a lone
    surrogate half-way) leaves the previous file and no temporary file."""
    dest = tmp_path / "graph.json"
    dest.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportError, match=r"graph.json: cannot write \(text is not valid Unicode.* at character 12\)"):
        write_atomic(dest, iter(["{\"a\":", "1,", "\"b\":\"\ud800\"}"]))
    assert dest.read_text(encoding="utf-8") == "previous"
    _no_temp_files(tmp_path)
    write_atomic(dest, iter(["{\"a\":", "1}"]))
    assert dest.read_text(encoding="utf-8") == '{"a":1}'


def test_text_that_is_not_unicode_is_an_export_error_not_a_crash(tmp_path):
    dest = tmp_path / "x.txt"
    dest.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportError, match="x.txt: cannot write"):
        write_atomic(dest, "lone \ud800 surrogate")
    assert dest.read_text(encoding="utf-8") == "previous"
    _no_temp_files(tmp_path)


def test_a_written_file_gets_the_usual_mode(tmp_path):
    mask = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the knowledge base's store included), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_that_fails_mid_way_keeps_every_previous_file_whole(tmp_path, cli, monkeypatch):
    _write(tmp_path / "in", {"a.txt": (WRAP.encode(), None)})
    out = tmp_path / "out"
    assert cli("build", tmp_path / "in", "--out", out, "-q").status == 0
    before = _snapshot(out)
    (tmp_path / "in" / "b.txt").write_text(WRAP.replace("1.2%", "1.4%"), encoding="utf-8")
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith("graph.html"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    r = cli("build", tmp_path / "in", "--out", out, "-q")
    assert r.status == 2
    assert r.err == f"marketkg: error: {out / 'graph.html'}: cannot write (No space left on device)\n"
    # the new build never replaced the old one: every file of it, store included, is as it was
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
    _no_temp_files(out)


def test_a_read_only_output_folder_is_one_line_and_status_2(tmp_path, cli, monkeypatch):
    _write(tmp_path / "in", {"a.txt": (WRAP.encode(), None)})
    out = tmp_path / "out"
    assert cli("build", tmp_path / "in", "--out", out, "-q").status == 0
    before = _snapshot(out)
    out.chmod(0o555)
    tmp_path.chmod(0o555)  # a build is made beside --out, then renamed into place
    try:
        if os.access(tmp_path, os.W_OK):  # root writes anyway: refuse the temp files as the kernel would
            def refuse(*args, **kwargs):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
            monkeypatch.setattr("tempfile.mkdtemp", refuse)
        r = cli("build", tmp_path / "in", "--out", out, "-q")
        r2 = cli("extract", tmp_path / "in", "-o", out / "facts.jsonl")
    finally:
        tmp_path.chmod(0o755)
        out.chmod(0o755)
    assert (r.status, r.err) == (2, f"marketkg: error: {out}: cannot write (Permission denied)\n")
    assert (r2.status, r2.err) == (2, f"marketkg: error: {out / 'facts.jsonl'}: cannot write (Permission denied)\n")
    assert _snapshot(out) == before
    _no_temp_files(out)


def test_an_output_path_under_a_file_is_one_line_and_status_2(tmp_path, cli):
    _write(tmp_path / "in", {"a.txt": (WRAP.encode(), None)})
    (tmp_path / "file").write_text("x", encoding="utf-8")
    r = cli("build", tmp_path / "in", "--out", tmp_path / "file" / "out", "-q")
    assert r.status == 2 and len(r.err.splitlines()) == 1 and "cannot write" in r.err


def test_ids_from_jsonl_never_become_paths_and_nothing_lands_outside_out(tmp_path, cli):
    hostile = ["../../escape", "/etc/passwd", "..", "a/b/c", "x\ny", "<script>alert(1)</script>", "\x00",
               "C:\\Windows\\win.ini", "~/.ssh/id_rsa", "con", "%2e%2e%2f", "\u202egpj.exe", "a" * 5000]
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("".join(json.dumps({"id": ident, "text": WRAP.replace("1.2%", f"1.{n}%")}) + "\n"
                            for n, ident in enumerate(hostile)), encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("untouched", encoding="utf-8")
    out = tmp_path / "work" / "out"
    out.mkdir(parents=True)  # (a link in --out is refused: tests/hostile/test_folder_safety.py)
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    r = cli("build", feed, "--out", out)
    assert r.status == 0, r.err
    after = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert set(before) <= set(after)
    assert {p for p in set(after) - set(before) if not p.startswith("work/out/")} == set()
    assert {"facts.jsonl", "graph.html", "graph.json", "graph.ttl"} <= {p.name for p in out.iterdir()}
    assert outside.read_text(encoding="utf-8") == "untouched"
    sources = [rec["source"] for rec in _records(out / "facts.jsonl")]
    assert len(sources) == len(hostile)
    for source in sources:  # the id names the article: one printable line, bounded
        assert source.isprintable() and len(source) < len(str(feed)) + 110
    assert all(line.isprintable() or line == "" for line in r.out.splitlines())


def test_input_errors_are_single_lines_even_for_hostile_ids(tmp_path, cli):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a\nb\rc", "text": ""}) + "\n"
                    + json.dumps({"id": "x\u2028y", "text": WRAP, "published": "2025-13-45\n"}) + "\n",
                    encoding="utf-8")
    r = cli("extract", feed)
    # the empty text is an error; the impossible date a warning (the article is read undated)
    assert r.status == 1 and len(r.err.splitlines()) == 2 and len(r.errors) == 1
    assert r.err.splitlines()[1].startswith("marketkg: warning: ")


def test_read_source_raises_only_input_errors_for_unreadable_paths(tmp_path):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="dir.txt"):
        read_source(folder)
    with pytest.raises(InputError, match="missing.txt"):
        read_source(tmp_path / "missing.txt")
