"""The ``--explain`` report: what became of each figure and cue of a sentence.

Through the real command line (as users run it) and on the pure functions of
``loaders/explain.py`` with facts written by hand, so the verdicts are tested apart from
what the extraction rules find today. Sentences marked VOA are copied from the dev corpus
(public domain, file and line given); the others are written for these tests.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketkg.exports.cli import main
from marketkg.loaders.explain import (
    Figure, escape, explain, explain_sentence, explain_text, figure_verdict, find_cues, find_figures, render, trap_of,
)
from marketkg.loaders.extract import extract
from marketkg.loaders.items import sentence_items
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.text import working_text
from marketkg.ontology.models import Article, ArticleFacts, Cause, Entity, Evidence, PriceMove

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "articles"


def _cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _explain(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *extra: str) -> str:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    status, out, err = _cli(capsys, "extract", "--explain", path, *extra)
    assert status == 0, err
    return out


def _line(out: str, label: str, what: str) -> str:
    """The report line of one figure or cue (exactly one must exist)."""
    found = [line for line in out.splitlines() if re.match(rf"  {label}\s+{re.escape(what)}\s{{2}}", line)]
    assert len(found) == 1, f"no single {label} line for {what!r} in:\n{out}"
    return found[0]


def _items(text: str):
    doc = shared_pipeline()(working_text(text))
    sent = next(iter(doc.sents))
    return sentence_items(sent, doc._.mkg_mentions or [])


def _entity(eid: str, name: str) -> Entity:
    return Entity(id=eid, name=name, type="index", aliases=(name,))


def _move(name: str, pct: float | None, text: str, *, close: float | None = None) -> PriceMove:
    direction = "flat" if not pct else ("up" if pct > 0 else "down")
    return PriceMove(entity=_entity(f"idx-{name.lower()}", name), direction=direction, change_pct=pct, close=close,
                     evidence=(Evidence(article="a", sentence=text, start=0, end=len(text)),))


# -- through the command line ------------------------------------------------------------------

def test_a_figure_that_became_a_move_is_named_with_its_entity(tmp_path, capsys):
    # VOA, dev 02_voa-asia-stocks-fall-us-financial-concerns-2008-07-15.txt line 30
    sentence = "South Korea's KOSPI fell 3.2 percent, to its lowest close in 15 months."
    out = _explain(tmp_path, capsys, sentence + "\n")
    assert _line(out, "figure", "3.2 percent").endswith("-> move of KOSPI: change_pct -3.2")
    assert out.startswith("== ") and f"\n[0:{len(sentence)}] {sentence}\n" in out


def test_a_close_and_the_points_of_a_move_are_told_apart(tmp_path, capsys):
    out = _explain(tmp_path, capsys, "The Hang Seng Index fell 2.38%, or 615.3 points, to 25,222.02 on Friday.\n")
    assert "-> move of Hang Seng Index: change_pct -2.38" in _line(out, "figure", "2.38%")
    assert "-> close of Hang Seng Index's move" in _line(out, "figure", "25,222.02")
    assert 'trap: points-only change ("points")' in _line(out, "figure", "615.3 points")


def test_gdp_and_bond_yield_figures_are_named_as_traps_of_their_kind(tmp_path, capsys):
    out = _explain(tmp_path, capsys,
                   "Japan's GDP grew 2.1% in the third quarter.\n"
                   "The 10-year Treasury yield climbed to 4.38%.\n"
                   # VOA, dev 05_voa-asian-markets-close-lower-europe-debt-2011-11-10.txt line 12
                   "Japan's Nikkei average fell nearly 3 percent and Hong Kong's Hang Seng dropped nearly 5 percent "
                   "following news that Italy's main borrowing rate had soared past 7 percent on Wednesday.\n")
    assert _line(out, "figure", "2.1%").endswith('trap: macro data ("GDP")')
    assert 'trap: bond yield/rate ("' in _line(out, "figure", "4.38%")
    assert _line(out, "figure", "7 percent").endswith('trap: bond yield/rate ("rate")')
    assert "-> move of Hang Seng Index" in _line(out, "figure", "5 percent")


def test_an_unused_percent_says_so(tmp_path, capsys):
    out = _explain(tmp_path, capsys, "Analysts said about 40% of the work was done by Friday.\n")
    assert _line(out, "figure", "40%").endswith("unused: no direction verb")


def test_a_cue_that_produced_a_cause_shows_it_and_despite_shows_as_no_cause(tmp_path, capsys):
    out = _explain(tmp_path, capsys,
                   "Baidu rose 4.19% after JPMorgan upgraded the stock.\n\n"
                   # VOA, dev 09_voa-japan-stocks-surge-despite-bad-data-2016-02-15.txt line 6
                   "Japan Stock Market Surges Despite Bad Economic Data\n")
    after = _line(out, "cue", "after")
    assert re.search(r"-> Baidu[^<]* <- JPMorgan upgraded the stock$", after), after
    assert _line(out, "cue", "despite").endswith("no cause: concessive 'despite' is no cause")


def test_control_characters_of_the_article_are_escaped(tmp_path, capsys):
    text = "Tencent\x1b[2J rose 3.1%\x07 after\u202e strong\x85 results.\n"
    out = _explain(tmp_path, capsys, text)
    lines = tmp_path / "in.jsonl"  # JSON Lines can carry a NUL, which a text file may not
    lines.write_text(json.dumps({"id": "n\x00", "text": "Baidu\x00 rose 2% on\x1b]0;x\x07 hopes."}) + "\n")
    status, out2, _ = _cli(capsys, "extract", "--explain", lines)
    assert status == 0
    for report in (out, out2):
        assert not [ch for ch in report if ch != "\n" and (ord(ch) < 0x20 or 0x7f <= ord(ch) < 0xa0 or ch == "\u202e")]
    assert "\\x1b[2J" in out and "\\x07" in out and "\\u202e" in out and "\\x85" in out
    assert "Baidu\\x00 rose" in out2 and "\\x1b]0;x\\x07" in out2


def test_the_report_is_the_same_across_runs_and_written_atomically(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Baidu rose 4.19% after JPMorgan upgraded the stock. Exports fell 3% in May.\n")
    paths = sorted(DEV.glob("*.txt"))[:6] if DEV.is_dir() else []
    first = _cli(capsys, "extract", "--explain", article, *paths)
    second = _cli(capsys, "extract", "--explain", article, *paths)
    assert first[0] == 0 and first[1] == second[1] and first[1].count("\n== ") == len(paths)
    dest = tmp_path / "report.txt"
    assert _cli(capsys, "extract", "--explain", article, *paths, "-o", dest)[1] == ""
    assert dest.read_text(encoding="utf-8") == first[1]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_json_lines_stay_the_default_and_warnings_end_the_report(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: sometime soon\n---\nThe Hang Seng Index rose 1.2%.\n")
    status, out, _ = _cli(capsys, "extract", path)
    assert status == 0 and out.startswith('{"source": ')
    status, out, _ = _cli(capsys, "extract", "--explain", path)
    tail = out.splitlines()[-3:]
    assert tail[0].startswith("facts: 1 moves (1 with a figure), 0 causes")
    assert tail[1] == "warnings: 1" and "'sometime soon' is not a date" in tail[2]


# -- the pure functions ------------------------------------------------------------------------

def test_figures_are_quantities_levels_points_and_number_words():
    items = _items("The Dow lost 212.4 points, or nearly one percent, to 25,222.02, on turnover of $3 billion.")
    found = [(f.kind, f.text) for f in find_figures(items)]
    # "one percent" is a PERCENT once the pipeline reads number words, else WORDS: a figure either way
    assert found[1] in (("WORDS", "one percent"), ("PERCENT", "one percent"))
    assert found[:1] + found[2:] == [("POINTS", "212.4 points"), ("LEVEL", "25,222.02"), ("MONEY", "$3 billion")]


def test_number_words_the_pipeline_did_not_read_are_named_unread():
    # VOA, dev 06_voa-greek-vote-china-weigh-east-asia-stocks-2015-07-07.txt line 12
    items = _items("South Korea's Kospi index fell two percent.")
    words = Figure("WORDS", "two percent", 34, 45, None, 6, 8)
    assert figure_verdict(items, words) == "unread: number words the pipeline read no figure in"


@pytest.mark.parametrize("sentence, figure, kind", [
    ("Retail sales rose 4.2% from a year earlier.", "4.2%", "macro data"),
    ("Ten-year bond yields rose to 1.85%.", "1.85%", "bond yield/rate"),
    ("Advancers outnumbered decliners by 1,203 to 588.", "1,203", "market breadth"),
    ("The index climbed as much as 2.4% before paring gains.", "2.4%", "intraday or historical extreme"),
    ("Quarterly net profit rose 18% to $2 billion.", "18%", "earnings/revenue growth"),
    ("Morgan Stanley cut its target price to HK$120.", "HK$120", "target price"),
    ("The fund lifted its stake to 5.16% last week.", "5.16%", "stake/ownership percentage"),
    ("Gold was selling at $1,841.10 an ounce.", "$1,841.10", "price quote"),
    # VOA, dev 22_voa-us-stocks-rally-oil-record-dollar-low-2007-10-26.txt line 20
    ("Smith expects the oil price will fall 50 percent.", "50 percent", "forecast"),
    ("The magnitude 6.1 earthquake shook the region on Friday.", "6.1", "other number"),
])
def test_an_unused_figure_is_the_trap_its_neighbouring_words_say(sentence, figure, kind):
    items = _items(sentence)
    fig = next(f for f in find_figures(items) if f.text == figure)
    assert trap_of(items, fig)[0] == kind
    assert figure_verdict(items, fig).startswith(f"trap: {kind} (")


def test_a_named_index_between_the_trap_word_and_the_figure_keeps_it_a_miss():
    items = _items("Despite weak exports, the Nikkei 225 rose 1.5%.")
    fig = find_figures(items)[0]
    assert trap_of(items, fig) is None
    assert figure_verdict(items, fig) == 'unused: no subject found (verb "rose")'


def test_two_equal_figures_go_to_the_entity_each_follows():
    # VOA-style, written for this test
    text = "Mumbai's Sensex finished 0.4% lower, and Taiwan's TSEC finished 0.4% lower."
    items = _items(text)
    report = explain_sentence(items, text, 0, len(text), moves=[_move("Sensex", -0.4, text)])
    verdicts = [line.verdict for line in report.lines]
    assert verdicts == ["-> move of Sensex: change_pct -0.4", 'unused: no subject found (verb "lower")']


def test_a_signed_figure_of_the_other_direction_is_no_match():
    text = "The FTSE was up 0.1%, while the DAX was down 13 points (-0.09%)."
    report = explain_sentence(_items(text), text, 0, len(text), moves=[_move("FTSE", 0.1, text)])
    assert [line.verdict.startswith("->") for line in report.lines] == [True, False, False]


def test_a_cause_fact_is_shown_under_its_cue_and_temporal_after_is_named():
    text = "The Shanghai index rose 2% after three days of losses, after Beijing cut rates."
    move = _move("Shanghai", 2.0, text)
    cause = Cause(effect=move.entity, cause="Beijing cut rates", cue="after",
                  driver=Entity(id="drv-x", name="rate cut", type="driver"), evidence=move.evidence)
    report = explain_sentence(_items(text), text, 0, len(text), moves=[move], causes=[cause])
    cues = [(line.what, line.verdict) for line in report.lines if line.label == "cue"]
    assert cues == [("after", "no cause: temporal 'after N days'"), ("after", "-> Shanghai <- Beijing cut rates")]


@pytest.mark.parametrize("sentence, cues", [
    ("Stocks rose as much as 3% on Tuesday as investors cheered month-on-month data.", ["as"]),
    ("Share prices fell on Asian stock markets Monday after Greek voters rejected the plan.", ["after"]),
    ("Shares fell on stock market worries following the vote.", ["on", "following"]),
    ("Weighed down by losses in banks, the index slid despite the rally in the following session.",
     ["weighed down by", "despite"]),
])
def test_cue_words_are_found_and_other_senses_are_not(sentence, cues):
    assert [h.cue for h in find_cues(_items(sentence))] == cues


def test_a_sentence_with_no_figure_and_no_cue_is_left_out_and_render_aligns_columns():
    text = "Quiet day. The Hang Seng Index rose 1.25% amid hopes of stimulus."
    article = Article(id="a", source="x.txt", text=text)
    rendered = render(explain(ArticleFacts(article=article)))
    assert "Quiet day" not in rendered
    lines = [line for line in rendered.splitlines() if line.startswith("  figure") or line.startswith("  cue")]
    assert len(lines) == 2 and len({line.index("unused") if "unused" in line else line.index("no cause")
                                    for line in lines}) == 1


def test_escape_leaves_printable_text_alone():
    assert escape("Hang Seng ‘up’ 2% – ok") == "Hang Seng ‘up’ 2% – ok"
    assert escape("a\u2028b\tc") == "a\\u2028b\\tc"


def test_a_level_beside_a_move_without_a_close_names_that_move():
    # VOA, dev 04_voa-global-markets-down-sp-cuts-us-rating-2011-08-08.txt line 12
    text = "Tokyo's Nikkei index fell nearly 2.2 percent (202 points) to close at 9,098."
    report = explain_sentence(_items(text), text, 0, len(text), moves=[_move("Nikkei", -2.2, text)])
    assert [line.verdict for line in report.lines] == [
        "-> move of Nikkei: change_pct -2.2", 'trap: points-only change ("points")',
        "unused: the move of Nikkei here has no close"]
    with_close = _move("Nikkei", -2.2, text, close=9098.0)
    report = explain_sentence(_items(text), text, 0, len(text), moves=[with_close])
    assert report.lines[2].verdict == "-> close of Nikkei's move"


def test_the_module_examples_run():
    import doctest

    from marketkg.loaders import explain as module

    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_a_hedged_move_says_approx_and_a_move_with_no_figure_gets_a_line():
    text = "The Nikkei fell nearly 2% and the Hang Seng slipped."
    hedged = _move("Nikkei", -2.0, text).model_copy(update={"approx": True})
    report = explain_sentence(_items(text), text, 0, len(text), moves=[hedged, _move("HangSeng", None, text)])
    assert [(line.label, line.what, line.verdict) for line in report.lines] == [
        ("figure", "2%", "-> move of Nikkei: change_pct -2 approx"),
        ("move", "(no figure)", "-> move of HangSeng: flat, change_pct none")]


_WORDS = ("The Hang Seng Index fell rose 2.38% 25,222.02 212.4 points on as after despite amid sent Baidu "
          "JPMorgan upgraded GDP yields HK$120 $3 billion 900,000 shares , . ; ( ) four percent as much as "
          "record high of ~4-6% +1.2% stake Monday three days \n \x1b \x00 \u202e \u2028 \x85").split(" ")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=3)), max_size=40))
def test_any_text_gives_a_report_of_printable_lines(words):
    article = Article(id="a", source="f.txt", text=" ".join(words) or "x")
    out = explain_text(extract(article))
    assert all(ch == "\n" or ch.isprintable() for ch in out)
    assert out.startswith("== f.txt\n") and out.endswith("\n")
