"""The fast paths of the fact rules find what the plain walks find.

``sentence_items`` returns an ``Items`` list that knows its words and whether it holds a
signed percent, and the rules return at once when a sentence lacks every word they start
with. Each rule must give the same answer on a plain list (which has no summary, so the
guards compute it exactly) as on the summarised one.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from marketkg.loaders import action_phrases, actions, cause_links, moves
from marketkg.loaders.items import Items, has_lows, has_signed_percent, has_words, sentence_items
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.sources import iter_articles
from marketkg.loaders.text import working_text

ROOT = Path(__file__).resolve().parents[2]
_SENTENCES = [
    "Xiaomi (1810.HK): +6.3% to HK$40.10 | HSI -1.1% | HSCEI -1.3%",
    "Baidu jumped 4.56%, followed by Xiaomi (+4.35%), Kuaishou and Tencent.",
    "The Dow industrials closed at an all time record high of 13,412.55.",
    "Oil rallied, lifting PetroChina by 3.5% and CNOOC by 4%.",
    "Meituan closed at HK$95.55, a drop of 3%.",
    "The rise in the yen against the dollar was blamed on weak exports.",
    "Fears over Greece have rattled Asian markets.",
    "Southbound investors were net buyers of HKD 5 billion of Hong Kong stocks.",
    "Morgan Stanley raised its rating on the carmaker to overweight.",
    "Moody's cut Japan's rating, and the central bank bought government bonds.",
    "Stocks were quiet.",
]


def _texts() -> list[str]:
    found = [a.text for a in iter_articles([ROOT / "examples" / "articles"]) if not isinstance(a, Exception)]
    return _SENTENCES + found


def _sentences() -> list[tuple[Items, str]]:
    out = []
    for text in _texts():
        doc = shared_pipeline()(working_text(text))
        for sent in doc.sents:
            items = sentence_items(sent, doc._.mkg_mentions or [])
            if items:
                out.append((items, doc.text))
    return out


def _same(a, b) -> bool:
    return repr(a) == repr(b)


@pytest.mark.parametrize("rule", [
    lambda items, text: moves.find_moves(items),
    lambda items, text: moves.close_statements(items),
    lambda items, text: cause_links.linked_causes(items, moves.find_moves(list(items)), text),
    lambda items, text: actions.find_actions(items, text, flow_default="inv-southbound"),
    lambda items, text: action_phrases.phrase_actions(items, text),
], ids=["find_moves", "close_statements", "linked_causes", "find_actions", "phrase_actions"])
def test_rules_answer_alike_with_and_without_the_summary(rule):
    found_any = False
    for items, text in _sentences():
        fast = rule(items, text)
        plain = rule(list(items), text)
        assert _same(fast, plain), [it.text for it in items]
        found_any = found_any or bool(fast)
    assert found_any


def test_the_summary_holds_every_word_and_flag_a_plain_walk_finds():
    for items, _text in _sentences():
        assert isinstance(items, Items)
        words = {it.low for it in items if it.kind == "W"}
        assert words <= items.words
        assert {it.low for it in items} <= items.lows
        assert has_signed_percent(items) == has_signed_percent(list(items))
        for w in words:
            assert has_words(items, frozenset({w})) and has_words(list(items), frozenset({w}))
        for it in items:
            assert has_lows(items, frozenset({it.low})) and has_lows(list(items), frozenset({it.low}))
        assert not has_words(items, frozenset({"zzz-no-such-word"}))


def test_a_signed_percent_is_noticed_and_an_unsigned_one_is_not():
    doc = shared_pipeline()(working_text("HSI -1.1% today. The HSI fell 1.1% today."))
    first, second = (sentence_items(s, doc._.mkg_mentions or []) for s in doc.sents)
    assert first.signed_percent and not second.signed_percent
