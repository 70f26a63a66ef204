"""Issue 15 items 4, 10 and 13: distinct JSON Lines ids stay distinct articles, special
files are refused promptly, and invisible format characters never reach an entity name.
Each test failed before its fix."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from marketkg.loaders.sources import read_article_text, read_source
from marketkg.loaders.text import working_text
from marketkg.ontology.errors import InputError
from marketkg.ontology.models import Entity
from marketkg.ontology.enums import EntityType
from tests.conftest import facts_of


def _names():
    from marketkg.ontology import names  # imported here so the other items' tests run without it

    return names

WRAP = "The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday. Tencent fell {pct}% after results.\n"
URL = "https://news.example.com/markets/" + "x" * 67  # 100 characters
#: six distinct ids whose old one-line, 100-character names fell together in pairs
COLLIDING_IDS = [URL + "/article-1", URL + "/article-2", "a\nb", "a\rb", 7, "7"]


def _feed(ids: list[object]) -> str:
    return "".join(json.dumps({"id": ident, "text": WRAP.format(pct=f"2.{n}")}) + "\n" for n, ident in enumerate(ids))


# -- item 4: ids -------------------------------------------------------------------------------
def test_distinct_jsonl_ids_give_distinct_printable_bounded_sources():
    articles = read_article_text(_feed(COLLIDING_IDS), source="f.jsonl")
    sources = [a.source for a in articles]
    assert len(set(sources)) == 6, sources
    assert all(s.isprintable() and len(s) <= len("f.jsonl#") + 100 for s in sources)


@pytest.mark.parametrize(("ident", "name"), [
    ("a1", "a1"), (7, "7"), ("7", '"7"'), (-3, "-3"), ("-3", '"-3"'), ("a\nb", '"a\\nb"'),
    ("a\rb", '"a\\rb"'), ('"q"', '"\\"q\\""'), ("back\\slash", "back\\slash"), (" pad", '" pad"'),
    ("\u202egnp.exe", '"\\u202egnp.exe"'), ("s\ud800", '"s\\ud800"'), ("新闻-1", "新闻-1"),
])
def test_an_id_is_named_as_it_stands_or_quoted_when_it_could_be_mistaken(ident, name):
    (article,) = read_article_text(json.dumps({"id": ident, "text": WRAP.format(pct=2)}) + "\n", source="f.jsonl")
    assert article.source == f"f.jsonl#{name}"


def test_long_ids_are_cut_with_a_hash_and_never_meet_a_short_one():
    long_a, long_b = "a" * 150, "a" * 149 + "b"
    cuts = [read_article_text(_feed([i]), source="f.jsonl")[0].source for i in (long_a, long_b, int("9" * 150))]
    assert len(set(cuts)) == 3
    assert all(len(s) <= len("f.jsonl#") + 100 and s.startswith('f.jsonl#"') and not s.endswith('"') for s in cuts)


def test_an_id_repeated_in_one_file_is_refused_naming_both_lines():
    items = read_article_text(_feed(["a", "b", "a"]), source="f.jsonl")
    assert [getattr(i, "source", None) for i in items[:2]] == ["f.jsonl#a", "f.jsonl#b"]
    assert isinstance(items[2], InputError) and items[2].line == 3
    assert "line 1" in str(items[2]) and "'a'" in str(items[2])


def test_build_of_six_distinct_ids_stores_six_articles(tmp_path, cli):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed(COLLIDING_IDS), encoding="utf-8")
    r = cli("build", feed, "--out", tmp_path / "out", "-j", "1")
    assert r.status == 0, r.err
    assert "articles read   6" in r.out
    records = [json.loads(line) for line in (tmp_path / "out" / "facts.jsonl").read_text().splitlines()]
    assert len(records) == 6 and len({rec["source"] for rec in records}) == 6


def test_a_file_and_a_jsonl_record_that_share_a_name_are_refused_not_merged(tmp_path, cli):
    feed = tmp_path / "f.jsonl"
    feed.write_text(_feed(["x"]), encoding="utf-8")
    (tmp_path / "f.jsonl#x").write_text(WRAP.format(pct=9), encoding="utf-8")
    r = cli("build", feed, tmp_path / "f.jsonl#x", "--out", tmp_path / "out", "-j", "1")
    assert r.status == 1 and "articles read   1" in r.out
    (error,) = r.errors
    assert "f.jsonl#x" in error and "same name" in error


# -- item 10: special files --------------------------------------------------------------------
def _extract_with_timeout(path: Path | str) -> subprocess.CompletedProcess[str]:
    # a guard, not a timing: before the fix these hung or ate memory until MemoryError
    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))

    return subprocess.run([sys.executable, "-m", "marketkg.exports.cli", "extract", str(path)], capture_output=True,
                          text=True, timeout=120, preexec_fn=limit_memory)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_in_one_line(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    r = _extract_with_timeout(device)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines() == [f"marketkg: error: {device}: not a regular file (a device, FIFO or socket)"]


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = _extract_with_timeout(fifo)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"marketkg: error: {fifo}: not a regular file (a device, FIFO or socket)"]


def test_read_source_refuses_a_folder_and_reads_a_proc_file_within_the_cap(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        read_source(tmp_path)
    if os.path.exists("/proc/self/status"):  # size 0 on stat, yet it has text: read, never trusted
        (article,) = read_source(Path("/proc/self/status"))
        assert "Name:" in article.text


# -- item 13: invisible format characters in names -----------------------------------------------
def test_format_chars_cover_every_unicode_format_character():
    cf = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    missing = sorted(f"U+{ord(ch):04X}" for ch in cf if not _names().FORMAT_CHARS.fullmatch(ch))
    assert not missing
    extra = [c for c in range(0x110000) if _names().FORMAT_CHARS.fullmatch(chr(c))
             and unicodedata.category(chr(c)) not in ("Cf", "Cn")]
    assert not extra


@pytest.mark.parametrize("raw", ["Ten\u202ecent", "\u202eTencent", "Tencent\u200f", "\u2066Tencent\u2069",
                                 "Ten\u200ecent", "\ufeffTencent\u202c", "Ten\U000e0041cent"])
def test_an_entity_name_holds_no_format_character(raw):
    entity = Entity(id="x", name=raw, type=EntityType.COMPANY, aliases=(raw, "ok"))
    assert entity.name == "Tencent" and entity.aliases == ("Tencent", "ok")
    assert _names().clean_name(raw) == "Tencent"


def test_a_name_made_only_of_format_characters_is_refused():
    with pytest.raises(ValueError):
        Entity(id="x", name="\u202e\u200f", type=EntityType.COMPANY)


def test_working_text_maps_format_characters_to_spaces_one_for_one():
    text = "Hang\u200eSeng Index \u202efell\u202c 1.2% \u2066Tencent\u2069 \U000e0041"
    out = working_text(text)
    assert len(out) == len(text) and not _names().FORMAT_CHARS.search(out)


def test_extraction_reads_through_bidi_controls_and_names_stay_clean():
    plain = facts_of("The Hang Seng Index climbed 1.4% to 24,310.40 on Wednesday. Tencent slid 2.7% after results.")
    text = ("The \u202aHang\u200eSeng Index\u202c climbed 1.4% to 24,310.40 on Wednesday. "
            "\u202eTencent\u202c slid 2.7%\u200f after results.\u2066\u2069")
    facts = facts_of(text)
    moves = sorted((m.entity.id, m.change_pct) for m in facts.moves)
    assert moves == sorted((m.entity.id, m.change_pct) for m in plain.moves) and len(moves) == 2
    names = [m.entity.name for m in facts.moves] + [c.driver.name for c in facts.causes]
    assert names and not any(_names().FORMAT_CHARS.search(n) for n in names)
    for m in facts.moves:  # evidence still quotes the original text
        for ev in m.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_rdf_read_back_strips_format_characters_from_labels(tmp_path):
    from marketkg.loaders.rdf_reader import read_rdf

    ttl = tmp_path / "g.ttl"
    ttl.write_text(
        "@prefix mkg: <https://marketkg.org/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix dct: <http://purl.org/dc/terms/> .\n"
        "<https://marketkg.org/id/hkex-0700> a mkg:Company ; dct:identifier \"hkex-0700\" ;\n"
        "  rdfs:label \"Ten\\u202Ecent\" ; skos:altLabel \"\\u2066Tencent\\u2069\" .\n", encoding="utf-8")
    G = read_rdf(ttl)
    assert G.nodes["hkex-0700"]["name"] == "Tencent" and G.nodes["hkex-0700"]["aliases"] == ["Tencent"]
