"""The fast paths of the fourth speed round read what the plain ones read: the narrower
candidate classes of the quantity scans, the cached name-token flags, the early exits of
the move rules, and the collector's threshold around extraction."""
from __future__ import annotations

import gc
import random
import re
import threading

import pytest

from marketkg.loaders import gc_scope, mentions, moves, quantities
from marketkg.loaders.items import Item
from marketkg.loaders.scan import finditer, folded

#: each pattern with its candidate pattern, and the plain class that held every opening character
_NARROWED = [
    (quantities._PERCENT, quantities._PERCENT_FIRST, re.compile(r"[~+\-\d]")),
    (quantities._MONEY, quantities._MONEY_FIRST, re.compile(r"[HUSANCRJEGKIDQPV₱₹₩$€£¥\d]")),
    (quantities.TICKER, quantities._TICKER_FIRST, re.compile(r"[\d(]")),
    (quantities._RANGE, quantities._RANGE_FIRST, re.compile(r"[~\d]")),
]
_FIGURES = [
    "fell 2.38% to 25,222.02; +4.19 per cent, - 1.5 pct, 3 PERCENT, 12.5pp, 7 percentage points, 1. 39 percent",
    "Rs. 1,234 crore, Rs 5 lakh crore rupees, 5 lakh crore rupees, ₹500, US$3bn, HK$ 20.975 billion, 12 yen",
    "7 Hong Kong dollars, 9 HK dollars, 3 Swiss francs, 4.5 million yuan, 8 bn euros, 2  won, 1,000\nbaht",
    "(NYSE: BABA), (.HSI), (7203.T), (RELIANCE.NS), 9988.HK, 700.HK, 12345.HK, 123456.HK, x9988.HK, (700)",
    "a5% x-3%, 1-2 pct, 10 to 20 percentage points, ~4-6%, ~ 3 %, 1234,567%, 12,34.5%, 0.5%-1%",
    "USD5, EUR 7, GBP\u00a08, JPY12, KRW 9, NT$ 3, C$4, A$ 1, S$2, RMB 10, CNY 11, INR 4, AUD 6, SGD 3",
    "\u0661\u0662% and \u0663 per cent in other digits; Rs.\u00a0\u00a07, $\u20035",
]


_PARTS = ("0 1 5 9 12 12345 1,234 3.5 , . % %, ~ + - ( ) : per cent percent pct pc pp percentage point points to "
          "HK$ US$ $ € £ ¥ ₹ ₩ Rs Rs. RMB HKD USD yuan yen dollars HK Hong Kong won rupees crore lakh "
          "billion bn m b k shares H-shares class .HK NYSE BABA HSI Swiss francs x A S pounds baht ringgit rupiah "
          "pesos reais rand euros francs lakh\u00a0crore poin pounds JPY EUR GBP SGD AUD INR KRW NT$ C$ A$ S$").split(" ")


def _figure_noise(seed: int) -> str:
    """Figures, currencies and units glued by spaces, nothing, newlines or hyphens at random."""
    rng = random.Random(seed)
    glue = rng.choices([" ", "", "", "\n", "  ", "-"], k=150)
    return "".join(map(str.__add__, rng.choices(_PARTS, k=150), glue))


@pytest.mark.parametrize("pattern,first,plain", _NARROWED, ids=lambda x: getattr(x, "pattern", "")[:16])
def test_narrowed_candidates_find_what_a_plain_scan_finds(pattern, first, plain) -> None:
    for text in _FIGURES + [_figure_noise(n) for n in range(300)]:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer(pattern, first, text)] == expected, text
        assert [(m.span(), m.groupdict()) for m in finditer(pattern, plain, text)] == expected, text


def test_narrowed_candidates_are_fewer() -> None:
    """The point of the narrower classes: a level or a name's capital is no candidate."""
    text = "The Hang Seng Index ended at 25,222.02 on November 25, 2025, and Alibaba fell 2.1%."
    for _, first, plain in _NARROWED[:3]:
        assert len(first.findall(text)) < len(plain.findall(text)) / 3


