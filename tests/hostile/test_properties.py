"""Property-based tests: arbitrary and genre-like text through the loaders, the
extractor and every export.

For any text, ``extract(article_from_text(text, ...))`` gives facts that validate and
whose evidence quotes the text exactly, or raises a ``MarketKGError``; never anything
else. ``read_source`` on any bytes gives articles or ``InputError``s. The graph of any
facts reads back from Turtle, its HTML page carries no script from the text, and its
facts JSON Lines are valid JSON, one object a line.
"""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketkg.exports.facts_jsonl import to_facts_jsonl
from marketkg.loaders.extract import extract
from marketkg.loaders.sources import article_from_text, decode, read_article_text, read_source
from marketkg.loaders.text import working_text
from marketkg.ontology.errors import InputError, MarketKGError
from marketkg.ontology.models import Article

#: examples per property; raise it for a longer hunt (MARKETKG_PROPERTY_EXAMPLES=2000)
EXAMPLES = int(os.environ.get("MARKETKG_PROPERTY_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: text with the characters that break parsers: controls, separators, markup, figures, currencies
HOSTILE_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("\x00\x01\x0b\x0c\x1c\x1f\x7f\x85\u2028\u2029\u200b\ufeff\u00ad\r\n\t%$\u20ac\u00a3\u00a5"
                         "<>&\"'`*_#|-\u2022\u25aa.,;:()[]{}\\/~^0123456789")),
)
hostile_text = st.text(HOSTILE_ALPHABET, max_size=300)

NAMES = ["Tencent", "Alibaba -W", "9988.HK", "Hang Seng Index", "Hang Seng Tech Index", "HSBC Holdings",
         "Xiaomi-W", "Meituan", "BYD", "Acme Widgets Ltd", "Gold miners", "Southbound investors", "JPMorgan",
         "<script>alert(1)</script> Ltd", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "\u817e\u8baf"]
VERBS = ["rose", "fell", "gained", "lost", "jumped", "slumped", "edged up", "was flat", "closed down", "added",
         "bought", "sold", "upgraded", "raised its stake in", "net bought"]
FIGURES = st.one_of(
    st.sampled_from(["-0.0%", "1,000%", "NaN%", "1. 39 percent", "19.220.62", "HK$1,234.5bn", "%", "(700.HK)",
                     "between ~4-6%", "to 25,222.02", "2.6 million shares", "\uff15\uff05", "1e308%"]),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-1e6, max_value=1e6).map(lambda d: f"{d}%"),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: f"{f}%"),
    st.integers(min_value=0, max_value=10**30).map(lambda n: f"{n:,} per cent"),
)
CAUSES = ["after JPMorgan upgraded the stock", "amid US tariffs", "as the Fed cut rates", "on strong earnings",
          "due to weak China data", "", "on Monday", "On November 25", "to a record high"]
SEPARATORS = [". ", ".\n", "\n\n", "\n\u2022 ", "\n1. ", "; ", " **Heading** ", "\n# ", "\n> ", " | ", "\r\n", ""]


@st.composite
def genre_sentence(draw) -> str:
    return " ".join(part for part in (draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS)), draw(FIGURES),
                                      draw(st.sampled_from(CAUSES))) if part)


@st.composite
def genre_text(draw) -> str:
    parts = draw(st.lists(st.tuples(st.one_of(genre_sentence(), hostile_text), st.sampled_from(SEPARATORS)),
                          min_size=1, max_size=12))
    return "".join(a + b for a, b in parts)


@SETTINGS
@given(text=hostile_text)
def test_working_text_keeps_every_offset(text):
    out = working_text(text)
    assert len(out) == len(text)
    # no line is ever joined but a hard-wrapped one: a break before a line that goes on in lower case
    # after a character that is no white space reads as a space ("ended 0.3\npercent firmer")
    assert all(out[i] == "\n" or out[i] == " " and 0 < i < len(out) - 1 and "a" <= out[i + 1] <= "z"
               and not out[i - 1].isspace() for i, ch in enumerate(text) if ch == "\n")


