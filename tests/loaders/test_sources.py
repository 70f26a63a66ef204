"""Reading sources: front matter, JSON Lines, HTML, folders, encodings and bad input."""
from __future__ import annotations

import codecs
import gzip

import pytest

from marketkg.loaders.sources import iter_articles, read_source
from marketkg.ontology.errors import InputError

WRAP = "The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday."


def test_front_matter_gives_metadata_and_the_body_is_the_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"---\ntitle: HK close\npublished: 2025-11-25\nsource: Wire\n---\n{WRAP}\n", encoding="utf-8")
    (article,) = read_source(p)
    assert (article.title, article.published, article.outlet) == ("HK close", "2025-11-25", "Wire")
    assert article.text == WRAP + "\n"


def test_unclosed_front_matter_is_a_clear_error(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text("---\ntitle: x\n" + WRAP, encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt: front matter .* never closed"):
        read_source(p)


def test_dateline_in_text_sets_published(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("Market Heartbeat\n2025.11.21 08:13\n" + WRAP, encoding="utf-8")
    assert read_source(p)[0].published == "2025-11-21"


def test_jsonl_reads_good_lines_and_names_broken_ones(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "a1", "title": "t", "published": "2025-11-24", "text": "%s"}\n{broken\n'
                 '{"id": "a3", "text": ""}\n{"id": "a4", "text": "Tencent fell 2%%."}\n' % WRAP, encoding="utf-8")
    items = read_source(p)
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.source for a in articles] == [f"{p}#a1", f"{p}#a4"]
    assert articles[0].published == "2025-11-24"
    assert [(e.line, "JSON" in str(e) or "empty" in str(e)) for e in errors] == [(2, True), (3, True)]


def test_html_page_is_read_as_its_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(f"<!doctype html><html><head><title>Close</title><script>var x=1</script></head>"
                 f"<body><p>{WRAP}</p></body></html>", encoding="utf-8")
    (article,) = read_source(p)
    assert article.title == "Close" and "var x" not in article.text and WRAP in article.text


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty"), (b"   \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    (gzip.compress(b"hello" * 50), "binary"),
])
def test_bad_files_give_one_line_errors(tmp_path, data, problem):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_source(p)
    assert str(err.value).startswith(str(p)) and problem in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_are_decoded(tmp_path, encoding):
    text = "Caf\u00e9 owner Nestl\u00e9 rose 2% \u2013 a record."
    if encoding in ("cp1252", "latin-1"):
        text = text.replace("\u2013", "-")
    p = tmp_path / "enc.txt"
    data = text.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    p.write_bytes(data)
    assert read_source(p)[0].text == text


def test_folder_is_read_recursively_in_sorted_order_and_goes_on_past_bad_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(WRAP, encoding="utf-8")
    (tmp_path / "a.txt").write_text(WRAP.replace("1.2", "1.3"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text(WRAP, encoding="utf-8")
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    names = [getattr(i, "source", None) or i.source for i in items]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "c.txt"),
                     str(tmp_path / "missing.txt")]
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError", "InputError"]


def test_date_option_fills_in_only_where_the_article_gives_no_date(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text(f"---\npublished: 2025-11-25\n---\n{WRAP}\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(WRAP, encoding="utf-8")
    assert read_source(dated, published="2025-01-02")[0].published == "2025-11-25"
    assert read_source(undated, published="2025-01-02")[0].published == "2025-01-02"