def test_quantities_of_figure_texts_are_those_of_the_plain_classes(monkeypatch) -> None:
    # (a bracketed ".HK" alone is left out: _ticker_code fails on it, with either class)
    texts = [t for t in _FIGURES + [_figure_noise(n) for n in range(60)] if not re.search(r"[(:]\s*\.HK\s*\)", t)]
    fast = [quantities.find_quantities(t) for t in texts]
    for name, _, plain in [("_PERCENT_FIRST", 0, _NARROWED[0][2]), ("_MONEY_FIRST", 0, _NARROWED[1][2]),
                           ("_TICKER_FIRST", 0, _NARROWED[2][2]), ("_RANGE_FIRST", 0, _NARROWED[3][2])]:
        monkeypatch.setattr(quantities, name, plain)
    assert [quantities.find_quantities(t) for t in texts] == fast


def test_folded_ascii_fast_path() -> None:
    assert folded("On MONDAY, Stocks") == "on monday, stocks"
    assert folded("") == ""
    assert folded("Kelvin \u212a") is None and folded("\u0130stanbul") is None
    assert folded("caf\u00e9 Monday") == "caf\u00e9 monday"


def test_name_token_flags_are_the_function_of_each_text(monkeypatch) -> None:
    texts = ["Tencent", "fell", "3SBio", "upgraded", "Upgraded", "the", "HSBC", "2.1", "&", "", "\u00c9lan", "3sbio"]
    assert mentions.name_token_flags(texts) == [mentions._is_name_token(t) for t in texts]
    assert mentions.name_token_flags(texts[::-1]) == [mentions._is_name_token(t) for t in texts[::-1]]
    monkeypatch.setattr(mentions, "_MAX_NAME_FLAGS", 3)
    assert mentions.name_token_flags(["Aa", "Bb", "cc", "Dd"]) == [True, True, False, True]
    assert len(mentions._NAME_FLAGS) > 3
    assert mentions.name_token_flags(["ee"]) == [False] and len(mentions._NAME_FLAGS) == 1


def _words(*lows: str) -> list[Item]:
    return [Item("W", k, k + 1, 0, 0, low, low) for k, low in enumerate(lows)]


def _skip_session_left_plain(items: list[Item], j: int) -> int:
    for words in moves._DAY_SESSIONS:
        n = len(words)
        if j - n >= 0 and all(items[j - n + 1 + x].kind == "W" and items[j - n + 1 + x].low == w
                              for x, w in enumerate(words)) and items[j - n].low in moves._CLOSE_VERBS:
            return j - n - 1
    return j


def test_skip_session_left_early_exit_changes_nothing() -> None:
    sentences = [_words("hsi", "closed", "the", "day", "up"), _words("closed", "the", "trading", "day", "up"),
                 _words("ended", "trading", "down"), _words("day"), _words("the", "day"),
                 _words("closed", "the", "morning", "session", "down"), _words("fell", "the", "week"),
                 _words("finished", "the", "week", "higher"), _words("closed", "the", "morning")]
    for items in sentences:
        for j in range(-1, len(items)):
            assert moves._skip_session_left(items, j) == _skip_session_left_plain(items, j), ([i.low for i in items], j)
    # (the phrase is skipped to the word before its verb: until the session words were a set of their own, a
    # second constant of the same name made this skip nothing; a week's course is not skipped)
    assert moves._skip_session_left(_words("hsi", "closed", "the", "day", "up"), 3) == 0
    assert moves._skip_session_left(_words("hsi", "ended", "trading", "for", "the", "day", "down"), 5) == 0
    assert moves._skip_session_left(_words("hsi", "finished", "the", "week", "higher"), 3) == 3