@SETTINGS
@given(text=st.one_of(hostile_text, genre_text()))
def test_arbitrary_text_gives_valid_facts_or_a_marketkg_error(chain, text):
    try:
        facts = extract(article_from_text(text, source="prop.txt", published="2025-11-25"))
    except MarketKGError:
        return
    chain.check_facts(facts, text)


@SETTINGS
@given(text=genre_text())
def test_genre_text_goes_through_the_whole_chain(chain, text):
    chain.check_text(text, published="2025-11-25")


@SETTINGS
@given(data=st.binary(max_size=600))
def test_the_fuzz_grammar_goes_through_the_whole_chain(chain, data):
    chain.check_text(chain.genre_text(data))


@SETTINGS
@given(texts=st.lists(genre_text(), min_size=2, max_size=4))
def test_many_articles_merge_into_one_well_formed_graph(chain, texts):
    all_facts = []
    for n, text in enumerate(texts):
        try:
            all_facts.append(extract(article_from_text(text, source=f"a{n}.txt", published="2025-11-25")))
        except MarketKGError:
            continue
    chain.check_outputs(all_facts)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), genre_text().map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.tuples(genre_text(), st.sampled_from(["utf-16", "utf-8-sig", "cp1252", "latin-1"]))
                      .map(lambda p: p[0].encode(p[1], "replace"))),
       suffix=st.sampled_from([".txt", ".jsonl", ".html", ".md", ""]))
def test_read_source_on_any_bytes_gives_articles_or_input_errors(tmp_path_factory, chain, data, suffix):
    path = tmp_path_factory.mktemp("src") / f"input{suffix}"
    path.write_bytes(data)
    try:
        items = read_source(path)
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    for item in items:
        if isinstance(item, InputError):
            assert str(item).startswith(f"{path}:") and "\n" not in str(item)
            continue
        assert isinstance(item, Article) and item.text.strip()
        item.text.encode("utf-8")  # whatever was read can be written
        try:
            facts = extract(item)
        except MarketKGError:
            continue
        chain.check_facts(facts, item.text)


@SETTINGS
@given(lines=st.lists(st.one_of(
    st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(HOSTILE_ALPHABET, max_size=30),
                 lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3),
                 max_leaves=8).map(json.dumps),
    st.fixed_dictionaries({"text": genre_text()}, optional={
        "id": st.one_of(st.text(HOSTILE_ALPHABET, max_size=20), st.integers(), st.booleans(), st.none()),
        "title": st.text(HOSTILE_ALPHABET, max_size=20), "published": st.text(max_size=12),
        "source": st.text(max_size=12)}).map(lambda d: json.dumps(d, ensure_ascii=False)),
    st.text(HOSTILE_ALPHABET, max_size=40)), min_size=1, max_size=6))
def test_jsonl_of_anything_gives_articles_or_errors_naming_the_line(chain, lines):
    text = "\n".join(lines)
    try:
        items = read_article_text(text, source="feed.jsonl")
    except InputError as exc:
        assert str(exc).startswith("feed.jsonl") and "\n" not in str(exc)
        return
    facts = []
    for item in items:
        if isinstance(item, InputError):
            assert item.line is not None and 1 <= item.line <= text.count("\n") + 1 and "\n" not in str(item)
            continue
        assert item.source.startswith("feed.jsonl") and item.source.isprintable()
        try:
            facts.append(extract(item))
        except MarketKGError:
            continue
    for line in to_facts_jsonl(facts).split("\n")[:-1]:
        json.loads(line)


@SETTINGS
@given(data=st.binary(max_size=300))
def test_decode_gives_text_or_an_input_error(data):
    try:
        text = decode(data, "x.txt")
    except InputError as exc:
        assert str(exc) == "x.txt: binary file, not text"
        return
    assert isinstance(text, str)
