"""Why a figure became a fact, or did not: the ``marketkg extract --explain`` report.

For every sentence holding a figure or a causal cue the report names what became of
each: the fact it fed (a move's change, its close, its turnover, an investor action),
or the trap its neighbouring words make of it ("GDP grew 2.1%" is macro data), or that
nothing used it; and for each cue the cause fact it produced, or why none. It reads
what extraction produced only through stable interfaces (the pipeline's Doc,
:func:`sentence_items` with its quantity spans, and the :class:`ArticleFacts` that
``extract`` returns), so it keeps telling the truth when the fact rules change.

>>> from marketkg.ontology.models import Article
>>> from marketkg.loaders.extract import extract
>>> text = "Baidu rose 4.19% after JPMorgan upgraded the stock, while GDP grew 2.1%."
>>> report = explain(extract(Article(id="a1", source="doc.txt", text=text)))
>>> for line in report.sentences[0].lines:
...     print(line.label, line.what, line.verdict, sep=" | ")
figure | 4.19% | -> move of Baidu Inc: change_pct +4.19
figure | 2.1% | trap: macro data ("GDP")
cue | after | -> Baidu Inc <- JPMorgan upgraded the stock
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from marketkg.loaders.explain_words import (
    AFTER_PLACE, AMBIGUOUS_CUES, AS_FOLLOWERS, AS_LEADERS, BOUNDARY, DIRECTION_NOUNS, EXTRA_CUES, NOT_CAUSE,
    NUMBER_GLUE, NUMBER_WORDS, ON_FOLLOWERS, ON_LEADERS, ON_PLACES, ON_THE, PERIODS, POINTS, POINTS_REACH,
    TIMING_KINDS, TRAP_FIGURES, TRAP_WORDS,
)
from marketkg.loaders.items import Item, sentence_items, words_at
from marketkg.loaders.lexicon import CUES, DOWN_VERBS, UP_VERBS
from marketkg.loaders.moves import last_occurrence
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.text import working_text
from marketkg.loaders.token_table import doc_text
from marketkg.ontology.figures import figures_agree
from marketkg.ontology.models import ArticleFacts, Cause, InvestorAction, PriceMove

__all__ = ["Figure", "CueHit", "Line", "SentenceReport", "ArticleReport", "find_figures", "find_cues",
           "trap_of", "figure_verdict", "explain_sentence", "explain", "render", "explain_text", "escape"]

_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SHOWN_KINDS = ("PERCENT", "RANGE", "MONEY", "SHARES")
_SENTENCE_WIDTH = 150
_CAUSE_WIDTH = 70
_WHAT_WIDTH = 24
_TOLERANCE = 0.011  # a figure is a fact's value when they differ by no more (sign aside)

Phrase = tuple[str, ...]


def _index(phrases: Iterable[tuple[str, str | None]]) -> dict[str, list[tuple[Phrase, str | None]]]:
    """Phrases by first word, longest first, so a lookup at one word tries the longest match first."""
    out: dict[str, list[tuple[Phrase, str | None]]] = {}
    for phrase, kind in sorted(((tuple(p.split()), k) for p, k in phrases), key=lambda pk: -len(pk[0])):
        out.setdefault(phrase[0], []).append((phrase, kind))
    return out


_TRAP_INDEX = _index((p, k) for k, phrases in TRAP_WORDS.items() for p in phrases)
_CUE_INDEX = _index((c, c) for c in dict.fromkeys((*CUES, *EXTRA_CUES)))
_DIRECTION = UP_VERBS | DOWN_VERBS | DIRECTION_NOUNS


# ---------------------------------------------------------------------------------------------
# The report's shape

@dataclass(frozen=True)
class Figure:
    """A number in a sentence: a quantity the pipeline read, a bare level, points, or number words."""

    kind: str  # PERCENT, RANGE, MONEY, SHARES, LEVEL, POINTS, WORDS
    text: str
    start: int  # character offsets in the article text
    end: int
    value: float | None
    first: int  # item indexes in the sentence, [first, last)
    last: int
    signed: bool = False  # written with its sign: "(-0.09%)"


@dataclass(frozen=True)
class CueHit:
    """A causal cue word or phrase in a sentence."""

    cue: str
    start: int
    end: int
    first: int  # item index of its first word; -1 for a cue only a cause fact names
    size: int


@dataclass(frozen=True)
class Line:
    """One figure or cue and what became of it (all text already escaped)."""

    label: str  # figure, move (a move with no figure) or cue
    what: str
    verdict: str


@dataclass(frozen=True)
class SentenceReport:
    start: int
    end: int
    text: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class ArticleReport:
    source: str
    published: str | None
    trading_day: str | None
    market: str | None
    sentences: tuple[SentenceReport, ...]
    counts: tuple[tuple[str, int], ...]
    warnings: tuple[str, ...]


def escape(text: str) -> str:
    r"""Text safe for a terminal: control, format and separator characters (all but the plain
    space) as Python escapes.

    >>> escape("a\x1b[2Jb\tc\u202ed e")
    'a\\x1b[2Jb\\tc\\u202ed e'
    """
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch != " " and unicodedata.category(ch)[0] in "CZ":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else
                       f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
            if ch == "\t":
                out[-1] = "\\t"
            elif ch == "\n":
                out[-1] = "\\n"
            elif ch == "\r":
                out[-1] = "\\r"
        else:
            out.append(ch)
    return "".join(out)


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    tail = width // 4
    return f"{text[:width - tail - 6].rstrip()} [..] {text[-tail:].lstrip()}"


def _join(items: Sequence[Item]) -> str:
    """The items' words as written, spaced as in the text."""
    out = []
    for i, it in enumerate(items):
        if i and it.start_char > items[i - 1].end_char:
            out.append(" ")
        out.append(it.text)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Figures and cues in a sentence

