"""Causes: the phrase after a causal cue explains the moves it is attached to.

Three shapes of the genre are read:

* in the move's clause: "Baidu rose 4.19% after JPMorgan upgraded the stock";
* opening the sentence: "Buoyed by X, the Hang Seng rose 1%" (and, when that
  sentence states no move itself, "Influenced by X, there was ..." explains the
  previous sentence's moves);
* a back reference: "The rally followed X" explains the paragraph's rises.
"""
from __future__ import annotations

from dataclasses import dataclass

from marketkg.loaders.items import Item
from marketkg.loaders.lexicon import CUES
from marketkg.loaders.moves import RawMove

__all__ = ["RawCause", "cue_at", "clause_causes", "opening_cause", "back_reference"]

_CUE_INDEX: dict[str, list[tuple[str, ...]]] = {}
for _cue in sorted((tuple(c.split()) for c in CUES), key=len, reverse=True):
    _CUE_INDEX.setdefault(_cue[0], []).append(_cue)
_PARTICIPLE_CUES = frozenset(c for c in CUES if c.endswith(" by") or c in {"thanks to", "due to", "owing to"})
_GAP_WORDS = frozenset({",", "points", "pts", "point", "respectively", "today", "sharply", "modestly", "slightly",
                        "marginally", "strongly", "firmly", "apiece", "each", "-", "also", "further"})
_NOT_CAUSE_AFTER_ON = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "the", "a", "an", "average", "record", "its", "their", "year", "paper", "track",
                                 "par", "wall", "board", "friday's", "monday's", "tuesday's", "wednesday's",
                                 "thursday's", "january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december", "track", "balance",
                                 "aggregate", "course", "top", "hold", "sale", "offer", "listing"})
_NOT_CAUSE_AFTER_THE = frozenset({"day", "session", "week", "month", "year", "quarter", "mainland", "nasdaq",
                                  "exchange", "board", "market", "index", "news", "back", "heels", "wake"})
_AS_NOT_CUE = (("as", "well"), ("as", "much"), ("as", "many"), ("as", "high"), ("as", "low"), ("as", "of"),
               ("as", "part"), ("as", "usual"), ("as", "a", "result"), ("as", "such"), ("as", "expected"), ("as", "well"),
               ("as", "the", "session"), ("as", "the", "day"), ("as", "investors", "awaited"))
_BOUNDARY = frozenset({";", ".", "while", "whereas", "but", "although", "though", "-", "|", ":"})
_BACK_SUBJECTS = frozenset({"rally", "gains", "gain", "advance", "rebound", "rise", "surge", "jump", "upturn",
                            "decline", "declines", "losses", "loss", "sell-off", "selloff", "slide", "drop",
                            "fall", "slump", "retreat", "moves", "move", "rout", "pullback"})
_BACK_VERBS = (("followed",), ("came", "after"), ("came", "as"), ("came", "amid"), ("was", "driven", "by"),
               ("was", "fuelled", "by"), ("was", "fueled", "by"), ("was", "sparked", "by"), ("was", "triggered", "by"),
               ("was", "spurred", "by"), ("was", "led", "by"), ("came", "on", "the", "back", "of"),
               ("was", "supported", "by"), ("was", "underpinned", "by"), ("reflected",), ("was", "due", "to"))
_UP_WORDS = frozenset({"rally", "gains", "gain", "advance", "rebound", "rise", "surge", "jump", "upturn"})


@dataclass
class RawCause:
    """A cause phrase and the moves it explains."""

    effects: list[RawMove]
    text: str
    cue: str | None
    start_char: int
    end_char: int
    first_item: Item | None = None
    mover: bool = False  # the cause is another entity's move stated in the same sentence


def _words_at(items: list[Item], k: int, words: tuple[str, ...]) -> bool:
    return k + len(words) <= len(items) and all(
        items[k + x].kind == "W" and items[k + x].low == w for x, w in enumerate(words))


def cue_at(items: list[Item], k: int) -> tuple[str, int] | None:
    """(cue, length) if a causal cue starts at item k."""
    for words in _CUE_INDEX.get(items[k].low, ()) if items[k].kind == "W" else ():
        if _words_at(items, k, words):
            if words == ("as",) and any(_words_at(items, k, w) for w in _AS_NOT_CUE):
                return None
            if words in (("on",), ("upon",)) and k + 1 < len(items):
                nxt = items[k + 1]
                if nxt.kind in ("Q", "M") or nxt.low in _NOT_CAUSE_AFTER_ON or (
                        nxt.low == "the" and k + 2 < len(items) and items[k + 2].low in _NOT_CAUSE_AFTER_THE):
                    return None
            return " ".join(words), len(words)
    return None


_WHEN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday", "overnight",
                   "january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                   "sept", "oct", "nov", "dec"})


def _date_phrase(items: list[Item], k: int) -> int:
    """Length of 'on Wednesday' / 'on November 25' / 'on the day' at item k (0 if none)."""
    if not items[k].word("on", "in", "for", "during"):
        return 0
    n = 1
    if k + n < len(items) and items[k + n].word("the"):
        n += 1
    if k + n < len(items) and (items[k + n].low in _WHEN or items[k + n].low in ("day", "session", "week")):
        n += 1
        if k + n < len(items) and items[k + n].kind == "W" and items[k + n].text.isdigit():
            n += 1
        return n
    return 0


