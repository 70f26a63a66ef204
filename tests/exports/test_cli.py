"""The command line, called as users call it."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store

from marketkg.exports.cli import main
from tests.conftest import EXAMPLES

CONTRACT_MOVE_KEYS = {"entity", "direction", "change_pct", "close", "date", "approx", "evidence"}
CONTRACT_ENTITY_KEYS = {"id", "name", "type", "ticker", "aliases"}


def test_extract_prints_one_contract_object_per_article(capsys):
    assert main(["extract", str(EXAMPLES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(list(EXAMPLES.glob("*.txt")))
    for line in lines:
        obj = json.loads(line)
        assert {"source", "published", "moves", "causes", "investor_actions"} <= set(obj)
        for move in obj["moves"]:
            assert CONTRACT_MOVE_KEYS <= set(move) and CONTRACT_ENTITY_KEYS <= set(move["entity"])
            assert move["direction"] in ("up", "down", "flat")


def test_build_writes_the_three_outputs_and_a_summary(tmp_path, capsys):
    out = tmp_path / "kg"
    assert main(["build", str(EXAMPLES), "--out", str(out)]) == 0
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.html", "facts.jsonl", "graph.json"}
    summary = capsys.readouterr().out
    for word in ("articles read   5", "entities", "moves", "causes", "actions", "warnings"):
        assert word in summary
    # the entity count is the sum of its breakdown (trading sessions are counted apart)
    total, *breakdown = next(line for line in summary.splitlines() if line.startswith("entities")).split()[1:]
    assert int(total) == sum(int(n) for n in breakdown[0::2])


def test_a_bad_input_is_named_and_the_rest_still_goes_through(tmp_path, capsys):
    shutil.copy(EXAMPLES / "001_c3a339af551d19b1.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path.parent / f"{tmp_path.name}-kg"  # outside the input folder (a build refuses --out inside it)
    assert main(["build", str(tmp_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("marketkg: error: ") for line in err)
    assert "empty.txt" in err[0] and "image.txt" in err[1]
    assert (out / "graph.ttl").exists()


def test_strict_stops_at_the_first_bad_input(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    shutil.copy(EXAMPLES / "001_c3a339af551d19b1.txt", tmp_path / "b.txt")
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--strict", str(tmp_path)])
    assert stop.value.code == 1


def test_bad_options_are_one_line_errors(tmp_path, capsys):
    assert main(["build", str(EXAMPLES), "--out", str(tmp_path), "--base-iri", "http://x.org/kg"]) == 2
    assert main(["extract", str(EXAMPLES), "--date", "yesterday"]) == 2
    assert main(["ingest", str(EXAMPLES), "--kg", str(tmp_path / "kg"), "--base-iri", "http://x.org/a b/"]) == 2
    assert not (tmp_path / "kg").exists()
    assert all(line.startswith("marketkg: error:") for line in capsys.readouterr().err.splitlines())


def test_same_input_same_files_byte_for_byte(tmp_path):
    for name in ("one", "two"):
        assert main(["build", str(EXAMPLES), "--out", str(tmp_path / name), "-q"]) == 0
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*")
                   if p.is_file() and "store" not in p.parts and not p.name.startswith(("index.sqlite", ".lock")))
    assert {"facts.jsonl", "graph.ttl", "graph.html", "graph.json"} <= {f.name for f in files}
    assert len([f for f in files if f.parts[0] == "articles"]) == 5
    for f in files:
        assert (tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes(), f
    # the store's files are the engine's own; what it holds is the same, quad for quad
    dumps = [sorted(Store.read_only(str(tmp_path / name / "store")).dump(format=RdfFormat.N_QUADS).split(b"\n"))
             for name in ("one", "two")]
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000


def test_console_script_is_installed():
    exe = Path(sys.executable).with_name("marketkg")
    run = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert run.stdout.startswith("marketkg ")


def test_an_article_the_extractor_fails_on_is_reported_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    import importlib

    extract_module = importlib.import_module("marketkg.loaders.extract")

    real_run = extract_module._ArticleExtractor.run

    def run(self):
        if "POISON" in self.article.text:
            raise RuntimeError("rule bug")
        return real_run(self)

    monkeypatch.setattr(extract_module._ArticleExtractor, "run", run)
    (tmp_path / "a.txt").write_text("Tencent rose 2%. POISON", encoding="utf-8")
    shutil.copy(EXAMPLES / "001_c3a339af551d19b1.txt", tmp_path / "b.txt")
    assert main(["extract", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "a.txt: extraction failed (RuntimeError: rule bug)" in captured.err
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [str(tmp_path / "b.txt")]


def test_a_reader_that_goes_away_ends_the_command_quietly(monkeypatch, capsys):
    """'marketkg query ... | head': no BrokenPipeError traceback, exit status 141 as a pipe tool."""
    class GoneReader:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            raise ValueError("no file")  # the fallback path: nothing to point at devnull

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stdout", GoneReader())
    assert main(["extract", str(EXAMPLES)]) == 141
    assert "Traceback" not in capsys.readouterr().err


def test_ingest_into_a_build_says_which_files_it_left_as_they_were(tmp_path, capsys):
    out = tmp_path / "kg"
    assert main(["build", str(EXAMPLES), "--out", str(out), "-q"]) == 0
    extra = tmp_path / "more.txt"
    extra.write_text("The Nikkei 225 rose 1.1% on Monday.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", str(extra), "--kg", str(out), "-q", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("marketkg: note: graph.html, graph.ttl, facts.jsonl") and "marketkg html" in err