def _is_number(item: Item) -> bool:
    return item.kind == "W" and _NUMBER.fullmatch(item.text) is not None


def _number_words_before(items: Sequence[Item], k: int) -> int:
    """Index of the first number word of "four and a half percent" ending before item k (k if none)."""
    j = k
    while j > 0 and items[j - 1].kind == "W" and items[j - 1].low in NUMBER_WORDS | NUMBER_GLUE:
        j -= 1
    while j < k and items[j].low in NUMBER_GLUE - {"a", "an"}:
        j += 1
    return j if any(items[x].low in NUMBER_WORDS for x in range(j, k)) else k


def find_figures(items: Sequence[Item]) -> list[Figure]:
    """The figures of a sentence, in order: quantities, "212.4 points", bare levels, and
    number-word percents the pipeline read no quantity in ("nearly four percent")."""
    out: list[Figure] = []
    for k, it in enumerate(items):
        if it.kind == "Q" and it.qkind in _SHOWN_KINDS:
            out.append(Figure(it.qkind, it.text, it.start_char, it.end_char, it.qty.value, k, k + 1,
                              it.qty.signed))
        elif _is_number(it) and k + 1 < len(items) and items[k + 1].low in POINTS and items[k + 1].kind == "W":
            value = float(it.text.replace(",", ""))
            out.append(Figure("POINTS", _join(items[k:k + 2]), it.start_char, items[k + 1].end_char, value, k, k + 2))
        elif _is_number(it) and k + 3 < len(items) and words_at(items, k + 1, ("of", "a", "point")):  # "0.76 of a point"
            value = float(it.text.replace(",", ""))
            out.append(Figure("POINTS", _join(items[k:k + 4]), it.start_char, items[k + 3].end_char, value, k, k + 4))
        elif it.kind == "W" and _LEVEL.fullmatch(it.text) and not (k > 0 and items[k - 1].word("-", "+")):
            out.append(Figure("LEVEL", it.text, it.start_char, it.end_char, float(it.text.replace(",", "")), k, k + 1))
        elif it.word("percent", "pct") or (it.word("cent") and k > 0 and items[k - 1].word("per")):
            end = k - 1 if it.low == "cent" else k
            j = _number_words_before(items, end)
            if j < end:
                out.append(Figure("WORDS", _join(items[j:k + 1]), items[j].start_char, it.end_char, None, j, k + 1))
    return out


