"""What the hostile-input work found, kept as tests: each one broke before its fix.

Timings are bounds far above today's figures (measured on a 2-core box) and far below
what the quadratic code took, so they are not flaky but do catch a return.
"""
from __future__ import annotations

import json
import time

import pytest

from marketkg.ontology.atomic import write_atomic
from marketkg.exports.facts_jsonl import to_facts_jsonl
from marketkg.loaders.extract import extract
from marketkg.loaders.quantities import find_quantities
from marketkg.loaders.sources import article_from_text, read_article_text
from marketkg.loaders.text import mask_noise, working_text
from marketkg.ontology.errors import ExportError, InputError
from marketkg.ontology.figures import figures_agree

WRAP = "The Hang Seng Index rose 1.2% to 25,000.10 on Tuesday. Tencent fell 2.5% after results.\n"


def _seconds(fn, *args):
    t = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t, result


# -- time: quadratic paths a long text walked into ---------------------------------------------
def test_quantities_of_a_long_text_are_found_in_linear_time():
    # the overlap check scanned every quantity taken so far: 200 KB took 12 s, 5 MB hours
    text = "Tencent rose 2.1% to HK$400, " * 30_000  # 870 KB, 60,000 quantities
    elapsed, found = _seconds(find_quantities, text)
    assert len(found) == 60_000 and elapsed < 10, elapsed


