"""Fuzz the whole chain: text -> extract -> build_graph -> Turtle / HTML / facts JSON Lines.

Run for a bounded time (atheris when it is installed, coverage-guided; otherwise a
seeded random generator over the same input grammar)::

    .venv/bin/python tests/hostile/fuzz_chain.py --seconds 300 [--seed 1] [--engine random]

Exit status 0 when nothing broke; otherwise the failing input is written to
``--crash-dir`` (default ``fuzz-crashes/``) and printed, and the status is 1. Keep
every crash it finds as a case in ``tests/hostile/test_regressions.py``.

The same checks serve the hypothesis tests (``tests/hostile/conftest.py`` loads this
file): :func:`check_text` raises ``AssertionError`` for a broken invariant and lets
any exception other than :class:`MarketKGError` through.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import networkx as nx
import rdflib

from marketkg.exports.facts_jsonl import to_facts_jsonl
from marketkg.exports.graph_json import to_graph_json
from marketkg.exports.html import to_html
from marketkg.exports.rdf import to_rdf, to_turtle
from marketkg.graph.build import build_graph
from marketkg.loaders.extract import extract
from marketkg.loaders.sources import article_from_text
from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.models import ArticleFacts, Evidence

__all__ = ["check_text", "check_facts", "check_outputs", "genre_text", "SCRIPT_MARK"]

#: what hostile text puts in the page; it must never reach the HTML unescaped
SCRIPT_MARK = "<script>alert('mkg')</script>"

# -- the input grammar: genre sentences built from names, verbs, figures and noise ----------
NAMES = ["Tencent", "Alibaba -W", "Alibaba (BABA)", "9988.HK", "Baidu", "HSBC Holdings", "Xiaomi-W",
         "Hang Seng Index", "Hang Seng Tech Index", "the Hang Seng", "Meituan", "BYD", "JD.com",
         "China Resources Gas (1193.HK)", "Chifeng Gold", "Gold miners", "Tech stocks", "Nvidia",
         "S&P 500", "Nikkei 225", "Acme Widgets Ltd", "ACME", "Foo & Bar Co.", "Cambridge Technology",
         "<b>Evil</b> Corp", SCRIPT_MARK, "Société Générale", "腾讯控股", "Ünïcödé Holdings",
         "Robert'); DROP TABLE--", "a\u202eRTL Co", "X" * 60, "Southbound investors", "JPMorgan"]
VERBS = ["rose", "fell", "gained", "lost", "climbed", "dropped", "jumped", "slumped", "surged", "edged up",
         "edged down", "was flat", "closed up", "closed down", "added", "shed", "advanced", "declined",
         "rallied", "tumbled", "ended", "bought", "sold", "upgraded", "downgraded", "raised its stake in",
         "cut its stake in", "net bought", "is up", "down"]
FIGURES = ["2.5%", "-0.0%", "1,000%", "NaN%", "1. 39 percent", "19.220.62", "HK$1,234.5bn", "%", "+4.35%",
           "(-1.2 per cent)", "between ~4-6%", "4\u20136%", "0.31 pct", "12 percentage points", "1e308%",
           "9" * 400 + "%", "to 25,222.02", "to HK$147.60", "to a record", "HKD 20.975 billion",
           "US$3.2 million", "2.6 million shares", "RMB 5 yuan", "¥1,000", "€5bn", "100%", "-%", "%%",
           "0%", "-100.5%", "3.8%", "５％", "1,2,3,4%", ".5%", "5.%", "HK$", "$", "(700.HK)", "(NYSE: BABA)"]
LINKS = ["after", "as", "amid", "on", "due to", "following", "because", "thanks to", "while", "and", ",",
         "despite", "led by", "on hopes that", "after JPMorgan upgraded the stock to overweight from neutral"]
CAUSES = ["US tariffs", "the Fed cut rates", "strong earnings", "JPMorgan upgraded the stock",
          "weak China data", "AI optimism", "a selloff in tech", "rate-cut bets", "gold prices hit a record"]
DATES = ["on Monday", "On November 25", "2025-11-21", "on Nov. 31", "on 2025-02-30", "yesterday", "",
         "on Tuesday, Nov 25, 2025", "Market Heartbeat\n2025.11.21 08:13\n", "in 1899", "on February 29"]
NOISE = ["\n", "\n\n", "\u2022 ", "1.", "1", "**Heading**", "# ", "> ", "- ", "| ", "\t", "\r\n", "\x00",
         "\x0b", "\x1c", "\u2028", "\u200b", "\ufeff", "\u00ad", "Disclaimer: not advice.\n", "Comments\n",
         "Share this article\n", "A view of the Hong Kong skyline at night from the peak.\n", "...", "\u2026",
         "<script>", "</script>", "<!--", "]]>", "\"", "'", "\\", "{", "}", "@prefix x: <y> .", "^^xsd:decimal",
         "&amp;", "&lt;", "%", "\ud83d\ude00"[:0] + "😀", "\U0010ffff", "\x7f", "\u0301", "ﬁ", "İ", "ß"]


class _Bytes:
    """Choices read from bytes: the same bytes, the same text (atheris mutates them)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def pick(self, seq: list[str]) -> str:
        return seq[(self.byte() << 8 | self.byte()) % len(seq)]

    def more(self) -> bool:
        return self.pos < len(self.data)