def _phrase_at(items: Sequence[Item], k: int, index: dict) -> tuple[Phrase, str | None] | None:
    it = items[k]
    if it.kind != "W":
        return None
    for phrase, kind in index.get(it.low, ()):
        if k + len(phrase) <= len(items) and all(items[k + x].kind == "W" and items[k + x].low == w
                                                 for x, w in enumerate(phrase)):
            return phrase, kind
    return None


def _before_a_place(items: Sequence[Item], k: int) -> bool:
    """'on Asian stock markets Monday', 'on the Tokyo exchange': a place of trading at item k."""
    for p in range(k, min(k + 4, len(items))):
        if items[p].kind == "W" and items[p].low in AFTER_PLACE | {"of", "at", "by", ","}:
            return False
        words = items[p].low.split()
        if words and words[-1] in ON_PLACES:
            after = items[p + 1] if p + 1 < len(items) else None
            return after is None or not (after.kind == "W" and after.text.isalpha() and after.text.islower()) \
                or after.low in AFTER_PLACE
    return False


def _is_cue(items: Sequence[Item], k: int, phrase: Phrase) -> bool:
    """Whether a cue word is used as one: not "as much as", "on Monday", "the following day",
    "month-on-month"."""
    prev = items[k - 1] if k > 0 else None
    nxt = items[k + len(phrase)] if k + len(phrase) < len(items) else None
    if prev is not None and prev.word("-") and prev.end_char == items[k].start_char:
        return False
    if phrase == ("as",):
        return not ((nxt is not None and (nxt.kind == "Q" or _is_number(nxt) or nxt.low in AS_FOLLOWERS))
                    or (prev is not None and prev.low in AS_LEADERS))
    if phrase in (("on",), ("upon",)):
        if nxt is None or nxt.kind == "Q" or _is_number(nxt) or nxt.low in ON_FOLLOWERS:
            return False
        if nxt.low == "the" and k + 2 < len(items) and items[k + 2].low in ON_THE:
            return False
        if _before_a_place(items, k + 1):
            return False
        return prev is None or prev.low not in ON_LEADERS
    if phrase == ("following",):
        return prev is None or not prev.word("the", "a")
    return True


def find_cues(items: Sequence[Item]) -> list[CueHit]:
    """Causal cue words and phrases of a sentence, in order (longest phrase first at each word)."""
    out: list[CueHit] = []
    k = 0
    while k < len(items):
        found = _phrase_at(items, k, _CUE_INDEX)
        if found is not None and _is_cue(items, k, found[0]):
            n = len(found[0])
            out.append(CueHit(" ".join(found[0]), items[k].start_char, items[k + n - 1].end_char, k, n))
            k += n
        else:
            k += 1
    return out


# ---------------------------------------------------------------------------------------------
# What a figure is when no fact took it

def _window(items: Sequence[Item], fig: Figure, back: int = 10, ahead: int = 3) -> tuple[int, int]:
    """The items around a figure within its clause: back to a clause boundary, ahead to a
    boundary or a cue (what follows "amid" is the cause's, not the figure's)."""
    lo = fig.first
    while lo > 0 and fig.first - lo < back and not (items[lo - 1].kind == "W" and items[lo - 1].low in BOUNDARY):
        lo -= 1
    hi = fig.last
    while hi < len(items) and hi - fig.last < ahead and not (
            items[hi].kind == "W" and (items[hi].low in BOUNDARY or _phrase_at(items, hi, _CUE_INDEX))):
        hi += 1
    return lo, hi


def _trap_at(items: Sequence[Item], k: int) -> tuple[int, str | None, str] | None:
    """(items spanned, kind, words as written) of a trap phrase starting at item k; a mention
    holding a trap word ("10-year Treasury") counts as that word."""
    it = items[k]
    if it.kind == "M":
        named = it.mention is not None and it.mention.kind in ("ref", "candidate")
        for word in it.text.split():
            for phrase, kind in _TRAP_INDEX.get(word.lower(), ()):
                if len(phrase) == 1 and not (named and kind == "stake/ownership percentage"):
                    return 1, kind, word  # (not "Arabtec Holding Co.", "FBN Holdings": a company's name, no stake)
        return None
    found = _phrase_at(items, k, _TRAP_INDEX)
    return None if found is None else (len(found[0]), found[1], _join(items[k:k + len(found[0])]))


