"""The scans of this round's speed work find exactly what plain scans find."""
from __future__ import annotations

import random

from marketkg.loaders import dates
from marketkg.loaders.scan import finditer, finditer_folded, folded

_WORDS = ["On", "on", "3", "25", "1st", "2ND", "23rd", "4th", "5Th", "2025", "1999", ",", ".", "March", "MAR",
          "mar.", "Sept", "sEpt.", "September", "may", "Dec", "december", "Jan", "nov", "Octo", "august", "ſept",
          "\u212aelvin", "market", "Monday", "FRIDAY", "fridays", "tuesdays", "x3", "12a", "\n"]


def _texts(seed: int, n: int = 400):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_WORDS) + rng.choice(["", " ", "  ", ", ", ". "]) for _ in range(rng.randint(1, 14)))


def test_day_month_scans_find_what_plain_scans_find() -> None:
    for text in _texts(3):
        for rx in (dates._DMY, dates._DM):
            assert [m.span() for m in finditer(rx, dates._DIGIT, text)] == [m.span() for m in rx.finditer(text)], text


def test_literal_led_month_and_weekday_scans_find_what_plain_scans_find() -> None:
    """``_MONTH_FIRST`` and ``_WEEKDAY_FIRST`` are tuples of literal-led patterns (scan.finditer)."""
    assert isinstance(dates._MONTH_FIRST, tuple) and isinstance(dates._WEEKDAY_FIRST, tuple)
    for text in _texts(11):
        for rx, first in ((dates._MDY, dates._MONTH_FIRST), (dates._MD, dates._MONTH_FIRST),
                          (dates._WEEKDAY, dates._WEEKDAY_FIRST)):
            plain = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in finditer_folded(rx, first, text, folded(text))] == plain, text


_SESSION_WORDS = ["in", "IN", "On", "within", "during", "Dur", "the", "The", "previous", "PRIOR", "preceding", "trading",
                  "session", "day", "session's", "yesterday", "Yesterday", "YESTERDAY's", "yesterday\u2019s", "\n",
                  "in the previous session", "ON THE PRIOR trading day", "within the previous session",
                  "during  the\tpreceding day's", "in the prior session\u2019s", "Begin the previous day"]


def test_literal_led_previous_session_scans_find_what_plain_scans_find() -> None:
    """``_PREVIOUS_FIRST`` and ``_YESTERDAY_FIRST`` guide ``_PREVIOUS`` and ``_YESTERDAY`` in the lower case."""
    rng = random.Random(5)
    for _ in range(600):
        text = "".join(rng.choice(_SESSION_WORDS) + rng.choice([" ", "  ", "\t", ", ", ""]) for _ in range(rng.randint(1, 12)))
        for rx, first in ((dates._PREVIOUS, dates._PREVIOUS_FIRST), (dates._YESTERDAY, dates._YESTERDAY_FIRST)):
            plain = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in finditer_folded(rx, first, text, folded(text))] == plain, text


def test_driver_concepts_match_as_their_plain_patterns() -> None:
    """DriverConcept.matches tries a group's pattern only where one of its words stands as a
    substring; the answer is the plain patterns' answer, hyphenated and glued words too."""
    from marketkg.ontology.reference import reference

    concepts = reference().drivers
    words = sorted({w for c in concepts for g in c.groups for w in g})
    rng = random.Random(5)
    glue = [" ", "-", "", ", ", "s ", " the "]
    for _ in range(600):
        phrase = "".join(rng.choice(words + ["Fed", "stocks", "x"]) + rng.choice(glue) for _ in range(rng.randint(1, 5)))
        for c in concepts:
            low = phrase.lower()
            assert c.matches(phrase) == all(p.search(low) for p in c.patterns), (phrase, c.entity.id)
            assert c.mentions_topic(phrase) == (c.patterns[0].search(low) is not None), (phrase, c.entity.id)