def test_fewer_collections_restores_the_threshold_nested_and_across_threads() -> None:
    before = gc.get_threshold()
    raised = max(before[0], gc_scope.YOUNG_THRESHOLD) if before[0] else 0
    other = gc_scope.fewer_collections()
    entered, leave, left = threading.Event(), threading.Event(), threading.Event()

    def reader() -> None:  # another thread reading articles, leaving after this one
        other.__enter__()
        entered.set()
        leave.wait(5)
        other.__exit__(None, None, None)
        left.set()

    with gc_scope.fewer_collections():
        assert gc.get_threshold()[0] == raised
        with gc_scope.fewer_collections():
            pass
        assert gc.get_threshold()[0] == raised  # the inner scope left, the outer still reads
        thread = threading.Thread(target=reader)
        thread.start()
        assert entered.wait(5)
    assert gc.get_threshold()[0] == raised  # the other thread still reads
    leave.set()
    assert left.wait(5)
    thread.join()
    assert gc.get_threshold() == before


def test_fewer_collections_leaves_a_disabled_or_higher_threshold_alone() -> None:
    before = gc.get_threshold()
    try:
        for first in (0, gc_scope.YOUNG_THRESHOLD * 2):
            gc.set_threshold(first, *before[1:])
            with gc_scope.fewer_collections():
                assert gc.get_threshold()[0] == first
            assert gc.get_threshold()[0] == first
    finally:
        gc.set_threshold(*before)


def test_fewer_collections_restores_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with gc_scope.fewer_collections():
            raise RuntimeError("boom")
    assert gc.get_threshold() == before


_WORDS = ("one two three four five six seven nine ten twenty ninety a an half fifth third quarter of and point "
          "percent per cent PERCENT Per Cent % - , . fell rose 5 12 the stocks Three ONE-half x_y "
          "\u017fix \u212aelvin \u0130ki \u00e9t\u00e9").split(" ")


def _word_noise(seed: int, n: int = 120) -> str:
    """Number words, percent words, other words and breaks, glued by spaces, hyphens or newlines."""
    rng = random.Random(seed)
    glue = rng.choices([" ", " ", "-", "\n", "  ", ""], k=n)
    return "".join(map(str.__add__, rng.choices(_WORDS, k=n), glue))


def _word_figures_plain(text: str) -> list:
    return [(m.span(), m.groupdict()) for m in quantities._WORD_PERCENT.finditer(text)]


def _word_figures_fast(text: str) -> list:
    starts = quantities._word_figure_starts(text)
    if starts is None:
        found = quantities._WORD_PERCENT.finditer(text) if quantities._WORD_PCT_HINT.search(text) else ()
    else:
        found = finditer(quantities._WORD_PERCENT, starts, text)
    return [(m.span(), m.groupdict()) for m in found]


def test_word_figure_starts_find_what_the_plain_scan_finds() -> None:
    texts = ["fell three percent, then one-half of one per cent; Six-point-two PERCENT and nine %",
             "rose 5% and a fifth of a percent", "no figure here", "percent", " percent", "three percent",
             "twenty-five-percent x", "one " * 80 + "percent",  # a run longer than the reach: the plain scan
             "and, " + "one " * 30 + "percent and " + "two " * 60 + "percent",
             "\u017fix percent \u212a one percent", "\u0130ki one percent"]
    texts += [_word_noise(n) for n in range(400)] + [_word_noise(n, 600) for n in range(40)]
    found = 0
    for text in texts:
        expected = _word_figures_plain(text)
        found += len(expected)
        assert _word_figures_fast(text) == expected, text
    assert found > 100  # the noise holds figures in words to find


def test_word_figure_starts_reach_and_fallback() -> None:
    assert quantities._word_figure_starts("rose 5% on Tuesday") == []  # no letter before a percent word
    assert quantities._word_figure_starts("x" * 300 + " three percent") is None  # past the reach, no break
    starts = quantities._word_figure_starts("In 2024, it fell three percent")
    assert starts is not None and "In 2024, it fell three percent".index("three") in starts
    assert all(s > "In 2024, it fell three percent".index(",") for s in starts)


def test_word_figure_starts_stay_linear_on_a_long_run_of_figures() -> None:
    """Each percent word looks back only to the one before it: a text of figures in words
    with no break between them is read once, not once per figure."""
    text = "and one percent " * 40
    starts = quantities._word_figure_starts(text)
    assert starts is not None and len(starts) == len(set(starts))
    assert _word_figures_fast(text) == _word_figures_plain(text)