def _blocks(item: Item) -> bool:
    """A named company or index between a trap word and the figure: the figure is its, not the word's."""
    return item.kind == "M" and item.mention is not None and item.mention.kind in ("ref", "candidate")


_ABOUT_INDEX = frozenset({"forecast", "futures quote"})


def trap_of(items: Sequence[Item], fig: Figure) -> tuple[str, str] | None:
    """The trap kind an unused figure is, by the telling words in its clause with no company or
    index named between them (a word for what the figure is outranks one for when it was; then
    the nearest wins), and those words as written."""
    lo, hi = _window(items, fig)
    best: tuple[int, int, str, str] | None = None
    k = _window(items, fig, back=13)[0]  # a phrase may begin before the window and end in it
    while k < hi:
        found = None if fig.first <= k < fig.last else _trap_at(items, k)
        if found is None:
            k += 1
            continue
        n, kind, words = found
        end = k + n
        left = end <= fig.first
        gap = range(end, fig.first) if left else range(fig.last, k)
        # a forecast or a futures quote is about the index named after it: its words may stand further back
        about_index = kind in _ABOUT_INDEX
        fits = kind is not None and fig.kind in TRAP_FIGURES.get(kind, (fig.kind,)) and (end > lo or not left
                                                                                           or about_index)
        if fig.kind == "POINTS":  # "as much as 400 points", "2,000 points in the past nine days"
            fits = fits and (len(gap) <= POINTS_REACH if left else kind == "multi-period change")
        rank = (kind in TIMING_KINDS, len(gap))
        if fits and (about_index or not any(_blocks(items[x]) for x in gap)) and (best is None or rank < best[:2]):
            best = (*rank, kind, words)
        k = end
    if best is not None:
        return best[2], best[3]
    if fig.kind == "POINTS":
        return "points-only change", items[fig.last - 1].text
    if fig.kind == "SHARES":
        return "other number", "shares"
    if fig.kind == "MONEY" and (fig.value or 0) >= 1e6:
        return "other number", "an amount of money"
    return None


def _unused(items: Sequence[Item], fig: Figure) -> str:
    lo, hi = _window(items, fig, back=12, ahead=3)
    verbs = [it.text for it in items[lo:hi] if it.kind == "W" and it.low in _DIRECTION]
    return f'unused: no subject found (verb "{verbs[-1]}")' if verbs else "unused: no direction verb"


# ---------------------------------------------------------------------------------------------
# Matching figures to the facts of their sentence

def _diff(a: float | None, b: float | None) -> float | None:
    """How far a fact's value is from a figure, sign aside (None: no match)."""
    if a is None or b is None:
        return None
    d = abs(abs(a) - abs(b))
    return d if d <= _TOLERANCE else None


def _value_of(fig: Figure, move: PriceMove) -> float | None:
    """The difference between a figure and the move field it can be (change or close)."""
    if fig.kind == "PERCENT":
        if fig.signed and move.change_pct is not None and (fig.value or 0) * move.change_pct < 0:
            return None  # "(-0.09%)" is no rise
        return _diff(move.change_pct, fig.value)
    if fig.kind in ("MONEY", "LEVEL", "POINTS"):  # "to close at 1,905.33 points" is a level too
        return _diff(move.close, fig.value)
    return None


def _alias_positions(move: PriceMove, text: str) -> list[int]:
    out = []
    for alias in dict.fromkeys((move.entity.name, *move.entity.aliases)):
        at = text.find(alias)
        while alias and at >= 0:
            out.append(at)
            at = text.find(alias, at + 1)
    return sorted(out)


def _field(fig: Figure) -> str | None:
    return "change" if fig.kind == "PERCENT" else "close" if fig.kind in ("MONEY", "LEVEL", "POINTS") else None