def genre_text(data: bytes) -> str:
    """A wrap-up-like text made from ``data``: sentences of names, verbs, figures, causes, noise."""
    c = _Bytes(data)
    out: list[str] = []
    while c.more() and len(out) < 400:
        kind = c.byte() % 8
        if kind <= 3:
            sent = [c.pick(NAMES), c.pick(VERBS), c.pick(FIGURES)]
            if kind >= 2:
                sent += [c.pick(LINKS), c.pick(CAUSES)]
            if kind == 3:
                sent += [c.pick(DATES)]
            out.append(" ".join(s for s in sent if s) + c.pick([".", ". ", ".\n", "\n", "; ", ""]))
        elif kind == 4:
            out.append(c.pick(NOISE))
        elif kind == 5:
            out.append(c.pick(DATES) + ", " + c.pick(NAMES) + " " + c.pick(VERBS) + " " + c.pick(FIGURES) + ". ")
        elif kind == 6:
            n = c.byte()
            out.append(bytes([c.byte() for _ in range(n % 16)]).decode("utf-8", "replace"))
        else:
            out.append(c.pick(NAMES) + " " + c.pick(FIGURES) + " " + c.pick(FIGURES) + " ")
    return "".join(out)


# -- the checks ------------------------------------------------------------------------------
def _baseline_scripts() -> tuple[int, int]:
    G = nx.MultiDiGraph()
    page = to_html(G).lower()
    return page.count("<script"), page.count("</script")


_BASELINE: tuple[int, int] | None = None


def _no_nan(value: str) -> float:
    raise AssertionError(f"not JSON: {value} in facts JSON Lines")


def check_facts(facts: ArticleFacts, text: str) -> None:
    """Every fact validates, and every evidence span quotes the original text exactly."""
    type(facts).model_validate(facts.model_dump())  # the frozen models hold valid values
    assert facts.article.text == text
    evidence: list[Evidence] = []
    for group in (facts.moves, facts.causes, facts.investor_actions, facts.memberships):
        for fact in group:
            evidence.extend(fact.evidence)
    for m in facts.moves:
        for x in (m.change_pct, m.close, *m.conflicts):
            assert x is None or math.isfinite(x), m
    for ev in evidence:
        assert ev.article == facts.article.id
        assert 0 <= ev.start <= ev.end <= len(text), ev
        assert text[ev.start:ev.end] == ev.sentence, ev