def test_indices_in_is_the_plain_filter() -> None:
    from marketkg.loaders.token_table import indices_in

    words = ["the", "Hang", "Seng", "", "the", "x", "Hang"]
    for keys in ({"the", "Hang"}, {"Hang": 1}, frozenset(), {""}):
        assert indices_in(words, keys) == [k for k, w in enumerate(words) if w in keys]
    assert indices_in([], {"a"}) == []


def test_possible_sentence_ends_are_those_of_the_plain_walk() -> None:
    import spacy

    from marketkg.loaders import sentences
    from marketkg.loaders.token_table import token_table

    nlp = spacy.blank("en")
    rng = random.Random(7)
    parts = ["Stocks fell.", "The Hang Seng Co. rose", "|", "\n", "\n\n", "  ", "U.S. shares", "end!", "(AP)",
             "\"Quote.\"", "3.5%.", "It", "rose", "... and", "?", "\t\n", "Mr. Li", " \n "]
    texts = ["", "One.", "a\n\nb", "word " * 900 + ".", "x. y. Z. 1. (a) |b"]
    texts += [" ".join(rng.choices(parts, k=rng.randint(1, 60))) for _ in range(200)]
    for text in texts:
        table = token_table(nlp(text))
        plain = [k for k, t in enumerate(table.text)
                 if t in sentences._ENDS_OR_BAR or t in sentences._CORPORATE_TAILS or t in sentences._DOTTED
                 or "\n" in t and table.is_space[k]]
        assert sentences._possible_ends(table.text, table.is_space) == plain, text


def test_token_matcher_finds_what_the_plain_walk_finds() -> None:
    from marketkg.loaders.gazetteer import TokenMatcher

    patterns = [(("Hang", "Seng"), "a"), (("Hang", "Seng", "Bank"), "b"), (("the",), "c"), (("Seng",), "d"),
                (("the", "Hang", "Seng"), "e")]
    matcher = TokenMatcher(patterns)
    rng = random.Random(3)
    for _ in range(200):
        words = rng.choices(["the", "Hang", "Seng", "Bank", "rose", ""], k=rng.randint(0, 12))
        plain = sorted((label, i, i + len(p)) for i in range(len(words)) for p, label in patterns
                       if tuple(words[i:i + len(p)]) == p)
        assert sorted(matcher(words)) == plain


def test_new_entity_is_the_entity_the_fields_make_and_is_shared() -> None:
    from marketkg.loaders.resolve import new_entity
    from marketkg.ontology.enums import EntityType
    from marketkg.ontology.models import Entity

    made = new_entity(id="co-x", name="X\u200b Corp", type=EntityType.COMPANY, ticker=None)
    plain = Entity(id="co-x", name="X\u200b Corp", type=EntityType.COMPANY, ticker=None)
    assert made == plain and made.model_dump_json() == plain.model_dump_json()
    assert made.model_fields_set == plain.model_fields_set  # the fields given, as given
    assert new_entity(id="co-x", name="X\u200b Corp", type=EntityType.COMPANY, ticker=None) is made
    with pytest.raises(ValueError):
        new_entity(id="co-y", name="\u200b", type=EntityType.COMPANY)  # a bad name still fails, every time
    with pytest.raises(ValueError):
        new_entity(id="co-y", name="\u200b", type=EntityType.COMPANY)


def test_token_table_spaces_and_number_flags_are_the_tokens() -> None:
    import spacy

    from marketkg.loaders.token_table import token_table

    doc = spacy.blank("en")("Tencent fell 2.1%, three points, to 25,222.02;  ten\n\nthousand x1 1/2 first ")
    table = token_table(doc)
    assert table.ws == [t.whitespace_ for t in doc]
    assert table.like_num == [t.like_num for t in doc] and any(table.like_num) and not all(table.like_num)
    assert all(type(f) is bool for f in table.like_num)