def _phrase_end(items: list[Item], k: int, stops: set[int]) -> int:
    """Index where a cause phrase starting at item k ends."""
    j = k
    while j < len(items):
        it = items[j]
        if j in stops or (it.kind == "W" and it.low in _BOUNDARY - {"-"}) or it.word(","):
            break
        if it.word("-") and j > k and items[j - 1].end_char < it.start_char:
            break  # a spaced dash opens an aside; "stronger-than-expected" is one word
        if it.word("(") and j + 1 < len(items) and items[j + 1].kind == "Q":
            break
        if it.word("as") and j > k and cue_at(items, j) is not None:
            break  # "dragged by tech shares as investors took profits": a second clause
        j += 1
    while j > k and items[j - 1].word("and", "or", "with", "\"", "'"):
        j -= 1
    return j


def _make(items: list[Item], start: int, end: int, cue: str | None, effects: list[RawMove],
          text: str) -> RawCause | None:
    if end <= start:
        return None
    s, e = items[start].start_char, items[end - 1].end_char
    phrase = text[s:e].strip().strip("\"' ")
    if len(phrase) < 3 or not any(ch.isalpha() for ch in phrase):
        return None
    return RawCause(effects, phrase, cue, s, e, items[start])


def _with_list(items: list[Item], moves: list[RawMove], group: list[RawMove]) -> list[RawMove]:
    """'Property stocks rallied, with Longfor up 6% and COLI up 4.5%, after X': X explains every
    move of the with-list and the clause the list elaborates, not only the last one."""
    first = min(m.verb_start for m in group)
    w = next((k for k in range(first - 1, 0, -1) if items[k].word("with") and items[k - 1].word(",")), None)
    if w is None or any(cue_at(items, k) for k in range(w + 1, first)):
        return group
    listed = [m for m in moves if w < m.verb_start <= first and not m.from_list]
    if not listed or any(items[m.end].word(",", "and") is False for m in listed if m.end < first and m not in group):
        return group
    head = [m for m in moves if m.end in (w - 1, w)]
    out: dict[int, RawMove] = {}
    for m in head + listed + group:
        out.setdefault(id(m), m)
    return list(out.values())


def clause_causes(items: list[Item], moves: list[RawMove], text: str) -> list[RawCause]:
    """Cues that follow a move in its own clause."""
    out: list[RawCause] = []
    subject_starts = {i for i, it in enumerate(items) if it.kind == "M" and any(m.subject is it.mention for m in moves)}
    by_predicate: dict[int, list[RawMove]] = {}
    for m in moves:
        if not m.from_list:
            by_predicate.setdefault(m.verb_start, []).append(m)
    # members listed after "followed by" share their lead's cause
    for m in moves:
        if m.from_list:
            leads = [p for p in sorted(by_predicate) if p <= m.verb_start]
            if leads:
                by_predicate[leads[-1]].append(m)
    for pred, group in sorted(by_predicate.items()):
        j = max(m.end for m in group)
        gap_start = j
        # skip adverbs, "points", tickers, a trading-volume clause, list members
        while j < len(items):
            it = items[j]
            if it.kind == "W" and (it.low in _GAP_WORDS or it.low.endswith("ly")):
                j += 1
            elif it.kind == "Q" or (it.kind == "M" and any(m.subject is it.mention for m in group)):
                j += 1
            elif it.word("with", "a", "trading", "volume", "volumes", "of", "turnover", "by", "followed", "and",
                         "(", ")", "to", "close", "at", "for", "second", "third", "consecutive", "straight",
                         "session", "day", "days", "sessions", "in", "early", "late", "trade", "afternoon", "morning"):
                j += 1
            elif _date_phrase(items, j):
                j += _date_phrase(items, j)
            else:
                break
        found = cue_at(items, j) if j < len(items) else None
        if found is None:
            continue
        cue, n = found
        gap = [x.low for x in items[gap_start:j]]
        if cue not in _PARTICIPLE_CUES and len([g for g in gap if g not in _GAP_WORDS]) > 3:
            continue  # a single-word cue ("as", "on") must sit right after the move
        inner = [m for m in moves if m.subject is items[j + n].mention] if j + n < len(items) else []
        if inner:
            # "the Nasdaq slid as Nvidia tumbled 5% after ...": the cause is Nvidia's move
            end = max(m.end for m in inner)
        else:
            end = _phrase_end(items, j + n, subject_starts - {j + n})
        # a cue set off by a comma explains the whole with-list; one right after a figure, that move
        effects = _with_list(items, moves, group) if j > 0 and items[j - 1].word(",") else group
        cause = _make(items, j + n, end, cue, effects, text)
        if cause and inner:
            cause.mover = True
        if cause:
            out.append(cause)
    return out


def opening_cause(items: list[Item], text: str) -> RawCause | None:
    """'Buoyed by X, ...': a participial cue opening the sentence (effects filled by the caller)."""
    if not items:
        return None
    found = cue_at(items, 0)
    if found is None or found[0] not in _PARTICIPLE_CUES | {"amid", "following", "after", "on the back of"}:
        return None
    cue, n = found
    end = _phrase_end(items, n, set())
    if end >= len(items) or not items[end].word(","):
        return None
    return _make(items, n, end, cue, [], text)


def back_reference(items: list[Item], text: str) -> tuple[RawCause, str] | None:
    """'The rally followed X': returns the cause and the direction it explains."""
    k = 0
    if k < len(items) and items[k].word("the", "this", "that", "today's", "the day's"):
        k += 1
    if k >= len(items) or items[k].kind != "W" or items[k].low not in _BACK_SUBJECTS:
        return None
    direction = "up" if items[k].low in _UP_WORDS else "down"
    k += 1
    for verb in _BACK_VERBS:
        if _words_at(items, k, verb):
            start = k + len(verb)
            end = _phrase_end(items, start, set())
            cause = _make(items, start, end, " ".join(verb), [], text)
            return (cause, direction) if cause else None
    return None
