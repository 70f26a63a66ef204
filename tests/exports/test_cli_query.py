"""``marketkg query ...`` and ``marketkg html``, called through the real entry point."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marketkg.exports.cli import main
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("kg")
    assert main(["build", str(EXAMPLES), "--out", str(out), "-q"]) == 0
    return str(out)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_moves_prints_an_aligned_table(kg, capsys):
    code, out, _ = run(capsys, "query", "moves", "--date", "2025-11-21", "--kg", kg)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["entity", "type", "date", "change"]
    assert set(lines[1]) <= {"-", " "}
    alibaba = next(line for line in lines if line.startswith("Alibaba Group Holding"))
    assert "-4.65%" in alibaba and "147.6" in alibaba
    # the change column is right-aligned: every row's figure ends where the heading does
    end = lines[0].index("change") + len("change")
    assert all(line[:end].endswith("%") for line in lines[2:] if "%" in line[:end + 1])


def test_json_output_is_the_query_result(kg, capsys):
    code, out, _ = run(capsys, "query", "moves", "--date", "--11-24"[2:], "--kg", kg, "--json")
    moves = json.loads(out)
    assert code == 0 and moves and {m["date"] for m in moves} == {"--11-24"}
    assert moves[0]["change_pct"] == max(abs(m["change_pct"] or 0) for m in moves)


def test_why_shows_the_driver_and_its_sentence(kg, capsys):
    code, out, _ = run(capsys, "query", "why", "Baidu", "--date", "11-24", "--kg", kg)
    assert code == 0 and "Analyst upgrade" in out and "JPMorgan upgraded the stock" in out
    assert "+4.19%" in out  # the change column shows the move the cause explains


@pytest.mark.parametrize("argv, expected", [
    (["history", "9988.HK"], "2025-11-21"),
    (["driver", "rate cut"], "Chifeng Jilong Gold Mining"),
    (["actions", "--investor", "Lei Jun"], "2.6 million shares"),
    (["top", "-n", "3", "--direction", "down"], "Ganfeng Lithium Group"),
    (["together", "Hesai", "--date", "11-25"], "Pony AI"),
    (["neighbours", "Hesai", "--type", "sector"], "Smart driving"),
    (["path", "Hesai", "Xiaomi"], "Hesai Group -[member_of]-> Technology <-[member_of]- Xiaomi Corporation"),
])
def test_every_question_answers(kg, capsys, argv, expected):
    code, out, err = run(capsys, "query", *argv, "--kg", kg)
    assert code == 0 and expected in out and (not err or " left out; " in err)  # at most a note of what was left out


def test_unknown_entity_is_one_line_naming_the_closest(kg, capsys):
    code, out, err = run(capsys, "query", "history", "Alibabba", "--kg", kg)
    assert code == 2 and not out
    assert err.strip() == ("marketkg: error: no entity named 'Alibabba'; closest: Alibaba Group Holding (hkex-9988)")


def test_missing_graph_and_bad_day_are_one_line_errors(tmp_path, kg, capsys):
    code, _, err = run(capsys, "query", "top", "--kg", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "marketkg build" in err
    code, _, err = run(capsys, "query", "moves", "--date", "Friday", "--kg", kg)
    assert code == 2 and err.startswith("marketkg: error: 'Friday' is not a day")


def test_empty_answer_says_so(kg, capsys):
    code, out, _ = run(capsys, "query", "moves", "--date", "1999-01-04", "--kg", kg)
    assert code == 0 and out.strip() == "no moves that day"


def test_html_writes_a_focused_page(kg, tmp_path, capsys):
    dest = tmp_path / "baidu.html"
    code, out, _ = run(capsys, "html", "--kg", kg, "--out", str(dest), "--around", "Baidu", "--hops", "1")
    assert code == 0 and Path(out.strip()) == dest
    page = dest.read_text(encoding="utf-8")
    assert "around Baidu Inc" in page and "inv-jpmorgan" in page and "hkex-1772" not in page
    code, _, err = run(capsys, "html", "--kg", kg, "--out", str(dest), "--around", "Nobody Ltd")
    assert code == 2 and "no entity named 'Nobody Ltd'" in err
    assert run(capsys, "html", "--kg", kg, "--out", str(dest), "--max-nodes", "5")[0] == 0
    assert dest.read_text(encoding="utf-8").count('"terms":[') == 5  # five nodes in the page's data


def test_docstring_examples():
    import doctest

    import marketkg.exports.cli_query as cli_query

    result = doctest.testmod(cli_query)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("given", ["11-25", "--11-25"])
def test_a_month_day_is_taken_with_or_without_its_dashes(kg, capsys, given):
    code, out, _ = run(capsys, "query", "moves", f"--date={given}", "--kg", kg)
    assert code == 0 and "Tencent Holdings" in out


@pytest.mark.parametrize("given", ["13-45", "2025-13-01", "yesterday"])
def test_a_bad_day_is_one_line_saying_what_to_type(kg, capsys, given):
    code, _, err = run(capsys, "query", "moves", "--date", given, "--kg", kg)
    assert code == 2 and err.strip().count("\n") == 0
    assert f"{given!r} is not a day; use YYYY-MM-DD, or MM-DD" in err


@pytest.mark.parametrize("argv", [["query", "top"], ["export"], ["sparql", "history"],
                                  ["push", "--endpoint", "http://127.0.0.1:9/store"]])
def test_every_reading_command_defaults_to_the_demo_build(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)  # no out/demo here: each says so the same way
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("marketkg: error: out/demo: no graph here")


def test_answers_say_what_they_left_out_and_how_to_see_it(kg, capsys):
    # the sample articles state month and day; moves whose year is unknown are pointed at
    code, out, err = run(capsys, "query", "moves", "--date", "2025-11-25", "--kg", kg)
    assert code == 0 and "with the year unknown left out; `marketkg query moves --date 11-25` shows them" in err
    code, out, err = run(capsys, "query", "history", "Alibaba", "--kg", kg)
    assert code == 0 and "no article dated left out; --undated shows them" in err
    code, out, err = run(capsys, "query", "history", "Alibaba", "--undated", "--kg", kg)
    assert code == 0 and "left out" not in err and "undated" in out


def test_why_leaves_out_undated_moves_as_history_does_and_says_how_to_see_them(kg, capsys):
    code, out, err = run(capsys, "query", "why", "Alibaba", "--kg", kg)
    assert code == 0 and "+4.67%" in out and "undated" not in out and "+8.40%" not in out
    assert "explanations of moves no article dated left out; --undated shows them" in err
    code, out, err = run(capsys, "query", "why", "Alibaba", "--undated", "--kg", kg)
    assert code == 0 and "+8.40%" in out and "undated" in out and not err