def test_quantities_never_overlap_and_keep_the_first_kind_found():
    text = "rose 4-6% to HK$1,234.5bn and 2.6 million shares (700.HK) fell -1.2 per cent"
    found = find_quantities(text)
    assert [q.kind for q in found] == ["RANGE", "MONEY", "SHARES", "TICKER", "PERCENT"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_one_line_article_of_a_megabyte_is_extracted_in_seconds():
    # every merged move checked its evidence against all earlier sentences (pydantic __eq__)
    unit = "Tencent rose 2.1% to HK$400 after results, "
    text = (unit * (2**20 // len(unit) + 1))[:2**20]
    elapsed, facts = _seconds(extract, article_from_text(text, source="line.txt", published="2025-11-25"))
    assert len(facts.moves) == 1 and len(facts.moves[0].evidence) > 500
    assert elapsed < 60, elapsed  # ~8 s today


@pytest.mark.parametrize("text", [
    "\n" * 2_000_000,                           # blank lines: "^\s*" ran across all of them from each line
    " \n" * 1_000_000,
    "Comments\n" * 200_000,                     # noise lines: each one copied the whole text
    "> quote\n" * 200_000,
    "Disclaimer: none\n" + "Tencent rose 2%.\n" * 100_000,
])
def test_working_text_of_many_lines_is_linear(text):
    elapsed, out = _seconds(working_text, text)
    assert len(out) == len(text) and elapsed < 10, elapsed


def test_noise_masking_is_unchanged_by_the_rewrite():
    text = "Tencent rose 2%.\nShare this article\nA view of the harbour from the peak at night.\nBaidu fell 1%.\n" \
           "Disclaimer: not advice.\nTencent rose 9%.\n"
    out = mask_noise(text)
    assert out.splitlines()[0] == "Tencent rose 2%." and out.splitlines()[3] == "Baidu fell 1%."
    assert out.splitlines()[1].strip() == out.splitlines()[2].strip() == "" and "9%" not in out
    assert len(out) == len(text) and [i for i, c in enumerate(out) if c == "\n"] == \
        [i for i, c in enumerate(text) if c == "\n"]


def test_blank_lines_before_a_quote_keep_their_line_breaks():
    # "^\s*> " took the blank lines before a quote into the match and blanked their "\n"
    assert working_text("a\n\n\n> quoted") == "a\n\n\n  quoted"


# -- HTML and JSON Lines that broke the readers ------------------------------------------------
def test_html_the_standard_parser_refuses_is_an_input_error():
    # html.parser raises AssertionError on an unknown marked section
    with pytest.raises(InputError, match=r"page\.html: HTML that cannot be parsed"):
        read_article_text("<html><body><![foo[ x ]]>" + WRAP, source="page.html")


@pytest.mark.parametrize(("line", "problem"), [
    ("[" * 100_000, "nested too deeply"),                           # RecursionError
    ('{"text": "x", "n": ' + "1" * 5000 + "}", "Exceeds the limit"),  # ValueError, not JSONDecodeError
])
def test_jsonl_lines_json_refuses_oddly_are_errors_naming_the_line(line, problem):
    items = read_article_text(json.dumps({"id": "a", "text": WRAP}) + "\n" + line + "\n", source="f.jsonl")
    assert items[0].source == "f.jsonl#a"
    assert isinstance(items[1], InputError) and items[1].line == 2 and problem in str(items[1])


def test_jsonl_strings_may_hold_unicode_line_separators():
    # str.splitlines split one JSON line at U+2028 / U+0085 / \x1c and called both halves broken
    text = json.dumps({"id": "a", "text": WRAP + "\u2028\u0085\x1c end"}, ensure_ascii=False) + "\n"
    (article,) = read_article_text(text, source="f.jsonl")
    assert article.text.endswith("\u2028\u0085\x1c end")


def test_a_lone_surrogate_in_jsonl_becomes_a_replacement_character_and_can_be_written(tmp_path):
    (article,) = read_article_text('{"id": "s\\ud800", "text": "Tencent rose 2%. \\udc00 end"}\n', source="f.jsonl")
    assert article.text == "Tencent rose 2%. \ufffd end" and article.source == 'f.jsonl#"s\\ud800"'
    write_atomic(tmp_path / "facts.jsonl", to_facts_jsonl([extract(article)]))


def test_write_atomic_turns_unencodable_text_into_an_export_error(tmp_path):
    with pytest.raises(ExportError, match=r"cannot write \(text is not valid Unicode"):
        write_atomic(tmp_path / "x.txt", "\udc80")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("ident", ["a\nb", "x\u2028y", "\x00", "\u202e", "a" * 500])
def test_jsonl_ids_are_one_printable_bounded_line_in_the_source(ident):
    (article,) = read_article_text(json.dumps({"id": ident, "text": WRAP}) + "\n", source="f.jsonl")
    assert article.source.isprintable() and len(article.source) <= len("f.jsonl#") + 100


# -- facts JSON Lines ------------------------------------------------------------------------
def test_facts_jsonl_is_one_line_per_article_whatever_separators_the_text_holds():
    # found by the fuzz run: U+2028 / U+0085 left raw split a record for str.splitlines readers
    facts = extract(article_from_text("Tencent rose 2%\u2028after results\u0085 today.\u2029\n", source="a.txt",
                                      published="2025-11-25"))
    text = to_facts_jsonl([facts])
    assert len(text.splitlines()) == 1 and json.loads(text)["moves"][0]["sources"][0]["sentence"]


def test_facts_jsonl_never_writes_nan():
    facts = extract(article_from_text(WRAP, source="a.txt", published="2025-11-25"))
    move = facts.moves[0].model_copy(update={"close": float("nan")})
    text = to_facts_jsonl([facts.model_copy(update={"moves": (move,)})])
    assert json.loads(text, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))["moves"][0]["close"] is None


# -- figures whose repr has no decimal point ----------------------------------------------------
@pytest.mark.parametrize(("a", "b", "agree"), [
    (5e29, 4.9999999999999994e29, False), (1e-05, 1.2e-05, True), (1e-05, 2.0, False), (100.0, 100.4, True)])
def test_figures_agree_on_figures_written_with_an_exponent(a, b, agree):
    # found by hypothesis: repr(5e+29) has no ".", and figures_agree raised IndexError
    assert figures_agree(a, b) is agree and figures_agree(b, a) is agree


def test_two_huge_figures_for_one_move_do_not_crash_the_extractor():
    text = ("Alibaba -W lost -0.0% after JPMorgan upgraded the stock. "
            "Alibaba -W lost 499,999,999,999,999,974,757,940,346,880 per cent after JPMorgan upgraded the stock. "
            "Tencent fell 0.00001%. Tencent fell 0.000012%.")
    facts = extract(article_from_text(text, source="a.txt", published="2025-11-25"))
    assert {m.entity.name for m in facts.moves} == {"Alibaba Group Holding", "Tencent Holdings"}