def check_outputs(all_facts: list[ArticleFacts]) -> None:
    """The graph of the facts, and every export of it, is well-formed."""
    global _BASELINE
    G = build_graph(all_facts)
    ttl = to_turtle(G)
    parsed = rdflib.Graph().parse(data=ttl, format="turtle")
    assert set(parsed) == set(to_rdf(G)), "Turtle does not read back as the same triples"
    if _BASELINE is None:
        _BASELINE = _baseline_scripts()
    page = to_html(G).lower()
    assert (page.count("<script"), page.count("</script")) == _BASELINE, "text got into the page as a script"
    for line in to_facts_jsonl(all_facts).splitlines():
        assert isinstance(json.loads(line, parse_constant=_no_nan), dict)
    json.loads(to_graph_json(G), parse_constant=_no_nan)


def check_text(text: str, *, source: str = "fuzz.txt", published: str | None = None) -> ArticleFacts | None:
    """The whole chain on one text; None when the text is refused with a MarketKGError."""
    try:
        facts = extract(article_from_text(text, source=source, published=published))
    except MarketKGError:
        return None
    check_facts(facts, text)
    check_outputs([facts])
    return facts


# -- the run ---------------------------------------------------------------------------------
def _one(data: bytes) -> None:
    text = genre_text(data) if data[:1] != b"\xff" else data[1:].decode("utf-8", "replace")
    check_text(text)


def _save(crash_dir: Path, data: bytes, exc: BaseException) -> Path:
    crash_dir.mkdir(parents=True, exist_ok=True)
    import hashlib
    path = crash_dir / f"crash-{hashlib.sha1(data).hexdigest()[:12]}.txt"
    text = genre_text(data) if data[:1] != b"\xff" else data[1:].decode("utf-8", "replace")
    path.write_text(json.dumps({"text": text, "error": repr(exc)}, ensure_ascii=True) + "\n", encoding="utf-8")
    return path


def run_random(seconds: float, seed: int, crash_dir: Path) -> int:
    rng = random.Random(seed)
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        data = rng.randbytes(rng.choice([16, 64, 256, 1024]))
        n += 1
        try:
            _one(data)
        except Exception as exc:  # report what broke and the input that broke it
            print(f"fuzz: input {n} broke the chain: {exc!r}; saved {_save(crash_dir, data, exc)}", file=sys.stderr)
            return 1
    print(f"fuzz: {n} inputs in {seconds:.0f} s, nothing broke (random, seed {seed})")
    return 0


def _instrument_marketkg(atheris) -> None:
    """Coverage of marketkg's own functions guides the mutations (instrumenting every
    loaded library, spaCy and pydantic included, takes many minutes)."""
    import inspect

    seen: set[int] = set()

    def visit(obj: object, module: str) -> None:
        for value in list(vars(obj).values()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if inspect.isfunction(value) and value.__module__ == module and id(value) not in seen:
                seen.add(id(value))
                atheris.instrument_func(value)
            elif inspect.isclass(value) and value.__module__ == module and id(value) not in seen:
                seen.add(id(value))
                visit(value, module)

    for name, module in list(sys.modules.items()):
        if name.startswith("marketkg.") and module is not None:
            visit(module, name)


def run_atheris(seconds: float, crash_dir: Path) -> int:
    import atheris

    crash_dir.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], f"-max_total_time={int(seconds)}", "-max_len=2048", "-len_control=0", "-rss_limit_mb=4096",
            f"-artifact_prefix={crash_dir}/", "-print_final_stats=1"]
    _instrument_marketkg(atheris)
    atheris.Setup(argv, _one)
    atheris.Fuzz()  # exits the process; libFuzzer's status is non-zero on a crash
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--engine", choices=["auto", "atheris", "random"], default="auto")
    p.add_argument("--crash-dir", type=Path, default=Path("fuzz-crashes"))
    args = p.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "random"
    if engine == "atheris":
        return run_atheris(args.seconds, args.crash_dir)
    return run_random(args.seconds, args.seed, args.crash_dir)


if __name__ == "__main__":
    sys.exit(main())
