"""The data the fact rules read in place of spaCy objects hold what the objects hold."""
from __future__ import annotations

import spacy

from marketkg.loaders.scan import finditer
from marketkg.loaders.token_table import token_table

_TEXTS = [
    "The Hang Seng Index fell 2.38% to 25,222.02 .\n\n  Baidu rose 4.19% after JPMorgan upgraded it.",
    "ΟΔΟΣ Σ İstanbul\u00a0 ten  Ten 3SBio\tHK$20.9bn \u2013 (9988.HK) -W  \n",
    "",
    "   ",
]


def test_token_table_holds_what_the_tokens_hold() -> None:
    nlp = spacy.blank("en")
    for text in _TEXTS:
        doc = nlp(text)
        table = token_table(doc)
        assert table.text == [t.text for t in doc]
        assert table.lower == [t.lower_ for t in doc]
        assert table.ws == [t.whitespace_ for t in doc]
        assert table.idx == [t.idx for t in doc]
        assert table.is_alpha == [t.is_alpha for t in doc]
        assert table.like_num == [t.like_num for t in doc]
        assert table.is_space == [t.is_space for t in doc]
        assert table.doc_text == doc.text == text
        assert all(table.end_char(i) == t.idx + len(t.text) for i, t in enumerate(doc))


def test_folded_scan_finds_what_the_plain_scan_finds() -> None:
    import random

    from marketkg.loaders import dates
    from marketkg.loaders.scan import finditer_folded, folded

    words = ["On", "on", "MARCH", "Mar.", "mar", "market", "5", "25", "2025", ",", "Sept", "sEpt.", "Monday", "FRIDAY",
             "fridays", "Overnight", "overnightly", "ſept", "\u212aelvin", "İstanbul", "decjan", "Dec", "\n", "x3"]
    rng = random.Random(7)
    cases = [(dates._MDY, dates._MONTH_FIRST), (dates._MD, dates._MONTH_FIRST),
             (dates._WEEKDAY, dates._WEEKDAY_FIRST), (dates._OVERNIGHT, dates._OVERNIGHT_FIRST)]
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "  ", ". "]) for _ in range(rng.randint(1, 12)))
        for rx, first in cases:
            plain = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in finditer_folded(rx, first, text, folded(text))] == plain, text
    assert folded("ſept 5") is None and folded("İ") is None and folded("Sept 5") == "sept 5"
    assert [m.group(0) for m in finditer_folded(dates._MD, dates._MONTH_FIRST, "On SEPT. 5 and Mar 3", "on sept. 5 and mar 3")] \
        == ["SEPT. 5", "Mar 3"]


def test_quantity_scans_find_what_plain_scans_find() -> None:
    import random

    from marketkg.loaders import quantities as q

    atoms = ["1", "25", "2,222", "1234,567", "3.5", "0.02", "%", " %", "per cent", "Percent", "pct", "pp", "-", "to",
             "TO", "~", "+", " ", "billion", "bn", "m", "shares", "H-shares", "class A shares", "share units", "HK$",
             "three", "one-half", "a fifth of a", "half a", "six-point-two", "ſix", "\n", "x", ",", "."]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(atoms) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        for rx, first in ((q._RANGE, q._RANGE_FIRST), (q._SHARES, q._SHARES_FIRST)):
            assert [m.span() for m in finditer(rx, first, text)] == [m.span() for m in rx.finditer(text)], text
        if not q._WORD_PCT_HINT.search(text):
            assert not list(q._WORD_PERCENT.finditer(text)), text
    assert [x.value for x in q.find_quantities("up 3-4% on 1,200 mn shares, three percent")] == [None, 1.2e9, 3.0]


def test_sentence_bounds_are_the_tokens_sentence() -> None:
    from marketkg.loaders.pipeline import shared_pipeline
    from marketkg.loaders.sentences import sentence_bounds

    doc = shared_pipeline()("Stocks Rise As Oil Gains\n\nThe Nikkei rose 1%. Tokyo Electron fell 2% | HSI -1.1%\nBye")
    assert len(list(doc.sents)) >= 4
    assert [sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]


def test_table_view_maps_a_span_to_its_doc() -> None:
    from marketkg.loaders.token_table import table_view

    doc = spacy.blank("en")("Hang Seng Index fell 2% today")
    table, offset = table_view(doc[2:5])
    assert offset == 2 and [table.text[offset + i] for i in range(3)] == [t.text for t in doc[2:5]]
    assert table_view(doc) == (table, 0)


def test_mention_indices_of_items_and_of_a_plain_list_agree() -> None:
    from marketkg.loaders.items import Items, mention_indices, sentence_items
    from marketkg.loaders.pipeline import shared_pipeline

    doc = shared_pipeline()("Tencent rose 2% and Alibaba -W (9988.HK) fell 1%, while the Hang Seng Index gained 0.5%.")
    sent = next(iter(doc.sents))
    items = sentence_items(sent, doc._.mkg_mentions or [])
    assert isinstance(items, Items)
    found = mention_indices(items)
    assert found == mention_indices(list(items)) == [k for k, it in enumerate(items) if it.kind == "M"]
    assert [items[k].text for k in found][:2] == ["Tencent", "Alibaba -W"]
    from marketkg.loaders.items import has_percent

    assert has_percent(items) is True and has_percent(list(items)) is True
    plain = sentence_items(next(iter(shared_pipeline()("Tencent rose to HK$400.").sents)), [])
    assert has_percent(plain) is False and has_percent(list(plain)) is False