def _claims(figures: Sequence[Figure], moves: Sequence[PriceMove], text: str, start: int) -> list[list[PriceMove]]:
    """For each figure, the moves it may be. A move whose change (or close) one figure of the
    sentence states is no other figure's of the same field; when two can be it, it goes to the
    closer value, then to the figure nearest after a mention of its entity ("A rose 0.4% and
    B rose 0.4%")."""
    allowed = [list(moves) for _ in figures]
    for move in moves:
        scored = [(d, i) for i, f in enumerate(figures) if (d := _value_of(f, move)) is not None]
        if not scored:
            continue
        positions = _alias_positions(move, text)

        def distance(i: int) -> int:
            at = figures[i].start - start
            before = [p for p in positions if p < at]
            return at - before[-1] if before else len(text) + at

        ranked = sorted((round(d, 9), distance(i), i) for d, i in scored)
        winners = {i for d, dist, i in ranked if (d, dist) == ranked[0][:2]}
        fields = {_field(figures[i]) for i in winners}
        for i, f in enumerate(figures):
            if i not in winners and _field(f) in fields:
                allowed[i].remove(move)
    return allowed


def _pct(value: float | None) -> str:
    return "none" if value is None else f"{value:+g}"


def _action_name(a: InvestorAction) -> str:
    return f"{a.investor.name} {a.action.value}" + (f" {a.target.name}" if a.target else "")


def _same_text(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()) == " ".join(b.split())


def _move_name(m: PriceMove) -> str:
    return f"move of {m.entity.name}: change_pct {_pct(m.change_pct)}" + (" approx" if m.approx else "")


def _uses(fig: Figure, moves: Sequence[PriceMove], actions: Sequence[InvestorAction]) -> list[str]:
    """The fact fields a figure is."""
    used: list[str] = []
    if fig.kind == "PERCENT":
        used = [_move_name(m) for m in moves if _value_of(fig, m) is not None]
        used += [f"conflicting figure of {m.entity.name}'s move (fact keeps {_pct(m.change_pct)})" for m in moves
                 if _value_of(fig, m) is None and any(_diff(c, fig.value) is not None for c in m.conflicts)]
        used += [f"stake_pct of {_action_name(a)}" for a in actions if _diff(a.stake_pct, fig.value) is not None]
        if not used:  # the headline's "Surges 5%" of the body's 5.22%
            used = [f"move of {m.entity.name}, stated here as {fig.text} (fact keeps {_pct(m.change_pct)})"
                    for m in moves if m.change_pct is not None and fig.value is not None
                    and not (fig.signed and fig.value * m.change_pct < 0)
                    and figures_agree(abs(m.change_pct), abs(fig.value))]
    elif fig.kind == "RANGE":
        used = [f"move of {m.entity.name}: a range, change_pct none, approx" for m in moves
                if m.change_pct is None and m.approx]
    elif fig.kind in ("MONEY", "LEVEL", "POINTS"):
        used = [f"close of {m.entity.name}'s move" for m in moves if _value_of(fig, m) is not None]
        used += [f"turnover of {m.entity.name}'s move" for m in moves if _same_text(m.turnover, fig.text)]
        used += [f"price of {_action_name(a)}" for a in actions if _diff(a.price, fig.value) is not None]
    if fig.kind in ("MONEY", "SHARES"):
        used += [f"amount of {_action_name(a)}" for a in actions if _same_text(a.amount, fig.text)]
    return list(dict.fromkeys(used))


def figure_verdict(items: Sequence[Item], fig: Figure, moves: Sequence[PriceMove] = (),
                   actions: Sequence[InvestorAction] = ()) -> str:
    """What became of a figure: the fact field it is ("-> ..."), a trap kind and the words that
    say so ("trap: ..."), or nothing ("unused: ...", "unread: ...")."""
    used = _uses(fig, moves, actions)
    if used:
        return "-> " + "; ".join(used)
    if fig.kind == "WORDS":
        return "unread: number words the pipeline read no figure in"
    if fig.kind == "PERCENT" and last_occurrence(items):
        return "trap: a past move (the sentence tells when one was last seen)"
    trap = trap_of(items, fig)
    if trap is not None:
        return f'trap: {trap[0]} ("{trap[1]}")'
    field = _field(fig)
    lacking = [m.entity.name for m in moves if field is not None
               and (m.change_pct if field == "change" else m.close) is None]
    if lacking:  # "fell nearly 2.2 percent (202 points) to close at 9,098": a close no move took
        names = list(dict.fromkeys(lacking))
        return (f"unused: the move{'s' if len(names) > 1 else ''} of {', '.join(names)} here "
                f"{'have' if len(names) > 1 else 'has'} no {'change_pct' if field == 'change' else 'close'}")
    return _unused(items, fig)