def test_normalise_chars_maps_as_translate_does() -> None:
    """normalise_chars looks for the ASCII mapped characters (tab, CR ...) with ``in`` and for
    the others among the text's non-ASCII characters only: the same text as ``str.translate`` (after the
    low quotes that stand for commas are made commas)."""
    from marketkg.loaders import text as t

    mapped = sorted(t._MAPPED)
    rng = random.Random(9)
    pool = mapped + list("ab 1.%\n") + ["\u00e9", "\u4e2d", "\U0001f600"]
    for _ in range(300):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert t.normalise_chars(s) == t._LOW_COMMA.sub(",", s).translate(t._CHAR_MAP), repr(s)
    assert t.normalise_chars("a\tb\rc") == "a\tb\rc".translate(t._CHAR_MAP) != "a\tb\rc"


def test_quantity_spans_follow_the_span_group() -> None:
    """quantity_spans keeps the tagger's (span, quantity) pairs; a span group set anew after the
    tagger (another length) is read again, with each span's quantity."""
    from marketkg.loaders.pipeline import shared_pipeline
    from marketkg.loaders.quantities import quantity_spans

    doc = shared_pipeline()("Alibaba (9988.HK) rose 4.2% to HK$147.60.")
    pairs = quantity_spans(doc)
    assert [(s.label_, q.kind, q.text) for s, q in pairs] == [
        ("TICKER", "TICKER", "(9988.HK)"), ("PERCENT", "PERCENT", "4.2%"), ("MONEY", "MONEY", "HK$147.60")]
    assert all(s._.quantity is q for s, q in pairs)
    doc.spans["mkg_quantities"] = [s for s, _ in pairs][1:]
    assert [q.text for _, q in quantity_spans(doc)] == ["4.2%", "HK$147.60"]


def test_scans_of_a_text_with_other_digits_find_them() -> None:
    """An ASCII text is scanned for 0-9 (scan._ascii_digits); another text for every decimal
    digit, as the patterns themselves read them ("٣%" is a percent for re's \\d)."""
    from marketkg.loaders import quantities as q

    for text in ("rose \u0663.5% and 2%", "rose 3.5% and 2%", "\u0662\u0665 November 2025 fell \uff13%"):
        for rx, first in ((q._PERCENT, q._PERCENT_FIRST), (q._MONEY, q._MONEY_FIRST), (dates._DMY, dates._DIGIT)):
            assert [m.span() for m in finditer(rx, first, text)] == [m.span() for m in rx.finditer(text)], text
    assert [x.text for x in q.find_quantities("rose \u0663.5% and 2%")] == ["\u0663.5%", "2%"]


def test_parse_number_rejects_words_as_float_does() -> None:
    """parse_number turns a word away before float() (no exception per word); what float()
    reads (inf, nan, other scripts' digits, exponents) it still reads as before."""
    import math

    from marketkg.loaders.quantities import parse_number

    def plain(text: str) -> float | None:
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
        return value if math.isfinite(value) else None

    for text in ("the", "points", "1,234.5", "-3", "+.5", "1e5", "e5", "inf", "Infinity", "nan", "n", "i",
                 "\u0661\u0662", " 12", "x1", "", "None", "1_000", "\u0663.\u0665"):
        assert parse_number(text) == plain(text), text


def test_token_table_cache_is_right_in_any_vocab_and_bounded(monkeypatch) -> None:
    """The token table reads each token's text and flags from a cache by string id, kept across
    docs: a doc of another pipeline (another vocab) reads the same, and the cache is emptied
    once it passes its bound."""
    import spacy

    from marketkg.loaders import token_table as tt

    text = "Tencent (0700.HK) fell 2.1%\n\nThe  Hang Seng ended at 25,222.02."
    for nlp in (spacy.blank("en"), spacy.blank("en")):
        doc = nlp(text)
        table = tt.token_table(doc)
        assert table.text == [t.text for t in doc] and table.lower == [t.lower_ for t in doc]
        assert table.is_alpha == [t.is_alpha for t in doc] and table.is_space == [t.is_space for t in doc]
        assert table.doc_text == text
    monkeypatch.setattr(tt, "_MAX_KEPT", 3)
    tt.token_table(spacy.blank("en")("a b c d e f"))
    assert len(tt._BY_ORTH) > 3
    doc = spacy.blank("en")("g h")
    assert tt.token_table(doc).text == ["g", "h"] and len(tt._BY_ORTH) == 2
