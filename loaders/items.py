"""A sentence as a stream of items: mentions, quantities and plain words.

The fact rules read this stream rather than raw tokens, so "Alibaba -W (9988.HK)"
is one mention and a ticker, and "HKD 20.975 billion" is one money item.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from spacy.tokens import Span

from marketkg.loaders.lexicon import SIZE_NOUNS
from marketkg.loaders.mentions import Mention
from marketkg.loaders.quantities import Quantity, quantity_tokens
from marketkg.loaders.token_table import TokenTable, indices_in, token_table

__all__ = ["DESCRIPTION_STOPS", "Item", "Items", "sentence_items", "words_at", "has_words", "has_lows", "has_signed_percent",
           "mention_indices", "mention_at", "has_percent", "word_indices", "joined_hyphen", "description_end", "size_compound_end"]


@dataclass(slots=True)
class Item:
    """One element of a sentence: kind ``M`` (mention), ``Q`` (quantity) or ``W`` (word)."""

    kind: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    low: str  # lowercased text
    text: str
    mention: Mention | None = None
    qty: Quantity | None = None
    qkind: str | None = None  # qty.kind, given with qty: a field, as the rules ask it thousands of times per article

    def word(self, *words: str) -> bool:
        return self.kind == "W" and self.low in words


class Items(list):
    """A sentence's items, with what the rules ask of the whole sentence before walking it:
    its lower-cased words (those of every token: the plain words and more), the lower case of
    every item besides, whether a signed percent stands in it. A rule that needs a word the
    sentence lacks returns at once."""

    words: frozenset[str]
    lows: frozenset[str]
    signed_percent: bool
    mention_at: list[int]  # the indices of the mention items, in order
    percent: bool  # a percent quantity stands in it
    word_lows: list[str | None]  # each item's lower case if it is a plain word, else None


def _summary(items: list[Item]) -> tuple[frozenset[str], frozenset[str], bool]:
    words = frozenset(it.low for it in items if it.kind == "W")
    lows = frozenset(it.low for it in items)
    signed = any(it.qty is not None and it.qty.kind == "PERCENT" and it.qty.signed for it in items)
    return words, lows, signed


def has_words(items: list[Item], words: frozenset[str]) -> bool:
    """Whether a plain word of the sentence is one of ``words``."""
    found = items.words if isinstance(items, Items) else _summary(items)[0]
    return not found.isdisjoint(words)


def has_lows(items: list[Item], lows: frozenset[str]) -> bool:
    """Whether an item of the sentence (of any kind) has its lower case in ``lows``."""
    found = items.lows if isinstance(items, Items) else _summary(items)[1]
    return not found.isdisjoint(lows)


def mention_indices(items: list[Item]) -> list[int]:
    """The indices of the sentence's mention items, in order (a rule that looks only at
    mentions walks these, not every word)."""
    if isinstance(items, Items):
        return items.mention_at
    return [k for k, it in enumerate(items) if it.kind == "M"]


def mention_at(items: list[Item], mention) -> int | None:
    """The index of the item that holds ``mention`` (the object itself, not an equal one); None if none does."""
    return next((k for k in mention_indices(items) if items[k].mention is mention), None)


def word_indices(items: list[Item], words: frozenset[str]) -> list[int]:
    """The indices of the plain-word items whose lower case is one of ``words``, in order: a rule
    that starts only at such words walks these, not every item (found in C; none at once when
    the sentence holds none of the words)."""
    if isinstance(items, Items):
        return indices_in(items.word_lows, words) if not items.words.isdisjoint(words) else []
    return [k for k, it in enumerate(items) if it.kind == "W" and it.low in words]


def has_percent(items: list[Item]) -> bool:
    """Whether the sentence holds a percent quantity, signed or not."""
    if isinstance(items, Items):
        return items.percent
    return any(it.qty is not None and it.qty.kind == "PERCENT" for it in items)


def has_signed_percent(items: list[Item]) -> bool:
    """Whether the sentence holds a signed percent ("+4.35%", "-1.1%")."""
    return items.signed_percent if isinstance(items, Items) else _summary(items)[2]


def _starts(doc, mentions: list[Mention]) -> tuple[dict[int, Mention], dict[int, tuple[int, Quantity]], list[int]]:
    """Mentions, and quantities with their end token, by first token, and every such first token in order,
    computed once per doc (every empty mention list is the same key: callers pass
    ``doc._.mkg_mentions or []``, a new list per sentence, and a cache that missed on it
    rebuilt the quantity index every sentence)."""
    key = mentions if mentions else None
    cached = doc.user_data.get("mkg_starts")
    if cached is None or cached[0] is not key:
        by_start = {m.start: m for m in mentions}
        qspans = {s: (e, q) for s, e, _label, q in quantity_tokens(doc)}
        cached = (key, by_start, qspans, sorted(by_start.keys() | qspans.keys()))
        doc.user_data["mkg_starts"] = cached
    return cached[1], cached[2], cached[3]


def _word_items(table: TokenTable, start: int, end: int, codes: frozenset[int] = frozenset()) -> list[Item]:
    """A word item for each token in [start, end) that is not white space, nor in a bracketed gloss
    in another script ("Taiwan Semiconductor Manufacturing Co (台積電), the most heavily weighted
    stock, fell": the Taipei Times' Chinese names stand between a name and its verb), nor one of
    ``codes`` (see :func:`_index_codes`)."""
    texts, lows, idx, space = table.text, table.lower, table.idx, table.is_space
    skipped = set(codes.intersection(range(start, end))) if codes else None  # (no set built for most stretches)
    if "(" in texts[start:end]:
        for t in range(start, end - 2):
            if texts[t] == "(":
                close = next((x for x in range(t + 1, min(t + 5, end)) if texts[x] == ")"), None)
                if close is not None and close > t + 1 and all(_foreign(texts[x]) for x in range(t + 1, close)):
                    skipped = (skipped or set()) | set(range(t, close + 1))
    if skipped:
        return [Item("W", t, t + 1, idx[t], idx[t] + len(texts[t]), lows[t], texts[t])
                for t in range(start, end) if not space[t] and t not in skipped]
    return [Item("W", t, t + 1, idx[t], idx[t] + len(texts[t]), lows[t], texts[t])
            for t in range(start, end) if not space[t]]


def _foreign(text: str) -> bool:
    """Whether a token is written in another script than the Latin one (Chinese, Japanese, Korean, ...)."""
    return any(c.isalpha() for c in text) and not any(c.isascii() and c.isalnum() for c in text) \
        and all(not c.isalpha() or ord(c) > 0x2000 for c in text)


_LOW = attrgetter("low")
#: a Reuters code of an index or a sector, printed bare after its name: "The oil and gas index .FTNMX601010 , the
#: day's laggard, fell 1.9 percent" (a name the reference knows, ".FTSE", is a mention, no word)
_INDEX_CODE = re.compile(r"(?<![^\s(])\.[A-Z][A-Z0-9]{1,11}(?![\w.])")


def _index_codes(table: TokenTable, sent: Span) -> frozenset[int]:
    """The tokens of the sentence that are such codes: the rules read past them, as past a bracketed ticker."""
    text = table.doc_text
    found = _INDEX_CODE.search(text, sent.start_char, sent.end_char)
    if found is None:
        return frozenset()
    at = {m.start() for m in _INDEX_CODE.finditer(text, found.start(), sent.end_char)}
    return frozenset(t for t in range(sent.start, sent.end) if table.idx[t] in at and table.text[t][1:2].isupper())


def sentence_items(sent: Span, mentions: list[Mention]) -> Items:
    """The items of one sentence, in order: between the mentions and quantities, a word item
    for every token that is not white space."""
    doc = sent.doc
    by_start, qspans, specials = _starts(doc, mentions)
    table = token_table(doc)
    lows = table.lower
    items = Items()
    other_lows: list[str] = []  # of mentions and quantities
    mention_at: list[int] = []
    specials_at: list[int] = []  # the indices of the mention and quantity items
    signed = percent = False
    i = sent.start
    codes = _index_codes(table, sent)
    for at in specials[bisect_left(specials, sent.start):bisect_left(specials, sent.end)]:
        if at < i:
            continue  # inside the mention or quantity read last
        items.extend(_word_items(table, i, at, codes))
        if at in by_start:
            m = by_start[at]
            i = min(m.end, sent.end)
            mention_at.append(len(items))
            specials_at.append(len(items))
            items.append(Item("M", at, i, m.start_char, m.end_char, m.text.lower(), m.text, mention=m))
        else:
            span_end, q = qspans[at]
            i = min(span_end, sent.end)
            specials_at.append(len(items))
            items.append(Item("Q", at, i, q.start, q.end, q.text.lower(), q.text, qty=q, qkind=q.kind))
            signed = signed or q.kind == "PERCENT" and q.signed
            percent = percent or q.kind == "PERCENT"
        other_lows.append(items[-1].low)
    items.extend(_word_items(table, i, sent.end, codes))
    items.word_lows = list(map(_LOW, items))
    for k in specials_at:
        items.word_lows[k] = None
    items.words = frozenset(lows[sent.start:sent.end])
    items.lows = items.words.union(other_lows)
    items.signed_percent = signed
    items.mention_at = mention_at
    items.percent = percent
    return items


def words_at(items: list[Item], k: int, words: tuple[str, ...]) -> bool:
    """Whether the plain words ``words`` stand at item k."""
    if k + len(words) > len(items):
        return False
    if not words:
        return True
    first = items[k]  # most calls fail on the first word
    if first.kind != "W" or first.low != words[0]:
        return False
    for x in range(1, len(words)):  # a plain loop: all() over a generator cost more than the test
        it = items[k + x]
        if it.kind != "W" or it.low != words[x]:
            return False
    return True


def joined_hyphen(items: list[Item], k: int) -> bool:
    """Whether item k is the hyphen of a compound ("three-day", "sell-off", "18-Month"): no space on
    either side, so no dash between clauses."""
    it = items[k]
    return it.word("-") and k > 0 and items[k - 1].end_char == it.start_char and k + 1 < len(items) \
        and items[k + 1].start_char == it.end_char


#: the words that end a name's description: "telecoms firm Etisalat", "shares of alcohol products maker Radico Khaitan"
#: are described; "of Etisalat", "after Tencent", "gains in Hindalco" are not
DESCRIPTION_STOPS = frozenset({"and", "or", "of", "in", "by", "while", "but", "as", "with", "to", "the", "a", "an", "on",
                               "at", "for", "from", "that", "which", "were", "was", "are", "is", "after", "amid",
                               "despite", "had", "has", "have"})


def description_end(items: list[Item], x: int, step: int, limit: int, stops: frozenset[str] | set[str],
                    any_case: bool = False) -> int:
    """From item x, stepping by ``step`` (1 or -1), past at most ``limit`` words of a description
    ("state-owned", "petrochemical", "blue-chip"): plain alphabetic words, lower-case unless
    ``any_case``, and a compound's hyphens, none of ``stops`` but inside a compound ("cigarettes-to-hotels");
    returns the first item past them."""
    for _ in range(limit):
        if not 0 <= x < len(items):
            break
        it = items[x]
        inside = 0 < x < len(items) - 1 and joined_hyphen(items, x - 1) and joined_hyphen(items, x + 1)
        if it.kind != "W" or it.low in stops and not inside or not (
                it.text == "-" or it.text.replace("-", "").isalpha() and (any_case or it.text[:1].islower())):
            break
        x += step
    return x




def size_compound_end(items: list[Item], j: int) -> int:
    """Past an index's size compound at item j ("the 30-stock MICEX Index", "the 50-share Nifty"), else j."""
    if j + 2 < len(items) and items[j].low.isdigit() and items[j + 1].word("-") and items[j + 2].low in SIZE_NOUNS:
        return j + 3
    return j