# ---------------------------------------------------------------------------------------------
# Matching cues to the cause facts of their sentence

def _temporal(items: Sequence[Item], hit: CueHit) -> bool:
    """'after three days of losses', 'after five straight sessions', 'after hours'."""
    if hit.cue not in ("after", "following") or hit.first < 0:
        return False
    rest = [it for it in items[hit.first + hit.size: hit.first + hit.size + 5] if it.kind == "W"]
    return bool(rest) and any(it.low in PERIODS for it in rest[:4]) and (
        rest[0].low in NUMBER_WORDS | {"a", "several", "many", "hours", "days", "weeks"} or _is_number(rest[0]))


def _produced(hits: list[CueHit], causes: Sequence[Cause], text: str, start: int) -> dict[int, list[Cause]]:
    """Each cause fact of the sentence under the cue hit that produced it (the same cue nearest
    before the cause phrase); a cause whose cue the report did not find gets a hit of its own,
    appended to ``hits``."""
    by_hit: dict[int, list[Cause]] = {}
    for c in causes:
        at = text.find(c.cause)
        pos = start + max(at, 0)
        cue = (c.cue or "").lower()
        same = [i for i, h in enumerate(hits) if h.cue == cue]
        before = [i for i in same if hits[i].start <= pos]
        if before:
            i = before[-1]
        elif same:
            i = min(same, key=lambda x: abs(hits[x].start - pos))
        else:
            where = text.lower().find(cue) if cue else -1
            at_cue = start + where if where >= 0 else pos
            hits.append(CueHit(c.cue or "(no cue)", at_cue, at_cue + len(cue), -1, 0))
            i = len(hits) - 1
        by_hit.setdefault(i, []).append(c)
    return by_hit


def _cue_verdict(items: Sequence[Item], hit: CueHit, produced: list[Cause], moves_here: bool) -> str:
    if produced:
        groups: dict[str, list[str]] = {}
        for c in produced:
            names = groups.setdefault(c.cause, [])
            if c.effect.name not in names:
                names.append(c.effect.name)
        return "-> " + "; ".join(f"{', '.join(names)} <- {_shorten(cause, _CAUSE_WIDTH)}"
                                 for cause, names in groups.items())
    if hit.cue in NOT_CAUSE:
        return f"no cause: {NOT_CAUSE[hit.cue]}"
    if hit.first > 0 and items[hit.first - 1].word("even"):
        return f"no cause: concessive 'even {hit.cue}'"
    if _temporal(items, hit):
        return f"no cause: temporal '{hit.cue} N days'"
    if not moves_here:
        return "no cause: no effect in this sentence"
    return "no cause produced"


def explain_sentence(items: Sequence[Item], text: str, start: int, end: int, moves: Sequence[PriceMove] = (),
                     causes: Sequence[Cause] = (), actions: Sequence[InvestorAction] = ()) -> SentenceReport | None:
    """The report of one sentence (``text`` spans ``start:end`` of the article), or None when it
    holds no figure, no cue and no figureless move. ``moves``, ``causes``, ``actions`` are the facts whose evidence
    is this sentence."""
    figures = find_figures(items)
    hits = find_cues(items)
    if not moves and not any(it.kind == "W" and it.low in _DIRECTION for it in items):
        hits = [h for h in hits if h.cue not in AMBIGUOUS_CUES]  # "testify on", "as soon as"
    # a move the sentence states with no figure ("Thai Stock Market Plunges") is a fact to check too
    bare = [] if any(f.kind == "RANGE" for f in figures) else [m for m in moves if m.change_pct is None]
    if not figures and not hits and not causes and not bare:
        return None
    produced = _produced(hits, causes, text, start)
    claims = _claims(figures, moves, text, start)
    lines = [("figure", f.text, figure_verdict(items, f, claims[i], actions)) for i, f in enumerate(figures)]
    lines += [("move", "(no figure)", f"-> move of {m.entity.name}: {m.direction.value}, change_pct none")
              for m in bare]
    order = sorted(range(len(hits)), key=lambda i: (hits[i].start, i))
    lines += [("cue", hits[i].cue, _cue_verdict(items, hits[i], produced.get(i, []), bool(moves))) for i in order]
    return SentenceReport(start, end, escape(_shorten(text, _SENTENCE_WIDTH)),
                          tuple(Line(label, escape(what), escape(verdict)) for label, what, verdict in lines))


# ---------------------------------------------------------------------------------------------
# The article

def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _by_sentence(spans: list[tuple[int, int]], facts: Iterable, n: int) -> list[list]:
    """Facts per sentence: a fact belongs to each sentence one of its evidence spans overlaps."""
    starts = [s for s, _ in spans]
    out: list[list] = [[] for _ in range(n)]
    for fact in facts:
        seen: set[int] = set()
        for ev in fact.evidence:
            i = max(0, bisect.bisect_right(starts, ev.start) - 1)
            while i < n and spans[i][0] < ev.end:
                if spans[i][1] > ev.start and i not in seen:
                    seen.add(i)
                    out[i].append(fact)
                i += 1
    return out


def explain(facts: ArticleFacts, *, doc: Doc | None = None, nlp: Language | None = None) -> ArticleReport:
    """The report of one article's facts. ``doc`` is the pipeline's Doc of the article's
    working text; without it the article is run through ``nlp`` (the shared pipeline)."""
    article = facts.article
    if doc is None:
        doc = (nlp or shared_pipeline())(working_text(article.text))
    sents = []
    working = doc_text(doc)  # built anew by each look: once, not per sentence
    for sent in doc.sents:
        items = sentence_items(sent, doc._.mkg_mentions or [])
        if items:  # trimmed in the working text: markup blanked there ("**") is no part of it
            sents.append((items, _trimmed(working, sent.start_char, sent.end_char)))
    spans = [span for _, span in sents]
    moves = _by_sentence(spans, facts.moves, len(spans))
    causes = _by_sentence(spans, facts.causes, len(spans))
    actions = _by_sentence(spans, facts.investor_actions, len(spans))
    reports = []
    for i, (items, (s, e)) in enumerate(sents):
        rep = explain_sentence(items, article.text[s:e], s, e, moves[i], causes[i], actions[i])
        if rep is not None:
            reports.append(rep)
    counts = (("moves", len(facts.moves)), ("with a figure", sum(m.change_pct is not None for m in facts.moves)),
              ("causes", len(facts.causes)), ("investor actions", len(facts.investor_actions)),
              ("memberships", len(facts.memberships)))
    return ArticleReport(escape(article.source), article.published, facts.trading_day, facts.market,
                         tuple(reports), counts, tuple(escape(w) for w in facts.warnings))


def render(report: ArticleReport) -> str:
    """The report as plain text: a heading, a block per sentence (its span, its text, one
    aligned line per figure or cue), then the fact counts and the warnings."""
    width = min(_WHAT_WIDTH, max((len(x.what) for s in report.sentences for x in s.lines), default=0))
    head = ", ".join(f"{k} {escape(v or 'unknown')}" for k, v in (
        ("published", report.published), ("trading day", report.trading_day), ("market", report.market)))
    out = [f"== {report.source}", f"   {head}"]
    for s in report.sentences:
        out += ["", f"[{s.start}:{s.end}] {s.text}"]
        for x in s.lines:
            what = x.what if len(x.what) <= width else x.what[:width - 2] + ".."
            out.append(f"  {x.label:<6}  {what:<{width}}  {x.verdict}")
    (_, moves), (_, with_figure), *rest = report.counts
    out += ["", f"facts: {moves} moves ({with_figure} with a figure), " + ", ".join(f"{n} {k}" for k, n in rest),
            f"warnings: {len(report.warnings) or 'none'}", *[f"  - {w}" for w in report.warnings]]
    return "\n".join(out) + "\n"


def explain_text(facts: ArticleFacts, *, nlp: Language | None = None) -> str:
    """The rendered report of one article (what ``marketkg extract --explain`` prints)."""
    return render(explain(facts, nlp=nlp))
