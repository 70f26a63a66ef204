"""Causes: the phrase after a causal cue explains the moves it is attached to.

Three shapes of the genre are read:

* in the move's clause: "Baidu rose 4.19% after JPMorgan upgraded the stock";
* opening the sentence: "Buoyed by X, the Hang Seng rose 1%" (and, when that
  sentence states no move itself, "Influenced by X, there was ..." explains the
  previous sentence's moves);
* a back reference: "The rally followed X" explains the paragraph's rises.

The cue may stand past a weekday, a record phrase or a figure's units ("closed higher
across the board Tuesday, as X"); a weak cue ("as", "on", "over") must stand close. Times
are no causes ("shortly after the open", "after two days of gains", "after hitting a
two-week low"), nor are denials ("as investors shrugged off X"). One cue may name two
causes ("after A and a setback in B", "amid A, as well as B"), and a second cue after the
first cause names another. Figure-less market moves and the cause-first shapes ("X rattled
Asian markets") are in :mod:`marketkg.loaders.cause_links`; word lists in
:mod:`marketkg.loaders.cause_words`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marketkg.loaders import cause_words as W
from marketkg.loaders.dates import MONTHS
from marketkg.loaders.items import (DESCRIPTION_STOPS, Item, description_end, has_lows, has_words, joined_hyphen,
                                    mention_indices, word_indices, words_at)
from marketkg.loaders.lexicon import (AS_NO_CLAUSE, BUSINESS_NOUNS, CAUSE_PARTICIPLES, CUES, DOWN_VERBS, MOVE_NOUNS,
                                      PLACE_NOUNS, PUSH_SIDES, PUSH_VERBS, RESULT_NOUNS, ROLE_WORDS, UP_VERBS)
from marketkg.loaders.mentions import Mention, sector_parts
from marketkg.loaders.moves import (
    DESCRIPTORS, KNOCK_ON_WORDS, MARK_NOUNS, MARK_SIDES, SETTLE_PARTICIPLES, RawMove, market_or_place, names_company,
    predicate_at,
)
from marketkg.loaders.quantities import parse_number
from marketkg.loaders.rankings import RANK_NOUNS

__all__ = ["PARTICIPLE_CUES", "participle_opens", "INDEX_EPITHETS", "RawCause", "cue_at", "cue_after", "cause_phrases", "make_causes", "chained_causes", "temporal_end",
           "clause_causes", "opening_cause", "with_members", "back_reference", "caused_move", "ATTRIBUTION_CUES",
           "LEADING_CUES", "rating_causes"]

_CUE_INDEX: dict[str, list[tuple[str, ...]]] = {}
for _cue in sorted((tuple(c.split()) for c in CUES), key=len, reverse=True):
    _CUE_INDEX.setdefault(_cue[0], []).append(_cue)
PARTICIPLE_CUES = frozenset(c for c in CUES if c.endswith(" by") or c in {"thanks to", "due to", "owing to"})


@dataclass(slots=True)
class RawCause:
    """A cause phrase and the moves it explains."""

    effects: list[RawMove]
    text: str
    cue: str | None
    start_char: int
    end_char: int
    first_item: Item | None = None
    mover: bool = False  # the cause is another entity's move stated in the same sentence
    subject: Item | None = None  # the name the cause's clause opens with as its subject (not "X's announcement")
    subjects: list[Mention] = field(default_factory=list)  # effects that are mentions, not moves


_AS_COMPARED = frozenset({"much", "many", "high", "low", "far", "long", "well", "soon", "little", "few"})


#: adverbs of a time, which make "due ... to" a date owed: "payments due quarterly to clients"
_TIME_ADVERBS = frozenset({"quarterly", "monthly", "weekly", "daily", "yearly", "annually", "early", "shortly"})
#: the first words of the "X to" cues an adverb may split: "due mostly to", "thanks largely to"
_TO_CUE_HEADS = frozenset({"due", "thanks", "owing"})
#: the participles of the "X by" cues, which an adverb may split: "hit hard by", "hurt in part by"
_BY_CUE_HEADS = frozenset(c.split()[0] for c in CUES if c.endswith(" by") and len(c.split()) == 2)
_CUE_ADVERBS = frozenset({"hard", "in", "part", "partly", "partially", "mainly", "largely", "mostly", "primarily",
                          "chiefly", "also", "further", "heavily", "particularly", "especially", "again", "strongly",
                          "down", "most"})  # "weighed down most by", "led down by"



def _split_by_cue(items: list[Item], k: int) -> tuple[str, int] | None:
    """'hit hard by', 'hurt in part by', 'boosted mainly by': a by-cue with adverbs inside it; Jiji's "due mostly
    to", "thanks largely to": a to-cue with them."""
    n = k + 1
    while n < len(items) and n - k <= 3 and items[n].kind == "W" and (
            items[n].low in _CUE_ADVERBS or items[n].low.endswith("ly") and len(items[n].low) > 3):
        n += 1
    if n > k + 1 and n < len(items) and items[n].word("to") and items[k].low in _TO_CUE_HEADS \
            and items[k + 1].low != "in" and not any(it.low in _TIME_ADVERBS for it in items[k + 1:n]):
        return f"{items[k].low} to", n + 1 - k  # (not "payments due quarterly to clients": a time, no cause)
    if n == k + 1 or n >= len(items) or not items[n].word("by") or items[k + 1].low == "in" and not items[k + 2].word("part"):
        return None
    if n == k + 2 and (items[k].low, items[k + 1].low, "by") in _CUE_INDEX.get(items[k].low, ()):
        return None  # "weighed down by" is a cue of its own
    return f"{items[k].low} by", n + 1 - k


def _waiting_for_a_time(items: list[Item], k: int) -> bool:
    """Whether the "as" at item k opens a wait for a time of day ("as investors awaited the opening bell"), not
    for an event, which the genre gives as the cause ("as traders waited on the result of the budget vote")."""
    w = next((x for x in range(k + 2, min(k + 5, len(items))) if items[x].kind == "W" and items[x].low in W.WAITING),
             None)
    if w is None:
        return False
    rest = {it.low for it in items[w + 1:w + 8] if it.kind == "W"}
    return not rest.isdisjoint(_TIMES_OF_DAY)


#: the quantities that open a clause of how many stocks moved: "as only four stocks gained", "as 34 of the
#: listed stocks advanced", "as nearly all dropped"
_BREADTH_HEDGES = frozenset({"only", "just", "nearly", "almost"})
_BREADTH_ALONE = frozenset({"all", "most", "none", "few"})  # a count that needs no noun: "as nearly all dropped"
_BREADTH_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "many",
                             "several", "dozens", "hundreds"})
_BREADTH_NOUNS = frozenset({"stocks", "stock", "shares", "issues", "members", "companies", "constituents",
                            "gainers", "decliners", "advancers", "losers", "counters"})
_BREADTH_LINKS = frozenset({"of", "the", "listed", "but", "its", "their", "index", "blue-chip", "blue", "-", "chip",
                            "component", "benchmark", "'s", "’s"})


def _breadth_clause(items: list[Item], j: int) -> bool:
    """Whether a clause of how many stocks moved (a count, its stocks, a move verb) starts at item j."""
    x = j
    while x < len(items) and items[x].kind == "W" and items[x].low in _BREADTH_HEDGES:
        x += 1
    if x >= len(items) or not (items[x].kind == "Q" or items[x].kind == "W" and (
            items[x].low.isdigit() or items[x].low in _BREADTH_COUNTS or items[x].low in _BREADTH_ALONE)):
        return False
    alone, x = items[x].low in _BREADTH_ALONE, x + 1
    nouns = False
    while x < min(j + 9, len(items)) and (items[x].kind == "Q" or items[x].kind == "W" and (
            items[x].low in _BREADTH_NOUNS or items[x].low in _BREADTH_LINKS or items[x].low.isdigit())):
        nouns = nouns or items[x].low in _BREADTH_NOUNS
        x += 1
    return (nouns or alone) and predicate_at(items, x) is not None and not (x + 1 < len(items) and items[x + 1].kind == "Q")


#: the subjects and verbs of a market's opening: "as trading floors in Frankfurt opened"
_OPENING_SUBJECTS = frozenset({"trading", "markets", "market", "floors", "bourses", "floor", "session"})
#: an exchange that opens is the session's start only when nothing is opened: VnExpress's "in the first hour after
#: the exchange opened before moderating" (not "after the exchange opened an inquiry", "began offering", "the
#: exchange rate began to weaken")
_OPENING_EXCHANGES = frozenset({"exchange", "exchanges", "bourse"})
_AFTER_OPENING = frozenset({",", ".", ";", "before", "and", "on", "at", "for", "this", "today", "in", "with"})
_OPENING_VERBS = frozenset({"opened", "reopened", "began", "resumed", "opens", "reopens", "begins", "resumes"})


def _opening_clause(items: list[Item], j: int) -> bool:
    """Whether the clause at item j tells a market's opening ("trading floors in Frankfurt opened")."""
    return _opening_verb_end(items, j) is not None


def _opening_verb_end(items: list[Item], j: int) -> int | None:
    """The index past the verb of a clause at item j that tells a market's opening or its close coming ("trading
    floors in Frankfurt opened", "as it opened at 9 am", "As markets were closing in Europe", "as trading got under
    way"); None if the clause tells none."""
    if j < len(items) and items[j].word("the"):
        j += 1  # "as the market opened" (not "as the Bank of Japan resumed bond purchases": no market's word)
    if j + 1 < len(items) and (items[j].word("it", "they") or items[j].low in _OPENING_EXCHANGES) \
            and items[j + 1].low in _OPENING_VERBS:
        # the Copenhagen Post's "fell 2 percent as it opened at 9 am" (not "as it began a review": an object)
        return j + 2 if j + 2 == len(items) or items[j + 2].kind == "W" and items[j + 2].low in _AFTER_OPENING else None
    if j >= len(items) or not (items[j].kind == "W" or items[j].kind == "M" and items[j].mention.kind == "market") \
            or items[j].low.rsplit(None, 1)[-1] not in _OPENING_SUBJECTS:
        return None  # ("the market" may be read as the story's market: its head word tells)
    for x in range(j + 1, min(j + 6, len(items))):
        if items[x].kind != "W":
            continue
        if items[x].low in _OPENING_VERBS or items[x].low in ("opening", "closing") and items[x - 1].low in ("were", "was"):
            return x + 1  # (and the Evening Standard's "As markets were closing in Europe New York's S&P 500 had gained")
        if items[x].low in ("got", "gets", "getting") and x + 2 < len(items) and (
                items[x + 1].word("underway") or items[x + 1].word("under") and items[x + 2].word("way")):
            return x + 2 + items[x + 1].word("under")  # review 75's "as trading got under way in Seoul"
        if items[x].low in (",", ";", "and", "as"):
            return None
    return None


#: ordinals that rank a move behind another: "its second worst loss after X", "the third-biggest gain after X"
_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


#: what follows a participle of the course ("after fluctuating throughout the day", "after hitting a record")
_COURSE_GOES_ON = frozenset({"as", "throughout", "higher", "lower", "between", "within", "nearly", "about", "around",
                             "below", "above", "past"})
_COURSE_OBJECT_WORDS = frozenset({"record", "high", "low", "peak", "highs", "lows", "level", "mark", "session", "day",
                                  "week", "ground", "bottom", "top", "trough", "range"})
#: a move noun of a market's own course: "following a weekly drop of 5 percent", "after a two-day rally"
_COURSE_NOUNS = W.MARKET_MOVE_NOUNS | {"rise", "gain", "surge", "slump", "run", "rises", "falls", "drops", "slides",
                                     "rallies"}
#: what "after it" reopening or a holiday's close names: a time, no cause
_REOPENED = frozenset({"opened", "reopened", "resumed", "reopens", "opens"})


def _own_course_after(items: list[Item], j: int) -> bool:
    """Whether the words at item j, after "after" or "following", tell the moving market's own course or a
    time, no cause: a participle of its course with no object of its own ("after fluctuating throughout the
    day", "after opening higher", "after hitting a record high"; not "after gaining early approval", "after
    hitting a record high in advertising revenue"), its reopening ("after it opened for the week", "after the
    market was closed for seven days"), or its own earlier move, told by a figure or a span ("following a
    weekly drop of 5 percent", "after a two-day rally"; not "after a drop of 10% in crude", "after an
    unexpected loss", "after a rally overnight on Wall Street": another's, or news)."""
    if j >= len(items):
        return False
    if items[j].word("briefly", "initially", "first", "earlier") and j + 1 < len(items):
        j += 1  # "after briefly topping the 18,000 level"
    if items[j].word("being", "staying", "remaining", "trading", "hovering", "languishing") and j + 1 < len(items) and (
            items[j + 1].word("up", "down", "higher", "lower", "flat") or items[j + 1].word("in") and any(
                it.word("red", "green", "black", "negative", "positive") for it in items[j + 2:j + 5])):
        return True  # AAP's "After being in the red all day", "after trading lower for most of the session"
    if items[j].kind == "W" and items[j].low.endswith("ing") and _back_from_a_low(items, j + 1):
        return True  # "after clambering back from an early loss of 35 points", "after recovering from early losses"
    if items[j].kind == "W" and "," in items[j].text and parse_number(items[j].text) is not None:
        return True  # Yonhap's "the lowest reading after 1,933.41 on Aug. 29 last year": a level it ranks behind
    if items[j].kind == "W" and (_course(items[j].low) or items[j].low == "topping"):
        # a verb of the course, not an adjective before a noun: "after rising U.S. demand", "after falling oil prices"
        x = j + 1
        if x < len(items) and items[x].word("a", "an", "the", "its", "their"):
            x += 1
            while x < len(items) and items[x].kind == "W" and items[x].low in _COURSE_OBJECT_ADJECTIVES:
                x += 1
        if x > j + 1 or x < len(items) and items[x].low in _COURSE_OBJECT_WORDS:
            # an object: the price's own ("a record high", "lows on March 23", "the 18,000 level"), nothing after it
            # that makes it another thing's ("a record high in advertising revenue")
            if not (x < len(items) and (items[x].low in _COURSE_OBJECT_WORDS or items[x].kind == "W"
                                        and items[x].text[:1].isdigit())):
                return False
            while x + 1 < len(items) and items[x + 1].low in _COURSE_OBJECT_WORDS | {"-"} | _COURSE_OBJECT_ADJECTIVES:
                x += 1
            nxt = items[x + 1] if x + 1 < len(items) else None
            return nxt is None or nxt.word(",", ";", ".", "on", "since", "set", "hit", "of") and not (
                nxt.word("of") and x + 2 < len(items) and items[x + 2].kind == "W" and not items[x + 2].text[:1].isdigit())
        nxt = items[x] if x < len(items) else None
        if nxt is not None and nxt.word("in") and any(it.word("range") for it in items[x + 1:x + 4]):
            return True  # "after moving in the range of 10,158.90 and 10,058.60", "after trading in a narrow range"
        if nxt is not None and nxt.word("by") and x + 1 < len(items) and items[x + 1].kind == "Q":
            return True  # "after rising by 0.71 per cent on the previous day"
        if nxt is not None and nxt.word("up", "down") and not (x + 1 < len(items) and items[x + 1].word(
                "a", "an", "the", "its", "their", "on", "to")):
            return True  # "After moving up for three consecutive days" (not "after opening up its app")
        return nxt is None or nxt.kind == "Q" or nxt.kind == "W" and (
            nxt.low in _COURSE_GOES_ON or nxt.low.endswith("ly") and nxt.low not in ("early", "only")
            or nxt.word(",", ";", ".")) or nxt.word("to") and x + 1 < len(items) and (
            items[x + 1].kind == "Q" or items[x + 1].text[:1].isdigit())
    s = j + 1 if items[j].word("the") and j + 1 < len(items) and (
        items[j + 1].word("market", "exchange", "bourse") or items[j + 1].kind == "M"
        and items[j + 1].mention.kind == "market") \
        else j if items[j].word("it", "they", "trading") or items[j].kind == "M" and items[j].mention.kind == "market" \
        else None
    if s is not None and s + 1 < len(items) and items[s + 1].low in _REOPENED:
        nxt = items[s + 2] if s + 2 < len(items) else None  # "after it opened for the week" (not "opened a new plant")
        return nxt is None or nxt.word(",", ";", ".", "for", "on", "after", "following", "higher", "lower", "in")
    if s is not None and s + 2 < len(items) and items[s + 1].word("was", "were", "had") \
            and (items[s + 2].word("closed", "shut") or items[s + 2].word("been") and s + 3 < len(items)
                 and items[s + 3].word("closed", "shut", "suspended", "halted")):
        return True
    if not items[j].word("a", "an", "its", "their"):
        return False
    told = False  # a figure or a span before the noun: "a 5% drop", "a two-day rally", "a weekly drop"
    for x in range(j + 1, min(j + 5, len(items))):
        sell_off = items[x].word("sell") and x + 2 < len(items) and items[x + 1].word("-") and items[x + 2].word("off")
        if items[x].kind == "W" and items[x].low in _COURSE_NOUNS or sell_off:
            x += 2 * sell_off  # "after a two-day sell-off"
            nxt = items[x + 1] if x + 1 < len(items) else None
            if nxt is not None and nxt.word("of") and x + 2 < len(items) and items[x + 2].kind == "Q":
                told, nxt = True, items[x + 3] if x + 3 < len(items) else None  # "a weekly drop of 5 percent"
            if nxt is not None and nxt.word("on") and any(market_or_place(it) for it in items[x + 2:x + 4]):
                return False  # "after a 2% drop on Wall Street": another market's move
            return told and (nxt is None or nxt.word(",", ";", ".", "on", "last", "earlier", "a", "the", "yesterday",
                                                     "in", "to") and not (nxt.word("in") and x + 3 < len(items)
                                                                    and not items[x + 2].word("the")))
        if items[x].kind == "M" or items[x].word(",", "in", "on", "of", "and"):
            return False
        told = told or items[x].kind == "Q" or items[x].low in _OWN_SPAN_WORDS or "-" in items[x].low \
            or items[x].word("-") or items[x].text[:1].isdigit()
    return False


def _back_from_a_low(items: list[Item], x: int) -> bool:
    """Whether the words at item x, after a participle, tell a recovery from the market's own low: "back from an
    early loss of 35 points", "from early losses", "from its intraday low" (not "from a cyberattack")."""
    x += x < len(items) and items[x].word("back")
    if not (x < len(items) and items[x].word("from")):
        return False
    for y in range(x + 1, min(x + 5, len(items))):
        if items[y].kind == "M":
            return False
        if items[y].low in _LOW_NOUNS:
            return True
    return False


_LOW_NOUNS = frozenset({"loss", "losses", "low", "lows", "deficit", "slump", "fall", "falls", "drop", "drops",
                        "decline", "declines", "dip", "slide", "sell-off", "selloff", "trough"})


#: adjectives inside a price's own object: "after hitting a fresh record high", "after touching a two-year low"
_COURSE_OBJECT_ADJECTIVES = frozenset({"fresh", "new", "record", "all-time", "intraday", "intra-day", "multi-year",
                                       "session", "key", "psychological", "psychologically", "important", "daily"})
#: spans that tell an earlier move of the market's own: "after a weekly drop", "following a recent bull run"
_OWN_SPAN_WORDS = frozenset({"weekly", "daily", "monthly", "recent", "brief", "week-long", "day-long", "bull",
                             "bear", "previous", "prior", "two-day", "three-day", "four-day", "five-day", "two-session",
                             "three-session"})


#: what an index tracks when "tracking" is a cue: another market's moves ("tracking gains on Wall Street")
_TRACKED_MOVES = W.BACK_SUBJECTS | {"peers", "markets", "wall", "overnight"}


def _index_before(items: list[Item], k: int) -> bool:
    """Whether an index's noun stands right before "tracking" at item k, past a market's name and "of the":
    "A sub-index of the Nikkei tracking carmakers"; or an index's name that ends with its noun: "the Hang Seng index
    tracking oil producers gained 2%" (the sector gauge, described)."""
    if k >= 1 and items[k - 1].kind == "M" and items[k - 1].low.endswith(("index", "sub-index", "gauge")):
        return not any(it.kind == "M" and it.mention.kind == "market" or it.kind == "W" and it.low in _TRACKED_MOVES
                       for it in items[k + 1:k + 4])  # (not "the Straits Times Index tracking regional losses fell":
        # a market's moves, tracked)
    x = k - 1
    while x >= 0 and (items[x].kind == "M" or items[x].word("the", "of")):
        x -= 1
    return x >= 0 and items[x].kind == "W" and items[x].low in ("sub-index", "subindex", "index", "gauge", "indices",
                                                               "indexes", "sub-indices", "sub-indexes")


def _second_after(items: list[Item], k: int) -> bool:
    """Whether the "after" at item k ranks a record behind another ("its second worst single-day loss after
    the pounding last Thursday"): an ordinal and a superlative within the eight words before it, no comma between."""
    if any(past_tense(it) for it in items[k + 1:k + 7]):
        return False  # "its third biggest gain of the year after Nvidia reported strong earnings", "after Musk sold
        # shares": a clause, a cause
    superlative = False  # (not "slid for a third straight session after X": a run, then its cause)
    for x in range(k - 1, max(-1, k - 9), -1):
        if items[x].kind == "W" and items[x].low in _ORDINALS:
            return superlative
        if items[x].word(",", ";") or items[x].kind != "W":
            return False
        superlative = superlative or items[x].low in _SUPERLATIVES or items[x].low.endswith("est")
    return False


_SUPERLATIVES = frozenset({"worst", "best", "most", "least"})


def _base_close(items: list[Item], x: int) -> bool:
    """Whether a past close that a change is measured from starts at item x: "last Thursday's close", "the previous
    close", "Friday's closing level", "yesterday's close"."""
    end = next((y for y in range(x, min(x + 5, len(items))) if items[y].word("close", "closing")), None)
    return end is not None and not (end + 1 < len(items) and items[end + 1].word("of")) \
        and all(it.kind == "W" and (it.low in _BASE_WORDS or it.low in W.WEEKDAYS) for it in items[x:end]) \
        and any(it.low in _BASE_TIMES or it.low in W.WEEKDAYS for it in items[x:end])  # (not "on the close of the
    # merger": an event)


_BASE_TIMES = frozenset({"last", "previous", "prior", "yesterday"})
_BASE_WORDS = _BASE_TIMES | {"the", "its", "their", "'s", "’s", "day", "week"}


_TIMES_OF_DAY = frozenset({"bell", "open", "opening", "start", "close", "closing", "weekend", "holiday", "holidays",
                           "session", "break", "reopening", "resumption", "return", "lunch", "afternoon", "morning"})


def _names_end(items: list[Item], j: int) -> int:
    """The index after a list of names from item j joined by commas and "and" ("Tencent, Alibaba and Meituan")."""
    x = j
    while x < len(items) and items[x].kind == "M":
        if x + 2 < len(items) and items[x + 1].word(",", "and") and items[x + 2].kind == "M":
            x += 2
        else:
            return x + 1
    return x


#: what "in line with" compares a figure to, no cause: "in line with expectations", "in line with Street estimates"
_YARDSTICKS = frozenset({"expectations", "estimates", "forecasts", "forecast", "consensus", "guidance", "estimate",
                         "projections", "targets", "peers", "analysts", "analysts'", "street"})


#: what "mirroring" follows when it names no market: "mirroring the negative trend in regional markets"
_MIRRORED = frozenset({"trend", "trends", "performance", "markets", "market", "peers", "gains", "losses", "moves",
                       "decline", "declines", "rally", "weakness", "strength", "sentiment", "mood", "sell-off", "selloff"})


#: verbs whose "over" is their particle: "as tech rolls over", "the market keeled over"
_PHRASAL_OVER = frozenset({"roll", "rolls", "rolled", "rolling", "keeled", "keels", "tipped", "tips", "toppled",
                           "topples", "took", "takes", "taking", "handed", "hands", "spilled", "spills", "boiled"})


def cue_at(items: list[Item], k: int) -> tuple[str, int] | None:
    """(cue, length) if a causal cue starts at item k."""
    if items[k].kind == "W" and items[k].low == "with":
        return ("with", 1) if k > 0 and items[k - 1].word(",") and _with_cause(items, k + 1) else None
    if items[k].kind == "W" and items[k].low == "from" and k >= 2 and items[k - 1].word("pressure") \
            and any(it.word("under") for it in items[max(0, k - 4):k - 1]):
        # "Miners came under pressure from X": the move's phrase, then its cue (not a subject's "Selling pressure from
        # foreign funds dragged the Kospi down", review 104)
        return "pressure from", 1
    if items[k].kind == "W" and items[k].low == "by" and k >= 2 and items[k - 1].low in PUSH_SIDES \
            and items[k - 2].low in PUSH_VERBS and k + 1 < len(items) and items[k + 1].kind != "Q":
        # "Toyota and Honda were pulled down by the stronger yen": the passive push read as the move, its "by" the cue
        return f"{items[k - 2].low} {items[k - 1].low} by", 1
    if items[k].kind == "W" and items[k].low in PUSH_VERBS and k + 4 < len(items) and items[k + 1].low in PUSH_SIDES \
            and items[k + 2].kind == "W" and (items[k + 2].low in _CUE_ADVERBS or items[k + 2].low.endswith("ly")
                                              and len(items[k + 2].low) > 3) \
            and items[k + 3].word("by") and items[k + 4].kind != "Q":
        return f"{items[k].low} {items[k + 1].low} by", 4  # "pushed higher chiefly by a rally in lenders"
    if items[k].kind == "W" and (items[k].low in _BY_CUE_HEADS or items[k].low in _TO_CUE_HEADS) and k + 2 < len(items) \
            and not items[k + 1].word("by", "to"):
        split = _split_by_cue(items, k)
        if split is not None:
            return split
    for words in _CUE_INDEX.get(items[k].low, ()) if items[k].kind == "W" else ():
        if words_at(items, k, words):
            f = k + len(words)
            if words[-1] == "by" and f < len(items) and (items[f].kind == "Q" or parse_number(items[f].text) is not None) \
                    and not (f + 1 < len(items) and items[f + 1].low in MOVE_NOUNS):
                return None  # "the ringgit was pushed up by 0.5 percent", "by 400 points": the size, no cause (not
                # "led by 4.5% drop in Tokyo": a move, the cause)
            if words == ("as",) and (any(words_at(items, k, w) for w in W.AS_NOT_CUE)
                                     or k >= 1 and items[k - 1].word("such", "just")):
                return None  # "as well as", "exporters such as Toyota", "just as EYDAP grew 0.93%": no cause
            if words == ("as",) and k + 1 < len(items) and items[k + 1].word("the", "its", "their") \
                    and _with_names_before(items, k):
                return None  # "with J.P. Morgan Chase as the worst-performing stock in the index", "with Goldman Sachs
                # (GS) and DuPont (DD) as its biggest decliners": a role
            if words == ("as",) and _own_move_restated(items, k + 1):
                return None  # Al Jazeera's "ended the day down 7.9 per cent as it lost 1,874.56 points": the move
                # restated
            if words == ("as",) and _breadth_clause(items, k + 1):
                return None  # "as only four stocks gained", "as nearly all dropped": how many moved, no cause
            if words == ("as",) and _opening_clause(items, k + 1):
                return None  # "as trading floors in Frankfurt opened on Monday morning": a time, no cause
            if words == ("as", "measured", "by") or words == ("as",) and words_at(items, k + 1, ("measured", "by")):
                return None  # "its worst one-day loss ever (as measured by percentages)": a yardstick
            if words in (("boost",), ("boosts",)) and k >= 1 and items[k - 1].word("top", "biggest", "largest"):
                return None  # "Reliance Industries, the top boost on the NSE Nifty, closed 1 percent higher": a rank
            if words == ("mirroring",) and not any(it.kind == "M" or it.low in _MIRRORED
                                                   for it in items[k + 1:k + 6]):
                return None  # review 75's "mirroring its role as a haven": no market's course it follows
            if words == ("tracking",) and _index_before(items, k):
                return None  # "A sub-index of the Nikkei tracking carmakers rose": what an index holds
            if words == ("on",) and k + 2 < len(items) and items[k + 1].word("that", "the", "this", "same") \
                    and (items[k + 2].word("day", "session") or k + 3 < len(items) and items[k + 2].word("same")
                         and items[k + 3].word("day")):
                return None  # "The French stock market fell sharply on that day": a time
            if words == ("on",) and _base_close(items, k + 1):
                return None  # the Irish Examiner's "an increase of 41 points, or 1.73%, on last Thursday's close": the
                # base of the change
            if words == ("in", "line", "with") and (f >= len(items) or items[f].low in _YARDSTICKS or f + 1 < len(items)
                                                    and items[f].kind == "W" and items[f + 1].low in _YARDSTICKS):
                return None  # "results in line with expectations", "in line with analysts' estimates": a yardstick
            if words == ("following",) and k + 1 < len(items) and items[k + 1].word("by"):
                return None  # Xinhua's "..., following by Sainsbury (6.27 percent)": "followed by", a list
            if words == ("over",) and k >= 1 and items[k - 1].low in _PHRASAL_OVER:
                return None  # CNBC's "as tech rolls over", "keeled over": a phrasal verb's particle, no cue
            if words == ("riding", "on") and not (k > 0 and items[k - 1].word(",")):
                return None  # ", riding on a biopharma boom" (not "with much riding on its robotaxi event")
            if words == ("after",) and _second_after(items, k):
                return None  # "its second worst single-day loss after the 2,919-point pounding": a rank, no cause
            if words == ("after",) and k + 1 < len(items) and (items[k + 1].kind == "Q" or items[k + 1].low[:1].isdigit()) \
                    and any(it.word("shares", "lots") or it.text.lower().endswith((" shares", " lots"))
                            for it in items[k + 1:k + 5]) \
                    and any(it.word("traded", "changed") and x + 1 < len(items) and (
                        items[x + 1].word(".", ",", ";", "while", "today", "yesterday")
                        if it.low == "traded" else items[x + 1].word("hands"))
                        for x, it in enumerate(items[k + 2:k + 6], start=k + 2)):
                return None  # the Business Times' "up 4.2 per cent after 85.8 million shares were traded": a volume
            if words == ("after",) and k + 1 < len(items) and items[k + 1].word("having"):
                return None  # "extended its losses after having traded with some volatility": its own course
            if words == ("after",) and k + 2 < len(items) and items[k + 1].word("being") \
                    and items[k + 2].word("down", "up", "higher", "lower", "as", "flat"):
                return None  # "dropped 2.7 per cent for the day, after being down 3.1 per cent": its own course
            if words == ("as",) and k >= 2 and items[k - 2].word("as") and items[k - 1].low in _AS_COMPARED:
                return None  # the second "as" of "as much as 1.8%", "as far as": a comparison
            if words == ("as",) and k + 1 < len(items) and items[k + 1].word("at", "of") \
                    and k + 2 < len(items) and (items[k + 2].kind == "Q" or items[k + 2].low[:1].isdigit()):
                return None  # the Business Times' "to 3,168.10 as at 1.04pm", "as of 3 p.m.": a time, no cause
            if words == ("as",) and _waiting_for_a_time(items, k):
                return None  # "as investors awaited Wall Street's opening bell": a time, no cause
            if words == ("as",) and any(items[x].word("is", "are") and items[x + 1].word("known", "called")
                                        for x in range(k + 2, min(k + 6, len(items) - 1))):
                return None  # "Kestrel, as Kestrel Energia SA is known, slid 2.6%": a name, no cause
            if words == ("over",) and (k + 1 >= len(items) or items[k + 1].kind != "W"
                                       or items[k + 1].low in W.NOT_CAUSE_AFTER_OVER or items[k + 1].low[:1].isdigit()):
                return None  # "over 1%", "over the past week", "its lowest in over six years": a hedge or a time
            if words == ("over",) and items[k + 1].low in W.OVER_TIMES and not (
                    k + 2 < len(items) and items[k + 2].kind == "W" and items[k + 2].text.isalpha()
                    and items[k + 2].text.islower() and items[k + 2].low not in W.CLAUSE_END):
                return None  # "strong sales over Christmas": a time (not "over holiday sales worries")
            if words == ("on",) and not (k + 1 < len(items) and items[k + 1].low in W.ON_CAUSE_NOUNS) \
                    and any(it.low.split()[-1] in W.ON_VENUE for it in items[k + 1:k + 6] if it.low):
                # "rose 5% on NYSE", "fell 12% on debut", "on Hong Kong's exchange": where, not why
                # (not "on news that its board authorized a buyback")
                return None
            if words in (("on",), ("upon",)) and k > 0 and items[k - 1].low in W.ON_AS_VERB:
                return None  # "based on X", "focused on X": a verb's object, not a cause
            if words == ("on",) and k > 0 and items[k - 1].low in _RANKED_ON:
                return None  # "among outperformers on MSCI's index of Southeast Asia": where it ranked
            if words in (("on",), ("upon",)) and k + 1 < len(items):
                nxt = items[k + 1]
                # "on China worries", "on tech sector fears", "on global market bounce"; "on Wall Street's rally"
                # (where, it would be "on Wall Street")
                concern = nxt.kind == "M" and nxt.mention.kind in ("place", "market", "ref", "sector") and (any(
                    it.kind == "W" and (it.low in W.CONCERN_NOUNS or it.low in ("'s", "’s") and nxt.mention.kind != "sector")
                    for it in items[k + 2:k + 4]) or any(  # "on global market bounce", "on China reopening speculation"
                    it.low in W.ON_CAUSE_NOUNS and not any(b.low in _NOT_IN_A_CAUSE_NOUN for b in items[k + 2:x])
                    for x, it in enumerate(items[k + 2:k + 4], k + 2)))  # (not "on Wall Street after results")
                # Jiji's "on Wall Street drop": a market's name, then its move right after it (not "on the Hang Seng,
                # extending gains": the venue, then the move's own course)
                concern = concern or nxt.kind == "M" and nxt.mention.kind in ("place", "market", "ref") \
                    and k + 2 < len(items) and items[k + 2].kind == "W" and items[k + 2].low in W.MARKET_MOVE_NOUNS
                # "on Tencent and Alibaba gains", "on Tencent, Alibaba losses": named movers, then their move
                last = _names_end(items, k + 1) if nxt.kind == "M" else k + 1
                concern = concern or last > k + 2 and last < len(items) and items[last].kind == "W" \
                    and (items[last].low in W.MARKET_MOVE_NOUNS or items[last].low in W.ON_CAUSE_NOUNS)
                # "on a Wall Street comeback", "on the news": an article, then a cause noun within four words
                # (and "on its earnings report", "on the company's disappointing quarterly report")
                reach = k + 7 if nxt.word("the") else k + 5 if nxt.word("its", "their") else k + 6
                led = nxt.word("a", "an", "the", "its", "their") and (any(
                    it.kind == "W" and it.low in W.ON_CAUSE_NOUNS for it in items[k + 2:reach])
                    and not any(it.low in ("since", "than") for it in items[k + 2:reach])  # "on its biggest drop since"
                                                or k + 3 < len(items) and items[k + 2].low in W.COMPARATIVES
                                                and (items[k + 3].low in W.PRICED or items[k + 3].kind == "M"
                                                     or k + 4 < len(items) and items[k + 4].low in W.PRICED))
                # ("on a higher metal price": the priced thing two words on)
                owned = nxt.word("wall") and any(it.low in ("'s", "’s") for it in items[k + 2:k + 4])
                if nxt.kind == "W" and nxt.text.isdigit() and k + 2 < len(items) and items[k + 2].low in W.WHEN:
                    return None  # "from its close of Rs 72.45 on 17 September 2021": a date
                if nxt.kind == "W" and parse_number(nxt.text) is not None and (
                        k + 2 < len(items) and items[k + 2].low in ("points", "point", "pts", "against")
                        or "." in nxt.text and not (k + 2 < len(items) and items[k + 2].kind == "W"
                                                    and items[k + 2].text.isalpha())):
                    # "closing the day 3.2 percent lower on 3,450.00 points", "settled on 84.36 against the dollar",
                    # "ended on 84.36.": the level it closed on (not "on 2024 guidance", "on 15,000 job cuts", "on 2.5
                    # trillion won of foreign buying")
                    return None
                # (a sector after "on" is what moved the market: Reuters' "Australia shares post 3-week closing highs
                # on banks, iron ore miners"; a market or an exchange after it is where)
                moved_on = nxt.kind == "M" and nxt.mention.kind == "sector" and k >= 1 and (
                    items[k - 1].kind == "Q" or items[k - 1].low in _MOVE_ENDS)  # (not "weighing on banks", "a tax on banks")
                # the index a ranking or a trade is on: the Scotsman's style, "Wren Bank was the heaviest faller on the
                # FTSE 250 following a profit warning" (not "on the FTSE 100's slide": its move, a cause)
                venue = nxt.word("the") and k + 2 < len(items) and items[k + 2].kind == "M" \
                    and (items[k + 2].mention.kind == "market" or (items[k + 2].mention.entity_id or "").startswith("idx-")) \
                    and not (k + 3 < len(items) and items[k + 3].kind == "W" and (
                        items[k + 3].low in ("'s", "’s") or items[k + 3].low in W.MARKET_MOVE_NOUNS
                        or items[k + 3].low in W.CONCERN_NOUNS or items[k + 3].low in W.ON_CAUSE_NOUNS))
                if venue or nxt.kind == "Q" or nxt.kind == "M" and nxt.mention.kind != "candidate" and not moved_on and not concern \
                        or nxt.low.split()[0].rstrip("-–—") in W.NOT_CAUSE_AFTER_ON and not led and not owned \
                        and not concern or _session_time_on(items, k + 1) or (
                        nxt.low == "the" and k + 2 < len(items) and items[k + 2].low in W.NOT_CAUSE_AFTER_THE):
                    return None
            return " ".join(words), len(words)
    return None


def _session_time_on(items: list[Item], j: int) -> bool:
    """'dived 3 per cent on mid-week session', 'fell on opening and was still down': a time of the session after
    "on", no cause (not "on opening of the new mine")."""
    x = j + 2 if words_at(items, j, ("mid", "-")) else j
    if x < len(items) and x > j and items[x].word("week", "day") and x + 1 < len(items) and items[x + 1].word("session"):
        x += 1  # "mid-week session"
    timed = x < len(items) and (x > j and items[x].word("week", "day", "session", "morning", "afternoon")
                                or items[x].word("opening", "midweek", "mid-week", "intraday"))
    # (not review 75's "on mid-week session buying by foreign funds": a time of what is named after it, the cause)
    return timed and (x + 1 == len(items) or items[x + 1].kind == "W" and items[x + 1].low in _SESSION_TIME_ENDS)


#: what may follow a session's time after "on": ", losing 460 points", "on opening and was still down"
_SESSION_TIME_ENDS = frozenset({",", ".", ";", "and", "but", "as", "after", "while", "with", "to", "-", "before"})


#: the words a move ends with, before an "on" whose sector is what moved it: "rose 2% on banks", "post 3-week
#: closing highs on banks, iron ore miners", "Australia shares fall on miners"
_MOVE_ENDS = frozenset({"higher", "lower", "highs", "lows", "high", "low", "up", "down", "gains", "losses", "rise",
                        "rises", "fall", "falls", "rose", "fell", "gained", "lost", "jumped", "slid", "dropped",
                        "climbed", "advanced", "declined", "rallied", "slipped", "eased", "edged", "surged"})
#: words between a market's name and a cause noun that part them: "on Wall Street after results"
_NOT_IN_A_CAUSE_NOUN = frozenset({"after", "on", "as", "amid", "following", "with", "in", "at", "for", "to", ",",
                                  "and", "ahead", "before", "despite"})
#: what investors do in a ", with X doing Y" cause: "with foreign investors selling shares worth ..."
_TRADING = frozenset({"selling", "buying", "dumping", "snapping", "offloading", "booking", "taking", "fleeing",
                      "pulling", "piling", "cashing", "locking", "shunning", "unloading", "scooping", "shedding"})
_TRADERS = frozenset({"investors", "traders", "foreigners", "funds", "institutions", "buyers", "sellers"})
#: how investors feel about what moved the market: "with investors unnerved by X", "uncertain about Y"
_INVESTORS_FEELING = frozenset({"unnerved", "spooked", "rattled", "worried", "concerned", "uncertain", "nervous",
                                "wary", "fearful", "encouraged", "cheered", "heartened", "relieved", "reassured"})


def _with_cause(items: list[Item], j: int) -> bool:
    """Whether ', with' before item j opens a cause, as annotators read it: investors trading ("with
    foreign investors selling shares worth 197 billion rupiah") or where the day's biggest moves came
    from ("with the biggest losses coming from lenders"); not breadth, turnover or a member's move."""
    if j + 1 < len(items) and (items[j].kind == "M" and (items[j].mention.entity_id or "").startswith("inv-")
                               or items[j].low in _TRADERS) and items[j + 1].low in _TRADING:
        return True
    if j + 2 < len(items) and items[j].low in _TRADERS and items[j + 1].low in _INVESTORS_FEELING \
            and items[j + 2].word("by", "about", "over", "of", "at", "that"):
        return True  # the Guardian's ", with investors unnerved by the rapid escalation of the crisis"
    if j + 4 < len(items) and items[j].word("the") and items[j + 1].low in ("biggest", "largest", "heaviest") \
            and items[j + 2].low in ("losses", "gains", "drag", "declines", "boost") and items[j + 3].word("coming", "came") \
            and items[j + 4].word("from"):
        return True
    if _drivers_of_move(items, j):
        return True
    # Reuters' ", with newspaper market reports citing a Morgan Stanley note", ", with fears of a recession weighing on
    # sentiment": news, hopes or fears that act (a participle), not breadth or a member's move
    noun = next((x for x in range(j, min(j + 4, len(items))) if items[x].kind == "W" and items[x].low in _WITH_NEWS),
                None)
    if noun is not None and all(it.text.islower() for it in items[j:noun]) and any(
            _acting_participle(it) for it in items[noun + 1:noun + 7]):
        return True
    # ", with domestic institutions providing support", ", with retailers reporting strong sales": a few words
    # that act on the market (no figure, no market of their own, no member's move: "with banks falling 2%")
    acting = next((x for x in range(j + 1, min(j + 6, len(items))) if items[x].kind == "W"
                   and items[x].low in _WITH_ACTING), None)
    if acting is not None and any(it.low in _DRIVEN_MOVES for it in items[acting + 1:acting + 3]):
        return False  # ("with the All Share posting matching gains": another gauge's move)
    return acting is not None and not any(
        it.kind == "Q" or it.word(",", ";", "and") or it.kind == "M" and (
            it.mention.kind in ("market", "place") or (it.mention.entity_id or "").startswith("idx-"))
        for it in items[j:acting])


#: participles by which the words after ", with" act on the market: "with domestic institutions providing support"
_WITH_ACTING = frozenset({"providing", "lending", "offering", "reporting", "posting", "grappling", "fuelling",
                          "fueling", "spurring", "sparking", "prompting", "hurting", "denting", "sapping", "souring",
                          "dampening", "boosting", "buoying", "supporting", "underpinning"})


def _drivers_of_move(items: list[Item], j: int) -> bool:
    """Whether the with-clause at item j names what drove the move ("with a handful of blue chips leading the fall",
    "with energy stocks bearing the brunt", "with miners among the biggest fallers", "with carmakers at the
    forefront of the sell-off"): the groups that led it, a cause as annotators read the cue "with" (a with-list of
    companies or sector words is read by :func:`with_members`)."""
    for x in range(j, min(j + 7, len(items) - 2)):
        if items[x].word(",", ";", ":") or items[x].kind == "Q" or items[x].kind == "M" and not (
                items[x].mention.kind == "sector" or items[x].mention.kind == "market" and items[x].mention.entity_id is None):
            return False  # (companies a with-list leads with are read as its members, see with_members; an index or a
            # market is the move's own: "with the Dow leading the losses")
        end = None
        if items[x].word("leading"):
            end = x + 1 if items[x + 1].low in _DRIVEN_MOVES else x + 2 if items[x + 1].word("the") \
                and items[x + 2].low in _DRIVEN_MOVES else None
        elif words_at(items, x, ("bearing", "the", "brunt")):
            end = x + 2
        elif words_at(items, x, ("at", "the", "forefront")):
            end = x + 2
            if end + 1 < len(items) and items[end + 1].word("of"):  # "at the forefront of the sell-off"
                end = next((y for y in range(end + 2, min(end + 6, len(items))) if items[y].word(",", ".", ";")), end) - 1
        elif items[x].word("among") and items[x + 1].word("the") and items[x + 2].low in _RANK_WORDS:
            end = x + 3
        if end is not None:
            # the clause ends there (not "with the banks leading the way after a rally in New York", whose cue is
            # "after"; nor "leading the gains at 9.6%": a member's own move)
            return end + 1 >= len(items) or items[end + 1].word(".", ";", ")") or items[end + 1].word(",") and not (
                end + 2 < len(items) and (items[end + 2].kind == "Q" or items[end + 2].low in _OWN_MOVE_WORDS))
    return False


#: the moves a with-clause's names lead: "leading the fall", "leading gains"
_DRIVEN_MOVES = frozenset({"fall", "falls", "decline", "declines", "losses", "loss", "gains", "gain", "rally", "rise",
                           "rises", "advance", "advances", "slide", "selloff", "sell-off", "retreat", "drop", "slump",
                           "surge", "charge", "march", "decliners", "gainers", "losers", "advancers", "way"})
#: what a with-clause's member's own move opens with after its comma: "among the top losers, down 3 percent"
_OWN_MOVE_WORDS = frozenset({"up", "down", "higher", "lower", "rising", "falling", "gaining", "losing", "adding",
                             "shedding", "climbing", "sliding", "dropping", "each", "both"})
#: the ranks of "among the biggest fallers"
_RANK_WORDS = frozenset({"biggest", "top", "worst", "best", "heaviest", "largest", "main", "leading"})


def _acting_participle(it: Item) -> bool:
    """Whether a word is a participle that acts ("weighing", "falling"), not a time or a noun in -ing."""
    return it.kind == "W" and it.text.islower() and it.low.endswith("ing") and len(it.low) > 5 \
        and it.low not in _NOT_PARTICIPLES


#: words in -ing that are no participle acting, or a time ("with reports due this morning", "during", "trading")
_NOT_PARTICIPLES = frozenset({"morning", "evening", "during", "trading", "listing", "coming", "starting", "pending",
                              "including", "according", "following", "remaining", "meeting", "spending", "building",
                              "ceiling", "earnings", "nothing", "something", "anything", "everything", "being",
                              "funding", "lending", "offering", "opening", "closing", "timing", "upcoming",
                              "ongoing", "outstanding", "wedding", "holding", "holdings", "heading"})


#: what a with-clause gives as the news behind a move
_WITH_NEWS = frozenset({"reports", "report", "news", "speculation", "hopes", "fears", "worries", "concerns", "rumours",
                        "rumors", "optimism", "expectations", "talk"})


#: ranking nouns before "on" and the index they rank on: "among the best performers on the Kospi"
_RANKED_ON = frozenset({"outperformers", "underperformers", "gainers", "losers", "decliners", "advancers",
                        "performers", "laggards", "movers"})


def _date_phrase(items: list[Item], k: int) -> int:
    """Length of 'on Wednesday' / 'on November 25' / 'on the day' at item k (0 if none)."""
    if not items[k].word("on", "in", "for", "during"):
        return 0
    n = 1
    if k + n < len(items) and items[k + n].word("the"):
        n += 1
    if k + n < len(items) and (items[k + n].low in W.WHEN or items[k + n].low in ("day", "session", "week")):
        n += 1
        if k + n < len(items) and items[k + n].kind == "W" and items[k + n].text.isdigit():
            n += 1
        return n
    return 0


#: a move noun whose owner follows it ("a 4% gain in Siemens", "a drop at Samsung")
_GAIN_NOUNS = MOVE_NOUNS | RESULT_NOUNS | {"increase", "decrease", "climb", "dip", "retreat"}


_IN_AT_ON = frozenset({"in", "at", "on"})


def _another_move_noun(items: list[Item], e: int) -> int | None:
    """After a cause that ends in a mover's name (and its ticker), 'and a 0.7% increase in ...': where
    the second such cause starts."""
    if e < len(items) and items[e].qkind == "TICKER":
        e += 1
    if e + 3 < len(items) and items[e].word("and") and items[e + 1].word("a", "an") and items[e + 2].qkind == "PERCENT" \
            and items[e + 3].low in _GAIN_NOUNS:
        return e + 1
    return None


def _owner_of_move_noun(items: list[Item], j: int) -> bool:
    """Whether the mention at j owns the move noun before it: 'a 4% gain in Siemens',
    'a 3.5% drop in chipmaker TSMC'."""
    p = description_end(items, j - 1, -1, 5, _IN_AT_ON, any_case=True)  # "in petrochemical maker Industries Qatar"
    # (or the market it was on: "after a 2% drop on Wall Street", "a 2.1 percent fall on the MSCI emerging market
    # index")
    return p >= 1 and (items[p].word("in", "at") or items[p].word("on") and market_or_place(items[j])) \
        and items[p - 1].low in _GAIN_NOUNS


#: the words between a counted pause's length and its noun: "an eight-day national holiday"
_PAUSE_ADJECTIVES = frozenset({"national", "public", "long", "lunar", "new", "year", "festive", "bank"})


def _named_mover(it: Item) -> bool:
    """Whether item ``it`` names a sector or a company (not an index, a market or a place)."""
    m = it.mention
    return it.kind == "M" and m is not None and (m.kind == "sector" or m.kind in ("ref", "candidate") and not (
        m.entity_id or "").startswith(("idx-", "market-")))


_SAID = frozenset({"told", "said", "cut", "made", "gave", "set", "put", "won", "held", "took", "sold", "bought",
                   "saw", "began", "rose", "fell", "says", "warns", "cuts"})


def _apposed_name_end(items: list[Item], j: int, stops: set[int]) -> int | None:
    """After the comma at j, a name or a description set off by commas and followed by the verb
    of the clause (", Jerome Powell, warned", ", the top U.S. infectious disease expert, told"):
    the index after the second comma; None for anything else."""
    n = j + 1
    if n < len(items) and (items[n].word("the", "a", "an") or items[n].kind == "W" and items[n].low.isalpha()
                           and items[n].text.islower()):
        # ", the top U.S. infectious disease expert, told"; "the company, post market hours on Wednesday, said"
        while n < min(len(items), j + 10) and not items[n].word(",") and n not in stops and items[n].kind != "Q":
            n += 1
    else:
        while n < len(items) and items[n].kind == "M" and n not in stops:
            n += 1
        owner = n
        while owner < min(len(items), j + 4) and items[owner].kind == "W" and items[owner].text.istitle() \
                and items[owner].text.isalpha():
            owner += 1
        if owner > j + 1 and owner < len(items) and items[owner].word("'s", "’s"):
            n = owner
        if n > j + 1 and n < len(items) and items[n].word("'s", "’s"):
            n += 1  # "after the bank, Russia's largest lender, posted a record profit"
            while n < min(len(items), j + 10) and items[n].kind == "W" and items[n].text.isalpha() \
                    and items[n].text.islower() and n not in stops:
                n += 1
    if n == j + 1 or n + 1 >= len(items) or not items[n].word(","):
        n = _described_name_end(items, j, stops)  # ", Edinburgh-based investment management firm Baillie Gifford,"
        if n is None:
            return None
    verb = items[n + 1]
    said = verb.kind == "W" and verb.text.isalpha() and verb.text.islower() and (
        verb.low.endswith("ed") or verb.low in _SAID or verb.low in ("had", "has", "was", "is", "would", "will"))
    return n + 1 if said else None


def _described_name_end(items: list[Item], j: int, stops: set[int]) -> int | None:
    """After the comma at j, a description that ends with a name (', Edinburgh-based investment
    management firm Baillie Gifford,'): the second comma's index, if a name ends the aside and no
    figure, verb or other clause stands in it; else None."""
    for x in range(j + 1, min(len(items), j + 12)):
        it = items[x]
        if it.word(","):
            return x if x > j + 1 and items[x - 1].kind == "M" and x + 1 < len(items) else None
        if it.kind == "Q" or x in stops or it.kind == "W" and (
                _past_verb(it) and not items[x - 1].word("-")  # (not "Edinburgh-based": an adjective)
                or cue_at(items, x) is not None or predicate_at(items, x) is not None):
            return None
    return None


def _listed_name(items: list[Item], x: int) -> bool:
    """A place or a country's name, as listed in 'tariffs on Canada, Mexico and China'."""
    return items[x].kind == "M" and items[x].mention.kind == "place"


def _listed_good(items: list[Item], x: int) -> bool:
    """A commodity's or a sector's name, as listed in "as copper, nickel and base metals climbed"."""
    return items[x].kind == "M" and (items[x].mention.kind == "sector" or (items[x].mention.entity_id or "").startswith("cmd-"))


def _closed_list_after(items: list[Item], j: int) -> bool:
    """Whether the comma at item j goes on with such names to the last that "and" opens: ", zinc and base metals" (not a
    headline's ", miners slide, Heron takeover wins the nod": a clause of its own)."""
    x = j
    while x + 2 < len(items) and items[x].word(",") and _list_word(items[x + 1]) and items[x + 2].word(",", "and"):
        x += 2
    return x > j and x + 1 < len(items) and items[x].word("and") and _list_word(items[x + 1])


def _list_word(it: Item) -> bool:
    """A list's item: a name, or a plain word ("base" of "base metals", which the reference does not know)."""
    return it.kind == "M" or it.kind == "W" and it.text.isalpha()


def _object_list_end(items: list[Item], k: int, j: int) -> int | None:
    """Where a list of names ends when the comma at item j goes on one that a preposition of the cause phrase (from
    item k) opens, closed by "and" and a last name with no verb after it: "buying of Maybank, Public Bank and
    Petronas-linked stocks" (not "a downgrade of Maybank, Public Bank fell": a clause of its own); else None."""
    first = j - 1
    while first - 2 > k and items[first - 1].word(",") and items[first - 2].kind == "M":
        first -= 2
    if not (first - 1 > k and items[first].kind == "M" and items[first - 1].word("of", "in", "by", "from", "on")):
        return None
    x = j
    while x + 1 < len(items) and items[x].word(",") and items[x + 1].kind == "M":
        x += 2
    if not (x + 1 < len(items) and items[x].word("and") and items[x + 1].kind == "M"):
        return None
    end = x + 2
    while end < len(items) and items[end].kind == "W" and items[end].low in _NAME_LIST_TAILS:
        end += 1
    if end < len(items) and (_past_verb(items[end]) or items[end].word("was", "were", "rose", "fell", "gained", "lost")):
        return None
    return end


#: words that close a list of names as part of it: "Petronas-linked stocks", "Infosys shares"
_NAME_LIST_TAILS = frozenset({"-", "linked", "related", "stocks", "shares"})


def _noun_list_end(items: list[Item], j: int) -> int | None:
    """The end of 'A, B and C' from the comma at item j when what follows it is a list of noun phrases
    closed by 'and' at the sentence's end: 'the nationalisation of X, the bail-out of Y and the
    nationalisation of Z.' (None when a verb, a cue or another clause's word stands in it)."""
    seen_and = False
    if j + 1 < len(items) and items[j + 1].kind == "W" and items[j + 1].low.endswith(("ing", "ly")):
        return None  # ", sending the dollar lower", ", reportedly": no list item
    for x in range(j + 1, min(len(items), j + _LIST_REACH)):  # (a run-on sentence is not walked to its end)
        it = items[x]
        if it.word(".", "!", "?") and x == len(items) - 1:
            return x if seen_and and x > j + 2 else None
        if it.word(",") and seen_and and x > j + 2 and _said_tail(items, x + 1):
            return x  # Jiji's "thanks to buying on dips, a weaker yen and a rise in Nikkei futures prices, brokers said"
        if it.word(",") and (not seen_and or x + 2 == len(items) - 1 and items[x + 1].kind == "M"):
            continue  # (and an apposed name at the end: "the nationalisation of Iceland's third largest bank, Glitnir")
        if it.word("and") and not seen_and and x > j + 1 and (not items[x - 1].word(",") or x - 1 > j + 2):
            seen_and = True
            continue
        if it.kind == "Q" and it.qkind != "TICKER" or it.kind == "W" and (  # (a bracketed short form: "(FPI)")
                it.low in _LIST_STOPS or it.low.endswith("ed") and items[x - 1].low not in _DETERMINERS
                and not (items[x - 1].word(",") and _attributive_participle(items, x))
                or cue_at(items, x) is not None):
            return None  # (a past tense or a figure: a clause, not a noun phrase)
    return None


#: who says a sentence at its end: ", brokers said", ", analysts said"
_SAYERS = frozenset({"brokers", "analysts", "traders", "dealers", "economists", "strategists", "officials", "sources"})


def _said_tail(items: list[Item], x: int) -> bool:
    """Whether items x.. are only a sentence's closing attribution ("brokers said.", "analysts said")."""
    return x + 1 < len(items) and items[x].low in _SAYERS and items[x + 1].word("said", "say", "says") \
        and (x + 2 == len(items) or x + 3 == len(items) and items[x + 2].word("."))


_LIST_STOPS = frozenset({",", ";", ":", "and", "which", "who", "while", "but", "with", "said", "says", "is", "are", "was",
                         "were", "has", "have", "had", "will", "would", "could", "\u2014", "\u2013", "(", ")"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
#: the most items a sentence-closing list of noun phrases spans after its first comma
_LIST_REACH = 48


_EXAMPLE_OPENERS = (("in", "particular"), ("particularly",), ("especially",), ("notably",), ("mainly",),
                    ("chiefly",), ("mostly",), ("including",))


def _example_aside_end(items: list[Item], j: int) -> int | None:
    """After the comma at j, an aside that narrows the phrase before it (', in particular in the
    electronics sector,'): the index after its closing comma; None if there is none."""
    n = next((j + 1 + len(w) for w in _EXAMPLE_OPENERS if words_at(items, j + 1, w)), None)
    if n is None:
        return None
    for x in range(n, min(n + 10, len(items))):
        if items[x].word(","):
            return x + 1
        if items[x].kind == "Q" or items[x].word(";", ".") or cue_at(items, x):
            return None
    return None


def _figure_or_list_end(items: list[Item], k: int, j: int) -> int | None:
    """After the comma at j, the rest of the sentence when it goes on the cause begun at k: its own
    figure (', up 2.9 percent from the prior year'), or the list of its plans (', lift payouts and
    increase revenues' after 'plans to implement job cuts'); None otherwise."""
    end = len(items) - (1 if items[-1].word(".") else 0)
    rest = items[j + 1:end]
    if not rest or any(it.word(",", ";") or cue_at(items, j + 1 + x) for x, it in enumerate(rest)):
        return None
    if rest[0].word("up", "down") and len(rest) > 1 and rest[1].qkind == "PERCENT":
        return end  # the cause's own figure
    planned = any(items[x].word("to") and items[x + 1].kind == "W" and items[x + 1].low.isalpha()
                  and items[x + 1].text.islower() for x in range(k, j - 1))
    if planned and rest[0].kind == "W" and rest[0].text.isalpha() and rest[0].text.islower() \
            and rest[0].low not in _NOT_A_NOUN_PHRASE and rest[0].low not in ("and", "or", "to", "the", "a", "an") \
            and not rest[0].low.endswith(("ing", "ed", "ly")) and any(it.word("and") for it in rest[1:]) \
            and not any(it.kind == "Q" and it.qkind == "PERCENT" for it in rest):
        return end  # "plans to implement deeper job cuts, lift shareholder payouts and increase revenues"
    return None


def _relative_end(items: list[Item], j: int) -> int | None:
    """After ', which on Tuesday posted its second-biggest gains' (a relative clause on the cause
    with no figure of its own, up to the sentence's end): the sentence's end; else None."""
    if not (j + 2 < len(items) and items[j + 1].word("which", "who")):
        return None
    end = len(items) - (1 if items[-1].word(".") else 0)
    if end - j > 20 or any(it.kind == "Q" or it.word(",", ";") or cue_at(items, x) for x, it in
                           enumerate(items[j + 2:end], j + 2)):
        return None
    return end


#: (and a concessive clause after the cause: "rose 3.9% on a profit beat despite a decline in deposits")
_BOUNDARY_NOT_DASH = W.BOUNDARY - {"-"} | {"despite"}
#: the words a noun phrase opens with
_NOUN_OPENERS = ("the", "a", "an", "its", "their", "his", "her", "this", "these", "those")
#: words a cause phrase does not end with
_PHRASE_TAIL_WORDS = frozenset({"and", "or", "with", "\"", "'", "in", "of", "on", "for", "to", "about", "over", "the",
                                "a", "an", "by", "from", "at", "after", "following", "amid", "as"})


#: the words of a wire's version tag in brackets after a headline: "(UPDATE 1)", "(Corrected)", "(REFILE)"
_WIRE_TAGS = frozenset({"update", "updated", "corrected", "refile", "refiled", "repeat", "rpt", "wrapup", "live"})


def _date_comma(items: list[Item], j: int) -> bool:
    """Whether the comma at item j stands between a month's day and its year ("November 1, 2017")."""
    return j + 1 < len(items) and items[j - 1].low.isdigit() and len(items[j - 1].low) <= 2 \
        and items[j - 2].low.rstrip(".") in MONTHS and items[j + 1].low.isdigit() and len(items[j + 1].low) == 4


#: the verbs a subject's clause goes on with after a relative clause inside it: "X, which has Y, could be next"
_CLAUSE_GOES_ON = frozenset({"could", "would", "might", "may", "will", "can", "is", "was", "were", "are", "has", "had",
                             "have"})


def _embedded_relative_end(items: list[Item], j: int) -> int | None:
    """Where the clause goes on past a relative clause that the comma at item j opens, when a second comma closes it
    and a verb follows ("fears the lender, which holds a pile of bad loans, could fail"): the relative clause
    stands inside the subject of a clause; None otherwise."""
    if not (j + 3 < len(items) and items[j + 1].word("which", "who")):
        return None
    for c in range(j + 3, min(j + 24, len(items) - 1)):
        it = items[c]
        if it.word(";", ".", ":") or it.kind == "W" and it.low in W.BOUNDARY:
            return None
        if it.word(","):
            return c + 1 if items[c + 1].kind == "W" and items[c + 1].low in _CLAUSE_GOES_ON else None
    return None


def _phrase_end(items: list[Item], k: int, stops: set[int]) -> int:
    """Index where a cause phrase starting at item k ends."""
    j = k
    inside = False  # a mover stood inside the phrase's own noun phrase
    while j < len(items):
        it = items[j]
        if j in stops and _owner_of_move_noun(items, j):
            j += 1  # "lifted by a 4% gain in Siemens": the gain is Siemens's, its name ends the cause
            break
        word = it.low if it.kind == "W" else None  # the plain word here, read once (most items are one)
        if word == "," and j > k + 1 and _date_comma(items, j):
            j += 2  # "for the quarter ended December 31, 2010": a date's comma (the comma after the year ends the
            if j + 2 < len(items) and items[j].word(",") and items[j + 1].word("as") \
                    and items[j + 2].word("the", "a", "an", "part") \
                    and not any(_past_verb(it) or it.word("was", "were", "is", "are") for it in items[j + 3:j + 8]):
                j += 2  # phrase as any other, but for a role: "has fixed November 1, 2017, as the record date"; not a
                # clause: "for the quarter ended December 31, 2025, as margins narrowed"
            continue
        apposed = _apposed_name_end(items, j, stops) if word == "," and j > k else None
        if apposed is not None:
            j = apposed  # "after the chair of the Reserve Bank, Ana Kestrel, cautioned"
            continue
        if word == "," and j > k and _listed_name(items, j - 1) and j + 1 < len(items) and _listed_name(items, j + 1):
            j += 1  # "U.S. tariffs on Canada, Mexico and China": a list of names inside the cause
            continue
        if word == "," and j > k and _listed_good(items, j - 1) and _closed_list_after(items, j):
            j += 1  # "as copper, zinc and base metals climbed to two-year peaks": the list, the subject of the clause
            continue
        listed = _object_list_end(items, k, j) if word == "," and j > k else None
        if listed is not None:
            j = listed  # the Star's "fund buying of Maybank, Public Bank and Petronas-linked stocks": the list ends it
            break
        if word == "," and j > k and (list_end := _noun_list_end(items, j)) is not None:
            j = list_end  # "hit by the triple whammy of A's nationalisation, the bail-out of B and C"
            break
        aside = _example_aside_end(items, j) if word == "," and j > k else None
        if aside is not None:
            j = aside  # "mid-cap shares, in particular in the chemicals sector, came under strain"
            continue
        if word == "," and j > k + 1 and j + 1 < len(items) and items[j + 1].word("said", "warned", "noted", "say") \
                and any(it.word(",") for it in items[k:j]):
            j += 1  # "as analysts, including those at BCA Research, Trivium and abrdn, said X": the subject's verb
            continue
        more = _figure_or_list_end(items, k, j) if word == "," and j > k else None
        if more is not None:
            j = more  # "earnings came in at $2.7 billion, up 2.9 percent from the prior year"
            break
        embedded = _embedded_relative_end(items, j) if word == "," and j > k else None
        if embedded is not None:
            j = embedded  # "on fears the region's third-largest economy, which carries a heavy debt, could be next":
            continue  # the relative clause inside the cause's own clause, whose verb comes after it
        relative = _relative_end(items, j) if word == "," and j > k else None
        if relative is not None:
            j = relative  # "following the lead of Wall Street, which on Tuesday posted its biggest gains"
            break
        if j in stops and (_mover_in_phrase(items, k, j) or inside and items[j - 1].word("and", ",")):
            inside = True
            j += 1  # "after prices for both crude oil and gold fell": the movers inside the cause's own noun phrase
            continue
        if j in stops:
            d = j
            while d - 1 > k and j - d < 5 and items[d - 1].kind == "W" and items[d - 1].text.isalpha() \
                    and items[d - 1].text.islower() and items[d - 1].low != "and":
                d -= 1
            if d < j and d - 1 > k and items[d - 1].word("and"):
                j = d - 1  # "following a weak earnings report and online dating service company Match Group lost
                # ...": the next mover's description is no part of the cause
            break
        if word in _CONCESSIVE and j > k and _contrast_goes_on(items, k, j):
            j += 1  # the C-Suite's "slumped 3.8% as the group posted a small rise in earnings although its
            continue  # final dividend came in under forecasts": the news that moved the stock is the whole clause
        if word in _BOUNDARY_NOT_DASH or word == ",":
            break
        if word == "-" and j > k and items[j - 1].end_char < it.start_char \
                and not (j + 2 < len(items) and items[j + 1].word("and") and items[j + 2].word(*_NOUN_OPENERS)):
            break  # a spaced dash opens an aside (not "- and the start of X": one more cause's noun; "- and analysts
            # expect X" is a clause of its own); "stronger-than-expected" is one word
        if word == "(" and j + 1 < len(items) and items[j + 1].low in _WIRE_TAGS:
            break  # Reuters' "... as Auto Shares Shine on Weak Yen (UPDATE 1)": the wire's version tag
        if word == "(" and j + 1 < len(items) and items[j + 1].kind == "Q":
            if j > k and items[j - 1].kind == "Q" and j + 2 < len(items) and items[j + 2].word(")"):
                j += 3  # "took an $80 million (R844 million) hit": the amount in another currency
                continue
            break
        if word == "as" and j > k and cue_at(items, j) is not None and not items[j - 1].word("and") \
                and not _as_a_role(items, j):
            break  # "dragged by tech shares as investors took profits": a second clause ("and as B": B is one more)
        if word == "to" and j > k and j + 2 < len(items) and items[j + 1].low in _SESSION_ENDS \
                and (items[j + 2].kind == "Q" or items[j + 2].word("at", "up", "down", "higher", "lower", "flat")):
            break  # "climbed after the BOJ meeting to close 2% higher": the move's own end, not the cause's
            # (not "after the company moved to close plants")
        if word in ("amid", "amidst") and j > k and (items[k].kind == "M" or items[j - 1].kind == "M"
                                                    and items[j - 1].mention.kind in ("ref", "candidate")
                                                    and all(it.kind == "W" and it.text.islower()
                                                            for it in items[k:j - 1])):
            # "led by pharma and metal stocks amid buying by institutions", "dragged down by construction giant
            # Arabtec amid escalating regional tension": the movers, then a second cause
            break
        if word == "on" and j > k and (n := _date_phrase(items, j)) and j + n < len(items) \
                and (_past_verb(items[j + n]) or past_tense(items[j + n])):
            j += n  # "after Jefferies on Friday cut the stock to hold": the day the subject acted, no cue
            continue
        if word in _MOVERS_THEN and j > k and _movers(items, k, j) and temporal_end(items, j) is None:
            break  # "Led by Heron Energy on Oil Slump": the movers, then a second cause
        examples = _examples_end(items, j + (1 if word == "," else 0)) if j > k and word in _EXAMPLE_WORDS else None
        if examples is not None:
            j = examples  # "weakness in heavyweights like L&T, HDFC and Titan", "chip stocks, such as Kestrel and
            # Osprey": the examples are part of the cause, as the genre's annotators write it (a relative clause
            # after them tells their own moves: "markets like Hang Seng and Nikkei 225 which plunged 1.5% each")
            if j < len(items) and items[j].word("which", "that", "who", ","):
                break  # (", and the rupee strengthened", ", according to traders": the phrase ends with its examples)
            continue
        if word == "such" and j > k and j + 1 < len(items) and items[j + 1].word("as"):
            break  # "boosted by miners such as Rio Tinto and Glencore, which gained ...": the examples are movers
        if word == "as" and j > k + 1 and items[j - 1].word("and") and j + 1 < len(items) and items[j + 1].word("such"):
            j -= 1  # "... for copper prices and as such these two miners should benefit": "therefore", a clause of
            break  # its own
        j += 1
    while j > k and items[j - 1].kind == "W" and items[j - 1].low in _PHRASE_TAIL_WORDS \
            and not (j - 2 >= k and items[j - 1].low == "over" and items[j - 2].low in _PHRASAL_OVER):
        j -= 1  # (not "as tech rolls over": the verb's particle)
    return j


#: the verbs whose "as" names what the subject is or becomes: "emerging as the preferred bidder", "named as its
#: successor"
_ROLE_VERBS = frozenset({"emerging", "emerged", "emerges", "named", "naming", "ranked", "listed", "chosen", "selected",
                         "classified", "designated", "confirmed", "appointed", "appointing", "elected", "re-elected",
                         "picked", "tapped", "identified", "hailed", "billed", "touted"})
#: the roles an "as" inside a cause names: "after naming Ruth Plover as the broadcaster's next chief executive"
_ROLE_NOUNS = (ROLE_WORDS - {"and", "billionaire", "controlling", "major", "vice", "shareholder"}) \
    | {"leader", "partner", "adviser", "advisor", "successor", "replacement", "nominee", "manager", "governor", "minister"}


def _as_a_role(items: list[Item], j: int) -> bool:
    """Whether the "as" at item j names a role inside the cause, no clause of its own: "after naming Ruth Plover as
    the broadcaster's next chief executive, replacing Tom Merlin" (a broadcaster, the 455th set), or after a verb of
    naming or emerging ("after emerging as the preferred bidder for a port contract")."""
    if j >= 1 and items[j - 1].low in _ROLE_VERBS:
        return True
    for x in range(j + 1, min(j + 8, len(items))):
        it = items[x]
        if it.kind == "W" and it.low in _ROLE_NOUNS:
            return True
        if it.kind == "Q" or it.kind == "W" and (it.low in W.CLAUSE_END or _past_verb(it) or it.low in W.AUXILIARIES
                                                 or not (it.text.isalpha() or it.low in ("'s", "’s"))):
            return False
    return False


def _mover_in_phrase(items: list[Item], k: int, j: int) -> bool:
    """Whether the mover at item j stands in a prepositional phrase of the cause's noun that began at item k, with
    nothing but plain words before it: the Vancouver Sun's "after prices for both crude oil and gold fell" (not
    "after Tencent rose and Alibaba fell": a clause of its own)."""
    p = j - 1 - (j - 1 > k and items[j - 1].word("both", "the"))
    return p > k and items[p].word("for", "of") and items[p - 1].kind == "W" and items[p - 1].text.isalpha() \
        and items[p - 1].text.islower() \
        and all(it.kind == "W" and it.low not in (",", "and", "or") for it in items[k:p])


_EXAMPLE_WORDS = frozenset({"like", "including", "such", ","})
_CONCESSIVE = frozenset({"but", "although", "though"})


def _contrast_goes_on(items: list[Item], k: int, j: int) -> bool:
    """Whether the "but" or "although" at item j goes on a cause clause that opened at item k with its own subject and
    verb ("as it reported stronger first-quarter sales but a thinner margin"), with no comma before it and no figure or
    name after it up to the clause's end (not "as oil rose but Shell fell 2%": a move of its own)."""
    if items[j - 1].word(",") or items[k].low.endswith("ing") \
            or not any(_past_verb(items[v]) and not items[v - 1].word("-") for v in range(k + 1, j)):
        return False  # (not "selling in index-linked counters but the market bellwether managed to stay above")
    for it in items[j + 1:]:
        if it.kind == "W" and it.low in (",", ";", ".", "while", "whereas"):
            break
        if it.kind == "M" or it.qkind == "PERCENT":
            return False
    return True
#: Reuters' "as chip-related heavyweights Advantest and Tokyo Electron dropped": an index's weight before its movers
_HEAVYWEIGHTS = frozenset({"heavyweight", "heavyweights", "bellwether", "bellwethers", "majors"})
_SESSION_ENDS = W.CLOSE_VERBS | {"settle"}  # (after "to": close, end, finish, settle)


def _examples_end(items: list[Item], j: int) -> int | None:
    """After 'like', 'including' or 'such as' at item j, a list of names ('like Larsen & Toubro, HDFC
    and Titan'): the index after its last name; None if no name follows."""
    n = j + 2 if words_at(items, j, ("such", "as")) else j + 1 if items[j].word("like", "including") else None
    if n is None or n >= len(items) or items[n].kind != "M":
        return None
    x = n + 1
    while True:
        m = x + 1 if x + 1 < len(items) and items[x].word(",", "and", "&") and items[x + 1].kind == "M" \
            else x + 2 if x + 2 < len(items) and words_at(items, x, (",", "and")) and items[x + 2].kind == "M" else None
        if m is None or items[x].word(",") and m + 1 < len(items) and items[m + 1].kind == "W" \
                and items[m + 1].text.isalpha() and items[m + 1].low not in _EXAMPLES_GO_ON:
            return x  # (", and SoftBank climbed 3%": a clause of its own; "such as Sony and Toyota slid": the list's verb)
        x = m + 1


#: words after a name that keep a list of examples going or close it
_EXAMPLES_GO_ON = frozenset({"and", "or", "which", "who", "that", "as", "amid", "after", "on", "following"})


#: the cues that end a cause phrase of movers and open a second cause: "led by Gazprom on a crude drop"
_MOVERS_THEN = frozenset({"on", "after", "following"})


def _movers(items: list[Item], k: int, j: int) -> bool:
    """Whether items k..j-1 name only companies, sectors or indices ("Gazprom", "HSBC and Standard
    Chartered", "miners"), the movers a cue like 'led by' gives, with nothing said of them."""
    return all(it.kind == "M" and it.mention.kind in ("sector", "ref", "candidate", "market") or it.word(",", "and", "shares", "stocks")
               for it in items[k:j]) and items[k].kind == "M"


def _attribution(items: list[Item], k: int) -> int:
    """Length of 'analysts blamed' / 'traders cited' / 'dealers pointed to' opening a cause
    phrase: "as analysts blamed panic selling" is caused by the panic selling."""
    if k + 2 < len(items) and items[k].low in W.AGENTS and items[k].low not in ("it", "he", "she", "they"):
        if items[k + 1].word("blamed", "cited"):
            return 2
        if items[k + 1].word("pointed", "attributed") and items[k + 2].word("to"):
            return 3
    return 0


def _make(items: list[Item], start: int, end: int, cue: str | None, effects: list[RawMove],
          text: str) -> RawCause | None:
    start += _attribution(items, start)
    end = _relative_cut(items, start, end)
    while end > start + 1 and items[end - 1].kind == "W" and items[end - 1].low in ("and", "but", "or", ",", "-") or (
            end > start + 1 and end < len(items) and items[end - 1].word("even") and items[end].word("though", "if")):
        end -= 1  # "as the price for oil fell below US$70 a barrel and continued to drag ...": no trailing 'and'
        # (nor the "even" of "even though" that ends it)
    if end <= start:
        return None
    s, e = items[start].start_char, items[end - 1].end_char
    phrase = text[s:e].strip().strip("\"' ")
    named = phrase.isupper() and end == start + 1 and items[start].kind == "M"  # (India's "IT" is a sector's name)
    if len(phrase) < 3 and not named or not any(ch.isalpha() for ch in phrase) or _ANAPHORIC.match(phrase) and not named:
        return None  # "The news had earlier sparked a fall": what the news was is said before, not here
    if _NOT_A_CAUSE.match(phrase) or _OWN_EXTREME.match(phrase) or _OWN_COURSE.match(phrase) \
            or _OWN_EARLIER_MOVE.match(phrase):
        # "with 21 of its components advancing", "with turnover of NT$232 billion", "on its debut"; "as it hit
        # its record high on March 3": the market's own course
        return None
    if _open_quote(phrase) and text[e:e + 1] in ('"', "”"):
        phrase, e = phrase + text[e], e + 1  # 'downgraded the grocer to "underperform"': its closing quote too
    lead = start + 1 if items[start].word("the") and start + 1 < end else start
    # the name opens the clause as the subject of its verb ("as the PSE index finished 4.61 points lower"),
    # not of a noun ("Alibaba's announcement", "market kingpin Samsung Electronics' rally"); a place is a
    # market only in a market's slot ("as New York closed schools")
    subject = items[lead] if items[lead].kind == "M" and items[lead].mention.kind != "place" and lead + 1 < end \
        and (predicate_at(items, lead + 1) is not None or items[lead + 1].low in W.CLOSE_VERBS) else None
    return RawCause(effects, phrase, cue, s, e, items[start], subject=subject)


def _relative_cut(items: list[Item], start: int, end: int) -> int:
    """Where a cause phrase ends before the start of a relative clause it was cut in: "mounting trade frictions
    in the Asia-Pacific, which have" (the verb that the clause goes on with is the cue), "which had been" (the
    "Semiconductors, which had been propping up the KOSPI" of Chosun Biz): nothing of a cause."""
    x = end
    while x > start and items[x - 1].kind == "W" and items[x - 1].low in _RELATIVE_AUXILIARIES:
        x -= 1
    if x > start and items[x - 1].word("which", "that", "who") and (x - 1 == start or items[x - 2].word(",")):
        return x - 1
    return end


_RELATIVE_AUXILIARIES = frozenset({"has", "have", "had", "been", "being", "is", "are", "was", "were", "be"})


#: a cause that only points back ("the news", "the move", "this", "these stocks", "the fall") or only says who spoke
#: ("she said")
_ANAPHORIC = re.compile(r"(?i)^(?:(?:the|this|that|these|those)\s+(?:news|move|moves|decision|announcement|"
                        r"development|developments|remarks|comments|step|stocks|shares|companies|counters|fall|rise|"
                        r"drop|decline|gain|gains|loss|losses|rally|slump)|it|this|that|"
                        r"(?:he|she|they|analysts?|traders?|dealers?|brokers?)\s+(?:said|says|added|noted))$")


_OWN_EXTREME = re.compile(r"(?i)^(?:it|they|the index|the market|the benchmark)\s+(?:hit|touched|reached|set|hits|"
                          r"touches|reaches|sets)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}(?:high|low|peak|"
                          r"record|bottom)s?\b")


#: the mover's own move before, told by a participle and its figure: the SCMP's "rose 0.6 per cent after dropping by as
#: much as 1.1 per cent earlier in the day"
_OWN_EARLIER_MOVE = re.compile(r"(?i)^(?:" + "|".join(sorted(w for w in UP_VERBS | DOWN_VERBS if w.endswith("ing")))
                               + r")\s+(?:by\s+)?(?:as\s+much\s+as\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
                               r"[\d.,]+\s*(?:per\s*cent|percent|%|points?)")


#: the mover itself going on as before: "as the car insurer extended Thursday's losses"
_OWN_COURSE = re.compile(r"(?i)^(?:it|the\s+(?:[\w-]+\s+)?(?:stock|shares|company|firm|group|index|market|benchmark|"
                         r"gauge|insurer|lender|bank|carmaker|automaker|miner|retailer|chipmaker|developer|operator|"
                         r"maker|producer))\s+(?:extended|extends|extending|continued|continues|added\s+to|built\s+on|"
                         r"notched|posted|logged|recorded|booked)"
                         r"\s+(?:(?:its|their|earlier|recent|[\w]+['’]s)\s+)*(?:[\w-]+\s+){0,2}(?:losses|gains|rally|slide|"
                         r"decline|declines|advance|streak|slump|fall|rise|drop|selloff|sell-off|rebound|gain|loss)\b"
                         # (not the C-Suite's "as it booked a slight fall in first-half adjusted earnings": results)
                         r"(?!\s+in\s+(?:[\w-]+\s+){0,3}(?:profits?|earnings|revenues?|sales|income|margins?|orders|"
                         r"dividends?|output|production)\b)"
                         # a headline's "closes at fresh 3-year high as rally extends": its own run going on
                         r"|^(?:the\s+|its\s+)?(?:(?:recent|winning|losing|early|bull|current|market)\s+)?(?:rally|gains|"
                         r"losses|slide|selloff|sell-off|decline|rebound|"
                         r"streak|run|slump|advance)\s+(?:extends|extended|continues|continued|deepens|deepened|"
                         r"persists|persisted|resumes|resumed)$")


#: what a "with" or "on" clause states beside the move, not why: breadth, turnover, a listing's first days
_NOT_A_CAUSE = re.compile(r"(?i)^(?:(?:all|most|nearly\s+all|almost\s+all|many|half)(?:\s+but\s+\d[\d,]*)?(?:\s+of\s+"
                          r"(?:its|the)\s+(?:\d+\s+)?(?:components|constituents|stocks|shares|issues|members)\b|$)|"
                          r"\d[\d,]*\s+(?:of\s+(?:its|the)\s+)?(?:\d+\s+)?(?:components|constituents|stocks|"
                          r"shares|issues|members)\b|(?:a\s+|the\s+)?(?:turnover|volume|trading volume)\s+(?:of|at|was|"
                          r"reached|stood)\b|(?:its|their|the)\s+(?:\w+\s+)?(?:debut|first\s+day|second\s+day|"
                          r"day\s+of\s+trading)|(?:second|third|first)\s+day\s+of\s+trading|"
                          # "on low volume of about R11.3bn", "on heavy trading", "as more than 5.2 million shares
                          # traded hands": how much traded, not why
                          r"(?:(?:very|relatively)\s+)?(?:low|thin|light|heavy|high|brisk|moderate|huge|"
                          r"record|lower|higher|above-average|below-average|average)\s+(?:trading\s+)?(?:volumes?|"
                          r"turnover|trading)\b|(?:(?:very|relatively)\s+)?(?:strong|weak)\s+(?:trading\s+)?"
                          r"(?:volumes?|turnover|trading)\b(?!\s+(?:from|in|among)\b)|"  # (not "weak trading from
                          # mining stocks", the miners' performance: review 67's "thin trading from holiday-depleted
                          # desks" is volume)
                          r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?[\d.,]+\s*"
                          r"(?:million|billion|m|bn)?\s+shares\s+(?:traded|changed|changing)\s+hands|"
                          # ERR's "as trades numbered 3,279 and turnover of the trades came in at €2,044,747"
                          # (the whole phrase, and a turnover after it: not review 72's "as trades numbered 1,310
                          # after a windfall tax was proposed", whose cause follows)
                          r"(?:the\s+)?(?:number\s+of\s+)?trades\s+(?:numbered|totalled|totaled|reached|stood)\s+"
                          r"(?:at\s+)?[\d.,]+(?:\s+and\s+(?:the\s+)?(?:turnover|volume)\b.*)?$|"
                          # "ended the session as top gainers in the lot", "finished as the top losers": a rank, not why
                          r"(?:the\s+)?(?:top|biggest|major|best|worst|leading|main|largest)\s+(?:\w+\s+)?(?:"
                          + "|".join(sorted(RANK_NOUNS | {"drag", "drags"})) + r")\b|"
                          # "the biggest gainer on both the Topix and Nikkei 225 gauges on Monday": where, not why
                          # (not "Beijing moved to widen its OTC board": a clause, its verb's object)
                          r"(?:both\s+)?the\s+(?![\w&/.' -]*\bto\b)[\w&/.' -]{0,40}?\b"
                          r"(?:gauges?|indexes|indices|index|boards?)"
                          r"(?:\s+on\s+\w+)?$)")


def _open_quote(phrase: str) -> bool:
    """Whether a quote opens in ``phrase`` and does not close there."""
    return phrase.count('"') % 2 == 1 or phrase.count("“") > phrase.count("”")


def _with_list(items: list[Item], moves: list[RawMove], group: list[RawMove]) -> list[RawMove]:
    """'Property stocks rallied, with Longfor up 6% and COLI up 4.5%, after X': X explains every
    move of the with-list and the clause the list elaborates, not only the last one."""
    first = min(m.verb_start for m in group)
    w = next((k for k in range(first - 1, 0, -1) if items[k].word("with") and items[k - 1].word(",")), None)
    if w is None or any(cue_at(items, k) or items[k].word("while", "whereas", "but", ";") for k in range(w + 1, first)):
        return group  # (not "A fell 1.4%, with exporters at the forefront, while B rose 1.2%, with X leading": B's own)
    listed = [m for m in moves if w < m.verb_start <= first and not m.from_list]
    if not listed or any(items[m.end].word(",", "and") is False for m in listed if m.end < first and m not in group):
        return group
    head = [m for m in moves if m.end in (w - 1, w)]
    out: dict[int, RawMove] = {}
    for m in head + listed + group:
        out.setdefault(id(m), m)
    return list(out.values())


def _course(word: str) -> bool:
    return word in W.COURSE or word.endswith("ing") and (word in UP_VERBS or word in DOWN_VERBS)


def _earlier_move(items: list[Item], j: int) -> bool:
    """'after Wednesday's 3 percent jump', 'after a strong rally the previous trading day': the
    market's own earlier move (a move noun and an earlier day, no market named) up to the clause's end."""
    nouns = days = False
    for x in range(j, min(j + 10, len(items))):
        it = items[x]
        if it.word(",", ";", ".") or it.kind == "M":
            return False if it.kind == "M" else nouns and days
        if it.low in _REPORTED:
            return False  # "after the company reported a quarterly loss on Monday": its results, no price move
        nouns = nouns or it.low in W.EARLIER_MOVES or it.low in ("increase", "decrease") and not (
            x + 1 < len(items) and items[x + 1].word("in"))  # "after Friday's sharp increase of over 4 percent"
        days = days or it.low in W.EARLIER_DAYS or it.low in _SPAN_HEADS and joined_hyphen(items, x - 1) \
            or it.low in ("opening", "open") and items[x - 1].word("the") and items[x - 2].word("at")
        # (Gettotext's "jumped 12% to 512,408.30 points, after a leap of 15% at the opening")
    return nouns and days


def _own_period(items: list[Item], j: int) -> bool:
    """'After a truly disastrous year,', 'gains ground after unsteady start': a stretch of the market's own
    time, told by an adjective or two, ending its clause (not "after a year of talks", "after a bad day for
    banks", "after the budget day": the span's own object or an event, news)."""
    x = j + 1 if j < len(items) and items[j].word("a", "an", "the", "its", "their", "another") else j
    words = 0
    while x < len(items) and items[x].kind == "W" and items[x].low not in _PERIODS and words < 3 \
            and not items[x].low.isdigit():
        if not items[x].text.isalpha() or not items[x].text.islower() or items[x].low in _PERIOD_EVENTS:
            return False
        x, words = x + 1, words + 1
    if not (words > 0 and x < len(items) and items[x].kind == "W"
            and (items[x].low in _PERIODS or re.fullmatch(r"(?:19|20)\d\d", items[x].low))):
        return False  # (review 75's "After a tumultuous 2023,": a year told by its number)
    if x + 3 < len(items) and items[x].word("start", "end") and items[x + 1].word("to") and items[x + 2].word("the") \
            and (items[x + 3].low in _PERIODS or x + 4 < len(items) and items[x + 3].word("old", "new")
                 and items[x + 4].low in _PERIODS):
        x += 3 + (items[x + 3].low not in _PERIODS)  # "after unsteady start to the session"; the Press and Journal's
        # "following its strong end to the old year"
    return x + 1 == len(items) or items[x + 1].word(",", ".", ";")


#: the stretches of a market's own time after "after": "after a truly disastrous year", "after unsteady start"
_PERIODS = frozenset({"year", "week", "month", "day", "session", "start", "end", "morning", "afternoon",
                      # review 77's "registering its first loss in six sessions after a strong run": the market's own
                      # run, told by an adjective, ending its clause (not "after a rally in oil prices")
                      "run", "rally", "streak", "surge"})
# (not "quarter": review 75's "Boeing fell 3 percent after a truly disastrous quarter, in which deliveries halved" is
# the company's results)
#: what makes such a stretch an event, news: "after the budget day", "after election day"
_PERIOD_EVENTS = frozenset({"election", "budget", "payrolls", "jobs", "fed", "policy", "rate", "vote", "results",
                            "earnings", "expiry", "settlement", "listing", "rebalancing"})
#: the words of a run of sessions: "after four straight sessions in negative territory"
_STREAK_WORDS = frozenset({"straight", "consecutive", "successive"})
#: the side of such a run: review 75's "After six consecutive losing sessions"
_STREAK_SIDES = frozenset({"losing", "winning", "down", "up", "negative", "positive", "red", "green"})


def _own_move_restated(items: list[Item], j: int) -> bool:
    """'as it lost 1,874.56 points', 'after it fell 61.48 points' at item j: the mover's own move told again with a
    figure (Al Jazeera's, the Philippine News Agency's), no cause."""
    return j + 2 < len(items) and items[j].word("it", "they") \
        and (items[j + 1].low in UP_VERBS or items[j + 1].low in DOWN_VERBS) \
        and (items[j + 2].kind == "Q" or parse_number(items[j + 2].text) is not None)


#: the words of a pause's length: "a long Easter holiday", "an extended New Year break"
_PAUSE_LENGTHS = frozenset({"weeklong", "week-long", "long", "lengthy", "extended", "prolonged", "brief"})
#: the nouns of a market's own counted run: "a four-session losing streak", "a 5-day slide"
_STREAK_NOUNS = frozenset({"retreat", "decline", "declines", "slide", "fall", "losing", "winning", "rally", "rout",
                           "selloff", "sell-off", "slump", "run", "streak", "gains", "losses", "advance", "climb"})


def _counted_streak(items: list[Item], j: int) -> bool:
    """Whether a counted run of the market's own starts at item j: "a four-session losing streak", "5-day slide", "a
    two-week rally" (its own course before the day, no cause)."""
    j += j < len(items) and items[j].word("a", "an", "its", "their")
    if j + 3 >= len(items) or not (items[j].low in W.COUNTS or items[j].low.isdigit()) or not items[j + 1].word("-"):
        return False
    return items[j + 2].low in ("day", "session", "week", "month") and items[j + 3].low in _STREAK_NOUNS \
        and not (j + 4 < len(items) and items[j + 4].word("in", "of", "for"))  # (not "a three-week rally in iron ore
    # prices": another asset's run, news for the mover)


def _own_stretch(items: list[Item], j: int) -> bool:
    """The market's own course after a participle at item j, no cause: a record stretch told by a superlative ("After
    seeing its best day of the year on Thursday, the KSE-100 extended its rally") or its losses or gains with no
    figure (Al Jazeera's "continued its slide a day after suffering heavy losses"); not a company's results ("after
    posting its biggest quarterly profit", "after posting losses in the quarter")."""
    if j + 1 >= len(items) or not (items[j].kind == "W" and items[j].low in _STRETCH_PARTICIPLES) \
            or _results_follow(items, j + 1):
        return False
    best = items[j + 2] if j + 3 < len(items) and items[j + 1].word("its", "their", "a", "the") else None
    if best is not None and best.kind == "W" and (best.low in ("best", "worst", "record") or best.low.endswith("est")):
        return any(it.low in W.SPANS or it.low in W.EARLIER_MOVES for it in items[j + 3:j + 5])
    x = j + 1
    while x < len(items) and x - j <= 3 and items[x].kind == "W" and items[x].text.isalpha() \
            and items[x].low not in _OWN_MOVE_NOUNS:
        x += 1
    return x < len(items) and items[x].low in _OWN_MOVE_NOUNS \
        and (x + 1 == len(items) or items[x + 1].word(",", ".", ";", "and", "on"))


#: the participles of a market's own stretch: "after seeing its best day", "after suffering heavy losses"
_STRETCH_PARTICIPLES = frozenset({"seeing", "having", "enjoying", "suffering", "suffered", "posting", "recording",
                                  "logging", "notching", "booking", "marking"})
#: the plural move nouns of a market's own course after such a participle
_OWN_MOVE_NOUNS = frozenset({"losses", "gains", "declines", "falls", "drops", "advances"})


#: the heads of a span compound before a move noun: "after a one-day rally", "a three-session slide"
_SPAN_HEADS = frozenset({"day", "session", "week"})


#: words that make a gain or a loss a company's results
_REPORTED = frozenset({"reported", "posted", "announced", "booked", "recorded", "swung", "quarterly", "annual",
                       "half-year", "full-year", "net", "operating", "profit", "earnings"})


def _course_noun(nxt: list[str]) -> bool:
    """'after directionless moves', 'after a choppy session' (not 'after heavy trading in chip stocks':
    that trading has an object)."""
    nxt = [w for w in nxt if not (w.endswith("ly") and len(w) > 4 and w != "early")]  # "after a highly volatile
    # session"
    at = next((x for x, w in enumerate(nxt[:3]) if w in W.COURSE_NOUNS), None)
    return at is not None and (at + 1 >= len(nxt) or nxt[at + 1] not in ("of", "in", "on", "by")
                               and nxt[at + 1] not in _COMPOUND_HEADS
                               # "following choppy trade on Tuesday": the day of the course, no object
                               or nxt[at + 1] == "on" and at + 2 < len(nxt) and nxt[at + 2] in W.WEEKDAYS)


#: nouns that make a course noun before them a modifier: "after weak trade data", "after trade talks stalled"
_COMPOUND_HEADS = frozenset({"data", "figures", "numbers", "statistics", "talks", "war", "wars", "deal", "deals",
                             "tensions", "dispute", "disputes", "report", "reports", "surplus", "deficit", "balance",
                             "policy", "concerns", "worries", "fears", "frictions", "row", "tariffs", "truce",
                             "negotiations", "agreement", "pact", "barriers", "curbs", "restrictions", "spat",
                             # "following a downbeat trading statement from Munich Re", "after a trading halt"
                             "statement", "statements", "update", "updates", "results", "halt", "suspension", "debut"})


def _span_of_record(items: list[Item], k: int) -> bool:
    """Whether the span word at item k closes 'in (more than) 18 months' ("sank the most in more than 18
    months after X"): a record's span, so the "after" it precedes opens a cause, not a time."""
    x = k - 1
    while x >= 0 and k - x <= 4 and items[x].kind == "W" and (items[x].low in ("more", "than", "nearly", "almost",
                                                                                 "over", "about", "a")
                                                              or items[x].low.isdigit() or items[x].low in W.COUNTS
                                                              or re.fullmatch(r"\d/\d|-", items[x].low)):
        x -= 1  # (Bloomberg's "in 4 1/2 years", "in 4-1/2 years")
    # (and a superlative or record before "in": "the most in", "its lowest level in"; not "has risen 40% in 2 1/2
    # years after the 2022 selloff", a stretch of time)
    return x < k - 1 and x >= 1 and items[x].word("in") and any(
        items[y].low in _RECORD_WORDS or items[y].low.endswith("est") for y in range(max(0, x - 7), x))


#: the words of a record before its span, besides superlatives in -est: "the most in", "a record in", "a level not
#: seen in two months"
_RECORD_WORDS = frozenset({"most", "least", "record", "best", "worst", "level"})


def _results_follow(items: list[Item], j: int) -> bool:
    """Whether a company's results follow a course participle ("after posting an above-estimate 11 percent
    increase in fourth quarter profits"): its report, a cause, not the market's own course."""
    for it in items[j:j + 10]:
        if it.word(",", ";", ".", "as", "after", "amid", "following", "while", "but", "and") or it.kind == "M":
            return False  # (not "after falling as much as 2.8 per cent as quarterly profit halved": the cue's)
        if it.kind == "W" and (it.low in BUSINESS_NOUNS or it.low in _CORPORATE_OBJECTS):
            return True
        if it.kind == "W" and it.low in ("loss", "losses") and j >= 1 and items[j - 1].low in _RESULT_GERUNDS \
                and not any(x.qkind == "PERCENT" for x in items[j:j + 10]):
            return True  # "slumped 8.4 percent after posting a loss": a result (not "after posting a loss of 2%",
            # "after paring early losses", "after recovering from losses earlier in the day")
    return False


#: what a company drops, lifts or cuts that is no course of its shares: "after dropping a plan to buy X"
_CORPORATE_OBJECTS = frozenset({"results", "plan", "plans", "bid", "offer", "deal", "proposal", "forecast",
                                "forecasts", "guidance", "outlook", "dividend", "dividends", "target", "buyback",
                                "acquisition", "merger", "takeover", "listing"})
#: the gerunds a company reports a result with: "after posting a loss", "after reporting a loss"
_RESULT_GERUNDS = frozenset({"posting", "reporting", "booking", "recording", "announcing", "logging"})


#: the parts of a session its own course is told by: "after it ended the morning session down 6.9 percent"
_SESSION_PARTS = frozenset({"morning", "afternoon", "session", "open", "opening", "start"})


#: what a company wins or loses, which makes "after gaining an order" a cause, not the day's own gains
_AWARDS = frozenset({"order", "orders", "contract", "contracts", "deal", "case", "lawsuit", "bid", "approval", "licence",
                     "license", "tender", "patent", "ruling", "appeal", "client", "customer", "mandate", "award"})


#: what follows a session's own pause or reopening, where no object of it does: "after reopening following a holiday"
_AFTER_PAUSE = frozenset({"following", "after", "from", ",", ".", "as", "and", "with", "when", "while", "but", "trading",
                          "trade"})


#: the words a pause may take after it and still name the pause: "after the holiday period", "after a weekend lull"
_PAUSE_TAILS = frozenset({"period", "lull", "season", "shutdown", "closure", "break", "recess", "in", "on", "for", "to",
                          "the", "ended", "-"})


def _pause_modifies(word: str) -> bool:
    """Whether the lower-case word after a pause makes the pause a modifier of an event: "following a Sunday report
    that lenders hesitated" (not "after the long weekend", "after the holiday period", "after the weekend, ...")."""
    return word.isalpha() and word.islower() and word not in _PAUSE_TAILS and word not in _AFTER_PAUSE \
        and word not in W.PAUSES


#: the participles of a day's range after "after": "after swinging between gains and losses"
_RANGE_VERBS = frozenset({"shuttling", "swinging", "oscillating", "seesawing", "see-sawing", "fluctuating", "trading",
                          "moving", "hovering", "swaying", "whipsawing", "gyrating"})
#: hedges before a span's count: "after nearly two months", "after more than"
_SPAN_HEDGES = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "just", "barely"})


#: the parts of a session, and the nouns of its course after them: "after early losses", "after a midday rout"
_SESSION_TIMES = frozenset({"early", "earlier", "initial", "morning", "opening", "midday", "mid-session", "intraday"})
_SESSION_COURSE = _COURSE_NOUNS | {"rout", "dip", "loss"}


#: what a mover led before its move: "after leading gains in July", "after topping the gainers last week"
_LED_NOUNS = frozenset({"gains", "losses", "advance", "advances", "decline", "declines", "rally", "gainers", "losers"})
# (not "after topping the market's expectations", "after leading the market in EV sales", "after topping the charts")


#: the words of a short time before "after": "soon after news that ...", "shortly after the announcement"
_SHORTLY = W.TIME_BEFORE_AFTER - {"weeks", "months", "years", "long"}
#: the heads of a piece of news: "soon after news that ...", "shortly after the announcement"
_NEWS_HEADS = frozenset({"news", "report", "reports", "word", "announcement", "announcements", "remarks", "comments",
                         "statement", "release", "reporting"})


def temporal_end(items: list[Item], k: int) -> int | None:
    """'shortly after markets opened', 'after two days of gains': a time, not a cause. Returns the
    index where the time phrase ends (None if the cue at k is a cause)."""
    if not items[k].word("after", "following"):
        return None
    prev = items[k - 1].low if k else ""
    nxt = [it.low for it in items[k + 1:k + 5]]
    if nxt and nxt[0] == "-" and items[k + 1].start_char == items[k].end_char:
        return k + 1  # "after-hours trading"
    if nxt and nxt[0] == "hours":
        return k + 1  # "stayed unchanged at $180 after hours": the session after the close
    # "after earning 1.74 points": the figure of the day's own course
    # (not the news a time clings to: Kyodo's "slid 2% soon after the news of the premier's resignation")
    # (only a short time: "weeks after the announcement of X" tells when, not why)
    news = prev in _SHORTLY and bool(nxt) and (
        nxt[0] in _NEWS_HEADS or len(nxt) > 1 and nxt[0] in ("the", "a") and nxt[1] in _NEWS_HEADS)
    timed = prev in W.TIME_BEFORE_AFTER and not news and not _span_of_record(items, k - 1) \
        or bool(nxt) and _course(nxt[0]) and (
        len(nxt) == 1 or items[k + 2].kind == "Q" or nxt[1][:1].isdigit() or nxt[1] in W.AFTER_COURSE
        or nxt[1].endswith("ly") and nxt[1] not in ("early", "only")) \
        and not _results_follow(items, k + 2) and not (len(nxt) > 2 and nxt[2] in _AWARDS)
    # "after wiping out a morning rise of 2%", "after giving up early gains": the day's own course
    timed = timed or len(nxt) > 2 and nxt[0] in ("wiping", "giving") and nxt[1] in ("out", "up", "back") \
        and any(it.low in _GIVEN_BACK for it in items[k + 3:k + 7])  # (not "after giving up its licence")
    # "after reopening following a holiday", "After getting off to a weak start": the market's own session
    # (not "after resuming production at its plants": what a company resumed is news)
    timed = timed or bool(nxt) and (nxt[0] in ("reopening", "resuming") and (len(nxt) == 1 or nxt[1] in _AFTER_PAUSE)
                                    or nxt[:2] == ["getting", "off"])
    # "was last down 3.2% after coming back from the long weekend", "after returning from a break": the session's pause
    back = 3 if nxt[:3] == ["coming", "back", "from"] else 2 if nxt[:2] == ["returning", "from"] else 0
    pause = next((x for x in range(k + 1 + back, min(len(items), k + 5 + back)) if items[x].low in W.PAUSES), None) \
        if back else None
    timed = timed or pause is not None and not (pause + 1 < len(items) and _pause_modifies(items[pause + 1].low))
    # (not "after coming back from a weekend of trade talks": what filled the pause is news)
    # Bloomberg's "Wharf, Sun Hung Kai decline after leading gains in July": the mover's own course before
    timed = timed or len(nxt) > 1 and nxt[0] in ("leading", "topping", "pacing") and (
        nxt[1] in _LED_NOUNS or nxt[1] == "the" and len(nxt) > 2 and nxt[2] in _LED_NOUNS)
    # the Philippine News Agency's "led by Mining and Oil after it lost 37.15 points": the mover's own move restated
    timed = timed or _own_move_restated(items, k + 1)
    # "after earlier rising as much as 0.6%", "after initially falling": the day's own course
    timed = timed or len(nxt) > 1 and nxt[0] in ("earlier", "initially", "first", "briefly") and _course(nxt[1])
    # "slid 1.1 percent after ending yesterday at its highest since December": the day before's close
    timed = timed or len(nxt) > 1 and nxt[0] in SETTLE_PARTICIPLES \
        and (nxt[1] in W.WHEN or nxt[1] in ("at", "up", "down", "higher", "lower")
             or nxt[1] == "the" and len(nxt) > 2 and nxt[2] in ("day", "session", "week", "previous", "prior")
             # "closed in green after ending marginally lower for two days in a row"
             or nxt[1].endswith("ly") and len(nxt) > 2 and nxt[2] in ("up", "down", "higher", "lower"))
    # "closed down 5.5 percent after it ended the morning session down 6.9 percent": its own session's course
    timed = timed or len(nxt) > 2 and nxt[0] in ("it", "they") and (_course(nxt[1]) or nxt[1] in W.CLOSE_VERBS) \
        and any(it.low in _SESSION_PARTS for it in items[k + 3:k + 7])
    # "to end at 31,137.59 after shuttling between 31,213.12 and 31,062.02", "after moving in a narrow range": the
    # day's own range
    timed = timed or len(nxt) > 1 and nxt[0] in _RANGE_VERBS and (
        nxt[1] == "between" or nxt[1] == "in" and any(it.low == "range" for it in items[k + 2:k + 7]))
    if not timed and nxt:
        h = 1 if nxt[0] in _SPAN_HEDGES and len(nxt) > 2 else 0  # "hitting the 18,000 mark after nearly two months"
        q = items[k + 1 + h]
        counted = q.kind == "Q" or nxt[h] in W.COUNTS or nxt[h].isdigit()
        timed = counted and any(w in W.SPANS for w in nxt[h:h + 3]) and "of" in nxt and not (
            h and any(_past_verb(it) for it in items[k + 3:k + 9]))  # (not "after nearly two years of talks
        # collapsed": a hedged span of something that acts is the news)
        # Dawn's "to close at 50,365.15, a milestone reached after six years": a span alone, ending the clause
        timed = timed or counted and len(nxt) > 1 + h and nxt[1 + h] in W.SPANS and (
            len(nxt) == 2 + h or nxt[2 + h] in (",", ".", ";"))
        # "traded higher after four straight sessions in negative territory": the market's own streak
        timed = timed or counted and len(nxt) > 2 + h and nxt[1 + h] in _STREAK_WORDS and (
            nxt[2 + h] in W.SPANS or len(nxt) > 3 + h and nxt[2 + h] in _STREAK_SIDES and nxt[3 + h] in W.SPANS)
        timed = timed or (nxt[0] == "the" and len(nxt) > 1 and nxt[1] in W.OPENINGS)
        timed = timed or nxt[0] in ("lunch", "lunchtime", "midday", "noon") and (
            len(nxt) == 1 or not nxt[1].isalpha() or nxt[1] in ("on", "in", "as", "and", "when", "before", "today"))
        # "The losses deepened after lunch" (not review 82's "after lunch talks between Xi and Biden": an event)
        timed = timed or nxt[:1] == ["the"] and nxt[2:3] == ["bell"]  # "after the starting bell", "the opening bell"
        timed = timed or nxt[:3] == ["the", "end", "of"]  # "Following the end of Friday's auction"
        # the Press and Journal's "fell by 2% to £4.90 after the resumption of business on London's Stock Exchange"
        timed = timed or len(nxt) > 3 and nxt[0] == "the" and nxt[1] in ("resumption", "reopening", "restart") \
            and nxt[2] == "of" and nxt[3] in ("business", "trading", "trade", "dealings")
        # Al Jazeera's "The fall comes after a period of optimism that led small investors to put money into the market"
        timed = timed or len(nxt) > 2 and nxt[0] in ("a", "an") and nxt[1] in ("period", "spell", "stretch") \
            and nxt[2] == "of"
        # Business & Finance's "This fall comes after some very good years for investors": the market's own past
        timed = timed or nxt[0] in ("some", "several", "many") and any(w in W.SPANS for w in nxt[1:4])
        # "After a stumbling start to the week", "after a strong open": the market's own course
        timed = timed or nxt[0] in ("a", "an", "the", "its", "their") and any(
            w in ("start", "open", "opening", "beginning") for w in nxt[1:3])
        timed = timed or _earlier_move(items, k + 1) or _own_period(items, k + 1) or _own_stretch(items, k + 1)
        # "clawed back 1.2% after early losses", "rebounded after a midday rout": the day's own course
        # (not "after early gains in Wall Street futures faded": a clause, its subject another market's)
        timed = timed or (len(nxt) > 1 and nxt[0] in _SESSION_TIMES and nxt[1] in _SESSION_COURSE
                          or len(nxt) > 2 and nxt[0] in ("a", "an", "the", "its", "their") and nxt[1] in _SESSION_TIMES
                          and nxt[2] in _SESSION_COURSE) \
            and not any(_past_verb(it) or past_tense(it) for it in items[k + 2:k + 9])
        # "after directionless moves", "after a choppy session": the market's own course
        timed = timed or _course_noun([it.low for it in items[k + 1:k + 7]]) and not any(
            it.kind == "M" and it.mention.kind != "candidate"
                                                        for it in items[k + 1:k + 4]) \
            and not any(items[x].word("from", "in", "among") and _named_mover(items[x + 1])
                        for x in range(k + 2, min(k + 6, len(items) - 1)))
        # (a title case's "Choppy"; not "after weak trading from mining stocks": their trading, the cause)
        # "after the long weekend", "after a holiday break" (not "after the weekend's election")
        timed = timed or nxt[0] in ("a", "an", "the", "another") and any(
            w in W.PAUSES and (x + 1 == len(nxt) or nxt[x + 1] not in ("'s", "’s", "of") and not _pause_modifies(nxt[x + 1]))
            for x, w in enumerate(nxt[1:3], start=1))
        # "after a long Easter holiday": a pause told with two words before it
        timed = timed or len(nxt) > 3 and nxt[0] in ("a", "an", "the") and nxt[3] in W.PAUSES \
            and nxt[1] in _PAUSE_LENGTHS and (k + 5 >= len(items) or not _pause_modifies(items[k + 5].low))
        timed = timed or _counted_streak(items, k + 1)  # "after a four-session losing streak", "after 5-day slide"
        # "slipped on Monday after its strongest week in two months": the market's own record period before
        timed = timed or len(nxt) > 2 and nxt[0] in ("its", "their") and nxt[1] in _RECORD_RANKS \
            and any(w in _RECORD_PERIODS for w in nxt[2:4]) and not (len(nxt) > 3 and nxt[3] in ("of", "for"))
        # the Global Times' "rallied on Thursday after an eight-day holiday": a counted pause
        timed = timed or nxt[0] in ("a", "an", "the") and len(nxt) > 3 and nxt[2] == "-" \
            and (nxt[1] in W.COUNTS or nxt[1].isdigit()) and nxt[3] in ("day", "week", "month") \
            and k + 5 < len(items) and (items[k + 5].low in W.PAUSES or k + 6 < len(items)
                                        and items[k + 5].low in _PAUSE_ADJECTIVES and items[k + 6].low in W.PAUSES)
        # (the Business Times' "after an eight-day national holiday")
        # "after being one of the few losers in Thursday's rally": the mover's own course the day before
        timed = timed or nxt[:1] == ["being"] and (nxt[1:3] == ["one", "of"] or nxt[1:2] == ["among"])
        # "following yesterday's holiday", "after Monday's holiday": the pause before the session
        timed = timed or len(nxt) > 2 and (nxt[0] in W.WEEKDAYS or nxt[0] in ("yesterday", "today")) \
            and nxt[1] in ("'s", "’s") and nxt[2] in W.PAUSES and (len(nxt) == 3 or nxt[3] in _AFTER_PAUSE)
        # (not "after Monday's break in talks", "after Monday's holiday sales data")
        timed = timed or _opening_clause(items, k + 1)  # "shortly after markets opened", "after the session resumed"
    # "after fluctuating throughout the day", "after it opened for the week", "following a weekly drop of 5 percent"
    timed = timed or _own_course_after(items, k + 1)
    if not timed:
        return None
    j = k + 1
    while j < len(items) and not items[j].word(",", ";", ".") and not (j > k + 1 and cue_at(items, j)):
        j += 1
    return j


#: a period's rank among the market's own: "after its best week since March", "after their worst day in a month" (not
#: a company's quarter or year: "after its strongest quarter of sales", its results)
_RECORD_RANKS = frozenset({"best", "worst", "biggest", "strongest", "weakest", "largest", "steepest", "sharpest",
                           "longest"})
_RECORD_PERIODS = frozenset({"day", "week", "session", "run", "stretch", "streak"})


#: what a market gives back in its own day: "after wiping out a morning rise", "after giving up early gains"
_GIVEN_BACK = W.BACK_SUBJECTS | {"ground"}


_VOLUME_SIZES = frozenset({"heavy", "thin", "light", "high", "low", "brisk", "strong", "weak", "huge", "record",
                           "moderate", "lower", "higher"})
_VOLUME_NOUNS = frozenset({"volume", "volumes", "turnover", "trading"})


def _volume_end(items: list[Item], k: int) -> int | None:
    """The item after an "on" phrase at item k that tells how much traded ("on heavy trading volumes", "on thin
    volume"), else None."""
    if not (k + 2 < len(items) and items[k + 1].low in _VOLUME_SIZES):
        return None
    return next((x + 1 for x in range(k + 2, min(k + 4, len(items))) if items[x].low in _VOLUME_NOUNS), None)


def cue_after(items: list[Item], j: int, stops: set[int], limit: int = 16,
              through_with: bool = False) -> tuple[str, int, int] | None:
    """(cue, length, index) of the cue that explains a predicate ending at item j: skips days,
    figures, adverbs and record phrases, and time phrases ("shortly after the open"); stops at a
    clause end or another move's subject. A weak cue ("as", "on") must stand close.
    ``through_with``: a ", with the major indices posting huge gains" elaboration of a figure-less
    move is read through to its cue."""
    k, loose, elaboration, opened = j, 0, False, j  # opened: the "with" of the elaboration
    while k < len(items) and (k - j <= limit or elaboration):
        it = items[k]
        word = it.low if it.kind == "W" else None  # the plain word here, read once
        if through_with and word == "with" and k > 0 and (items[k - 1].word(",") or _spaced_dash(items, k - 1)) \
                and not _with_cause(items, k + 1):
            elaboration, opened, k = True, k, k + 1  # (AP's "fell sharply - with the Dow down 504 points - after X")
            continue
        if through_with and _spaced_dash(items, k) and (elaboration and _spaced_dash(items, opened - 1)
                                                        or k + 1 < len(items) and items[k + 1].word("with")):
            k += 1  # the dashes around such an elaboration (not a dash inside one a comma opened)
            continue
        if k in stops and not elaboration:
            return None
        if elaboration and k == opened + 1 and it.kind == "M" and it.mention.kind == "sector" \
                and (own := cue_at(items, k + 1)) is not None and own[0] in PARTICIPLE_CUES:
            return None  # ", with technology stocks weighed down by X": the sector's own cause (cause_links reads it)
        found = cue_at(items, k)
        if found is not None and k > 0 and items[k - 1].word("even"):
            return None  # "rose 1.5% even after the chipmaker forecast a slump": concessive, no cause
        if found is not None:
            resume = temporal_end(items, k)
            if resume is None and found[0] == "on":
                resume = _volume_end(items, k)  # "sank 5.8% on heavy trading volumes after X": how much, then why
            if resume is not None:
                k = resume
                continue
            if found[0] in W.WEAK_CUES and loose > 4 and not items[k - 1].word(","):
                return None  # (", as X" after the clause's own words explains the clause)
            if found[0] == "on" and k > j and _past_verb(items[k - 1]) and predicate_at(items, k - 1) is None:
                return None  # "and Toyota warned on profits": the verb's own object, no cue
            return found[0], found[1], k
        if word == "-" and k > 0 and items[k - 1].end_char == it.start_char:
            # "all-time": a word, not an aside; "sell-off": its second half no verb of another clause
            k += 2 if joined_hyphen(items, k) else 1
            continue
        if word == "against" and k + 1 < len(items) and items[k + 1].kind == "M" \
                and (items[k + 1].mention.entity_id or "").startswith("fx-"):
            k += 2  # "The euro slipped against the yen after X": the other side of the rate, no subject
            continue
        if word in _DASHES and (aside := _aside_end(items, k)) is not None:
            limit, k = limit + aside - k, aside  # "fell 2% - its biggest drop in a month - on X" (no distance)
            continue
        if word in _DASHES and _dash_opened(items, j) and not any(items[x].low in _DASHES for x in range(j, k)):
            k += 1  # "to 2745.8 - a 4.12% drop to its weakest level in seven years - on X": the figure's aside closes
            continue
        closing = _closing_dash(items, k) if word in _DASHES and _spaced_dash(items, k) else None
        if closing is None and word in _DASHES and _spaced_dash(items, k) and k + 1 < len(items) \
                and cue_at(items, k + 1) is not None:
            k += 1  # CNN's "rocketed 2.4% higher and the broader stock market rallied -- boosted by optimism about X";
            continue  # the Northern Echo's "Finch Foods rose 9p to 212.5p - after the group overcame X"
        if closing is not None:
            # any aside between spaced dashes: "rose 1.5% - led by Apple - as X" is read into (its cue is the
            # cause), "fell 0.5% - with traders betting on cuts - after X" past
            if any(cue_at(items, x) is not None for x in range(k + 1, closing)):
                k += 1
            else:  # (the aside's words count no distance: "tumbled 1.6% to just over 1.30 US dollars - the lowest
                limit, k = limit + closing + 1 - k, closing + 1  # level for nearly a month - following X")
            continue
        if word in W.CLAUSE_END:
            return None
        if word == "at" and words_at(items, k, ("at", "the", "end", "of")):
            k = _time_phrase_end(items, k + 4)  # "closed sharply lower at the end of a tough week as X"
            continue
        if (word in W.MOVE_PARTICIPLES or word == "by" and k + 1 < len(items) and items[k + 1].low in _COURSE_PARTICIPLES) \
                and all(items[x].low in W.WHEN for x in range(j, k)):  # right after the move, or its day
            # "gained 1% finishing at five-month highs, boosted by SAP", "closed higher by extending gains for
            # an eighth session as X": the move's own course, read through to its cue
            k = _time_phrase_end(items, k + 1)
            loose = 0
            continue
        aside = _aside_end(items, k)
        if aside is not None:
            k = aside  # "plunged 8.9%, its biggest drop in three months, after X"
            continue
        session_time = _opening_verb_end(items, k + 1) if word == "as" else None
        if session_time is not None:
            # review 75's "slid 0.8% as markets were closing in Europe on news of fresh U.S. tariffs": the time of the
            # session, read through to a cue close after it (not "as it opened at 9 am, just minutes after X")
            j, k, limit, loose = session_time, session_time, 4, 0
            continue
        if word == "as":
            phrase = next((w for w in W.AS_NOT_CUE if words_at(items, k, w)), ("as", "well"))
            if phrase[:2] == ("as", "well"):
                return None  # "as well as Meituan" (a list), "as traders awaited X": no cause follows
            k += len(phrase)
            continue
        course = _course_participle_end(items, k) if word == "," else None
        if course is not None:
            # ", paring earlier gains on X": the day's own course, read through to its cue (its words count no
            # distance: Reuters' "dropped 1.59% on Tuesday to almost a one-week low, extending losses for the third
            # straight session as X")
            limit, k = limit + course - k, _run_length_end(items, course)
            continue
        if word == "," and k + 1 < len(items) and items[k + 1].kind == "W" and items[k + 1].low.endswith("ing") \
                and cue_at(items, k + 1) is None:
            # ", driving the benchmark to a four-month high, as X": the move's own result, read through;
            # ", erasing the losses spurred by X": a clause of its own
            end = _participle_aside_end(items, k, stops)
            if end is None:
                return None
            limit, k = limit + end - k, end  # (the aside's words count no distance to the cue)
            continue
        if word == "for" and k + 2 < len(items) and items[k + 1].word("the", "its", "their") \
                and any(items[x].low in MOVE_NOUNS for x in range(k + 2, min(k + 6, len(items)))):
            # AP's "tumbled 6.8% for the biggest drop among S&P 500 stocks as X", "lost 0.4% on Tuesday for its fourth
            # daily decline following X": the move's own rank, read through to its cue
            end = next((x for x in range(k + 2, min(k + 12, len(items))) if items[x].word(",", ";", ".")
                        or cue_at(items, x) is not None), None)
            if end is not None:
                loose, k = 0, end
                continue
        lead = _lead_rank_end(items, k) if word == "to" else None
        if lead is not None:
            loose, k = 0, lead  # Bloomberg's "jumped 6.3 percent to lead advances on the Topix index after X":
            continue  # the move's own rank, read through to its cue
        if word in _COURSE_OBJECTS and k > j and items[k - 1].low in _OWN_OBJECT_BEFORE:
            loose, k = 0, k + 1  # "gave back some of their recent gains Wednesday as X": the move's own object
            continue
        if it.kind == "W" and it.low not in W.LOOSE_GAP and not it.low.endswith("ly") and not elaboration:
            pred = predicate_at(items, k)
            if pred is not None and k > 0 and items[k - 1].word("then"):
                k += pred[1]  # "Asia Markets Rise, Then Fall on X": the same subject's next move
                continue
            crossed = _crossed_mark_end(items, k + pred[1]) if pred is not None and k >= j + 1 \
                and items[k - 1].word("to") and all(_size_word(items[x]) for x in range(j, k - 1)) else None
            if crossed is not None:
                # Yonhap's "slid by more than 3 percent to drop below the 2,500-point mark Tuesday on X": the
                # move's own result, a mark crossed, then its cue (not "to climb above the level it reached after X")
                loose, k = 0, crossed
                continue
            if pred is not None:
                return None  # another verb: another clause
        if elaboration and it.kind == "Q":
            return None  # ", with the Nasdaq tumbling 2.3% as X": the cue is the figure's own move's
        if elaboration and (it.kind == "M" or it.kind == "W" and it.low.endswith("ing")):
            k += 1
            continue
        if not (it.kind == "Q" or word == "," or word is not None and (word in W.LOOSE_GAP or word.endswith("ly"))):
            loose += 1
        k += 1
    return None


_RANK_LED = frozenset({"gains", "losses", "gainers", "losers", "decliners", "advancers", "declines", "advances", "rally",
                       "decline", "charge", "way", "rebound", "slide", "selloff", "sell-off"})


def _lead_rank_end(items: list[Item], k: int) -> int | None:
    """After 'to lead gains on the Nikkei 225 Stock Average' / 'to lead the decliners' at item k (the "to"):
    the index past the rank and where it was held; None when no such phrase stands there."""
    x = k + 1
    if not (x + 1 < len(items) and items[x].word("lead", "top")):
        return None
    x += 1 + items[x + 1].word("the")
    if not (x < len(items) and items[x].low in _RANK_LED):
        return None
    x += 1
    if x + 1 < len(items) and items[x].word("on", "in", "among"):
        y = x + 1 + items[x + 1].word("the")
        if y < len(items) and items[y].kind == "M":
            return y + 1
    return x


def _time_phrase_end(items: list[Item], k: int) -> int:
    """The end of 'a tough week for the markets' after 'at the end of': the next cue, comma or figure."""
    for x in range(k, min(k + 8, len(items))):
        if items[x].kind != "W" or items[x].word(",", ";", ".") or cue_at(items, x) is not None:
            return x
    return k


_COURSE_PARTICIPLES = frozenset({"paring", "reversing", "erasing", "extending", "trimming", "recouping",
                                 "relinquishing", "giving", "wiping", "adding", "snapping", "halting", "ending",
                                 "continuing", "leading", "deepening", "marking", "hitting", "posting", "notching",
                                 "recording", "touching", "entering",  # Bloomberg's ", entering a bear market on X"
                                 # PTI's ", registering their fifth day of rally on the back of X"
                                 "registering", "logging", "booking", "clocking"})
#: the words before a move's own object: "some of their recent gains", "its early losses"
_OWN_OBJECT_BEFORE = frozenset({"their", "its", "recent", "early", "earlier", "initial", "session's", "day's",
                                "some", "most", "all", "part", "much"})  # "gave back some gains after X"
_COURSE_OBJECTS = frozenset({"gains", "losses", "gain", "loss", "advance", "advances", "declines", "slide",
                             "rally", "streak", "run", "slump", "selloff", "sell-off", "rout", "retreat", "trend",
                             "drop", "fall", "decline", "rise", "high", "low", "record", "peak", "market", "territory",
                             "correction"})
#: a participle that carries the day's move on: what set the run off explains the day too
_CARRYING_ON = frozenset({"extending", "deepening"})


def _course_participle_end(items: list[Item], k: int) -> int | None:
    """After ', paring earlier gains' / ', reversing early losses' / ', extending its losing streak'
    at the comma k: where the participle's object ends (None if item k opens no such phrase)."""
    if k + 3 < len(items) and items[k + 1].word("coming") and items[k + 2].word("off", "back"):
        # ", coming off a one-week closing high hit in the previous session, with X": the day's course to its comma
        return next((x for x in range(k + 3, min(k + 16, len(items))) if items[x].word(",")), None)
    if k + 4 < len(items) and items[k + 1].word("failing") and items[k + 2].word("to") \
            and items[k + 3].word("hold", "sustain", "keep", "maintain", "extend"):
        # Reuters' ", failing to hold onto opening gains as X": the day's course, then its cue
        end = next((x + 1 for x in range(k + 4, min(k + 10, len(items))) if items[x].low in _COURSE_OBJECTS), None)
        # (not "failing to extend the rally after the Fed meeting as X": the rally's own time, then the cue)
        return end if end is not None and end < len(items) and items[end].word("as", "amid", "amidst", "on") else None
    if not (k + 2 < len(items) and items[k + 1].low in _COURSE_PARTICIPLES):
        return None
    for x in range(k + 2, min(k + 8, len(items))):  # (", snapping a three-day rally": the compound is three items)
        if items[x].kind == "Q" and items[x].qkind == "PERCENT":
            continue  # ", extending Friday's 0.5% drop"
        if items[x].kind != "W":
            return None
        if items[x].low in _COURSE_OBJECTS:
            nxt = items[x + 1] if x + 1 < len(items) else None
            if nxt is not None and nxt.kind == "W" and nxt.low.endswith("ed"):
                # "erasing the losses spurred by X": the cue is the losses', not the day's; "extending a
                # selloff triggered by X": the day carries on what X set off
                return x + 1 if items[k + 1].low in _CARRYING_ON else None
            if nxt is not None and nxt.word("of") and x + 2 < len(items) and items[x + 2].low in _COURSE_OBJECTS:
                return x + 3  # ", ending a five-session streak of losses, as X": the run's own noun, then the cue
            if nxt is not None and nxt.word("in", "across", "throughout", "among"):
                # ", leading a slump in stocks throughout the Middle East as X": where the slump was, then the cue
                for y in range(x + 2, min(x + 10, len(items))):
                    if items[y].word(",", ";", ".") or cue_at(items, y) is not None:
                        return y
            return x + 1
    return None


_MANNER_WORDS = frozenset({"further", "lower", "higher"})


def _past_manner(items: list[Item], e: int) -> int:
    """Past the manner of a move at item e: its adverbs ("sharply", "further") and "across the board"."""
    while e < len(items) and items[e].kind == "W":
        if words_at(items, e, ("across", "the", "board")):
            e += 3
        elif items[e].low in _MANNER_WORDS or items[e].low.endswith("ly") and len(items[e].low) > 4 \
                and items[e].text.islower():
            e += 1
        else:
            break
    return e


#: the words of a run's length after its noun: "extending losses for the third straight session"
_RUN_LENGTH_WORDS = frozenset({"the", "a", "its", "their", "second", "third", "fourth", "fifth", "sixth", "seventh",
                               "eighth", "ninth", "tenth", "straight", "consecutive", "successive", "trading",
                               "session", "sessions", "day", "days", "week", "weeks", "month", "months", "-", "in", "row"})


def _run_length_end(items: list[Item], k: int) -> int:
    """Past "for the third straight session" / "for a fifth day" at item k (the "for"), else k."""
    if not (k + 2 < len(items) and items[k].word("for") and items[k + 1].word("the", "a", "its", "their")):
        return k
    x = k + 1
    while x < len(items) and x - k <= 7 and (items[x].kind == "W" and (
            items[x].low in _RUN_LENGTH_WORDS or items[x].low[:1].isdigit())):
        x += 1
    return x if items[x - 1].low in ("session", "sessions", "day", "days", "week", "weeks", "month", "months", "row") \
        else k


def _participle_aside_end(items: list[Item], k: int, stops: set[int]) -> int | None:
    """After ', driving the benchmark to its highest level in four months,' (a participle
    between commas with no cue, clause end or other move's subject in it): the index after its
    closing comma; None when the participle runs on."""
    for x in range(k + 2, min(k + 18, len(items))):  # (Reuters' ", backing off from a fresh five-year high reached in
        # the morning, as X")
        it = items[x]
        if it.word(","):
            return x + 1
        if joined_hyphen(items, x):
            continue  # "a three-day winning streak": a compound's hyphen, no dash between clauses
        if x in stops or it.kind == "W" and it.low in W.CLAUSE_END or cue_at(items, x) is not None:
            return None
    return None


_DASHES = frozenset({"-", "--", "—", "–"})
_MARK_WORDS = MARK_NOUNS | {"levels", "point", "points", "-"}


def _size_word(it: Item) -> bool:
    """Whether item ``it`` is part of a move's size: a figure, its points, a hedge ("tumbled over 505 points")."""
    return it.kind == "Q" or it.kind == "W" and (it.text[:1].isdigit() or it.low in _MOVE_SIZE_WORDS)


_MOVE_SIZE_WORDS = frozenset({"points", "point", "pts", "over", "more", "than", "nearly", "about", "almost", "by", "some",
                             "around", "roughly", "just", "under", "close", "to"})


def _crossed_mark_end(items: list[Item], x: int) -> int | None:
    """After 'below the 3,000-point threshold' at item x (a side, a number and its mark words): the index past
    the mark; None when no number stands there."""
    if not (x < len(items) and items[x].kind == "W" and items[x].low in MARK_SIDES):
        return None
    y = x + 1
    while y < len(items) and y - x <= 3 and items[y].kind == "W" and not items[y].text[:1].isdigit() \
            and items[y].low in ("the", "key", "psychological", "psychologically", "important", "crucial", "critical"):
        y += 1
    if not (y < len(items) and (items[y].kind == "Q" or items[y].kind == "W" and items[y].text[:1].isdigit())):
        return None
    y += 1
    while y < len(items) and items[y].kind == "W" and items[y].low in _MARK_WORDS:
        y += 1
    return y


def _spaced_dash(items: list[Item], x: int) -> bool:
    """Whether item x is a dash with a space before it: one between clauses, not a compound's hyphen."""
    return x > 0 and items[x].kind == "W" and items[x].low in _DASHES and items[x - 1].end_char < items[x].start_char


def _closing_dash(items: list[Item], k: int) -> int | None:
    """The spaced dash that closes an aside the spaced dash at item k opens, if one stands within 16 items."""
    return next((x for x in range(k + 2, min(k + 16, len(items))) if _spaced_dash(items, x)), None)


def _dash_opened(items: list[Item], j: int) -> bool:
    """Whether a spaced dash opened an aside shortly before item j (a move's figure read inside it)."""
    return any(_spaced_dash(items, x) for x in range(max(1, j - 12), j))


def _ranked_among(items: list[Item], x: int) -> bool:
    """Whether the sector or market at item x is the group a ranking aside ranks in: CNBC's "fell 4% - the
    most of the mega-cap tech stocks - after X"."""
    return items[x].kind == "M" and x >= 2 and (items[x - 1].word("the") and (
        items[x].mention.kind in ("sector", "market") and items[x - 2].word("of", "among")
        or x + 1 < len(items) and items[x + 1].low in ("'s", "’s"))  # "- the Hang Seng's worst -"
        or items[x - 1].word("among") and (items[x].mention.entity_id or "").startswith("idx-"))  # AP's ", the
    # biggest drop among S&P 500 stocks,"


def _aside_end(items: list[Item], k: int) -> int | None:
    """After ', its biggest drop in three months,' (a noun phrase between commas, or between spaced
    dashes: the Guardian's "to 2745.8 - a 4.12% drop to its weakest level in seven years - on X"; no
    cue in it): the index after its closing mark; None when item k opens no such aside."""
    in_line = k + 3 < len(items) and words_at(items, k + 1, ("in", "line", "with"))  # ", in line with other Asian markets,"
    dash = _spaced_dash(items, k)
    if not ((items[k].word(",") or dash) and k + 1 < len(items)
            and (items[k + 1].word("its", "their", "the", "a", "an") or in_line)):
        return None
    closing = _DASHES if dash else (",",)
    for x in range(k + (4 if in_line else 2), min(k + 16, len(items))):
        if items[x].kind == "W" and items[x].low in closing:
            return x + 1
        if items[x].kind != "W" and items[x].kind != "Q" and not (in_line and items[x].kind == "M") \
                and not _ranked_among(items, x):
            return None
        if cue_at(items, x) is not None and not words_at(items, x, ("on", "record")):
            # (", a 5.3% drop that was the eighth-worst on record, amid X": "on record" is no cue); Reuters'
            # ", its steepest single-day percentage fall in three years after X": the record's span ends the aside
            return x if not dash and items[x - 1].low in _SPAN_WORDS and _span_of_record(items, x - 1) else None
    return None


_SPAN_WORDS = W.SPANS | {"decade", "decades"}


def _second_cause(items: list[Item], a: int, end: int, start: int) -> bool:
    """Whether the 'and' at a opens a second cause ('after A and a setback in B'; 'after Trump
    attacked Amazon and China fired its shot at U.S. imports': a clause after a clause)."""
    if end - a < 3:
        return False
    if _clause_move_before(items, a, start) and _clause_move_before(items, end, a + 1):
        return True  # "as zinc falls and strikes spread", "as crude fell 2% and bond yields rose": two moves' clauses
    if end - a == 3 and items[a + 1].kind == "M" and items[a + 1].mention.kind == "market" \
            and items[a + 2].low in _SECTOR_MOVE_NOUNS:
        return True  # Jiji's "on the back of the yen's appreciation and overseas market falls": a market's move
    if _gerund(items[a + 1]) and _gerund(items[start]) and not items[a + 2].word("to"):
        return True  # "after reporting solid results and raising its profit forecast": two gerunds of one subject
    if end - a == 3 and items[a + 1].kind == "W" and items[a + 1].low in W.SECOND_CAUSE \
            and items[a + 1].low not in ("a", "an", "the") and items[a + 2].kind == "M" \
            and items[a + 2].mention.kind in ("ref", "market", "sector"):
        return True  # BusinessWorld's "dragged down by a softer peso and sliding copper prices": a named thing's state
    if end - a < 4:
        return False
    nxt = items[a + 1]
    possessive = a + 2 < end and items[a + 2].low in ("'s", "’s")
    if nxt.word("the") and items[a + 2].kind == "M" and items[a + 2].mention.kind in ("ref", "market") \
            and not (a + 3 < end and (items[a + 3].low in ("'s", "’s") or _past_verb(items[a + 3]))):
        return False  # "gains in Germany's DAX and the FTSE MIB in Italy": one cause's list of markets
    verb = next((x for x in range(a + 2, min(a + 4, end)) if past_tense(items[x])), None)
    # "as concerns flared over X and two women tested positive": a clause after a clause, its subject a
    # name or a few plain words
    if verb == a + 2 and nxt.word("less", "more"):
        verb = None  # ("fears that its founder would be distracted and less focused on running the firm": a comparative
        # and a participle, the clause's second predicate)
    clauses = (nxt.kind == "M" and (verb == a + 2 or verb == a + 3 and items[a + 2].qkind == "TICKER")
               or verb is not None and all(
        items[y].kind == "W" and items[y].text.isalpha() and not items[y].word("to", "and", "or", "the", "than")
        for y in range(a + 1 + (nxt.kind == "M"), verb))) and any(past_tense(it) for it in items[start + 1:a])
    # (not "may raise interest rates sooner and higher than expected": a comparison, no clause)
    # ("as the yen held losses and U.S. data boosted confidence": a name and a noun, then the verb)
    # "after it reported better-than-expected earnings and raised its outlook": two predicates of one subject
    v = a + 2 if nxt.word("also") and a + 3 < end else a + 1  # ("scooped up stocks ... and also cheered X")
    predicates = (_past_verb(items[v]) or items[v].low in _SAID) and v + 1 < end and items[v + 1].kind != "Q" \
        and not items[v + 1].word("to") and any(_past_verb(it) or it.low in _SAID for it in items[start + 1:a])
    # (not "fell below US$70 and continued to drag down the energy sector": the same cause going on)
    adjective = nxt.kind == "W" and nxt.low in W.SECOND_CAUSE and not (a + 2 < end and items[a + 2].word("to", "than"))
    # "about the outlook for chips and political uncertainties in the U.S.": a concern of its own
    concern = nxt.kind == "W" and items[a + 2].kind == "W" and items[a + 2].low in W.CONCERN_NOUNS \
        and not any(items[x].word("to") for x in range(max(start, a - 3), a))  # (not "to boost revenues and contain
    # budget borrowing": an infinitive's second verb)
    # "amid a sell-off of banking stocks and early falls on Wall Street": another market's move
    moved = any(items[y].low in _SECTOR_MOVE_NOUNS and y + 1 < end and items[y + 1].word("in", "on", "at", "from")
                for y in (a + 1, a + 2))  # (Reuters' "a jump in Apple shares and gains from energy stocks")
    # (not "after S&P downgraded the city and China's credit ratings": the verb's second object, unless a verb of its
    # own follows it: "after oil fell and China's exports slumped")
    possessive = possessive and (not any(_past_verb(it) for it in items[start + 1:a])
                                 or any(_past_verb(items[y]) for y in range(a + 3, min(a + 7, end))))
    # "as Beijing widened its OTC board and a private survey showed X": a longer subject, its own verb
    subject = a + 1 + nxt.word("the")
    clauses = clauses or _subject_verb(items, subject) is not None and _clause_verb_in(items, start + 1, a)
    return adjective or possessive or clauses or predicates or concern or moved  # ("and continued weakness in X", not "and continued to")


def participle_opens(items: list[Item], k: int) -> bool:
    """Whether the cause phrase from item k is a participle's, its subject unsaid ("after reporting
    strong sales", "after being upgraded", "after winning a contract"); not an adjective's noun phrase
    ("following disappointing results", "amid rising yields")."""
    it = items[k]
    if it.word("being", "having"):
        return True
    if not _gerund(it) or it.low in W.SECOND_CAUSE:
        return False
    nxt = items[k + 1] if k + 1 < len(items) else None
    return it.low in _REPORTING or nxt is not None and (nxt.kind in ("M", "Q") or nxt.low in _PARTICIPLE_OBJECTS)


#: the participles of a company's news, whatever follows them: "after reporting strong sales"
_REPORTING = frozenset({"reporting", "posting", "announcing", "raising", "lowering", "cutting", "issuing", "unveiling",
                        "winning", "beating", "missing", "forecasting", "warning", "signing", "agreeing", "saying",
                        "receiving", "securing", "launching", "completing", "delivering", "topping", "revealing"})
#: what a participle's object or complement opens with: "after winning a contract", "after selling its stake"
_PARTICIPLE_OBJECTS = frozenset({"a", "an", "the", "its", "their", "his", "her", "to", "on", "in", "for", "from", "with",
                                 "by", "out", "up", "down", "off", "that", "more", "less"})


def _gerund(item: Item) -> bool:
    """Whether an item is a gerund that opens a cause's predicate ("reporting", "raising"), not a noun in -ing."""
    return item.kind == "W" and item.low.endswith("ing") and len(item.low) > 5 and item.low not in _ING_NOUNS


_ING_NOUNS = _NOT_PARTICIPLES | {"pricing", "rating", "ratings", "clothing", "housing", "shipping", "banking", "mining",
                                  "financing", "polling"}


def _clause_move_before(items: list[Item], b: int, start: int) -> bool:
    """Whether the words from item start to b end with a subject and its move verb ("oil falls", "crude fell
    2%"), not with a noun ("the broad decline")."""
    v = b - 2 if b - 2 > start and items[b - 1].kind == "Q" else b - 1
    if not (v > start and predicate_at(items, v) is not None):
        return False
    subject = items[v - 1]  # a name, or a plural noun ("infections", "yields")
    return subject.kind == "M" or subject.kind == "W" and subject.text.isalpha() and subject.low.endswith("s") \
        and subject.low not in _NOT_PLURALS


_NOT_PLURALS = frozenset({"its", "this", "has", "was", "is", "as", "plus", "less", "thus", "his"})


def _as_far_as(items: list[Item], e: int) -> bool:
    """Whether "as high as 102.40 yen", "as low as" opens at item e: how far a figureless move went."""
    return e + 2 < len(items) and items[e].word("as") and items[e + 1].low in ("high", "low", "far", "much") \
        and items[e + 2].word("as")


def _span_tail(items: list[Item], e: int) -> bool:
    """Whether "for the first time in eight days", "for a third straight session" opens at item e: the
    run a figureless move ends, part of its story."""
    return items[e].word("for") and any(items[x].kind == "W" and (items[x].low in W.SPANS or items[x].low == "time")
                                        for x in range(e + 1, min(e + 5, len(items))))


def _group_clause(items: list[Item], a: int) -> bool:
    """'... and exporters advanced on Y' at the 'and' at a: a group of stocks and its move, a clause of its own."""
    return a + 2 < len(items) and items[a].word("and") and items[a + 1].kind == "W" and items[a + 1].text.islower() \
        and items[a + 1].low.endswith("s") and _past_verb(items[a + 2]) and predicate_at(items, a + 2) is not None  # ("and continued weakness in X", not "and continued to")


def past_tense(item: Item) -> bool:
    """A verb in the past tense: a regular one ("dominated") or one of the irregular ones ("rose")."""
    return _past_verb(item) or item.kind == "W" and item.low in W.IRREGULAR_PAST


#: the past move and close verbs of a subject's second predicate: "was weighed down by X and fell 1.2 percent"
_OWN_MOVE_VERBS = frozenset(v for v in UP_VERBS | DOWN_VERBS | W.CLOSE_VERBS | {"settled"}
                            if v.endswith("ed") or v in ("fell", "rose", "sank", "slid", "shed", "lost", "grew", "shot"))


def _own_move_after(items: list[Item], v: int) -> bool:
    """Whether item v opens a predicate of the clause's own subject with its figure: "fell 1.2 percent", "ended
    0.4 percent lower", "closed down 2%" (not "fell sharply": no figure, and no verb after a subject of its own)."""
    if not (v + 1 < len(items) and items[v].kind == "W" and items[v].low in _OWN_MOVE_VERBS):
        return False
    return any(items[x].qkind == "PERCENT" for x in range(v + 1, min(v + 4, len(items)))) \
        or items[v + 1].kind == "W" and items[v + 1].low in W.SIDES and items[v + 1].low != "flat"


def _past_verb(item: Item) -> bool:
    return item.kind == "W" and len(item.low) > 4 and item.low.endswith("ed") and item.low not in W.LOOSE_GAP


def _participle_after(items: list[Item], e: int) -> bool:
    """', killing all 157 people': a participle that goes on describing the cause."""
    if e + 1 >= len(items) or not items[e].word(","):
        return False
    nxt = items[e + 1]
    if nxt.low == "leading" and e + 2 < len(items) and items[e + 2].word("to"):
        return True  # ", leading to increased selling pressure": the cause's result, part of it (not "leading the index lower")
    return nxt.kind == "W" and nxt.low.endswith("ing") and len(nxt.low) > 5 and nxt.low not in CAUSE_PARTICIPLES \
        and cue_at(items, e + 1) is None and nxt.low not in W.LOOSE_GAP and nxt.low not in W.MOVE_PARTICIPLES \
        and nxt.low not in UP_VERBS and nxt.low not in DOWN_VERBS  # ", falling 1.1%": the move, not the cause


_NOT_A_NOUN_PHRASE = W.AUXILIARIES | {"said", "says", "say", "while", "but", "which", "who"}
_REPEATED_CUES = ("to", "after", "on", "amid", "over", "following")  # ", and to B": the cue said again


#: past verbs of reaching a level, which with no subject of their own after ", and" go on with the moved one's clause
_LEVEL_VERBS = frozenset({"approached", "neared", "reached", "touched", "hit", "topped", "breached", "crossed",
                          "closed", "ended", "finished", "settled"})


def _and_one_more(items: list[Item], j: int, stops: set[int]) -> int | None:
    """Where B starts when ', and B.' at item j closes the sentence with one more cause: a noun
    phrase to the end with no move, mover or verb of its own ('..., and the dollar rose 1%' is a
    clause); None otherwise."""
    if not (j + 2 < len(items) and items[j].word("and")) or words_at(items, j + 1, ("as", "such")) \
            or items[j + 1].low in _LEVEL_VERBS:
        return None  # (", and as such these miners should benefit": "therefore", a clause of its own; "after the Fed
        # chose to cut rates, and neared 18,500 in June": the moved one's predicate again)
    first = j + (2 if items[j + 1].word(*_REPEATED_CUES) else 1)
    rest = items[first:]
    if rest and rest[-1].word("."):
        rest = rest[:-1]
    clause = any(first + x in stops or it.kind == "Q" or it.kind == "W" and (
        it.low in _NOT_A_NOUN_PHRASE or predicate_at(items, first + x) is not None or cue_at(items, first + x))
        for x, it in enumerate(rest))
    return first if 2 <= len(rest) <= 25 and not clause else None


def _event_list(items: list[Item], k: int, e: int) -> list[tuple[int, int]]:
    """The parts of a list of noun phrases at items k..e-1 when each is an event of its own, two
    items or more ("a broad dollar rally, a deadlock in talks around the NAFTA deal, and nervousness
    ahead of the election": three causes, as the dev annotations split "rising demand from China, a
    severe drought in Australia, and the conversion of farm land"); none for a list with a single
    word in it ("led by pharma, metal, auto and banking stocks": one broad cause). A name apposed to
    the last part stays in it ("the nationalisation of Iceland's third-largest bank, Glitnir")."""
    cuts = [x for x in range(k + 1, e) if items[x].word(",", "and") and not _number_and(items, x)]
    parts, first = [], k
    for x in cuts:
        if x > first:
            parts.append((first, x))
        first = x + 1
    parts.append((first, e))
    if len(parts) >= 2 and parts[-1][1] - parts[-1][0] == 1 and items[parts[-1][0]].kind == "M":
        parts[-2:] = [(parts[-2][0], parts[-1][1])]  # (the apposed name)
    if len(parts) < 2 or any(b - a < 2 for a, b in parts):
        return []
    if any(all(it.kind == "M" or it.word("the", "and", ",") for it in items[a:b]) for a, b in parts[1:]):
        return []  # "thanks to foreign buying of Samsung, SK hynix and LG Energy Solution": one phrase's names
    a, b = parts[0]
    a += _attributive_participle(items, a)  # ("weighed down by stalled trade talks, ...": an adjective)
    a = _reaction_object(items, a, b)  # ("as investors reacted to A, B and C": the reaction's objects)
    if any(_past_verb(it) or it.word("to") for it in items[a:b]):
        return []  # "as it unveiled plans to cut jobs, lift payouts and increase revenues": one clause's objects
    if any(past_tense(items[x]) and not _attributive_participle(items, x) for x, _ in parts[1:]):
        return []  # ("as investors digested the results, sold banks and ...": the subject's second verb)
    return parts


#: the words after a reaction's verb that open its object: "reacted to", "worried about", "fretted over"
_REACTION_PREPOSITIONS = frozenset({"to", "about", "over", "on", "by"})


def _reaction_object(items: list[Item], a: int, b: int) -> int:
    """Where the object of a trading crowd's reaction starts in the phrase at items a..b-1 ("investors reacted to",
    "traders worried about", "investors digested" the first of a list of events); a when the phrase opens none."""
    x = a + items[a].word("the")
    if not (x + 2 < b and items[x].low in _TRADERS and _past_verb(items[x + 1])):
        return a
    return x + 2 + items[x + 2].word(*_REACTION_PREPOSITIONS)


#: the words after which a participle is a verb's, not a noun's adjective: "stalled by", "sustained to"
_NO_NOUN_AFTER = frozenset({"by", "to", "in", "on", "at", "the", "a", "an", "from", "with", "as", "for", "of", "its",
                            "their", "and", ",", "more", "less", "further", "up", "down", "off", "back", "out"})


def _attributive_participle(items: list[Item], x: int) -> bool:
    """Whether the past participle at item x opens a noun phrase as its adjective ("stalled trade talks", "sustained
    foreign selling"), a noun or a name right after it."""
    it = items[x]
    if not (it.kind == "W" and it.low.endswith("ed") and it.text.islower() and x + 1 < len(items)):
        return False
    nxt = items[x + 1]
    return nxt.kind == "M" or nxt.kind == "W" and nxt.text.isalpha() and (nxt.text.islower() or nxt.text.istitle()) \
        and nxt.low not in _NO_NOUN_AFTER and not nxt.low.endswith("ly")  # (or a name's word: "stalled India-US talks")


def _number_and(items: list[Item], x: int) -> bool:
    """Whether the "and" at item x joins a number's parts: "over one and a half months", "two and a quarter"."""
    return items[x].word("and") and x >= 1 and x + 2 < len(items) and items[x + 1].word("a") \
        and items[x + 2].word("half", "quarter") and (items[x - 1].low in _NUMBER_WORDS
                                                     or parse_number(items[x - 1].text) is not None)


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve"})


_AGAIN_CUES = ("as", "after", "amid", "following")


def _and_cue(items: list[Item], a: int, words: tuple[str, ...] = _AGAIN_CUES) -> tuple[str, int] | None:
    """The cue said again after the 'and' at item a ("A fell as B slumped and as C rose"), or None (also
    where it opens a time: "and after the close Apple reported results")."""
    if not (a + 2 < len(items) and items[a].word("and")):
        return None
    partly = a + 3 < len(items) and items[a + 1].word("partly", "also") and items[a + 2].word(*words)
    a += partly  # the News' "pinned Tuesday's tailspin partly on A and partly on B"
    if not items[a + 1].word(*words):
        return None
    if temporal_end(items, a + 1) is not None or items[a + 2].word("the") and a + 3 < len(items) \
            and items[a + 3].low in W.OPENINGS:
        return None
    found = cue_at(items, a + 1)
    return (found[0], found[1] + partly) if found is not None else None


#: past verbs by which causes move a market ("as the eurozone crisis and fears over the global economy sparked another
#: rout"), and the market nouns after them
_MARKET_VERBS = frozenset({"sparked", "triggered", "depressed", "dented", "hit", "hurt", "weighed", "rattled",
                           "spooked", "unsettled", "roiled", "fuelled", "fueled", "drove", "pushed", "sent", "lifted",
                           "boosted", "buoyed", "dampened", "soured", "battered",
                           "darkened", "clouded", "brightened"})  # (AFP's "... darkened the mood")
_MARKET_OBJECTS = frozenset({"sentiment", "rout", "sell-off", "selloff", "selling", "rally", "markets", "market",
                             "stocks", "shares", "equities", "investors", "prices", "appetite", "confidence", "mood"})


def _before_a_market_verb(items: list[Item], k: int, e: int, last_of_list: bool = False) -> int:
    """Where a cause phrase from item k ends before a past verb whose object is the market ("as the eurozone crisis
    and fears over the global economy sparked another rout in the City", "as diplomatic tensions ... all depressed
    market sentiment"): the causes are the clause's subjects; else ``e``."""
    for v in range(k + 2, e):
        it = items[v]
        if it.kind == "W" and it.low in _MARKET_VERBS and v + 1 < e:
            obj = next((x for x in range(v + 1, min(v + 5, e)) if items[x].kind == "W"
                        and items[x].low in _MARKET_OBJECTS), None)
            if obj is not None and all(items[x].kind == "W" and items[x].low not in ("that", "which", "who")
                                       for x in range(v + 1, obj)) \
                    and (last_of_list or any(items[x].word("and", ",") for x in range(k + 1, v))) \
                    and not any(_past_verb(items[x]) or past_tense(items[x]) for x in range(k, v)):
                # (only where the subjects are a list of nouns: "as worries about trade talks weighed on sentiment"
                # stays one clause, and so does "as the yen held losses and U.S. data boosted confidence")
                return v - 1 if items[v - 1].word("all", "both", "each", "also") else v
    return e


def _causes_listed_before_a_market_verb(items: list[Item], k: int, e: int) -> list[tuple[int, int]] | None:
    """The spans of a comma list of causes that a phrase ending at a comma opens, when the list ends in a market verb
    (see _before_a_market_verb): "A, B and C all depressed market sentiment"; None when no such list stands there."""
    if e >= len(items) or not items[e].word(",") or e - k < 2 \
            or not any(it.low in _MARKET_VERBS for it in items[e + 1:e + 30]):
        return None  # (most phrases end at a comma with no such verb ahead: cue_at is tried only where one is)
    spans, start = [(k, e)], e + 1
    for x in range(e + 1, min(e + 30, len(items))):
        it = items[x]
        if it.kind == "Q" or it.kind == "W" and it.low in (";", ".", "which", "that", "while", "but") \
                or it.kind == "W" and it.low not in W.WEAK_CUES and cue_at(items, x) is not None:
            return None  # (a weak cue's "concerns over Italy's budget" is a noun's complement)
        if it.word(","):
            if x - start < 1:
                return None
            spans.append((start, x))
            start = x + 1
        elif it.word("and") and x > start:
            spans.append((start, x))
            start = x + 1
        elif it.kind == "W" and it.low in _MARKET_VERBS and x > start:
            v = _before_a_market_verb(items, start, min(x + 6, len(items)), last_of_list=True)
            if v > x or len(spans) < 2 and not items[start - 1].word("and"):
                return None
            spans.append((start, v))
            return spans
    return None


def cause_phrases(items: list[Item], start: int, stops: set[int], heading: bool = False,
                  end: int | None = None, split_amid: bool = False) -> list[tuple[int, int]]:
    """The cause phrases from item start: one, or two when the text joins two causes ('after A
    and a setback in B', 'amid A, as well as B'); a headline's commas list causes too
    ('Plunges on Oil, Housing Concerns')."""
    out: list[tuple[int, int]] = []
    k = start
    while k < len(items):
        e = _phrase_end(items, k, stops) if end is None else end
        if end is None and e - k >= 3:
            e = _before_a_market_verb(items, k, e)
        listed_causes = _causes_listed_before_a_market_verb(items, k, e) if end is None else None
        if listed_causes is not None:
            return out + listed_causes  # "as diplomatic tensions in Saudi Arabia, concerns over Italy's budget and
            # earnings all depressed market sentiment": three causes
        while end is None and _participle_after(items, e):
            e = _phrase_end(items, e + 2, stops)  # "after a jet crashed, killing all 157 people on board"
        cut, nested = k, -1  # nested: the last strong cue inside the phrase ("A amid B and C": C is B's)
        # "heavyweights such as RIL, HDFC Bank and Infosys": the examples' commas and "and" join no causes
        examples = next((range(x, stop) for x in range(k + 1, e) if items[x].low in _EXAMPLE_WORDS
                         and (stop := _examples_end(items, x)) is not None), range(0))
        listed = end is None and e < len(items) and any(items[x].word(",") for x in range(k + 1, e)
                                                        if x not in examples) \
            and _noun_list_end(items, next(x for x in range(k + 1, e) if items[x].word(","))) is not None
        events = _event_list(items, k, e) if listed else []
        if events:
            out += events  # "hit by a broad dollar rally, a deadlock in talks around NAFTA, and nervousness ahead of X"
            break
        paired = -1  # the "and" of a "between A and B" inside the phrase
        for a in range(k + 1, e - 1):
            if a <= paired:
                continue
            if items[a].word("between"):
                # "friction between Washington and Beijing and worries about demand": the pair's "and" joins no causes
                paired = next((x for x in range(a + 2, min(a + 8, e - 1)) if items[x].word("and")), e)
                continue
            if items[a].word("both", "combination", "mix"):
                break  # "a combination of strong economic data and positive commentary": one cause
            if items[a].word("and") and _past_verb(items[a + 1]) and a + 2 < e and items[a + 2].word("to"):
                e = a  # "oil fell below US$70 and continued to drag down the energy sector": the cause said, then its course
                break
            if items[a].word("and") and _own_move_after(items, a + 1) \
                    and not any(_past_verb(it) or past_tense(it) for it in items[cut:a]):
                e = a  # "was weighed down by a stronger yen and fell 1.2 percent": the cause, then the subject's move
                break  # (not "after its revenue topped estimates and grew 10 percent": the cause's own clause goes on)
            if _group_clause(items, a) and a - cut >= 2 and not any(_past_verb(it) for it in items[cut:a]):
                e = a  # "gained on an upbeat report and exporters advanced on Y": the report, then another clause
                break
            also = next((w for w in W.ALSO_CAUSE if words_at(items, a, w)), None) if a - cut >= 2 else None
            if also is not None and a + len(also) < e and not listed \
                    and not any(past_tense(it) or it.low in W.AUXILIARIES for it in items[cut:a]):
                # "the yen's rise as well as an overnight drop in the Nasdaq": two causes (not "announced it
                # is probing WeChat as well as platforms backed by Baidu": one clause's objects)
                out.append((cut, a))
                cut = a + len(also)
                continue
            found = cue_at(items, a)
            again = _and_cue(items, a, _AGAIN_CUES + ("on",)) if a - cut >= 2 else None
            if again is not None:  # "as New York City moved to close schools and as infections rose": two causes
                out.append((cut, a))
                cut = a + 1 + again[1]
            elif found is not None and a - cut >= 1 and (split_amid and found[0] in ("amid", "amidst")
                                                         or found[0] == "in line with"
                                                         or split_amid and found[0] in ("after", "following")
                                                         and _mover_noun_phrase(items, cut, a)):
                e = a  # "fell on continued selling by foreign investors amid rising oil prices": two causes,
                break  # the second read after its own cue (see chained_causes); PTI's "due to profit-taking in IT
                # shares in line with weak Asian markets": "in line with" never belongs to the phrase before it
            elif found is not None and found[0] not in ("over", "on", "upon"):
                nested = a
            elif items[a].word("and") and (a - cut >= 2 or _several_words(items[cut])) \
                    and (nested <= cut or _and_another_clause(items, a)) and a not in examples \
                    and _second_cause(items, a, e, cut) and not listed and not _number_and(items, a):
                # ("A, B and C": one list, one cause; "over one and a half months": one number)
                out.append((cut, a))
                cut = a + 1 + items[a + 1].word("also")
        out.append((cut, e))
        if end is None and (nxt := _another_move_noun(items, e)) is not None:
            k = nxt  # "driven by a 3.5% rise in Emaar Malls and a 0.7% increase in Emaar Properties"
            continue
        if end is not None or e >= len(items) or not items[e].word(","):
            break
        nxt = e + 1
        also = next((w for w in W.ALSO_CAUSE if words_at(items, nxt, w)), None)
        again = _and_cue(items, nxt)
        if also is not None:
            k = nxt + len(also)
        elif again is not None:
            k = nxt + 1 + again[1]  # "after its rating was cut at Macquarie, and as metal prices sank": one more
        elif (more := _and_one_more(items, nxt, stops)) is not None:
            k = more  # "following A, and weaker economies in B", "as investors reacted to A, and to B"
        elif not heading and (joined := _listed_subject_end(items, nxt, k, e, stops)):
            out[-1] = (out[-1][0], joined)  # Reuters' "after UBS, Nomura and Credit Suisse produced upgrades on the stock"
            break
        elif heading and nxt < len(items) and nxt not in stops and (joined := _names_clause_end(items, nxt, k, e)):
            out[-1] = (out[-1][0], joined)  # "as Tencent, Alibaba, Galaxy catapult market": the names, their verb
            break
        elif heading and nxt < len(items) and nxt not in stops and _headline_list_item(items, nxt, k, e):
            k = nxt + (1 if items[nxt].word("and") else 0)
        else:
            if heading and nxt < len(items) and nxt not in stops and (joined := _movers_list_end(items, nxt, k, e)):
                out[-1] = (out[-1][0], joined)  # "as Banks, Nestle Shares Drop": the movers, then their verb
            break
    return [(a, b) for a, b in out if b > a]


def _several_words(it: Item) -> bool:
    """Whether an item is a sector's phrase of several words ("robust bank issues"): as long as two plain words before
    an "and" (not a company's name: "after Kestrel Bank and a rival lender reported profits" is one clause's subject)."""
    return it.kind == "M" and it.mention.kind == "sector" and it.end > it.start + 1


def _headline_list_item(items: list[Item], k: int, start: int, end: int) -> bool:
    """Whether the words from item k to the next comma are one more cause in a headline's list
    after the cause at items start..end ("on virus concerns, US election uncertainties"), not a
    clause of its own: no cue, no "despite" or participle opening them ("..., as regulator
    probes X", "..., erasing rally"), not the inner list of an "including", and a move verb
    only where the cause before had one ("as Glencore sinks 29%, VW weighs"; not "Shares, led
    by miners, drop 3%")."""
    adjective = items[k].low in UP_VERBS or items[k].low in DOWN_VERBS  # "on failed US auto bailout plan, rising yen"
    if items[k].kind == "W" and (cue_at(items, k) is not None or items[k].low in W.DENIED
                                 or items[k].low.endswith("ing") and not (
                                     adjective and k + 1 < len(items) and (items[k + 1].kind == "M" or items[k + 1].kind == "W"
                                                                           and items[k + 1].text.isalpha()
                                                                           and items[k + 1].low not in ("the", "its", "a")))):
        return False
    if any(it.word("including") for it in items[start:end]):
        return False  # "as lenders including Wren Bank, Heron Bank and Finch Bank fall": one cause
    if items[k].kind == "M" and items[k].mention.kind in W.EFFECT_KINDS and k + 1 < len(items) \
            and items[k + 1].low in _STATE_WORDS:
        return False  # "Markets slide on budget worries, Spanish stocks at six-month low": a market's own state
    stop = next((x for x in range(k, len(items)) if items[x].word(",", ";")), len(items))
    def moved(a: int, b: int) -> bool:
        return any(items[x].kind == "W" and predicate_at(items, x) is not None for x in range(a, b))
    first = k + 1 if adjective and items[k].low.endswith("ing") else k  # ("rising yen": the participle describes)
    return not moved(first, stop) or moved(start, end)


#: words after a market's name that state where it stands, a headline's clause of its own: "Spanish stocks at six-month
#: low", "Nikkei near record", "Gold off highs"
_STATE_WORDS = W.SIDES | {"at", "near", "off", "hit", "hits", "steady", "mixed"}


def _and_another_clause(items: list[Item], a: int) -> bool:
    """Whether the 'and' at item a opens 'and also VERBED' (the same subject's second act) or 'and NAME VERBED', 'and
    A FEW WORDS VERBED' (another subject's): a cause of its own whatever cue stood inside the first ("as investors
    scooped up stocks after losses and also cheered X", "as banks fell after Spain had to rescue CCM and auto stocks
    weighed after X", "slid after a warning and the outbreak in Europe left traders wary")."""
    if a + 2 < len(items) and items[a + 1].word("also") and _past_verb(items[a + 2]):
        return True
    n = a + 1 + (a + 1 < len(items) and items[a + 1].word("the"))
    if not any(past_tense(it) for it in items[max(0, a - 12):a]):
        return False
    named = n + 1 < len(items) and items[n].kind == "M" and items[n].mention.kind in _CLAUSE_SUBJECT_KINDS
    v = n + 1 + (named and n + 2 < len(items) and items[n + 1].qkind == "TICKER")  # "and Osprey SE (OSP)
    # reported weaker orders": the name's code, then its verb
    return named and past_tense(items[v]) or _subject_verb(items, n) is not None \
        and _clause_verb_in(items, max(0, a - 12), a)


def _clause_verb_in(items: list[Item], a: int, b: int) -> bool:
    """Whether a past verb of a clause stands in items a..b-1, not a noun's adjective ("fresh concerns about Greece and
    Italy dented sentiment", "heightened worries about X and Y hit banks": one subject, its verb after it)."""
    return any(past_tense(items[x]) and not _attributive_participle(items, x) for x in range(a, b))


#: the mentions that can open another clause as its subject, a past verb right after them: "and auto stocks weighed"
_CLAUSE_SUBJECT_KINDS = frozenset({"sector", "market", "ref", "candidate"})


#: the words that end a clause's subject before any verb could: "and", "to", a preposition of a phrase that goes on
_NO_SUBJECT_WORDS = frozenset({"and", "or", "to", "than", "as", "that", "which", "who", "with", "a", "an", "the", "in",
                               "on", "at", "for", "by", "from", "of", "more", "less", "also"})


def _subject_verb(items: list[Item], n: int) -> int | None:
    """Where the past verb of a clause opening at item n stands after its subject of one to seven words or names
    ("the outbreak in Europe left traders wary", "a private survey showed X"), with more than a stop after it ("and
    the expected rate cut." is a noun phrase, its "-ed" word an adjective); None when item n opens no such clause."""
    x = n
    while x < len(items) and x - n < 7 and not (x > n and past_tense(items[x])):
        it = items[x]
        if not (it.kind == "M" or it.kind == "W" and (it.text.isalpha() and (
                it.low not in _NO_SUBJECT_WORDS or x > n and it.low in _SUBJECT_PREPOSITIONS)
                or it.low in ("'s", "\u2019s", "'", "\u2019"))):
            return None
        x += 1
    if x >= len(items) - 1 or x == n or not past_tense(items[x]) or items[x + 1].kind == "Q" \
            or items[x + 1].kind == "W" and items[x + 1].low in _NO_NOUN_AFTER_VERB:
        return None
    return x


#: the prepositions a clause's subject may hold after its first word: "the outbreak in Europe left traders wary"
_SUBJECT_PREPOSITIONS = frozenset({"in", "of", "on", "at", "for", "from"})
#: what follows an adjective in -ed rather than a verb: "and the expected rate cut ." ends the phrase
_NO_NOUN_AFTER_VERB = frozenset({".", ",", ";", "and", "or"})


def _listed_subject_end(items: list[Item], k: int, start: int, end: int, stops: set[int]) -> int:
    """The end of an "A, B and C verbed ..." cause when the cause at items start..end is one bare name
    and the names from item k go on to a last one after "and" with a past verb after it ("after UBS,
    Nomura and Credit Suisse produced upgrades on the stock": one clause, its subject a list), else 0."""
    if end - start != 1 or items[start].kind != "M":
        return 0
    x = k
    while x + 1 < len(items) and items[x].kind == "M" and items[x + 1].word(","):
        x += 2
    if not (x + 2 < len(items) and items[x].kind == "M" and items[x + 1].word("and") and items[x + 2].kind == "M"
            and x + 3 < len(items) and _past_verb(items[x + 3])):
        return 0
    return _phrase_end(items, x + 3, stops)


def _names_clause_end(items: list[Item], k: int, start: int, end: int) -> int:
    """The end of a headline's "A, B, C verb ..." cause when the cause at items start..end is one bare
    name and the comma list from item k goes on in bare names up to one with a lower-case verb after it
    ("as Tencent, Alibaba, Galaxy catapult market to winning start", "as Texas, Florida economies
    stall"), else 0."""
    if end - start != 1 or items[start].kind != "M":
        return 0
    x = k
    while x < len(items) and (items[x].kind == "M" or items[x].kind == "W" and items[x].text[:1].isupper()):
        stop = next((y for y in range(x, len(items)) if items[y].word(",", ";")), len(items))
        if stop == x + 1 and stop < len(items) and items[stop].word(","):
            x = stop + 1  # one more bare name
            continue
        after = items[x + 1] if x + 1 < stop else None
        lower_verb = after is not None and after.kind == "W" and after.text.isalpha() and after.text[:1].islower() \
            and after.low not in ("and", "or", "the", "a", "an") and cue_at(items, x + 1) is None
        moved = after is not None and after.kind == "W" and after.low in W.MARKET_MOVE_NOUNS  # "Tencent, Alibaba Losses"
        return stop if lower_verb or moved else 0
    return 0


def _movers_list_end(items: list[Item], k: int, start: int, end: int) -> int:
    """The end of a headline's "A, B verb" cause when the cause at items start..end is a bare
    name or noun and the words from item k name another and its verb ("as Banks, Nestle Shares
    Drop"), else 0."""
    if end - start > 3 or items[start].kind != "M" or any(items[x].kind == "W" and predicate_at(items, x) is not None
                                                          for x in range(start, end)):
        return 0  # (a named mover: "on foreign buying, Samsung rally" lists two causes)
    stop = next((x for x in range(k, len(items)) if items[x].word(",", ";")), len(items))
    if predicate_at(items, k) is not None or items[k].kind == "W" and items[k].text[:1].islower():
        return 0  # "Shares, led by miners, drop 3%": the sentence's own verb after its aside
    return stop if any(items[x].kind == "W" and predicate_at(items, x) is not None for x in range(k + 1, stop)) else 0


def _denied(items: list[Item], start: int, end: int) -> bool:
    return any(it.kind == "W" and it.low in W.DENIED for it in items[start:min(end, start + 4)])


#: what a sector phrase's move is called before it: "losses in materials and financial stocks"
_SECTOR_MOVE_NOUNS = frozenset({"losses", "gains", "weakness", "strength", "declines", "falls", "selling", "buying",
                                "rallies", "advances"})


def _joined_sectors(items: list[Item], a: int, b: int) -> list[Mention]:
    """The two parts of one sector phrase that joins two sectors and is the whole cause
    ('financials and miners', 'Banks and industrial companies'); else none."""
    if a + 2 < b and items[a].low in _SECTOR_MOVE_NOUNS and items[a + 1].word("in"):
        a += 2  # "led by losses in materials and financial stocks"
    it = items[a]
    if it.kind != "M" or b > a + 1 and not items[a + 1].word(","):
        return []  # "banks and miners on hopes of stimulus": the phrase goes on
    parts = sector_parts(it.mention)
    # two joined sectors are two causes ("after A and B"); a longer list ("led by pharma, metal, auto and
    # banking stocks") is read as one broad cause, as annotators write it
    return parts if len(parts) == 2 else []


#: what may follow a list of companies that is the whole cause: ", which rose 8.53% and 5.16%", "that ended higher"
_LIST_TAILS = frozenset({",", "which", "that", "respectively"})


def _listed_companies(items: list[Item], a: int, b: int) -> list[tuple[int, int]]:
    """The members of a cause that is a list of companies, each with the words that describe it
    ("led by Laurus Labs and Gland Pharma", "hurt by First Abu Dhabi Bank and telecoms firm
    Etisalat", "Daimler, Volkswagen and BMW"): annotators write a cause for each company, as
    for "after A and B". None unless the list of two or three is the whole cause or a relative
    clause ends it."""
    members: list[tuple[int, int]] = []
    x, joined = a, False
    while x < b:
        y = x + 2 if x + 1 < b and items[x].word("shares", "stock") and items[x + 1].word("of") else x
        y = min(b, description_end(items, y, 1, 7, DESCRIPTION_STOPS))  # "shares of alcohol products maker",
        # "cigarettes-to-hotels conglomerate" (a preposition ends it: "gains in Hindalco and Hindustan Copper", "strong
        # results from Shell and BT" are one cause each, as annotators write them)
        if not (y < b and items[y].kind == "M" and names_company(items[y].mention)):
            return []
        end = y + 1
        members.append((x, end))
        if end < b and items[end].word(",") and end + 1 < b and items[end + 1].word("and"):
            x, joined = end + 2, True
        elif end < b and items[end].word("and"):
            x, joined = end + 1, True
        elif end < b and items[end].word(",") and not joined:
            x = end + 1
        else:
            break
    if not 2 <= len(members) <= 3 or not joined or members[-1][1] < b and items[members[-1][1]].low not in _LIST_TAILS:
        return []  # (a longer list, "HDFC Bank, Axis Bank, Coal India, Bajaj Auto and Kotak Mahindra Bank", is read as
        # one broad cause, as annotators mostly write it)
    return members


def make_causes(items: list[Item], spans: list[tuple[int, int]], cue: str | None, effects: list[RawMove],
                text: str) -> list[RawCause]:
    out = []
    for a, b in spans:
        if _denied(items, a, b):
            return []
        parts = _joined_sectors(items, a, b)
        if parts:  # "boosted by financials and miners, which gained": two causes, each its sector's
            out.extend(RawCause(effects, part.text, cue, part.start_char, part.end_char, _part_item(part))
                       for part in parts)
            continue
        members = _listed_companies(items, a, b)
        if members:  # "led by Laurus Labs and Gland Pharma, which rose 8.53% and 5.16%": a cause for each company
            out.extend(c for s, e in members if (c := _make(items, s, e, cue, effects, text)) is not None)
            continue
        cause = _make(items, a, b, cue, effects, text)
        if cause is not None:
            out.append(cause)
    return out


def _joined_movers(items: list[Item], a: int, b: int, cue: str | None, effects: list[RawMove],
                   text: str) -> list[RawCause]:
    """'as healthcare and automobile stocks fell': two sectors that moved, two causes (the first
    named alone, the second with the clause's verb, as annotators split them); else none."""
    parts = sector_parts(items[a].mention) if items[a].kind == "M" else []
    if len(parts) != 2 or b <= a + 1 or predicate_at(items, a + 1) is None:
        return []
    first, second = parts
    end_char = items[b - 1].end_char
    return [RawCause(effects, first.text, cue, first.start_char, first.end_char, _part_item(first)),
            RawCause(effects, text[second.start_char:end_char], cue, second.start_char, end_char, _part_item(second))]


def _part_item(part: Mention) -> Item:
    """An item standing for one part of a joined sector phrase (its driver is that sector)."""
    return Item("M", part.start, part.end, part.start_char, part.end_char, part.text.lower(), part.text, mention=part)


#: the cues whose cause ends at an "amid", which opens a cause of its own
_AMID_SPLITS = frozenset({"on", "as", "after", "following", "upon", "in line with"})
#: cues whose movers end at an "amid", as a by-cue's do ("tracking losses in IT stocks amid selling abroad")
_MOVER_CUES = PARTICIPLE_CUES | {"tracking", "mirroring"}
#: the size of a move before its noun ("deep losses in IT")
_SIZE_WORDS = frozenset({"deep", "heavy", "sharp", "steep", "big", "broad", "strong", "hefty", "steady", "solid"})


#: a move noun before "in" and its movers: "gains in banks", "a rally in tech shares"
_MOVER_NOUNS = _SECTOR_MOVE_NOUNS | frozenset({"rally", "gain", "rise", "fall", "slide", "jump", "surge", "slump",
                                               "plunge", "drop", "decline", "advance", "climb", "rebound", "spike"})


def _mover_noun_phrase(items: list[Item], k: int, j: int) -> bool:
    """Whether items k..j-1 are a move noun and its movers ("a jump in Genting", "gains in banks"): an "after"
    right after them tells why they moved ("lifted by a jump in Genting after regulators approved X")."""
    k += k < j and items[k].word("a", "the")
    k += k < j and items[k].low in _SIZE_WORDS
    return k + 2 < j + 1 and items[k].low in _MOVER_NOUNS and items[k + 1].word("in") and _movers(items, k + 2, j)


def _movers_first(items: list[Item], k: int) -> bool:
    """Whether the cause phrase at item k names movers ("gains in banks", "a rally in tech shares",
    "HSBC and Standard Chartered"): after a by-cue such movers end at an "amid", which opens a cause
    of its own ("led by gains in banks amid positive global cues"; not "buoyed by improved risk
    sentiment amid easing tensions", one cause)."""
    if k < len(items) and items[k].word("a", "the"):
        k += 1
    if k < len(items) and items[k].low in _SIZE_WORDS:
        k += 1  # Hindustan Times' "tracking deep losses in IT, finance, banking and energy stocks amid ..."
    if k + 1 < len(items) and items[k].low in _MOVER_NOUNS and items[k + 1].word("in"):
        return True
    return k < len(items) and items[k].kind == "M" and items[k].mention.kind in ("sector", "ref", "candidate")


def chained_causes(items: list[Item], start: int, cue: str, stops: set[int], heading: bool,
                   effects: list[RawMove], text: str) -> list[RawCause]:
    """The causes after a cue, and after a second cue that follows them ("ended higher, led by
    gains in financials, as foreign investors returned": two causes)."""
    out: list[RawCause] = []
    movers: list[Mention] = []  # the movers of "a jump in Genting", whose own cause the next cue tells
    for _ in range(3):
        # "fell on A amid B", "as A amid B": two causes (a by-cue's "buoyed by A amid B" is one)
        spans = cause_phrases(items, start, stops, heading,
                              split_amid=cue in _AMID_SPLITS or cue in _MOVER_CUES and _movers_first(items, start))
        found = make_causes(items, spans, cue, effects, text)
        for cause in found if movers else ():
            cause.effects, cause.subjects = [], movers  # "lifted by a jump in Genting after regulators approved
            # X": X is the casino operator's cause (the annotators of the blind sets write it so more often than not)
        out.extend(found)
        end = spans[-1][1] if spans and found else None
        if end is not None and end < len(items) and (
                items[end].word("amid", "amidst") or words_at(items, end, ("in", "line", "with"))
                or items[end].word(*_MOVERS_THEN) and (_movers(items, spans[-1][0], end)
                                                       or _mover_noun_phrase(items, spans[-1][0], end))
                or items[end].word("as", "after") and cue in ("amid", "amidst") and not heading
                or items[end].word("as") and (cue in ("on", "upon") or cue.endswith(" by")) and not heading
                and end + 2 < len(items) and items[end + 1].low not in AS_NO_CLAUSE
                and (cue in ("on", "upon") or any(_past_verb(it) for it in items[end + 2:end + 8]))):
            # "led by A amid B", "led by A on B", "amid a selloff in A as B", Yonhap's "closed lower on foreign
            # selling as new outbreaks continued to surge", NDTV's "dragged down by A as contracts expired": B
            # follows with no comma
            if items[end].word(*_MOVERS_THEN) and _mover_noun_phrase(items, spans[-1][0], end):
                movers = [it.mention for it in items[spans[-1][0]:end] if it.kind == "M"]
            end -= 1
        elif end is None or end + 1 >= len(items) or not items[end].word(","):
            break
        at = end + 2 if end + 2 < len(items) and items[end + 1].low in _HEDGED_CUE_ADVERBS else end + 1
        nxt = cue_at(items, at)  # (", largely due to concerns over X": an adverb before the cue)
        if nxt is None or temporal_end(items, at) is not None:
            break
        cue, start = nxt[0], at + nxt[1]
    return out


def _shared_reason(items: list[Item], start: int, pending: list[RawMove], effects: list[RawMove]) -> bool:
    """Whether the reason after a comma, starting at item ``start``, can be every clause's: the clauses moved
    the same way and the reason names none of them by a pronoun ("Toyota fell 2% and Sony rose 3%, after its
    results beat forecasts" is Sony's)."""
    if {m.direction for m in pending} != {m.direction for m in effects}:
        return False
    return not any(it.low in ("its", "it", "it's", "his", "her") for it in items[start:start + 3])


#: the cues of a reason that, after a comma, explains every clause of an and-joined list before it
_SHARED_COMMA_CUES = frozenset({"as", "after", "amid", "amidst", "following", "due to", "thanks to", "on the back of"})
#: the by-cues that name the last clause's members ("led by", "dragged by"), not a reason every clause shares
_MEMBER_BY_CUES = frozenset({"led by", "paced by", "paced higher by", "paced lower by", "dragged by",
                             "dragged down by", "pulled down by", "pulled lower by", "led higher by", "led lower by"})


def _shared_cue(items: list[Item], cue: str, start: int) -> bool:
    """Whether a cue after a comma can explain every clause of an and-joined list before it: a reason ("after
    sales rose", "hurt by a stronger yen"), not the last clause's members ("led by Tencent", "lifted by banks")."""
    if cue in _SHARED_COMMA_CUES:
        return True
    if not cue.endswith(" by") or cue in _MEMBER_BY_CUES or start >= len(items):
        return False
    x = start + 1 if items[start].word("the") and start + 1 < len(items) else start
    it = items[x]
    if it.kind != "M" or it.mention.kind == "place" or (it.mention.entity_id or "").startswith("inv-"):
        return True  # ("hurt by a stronger yen", "by U.S. tariffs", "boosted by the Fed")
    return x + 1 < len(items) and items[x + 1].word("'s", "’s")  # "hurt by Toyota's warning": a reason


_HEDGED_CUE_ADVERBS = frozenset({"largely", "partly", "mainly", "mostly", "primarily", "chiefly", "partially", "also"})


#: words that date a move right after its figure
_DAY_WORDS = W.WEEKDAYS | {"today", "yesterday", "overnight"}


def _coordinated(items: list[Item], earlier: list[RawMove], group: list[RawMove]) -> str | None:
    """How the earlier move's clause runs into this one's subject: by 'and' ("the Nikkei fell 3%
    and the Hang Seng dropped 5% following X"), by a comma alone ("the Dow fell 1%, the S&P 500
    lost 1.2% and ..."), or not at all (None)."""
    end = max(m.end for m in earlier)
    first = min(m.verb_start for m in group)
    if items[first].low.endswith("ing"):
        return None  # "with A falling 2% and B plummeting 6% on X": a list of members, each its own
    gap = items[end:first]
    while gap and gap[0].kind == "W" and (gap[0].low in _DAY_WORDS or gap[0].word("on") and len(gap) > 1
                                          and gap[1].low in W.WEEKDAYS):
        gap = gap[2:] if gap[0].word("on") else gap[1:]  # "dropped 16% today and UniCredit lost 7%": the day's
    between = [it for it in gap if it.kind == "W" and it.low not in ("the", "'s", "’s", ",")]
    if not between:
        # ", the S&P 500 lost": a comma, then only the next subject
        return "comma" if gap and gap[0].word(",") and all(not it.word(",") for it in gap[1:]) else None
    # "and Hong Kong's Hang Seng dropped": an 'and', then only the next subject's words
    joined = len(between) <= 5 and between[0].low == "and" and not any(
        x.low in W.CLAUSE_END or x.low in W.LOOSE_GAP or cue_at([x], 0) for x in between[1:])
    return "and" if joined else None


def _subject_items(items: list[Item], moves: list[RawMove]) -> set[int]:
    """The indices of the mention items that are the subject of one of ``moves`` (by identity)."""
    # (a group of investors is no mover: "as nervous investors sold off their holdings" is the cause's own clause; a
    # broker that is a listed bank, "BNP Paribas (+4.6%)", is)
    subjects = {id(m.subject) for m in moves
                if not ((m.subject.entity_id or "").startswith("inv-") and m.subject.text[:1].islower())}
    found = [i for i in mention_indices(items) if id(items[i].mention) in subjects]
    owned = set()  # "as the share price of ICICI Bank and M&M led the gains": the shares' owners, the cause's words
    for i in found:
        p = i - _described_by(items, i)  # ("boosted by shares of alcohol products maker Radico Khaitan and
        # cigarettes-to-hotels conglomerate ITC Ltd that ended 2.47% and 2.23% higher")
        if p >= 3 and items[p - 1].word("of") and items[p - 2].word("price", "prices", "shares", "stock") \
                and items[p - 3].low in ("share", "stock", "the", "by") \
                or p - 2 in owned and items[p - 1].word(",", "and"):
            owned.add(i)
    return set(found) - owned


def _described_by(items: list[Item], i: int) -> int:
    """How many items right before the name at item i describe it ("alcohol products maker",
    "cigarettes-to-hotels conglomerate"), at most seven."""
    return i - 1 - description_end(items, i - 1, -1, 7, DESCRIPTION_STOPS)


#: a verb whose subject is a cause and whose object is the clause of a move: the BBC's "The supermarket
#: giant's weak trading update meant its shares closed 1.34% lower"
_MEANT = frozenset({"meant", "means"})


def _meant_causes(items: list[Item], moves: list[RawMove], text: str) -> list[RawCause]:
    """'X meant its shares closed 1.34% lower': X is the cause of the move of the clause after the verb."""
    out: list[RawCause] = []
    at = {it.start_char: x for x, it in enumerate(items)}
    for m in moves:
        x = at.get(m.subject.start_char)
        v = x - 2 if x is not None and x >= 2 and items[x - 1].word("the") else x - 1 if x is not None else -1
        if v < 2 or not items[v].word(*_MEANT):
            continue  # ("The rally meant the Nifty closed higher": past its article)
        start = 0
        while start < v and items[start].kind == "W" and items[start].low in ("but", "and", "however", ",", "so"):
            start += 1
        if v - start >= 2 and not any(it.word(",", ";") for it in items[start:v]):
            out += make_causes(items, [(start, v)], items[v].low, [m], text)
    return out


#: words before an index's name in a cause clause: "after the flagship Shanghai Composite Index crashed"
INDEX_EPITHETS = frozenset({"flagship", "benchmark", "key", "main", "broader", "wider", "blue-chip"})


def clause_causes(items: list[Item], moves: list[RawMove], text: str, heading: bool = False) -> list[RawCause]:
    """Cues that follow a move in its own clause."""
    out: list[RawCause] = []
    if not moves:
        return out  # every cause below follows a move of the sentence
    if has_words(items, _MEANT):
        out += _meant_causes(items, moves, text)
    subject_starts = _subject_items(items, moves)
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
    pending: list[RawMove] = []
    junction: str | None = None
    claimed: set[int] = set()  # the cues a cause before took as one more of its own ("... and as B")
    for pred, group in sorted(by_predicate.items()):
        junction = _coordinated(items, pending, group) if pending else None
        if junction is None:
            pending = []
        j = max(m.end for m in group)
        own = _subject_items(items, group)
        # "U.S. stocks closed higher, with the Nasdaq leading the rebound, after X": a figure-less
        # move's elaboration is read through to its cue
        found = cue_after(items, j, subject_starts - own, through_with=all(m.pct is None for m in group))
        if found is None or found[2] in claimed:
            pending = pending + group
            continue
        cue, n, k = found
        if k + n < len(items) and items[k + n].low == "it" and any(m.verb_start == k + n + 1 for m in moves):
            # "closed in the green as it went up by 42.11 points, or 0.37 percent": the move restated, no cause
            pending = pending + group
            continue
        if k + n + 2 < len(items) and items[k + n].word("both", "all") and (
                items[k + n + 1].kind == "M" and items[k + n + 1].mention.kind == "market"
                or items[k + n + 1].low in _INDEX_PLURALS) and predicate_at(items, k + n + 2) is not None:
            # UPI's "The Nasdaq slid 1.74% and the S&P 500 lost 1.36% as both indexes declined for a third
            # straight session": the moves restated, no cause
            pending = pending + group
            continue
        shares_of = k + n + 1 < len(items) and items[k + n].low in ("shares", "stock") and items[k + n + 1].word("of", "in")
        named = k + n + 2 if shares_of else k + n  # "as shares of Netflix jumped 9.2%": Netflix's move
        if named + 1 < len(items) and items[named].word("the") and items[named + 1].kind == "M" \
                and items[named + 1].mention.kind == "sector" and any(m.subject is items[named + 1].mention for m in moves):
            named += 1  # "edged up, as the local banks gained": the sector's move (not "as the S&P 500 gained", a
            # market's own move beside it)
        if not shares_of and named < len(items) and items[named].kind == "W":
            # "as mining company Vale SA sank on X": a description before the mover's name
            owner = named + 3 if named + 3 < len(items) and items[named].word("the") \
                and items[named + 1].low in PLACE_NOUNS \
                and items[named + 2].low in ("'s", "\u2019s") else named  # Reuters' "as the country's largest lender
            # First Abu Dhabi Bank sank 4.5%"
            d = description_end(items, owner, 1, 4, W.CLAUSE_END)  # ("chip-related heavyweights": four items)
            if owner > named and d + 1 < len(items) and items[d].word(",") and items[d + 1].kind == "M":
                d += 1  # Reuters' "as the country's largest lender, Commercial International Bank, (COMI.CA) rose 1%"
            if named < d < len(items) and items[d].kind == "M" and (items[d - 1 - items[d - 1].word(",")].low in DESCRIPTORS
                                                                   or items[d - 1].low in INDEX_EPITHETS
                                                                   or items[d - 1].low in _HEAVYWEIGHTS) \
                    and any(m.subject is items[d].mention for m in moves):
                named = d  # (not "exporters such as Toyota": examples, which the cue's phrase stops before)
        if named + 1 < len(items) and items[named].kind == "M" and items[named].mention.kind == "sector" \
                and items[named + 1].kind == "M" and any(m.subject is items[named + 1].mention for m in moves):
            named += 1  # Reuters' "as chip-related heavyweights Advantest and Tokyo Electron dropped": the movers the
            # sector's phrase introduces
        if named + 3 < len(items) and items[named].word("a", "an") and items[named + 1].kind == "M" \
                and items[named + 1].mention.kind == "market" and items[named + 2].word("of") \
                and items[named + 3].kind == "M":
            named += 3  # Bloomberg's "as a gauge of carmakers fell 7.4 percent": the sector's move
        elif named + 3 < len(items) and items[named].word("the") and items[named + 1].word("price", "prices") \
                and items[named + 2].word("of") and items[named + 3].kind == "M":
            named += 3  # CNBC's "as the price of crude fell to a new five-year low": the commodity's move
        inner = [m for m in moves if m.subject is items[named].mention] if named < len(items) else []
        if not inner and named + 3 < len(items) and items[named].kind == "M" and items[named + 1].word("and") \
                and items[named + 2].word("other") and items[named + 3].kind == "M":
            # AP's "as Nvidia and other Big Tech stocks led the way lower": the group's move, the name one of them
            inner = [m for m in moves if m.subject is items[named + 3].mention]
        # a cue set off by a comma explains the whole with-list; one right after a figure, that move
        effects = _with_list(items, moves, group) if k > 0 and items[k - 1].word(",") else group
        if junction == "and" and (not items[k - 1].word(",") or _shared_cue(items, cue, k + n) and _shared_reason(
                items, k + n, pending, effects)):
            # "X fell 3% and Y 5%, led by Z": the comma cue is Y's own; "X fell 1%, Y 2% and Z 3% as
            # W": a list of clauses closed by 'and' shares its cue, "X fell 1%, Y rose 2% on W" not; a reason after
            # the comma is the list's too ("BYD climbed 2.8 per cent and Xpeng added 1.5 per cent, after sales of
            # electric cars rose 27 per cent")
            effects = pending + effects
        pending = []
        if inner:
            # "the Nasdaq slid as Nvidia tumbled 5% after ...": the cause is Nvidia's move
            e = max(m.end for m in inner)
            while e + 1 < len(items) and items[e].word(",", "and") and all(m.pct is not None for m in inner):
                # "as Piraeus crashed 24.26%, Alpha dropped 7.17% and National lost 4.66%": the list of movers
                x = e + 2 if e + 2 < len(items) and items[e].word(",") and items[e + 1].word("and") else e + 1
                more = [m for m in moves if x < len(items) and m.subject is items[x].mention and m.pct is not None]
                if not more:
                    break
                e = max(m.end for m in more)
            own_cue = cue_at(items, e) if e < len(items) and all(m.pct is None for m in inner) else None
            if own_cue is not None:  # "as automakers gained on an upbeat report": the mover told with its own cause
                start = e + own_cue[1]
                e = _phrase_end(items, start, subject_starts)
                # (and before "and the outbreak left traders wary": a clause of its own, the effects' next cause; not
                # "and analysts cut their targets", "and the company cut its dividend": the mover's own news)
                e = next((a for a in range(start + 1, e) if _group_clause(items, a)
                          or items[a].word("and") and _and_another_clause(items, a)
                          and not has_lows(items[a + 1:e], _MOVER_NEWS_WORDS)), e)
            elif all(m.pct is None for m in inner) and e < len(items):
                # "as blue chips slid steeply across the board", "as crude slid toward $90 a barrel": a figureless
                # move's manner is its story, and its level ("as oil surged to another record high near $120 a
                # barrel"); "as Kestrel finished in the red for the first time in 13 sessions": so is its run
                e = _past_manner(items, e)
                if e < len(items) and (items[e].word("to", "toward", "towards", "near", "above", "below")
                                       or _span_tail(items, e) or _as_far_as(items, e)):
                    end = _phrase_end(items, e, subject_starts)
                    e = next((a for a in range(e, end) if items[a].word("and") and not _number_and(items, a)), end)
            causes = _joined_movers(items, k + n, e, cue, effects, text) or make_causes(items, [(k + n, e)], cue,
                                                                                      effects, text)
            for cause in causes:
                cause.mover = True
            while e < len(items) and items[e].kind == "W" and (items[e].low in ("again", "too", "also")
                                                             or items[e].low.endswith("ly")):
                e += 1  # "tumbled again and ..."
            again = _and_cue(items, e)
            if again is not None:
                # "fell 1% as IT stocks slumped and as world stocks moved away from one-year peaks": one more,
                # with its own cue, of the same effects (not of the movers before it)
                begin = e + 1 + again[1]
                claimed.add(e + 1)
                causes += make_causes(items, [(begin, _phrase_end(items, begin, subject_starts - {begin}))], again[0],
                                      effects, text)
            elif e + 1 < len(items) and items[e].word("and") and (_second_cause(items, e, len(items) - 1, k + n)
                                                                  or _group_clause(items, e)):
                # "as shares of miners slid again and fears over the outlook deepened": one more
                causes += make_causes(items, [(e + 1, _phrase_end(items, e + 1, subject_starts - {e + 1}))], cue, effects, text)
        else:
            causes = chained_causes(items, k + n, cue, subject_starts - {k + n}, heading, effects, text)
            movers = _knock_on_subjects(items, group) if k + n < len(items) and participle_opens(items, k + n) else []
            for cause in causes if movers else ():
                # "Anglo American led the FTSE 100 higher after being upgraded by UBS": a participle's subject is
                # the verb's, the leaders, not the index they moved
                cause.effects, cause.subjects = [], movers
        out.extend(causes)
    return out


#: the words by which a clause tells a company's own news, not the market's: "and the company cut its dividend"
_MOVER_NEWS_WORDS = frozenset({"its", "their", "it", "company", "firm", "group", "analysts", "analyst", "brokers",
                               "broker", "management", "shareholders", "board", "ceo"})
#: the verbs whose subject moves their object: "A led the index higher", "with B leading the market up"
_KNOCK_ON_SUBJECT_VERBS = KNOCK_ON_WORDS | {"leading"}


def _knock_on_subjects(items: list[Item], group: list[RawMove]) -> list[Mention]:
    """The names whose verb moved the group's subject ("Anglo American and Antofagasta led the FTSE 100
    higher", "with Tesco dragging the index lower"); none when the subject is a clause's own, or no market's,
    index's or sector's ("Citi dragged Unilever shares down after cutting its target", "The Bank of Japan sent the
    yen higher after raising rates": an actor's doing, the object's cause), or when they are investors."""
    at = next((x for x in mention_indices(items) if any(items[x].mention is m.subject for m in group)), None)
    if at is None or not (_index_subject(items[at].mention) or items[at].mention.kind == "sector"):
        return []
    verb = at - 1
    if verb >= 1 and items[verb].word("the"):
        verb -= 1
    if verb < 1 or items[verb].kind != "W" or items[verb].low not in _KNOCK_ON_SUBJECT_VERBS:
        return []
    found: list[Mention] = []
    x = verb - 1
    while x >= 0:
        if items[x].word("shares", "stocks") or items[x].qkind == "TICKER":
            x -= 1
        if x < 0 or items[x].kind != "M" or items[x].mention.kind not in ("ref", "candidate", "sector") \
                or (items[x].mention.entity_id or "").startswith("inv-"):
            return []  # (and no investor: "Investors sent stocks higher after being reassured")
        found.insert(0, items[x].mention)
        if x >= 2 and items[x - 1].word(",", "and"):
            x -= 3 if x >= 3 and items[x - 1].word("and") and items[x - 2].word(",") else 2
        else:
            break
    return found


_INDEX_PLURALS = frozenset({"indexes", "indices", "benchmarks", "gauges", "markets"})


def _index_subject(mention: Mention) -> bool:
    return mention.kind == "market" or mention.kind == "ref" and (mention.entity_id or "").startswith("idx-")


_WITH = frozenset({"with"})


def with_members(items: list[Item], moves: list[RawMove], text: str) -> list[RawCause]:
    """'The index gained 0.5%, with Salik advancing 6.8% and Parkin closing 1.7% higher': the
    companies with their own figures in an index move's with-list are causes of it (cue "with")."""
    out: list[RawCause] = []
    if not has_words(items, _WITH):
        return out  # most sentences have no "with": nothing to index
    at = {id(items[k].mention): k for k in mention_indices(items)}
    members = sorted(((at[id(m.subject)], m) for m in moves if m.pct is not None and id(m.subject) in at
                      and m.subject.kind in ("ref", "candidate") and not _index_subject(m.subject)),
                     key=lambda pair: pair[0])
    for m in moves:
        end = m.end
        while end < len(items) and items[end].kind == "W" and items[end].low.endswith("ly"):
            end += 1  # "U.S. stocks fell sharply, with X pacing the declines"
        if end + 1 < len(items) and items[end].word("on") and items[end + 1].low in _DAY_WORDS:
            end += 1
        if end < len(items) and items[end].low in _DAY_WORDS:
            end += 1  # "China stocks closed higher on Thursday with banks ... leading gains"
        if _index_subject(m.subject):
            end = _past_own_modifiers(items, end)  # "gained 0.7 percent at the end of dealing in Frankfurt, with X"
        bare_with = end + 1 < len(items) and items[end].word("with")  # (no comma: the leaders only)
        after_cause = _with_after_cause(items, end, moves) if _index_subject(m.subject) and not bare_with \
            and not (end + 1 < len(items) and items[end].word(",") and items[end + 1].word("with")) else None
        if after_cause is not None:
            # "Hong Kong shares rose after China vowed reforms, with tech stocks leading the gains": past the cause
            leaders = _leaders(items, after_cause + 2)
            for k in leaders:
                out.extend(make_causes(items, [(k, k + 1)], "with", [m], text))
            continue
        if not _index_subject(m.subject) or end + 2 >= len(items) \
                or not (items[end].word(",") and items[end + 1].word("with") or bare_with):
            continue
        start = end + 1 if bare_with else end + 2
        leaders = _leaders(items, start)
        for k in leaders:  # (two sectors in one phrase, "technology and energy shares": two causes)
            out.extend(make_causes(items, [(k, k + 1)], "with", [m], text))
        if not leaders and _investors_acting(items, start):
            # "slid 0.86 percent with foreign investors selling Rp 412.6 billion worth of shares", "ended at 14,730,
            # with local funds offering support": what the investors did is the cause
            out.extend(make_causes(items, [(start, _phrase_end(items, start, set()))], "with", [m], text))
            continue
        if leaders or m.pct is None or bare_with:
            continue
        for k, member in members:
            if not start <= k <= start + 4 or member.end <= k:
                continue  # the next member's name opens within a few words ("shares of", "toll operator")
            cause = _make(items, start, member.end, "with", [m], text)
            if cause is not None and member.direction == m.direction:  # (one that moved against it: no cause)
                cause.mover = True
                out.append(cause)
            if member.end + 1 >= len(items) or not items[member.end].word(",", "and"):
                break
            start = member.end + (2 if items[member.end + 1].word("and") else 1)
    return out


def _with_after_cause(items: list[Item], end: int, moves: list[RawMove]) -> int | None:
    """The comma of a ", with" list that follows the cue clause right after a move ended at item ``end`` ("rose on
    Monday after China vowed reforms, with tech stocks leading the gains"), with no other move between; else None."""
    if end >= len(items) or cue_at(items, end) is None:
        return None
    comma = next((x for x in range(end + 2, min(len(items) - 2, end + 30)) if items[x].word(",")), None)
    if comma is None or not items[comma + 1].word("with") or any(end < o.verb_start < comma for o in moves):
        return None
    return comma


#: what the movers of a with-list do to the index: "with information technology and consumer staples
#: contributing the most to the losses", "with technology and energy shares pacing the declines"
_LEADING_PARTICIPLES = frozenset({"contributing", "leading", "pacing", "dragging", "weighing", "driving", "lifting",
                                  "pulling", "powering", "accounting"})


def _past_own_modifiers(items: list[Item], end: int) -> int:
    """Where a ", with" stands after an index move's own modifiers ("at the end of dealing in Frankfurt", "to end at
    41,208.57, ending three days of falls"), else ``end``: no name but a place, no clause or cue of its own between."""
    for x in range(end, min(end + 14, len(items) - 1)):
        it = items[x]
        if it.word(",") and items[x + 1].word("with"):
            return x
        if x > end and it.word("with") and (_investors_acting(items, x + 1) or _leaders(items, x + 1)):
            return x  # "slid 0.86 percent to 7,048 at the final bell with overseas investors selling X"
        if it.kind == "M" and it.mention.kind != "place" or it.kind == "W" and it.low in _OWN_MODIFIER_STOPS:
            break
    return end


#: words that end an index move's own modifiers: another clause, or a cause
_OWN_MODIFIER_STOPS = frozenset({";", "and", "but", "while", "whereas", "as", "after", "amid", "amidst", "following",
                                 "because", "due", "thanks", "on", "led", "helped", "with", "despite"})


#: what investors do in a with-clause that moves the market: "with foreign investors dumping shares"
_INVESTOR_PARTICIPLES = frozenset({"dumping", "selling", "buying", "snapping", "offloading", "piling", "pouring",
                                   "betting", "providing", "booking", "pulling", "fleeing", "shunning", "scooping",
                                   "picking", "loading", "unloading", "taking", "cashing", "seeking", "rushing"})


def _investors_acting(items: list[Item], k: int) -> bool:
    """Whether a with-clause from item k opens with investors and what they did ("with foreign investors selling
    Rp 412.6 billion worth of shares", "with local funds offering support at lower levels")."""
    if k < len(items) and items[k].word("the"):
        k += 1
    if k + 1 >= len(items) or items[k].kind != "M" or not (items[k].mention.entity_id or "").startswith("inv-"):
        return False
    nxt = items[k + 1]
    return nxt.kind == "W" and nxt.low in _INVESTOR_PARTICIPLES


def _with_names_before(items: list[Item], k: int) -> bool:
    """Whether a with-list of names (with their codes) ends right before item k: "with A (GS) and B (DD) as"."""
    x = k - 1
    named = False
    while x >= 0 and (items[x].kind == "M" or items[x].qkind == "TICKER" or items[x].word(",", "and")):
        named = named or items[x].kind == "M"
        x -= 1
    return named and x >= 0 and items[x].word("with")


#: the roles a with-list's names take after "as": "with Goldman Sachs and DuPont as its biggest decliners"
_LEADER_ROLES = frozenset({"decliners", "gainers", "losers", "winners", "drags", "drag", "laggards", "leaders",
                           "performers", "contributors", "boosts", "boost", "movers"})


def _leaders(items: list[Item], k: int) -> list[int]:
    """The mentions of a with-list from item k that a leading participle follows ('with General
    Electric contributing the most losses'); none when no such participle closes the list."""
    out: list[int] = []
    while k < len(items) and items[k].kind == "M" and items[k].mention.kind in ("sector", "ref", "candidate") \
            and not _index_subject(items[k].mention):
        out.append(k)
        k += 1
        if k < len(items) and items[k].word("shares", "stocks"):
            k += 1
        if k < len(items) and items[k].qkind == "TICKER":
            k += 1  # "with Goldman Sachs (GS) and DuPont (DD) as its biggest decliners"
        if k + 1 < len(items) and items[k].word(",", "and"):
            k += 2 if items[k + 1].word("and") else 1
            if k + 1 < len(items) and items[k].word("the") and items[k + 1].kind == "M":
                k += 1  # "with banks and the electric vehicle sector leading gains"
    if out and k + 2 < len(items) and items[k].word("as") and items[k + 1].word("the", "its", "their") \
            and any(it.low in _LEADER_ROLES for it in items[k + 2:k + 5]):
        return out
    return out if out and k < len(items) and items[k].low in _LEADING_PARTICIPLES and items[k].kind == "W" else []


#: the cues that open a sentence's cause ("Buoyed by X, ...", "Amid X, ...")
_OPENING_CUES = PARTICIPLE_CUES | {"amid", "following", "after", "on the back of", "in the wake of", "tracking",
                                   "taking cues from", "taking their cue from", "following the lead of", "with"}


#: sentence adverbs a cue opening the sentence may follow, with their comma: "However, amid renewed rate worries, ..."
_OPENING_CONNECTIVES = frozenset({"however", "meanwhile", "still", "but", "yet", "moreover", "also", "later", "earlier",
                                  "overall", "elsewhere", "instead", "again", "nonetheless", "nevertheless", "notably",
                                  "separately", "additionally", "similarly", "likewise"})


def _comma_after(items: list[Item], x: int) -> int:
    """The index of the first comma from item x on (the end if none)."""
    return next((y for y in range(x, len(items)) if items[y].word(",")), len(items))


#: words of a time after "after": "However, after the morning session", "Later, after the bell"
_TIME_AFTER = frozenset({"pm", "am", "p.m.", "a.m.", "morning", "afternoon", "lunch", "noon", "hour", "hours", "minutes",
                         "open", "opening", "start", "session", "break", "holiday", "bell", "close", "rally", "gains",
                         "losses", "trade", "trading", "days", "weeks", "sessions"})


#: the first words of an opening "As" that tell no cause: "As for Toyota", "As of 3 pm", "As expected", "As a result",
#: "As usual", "As the session wore on", "As trading opened"
_AS_NOT_OPENING = frozenset({"for", "of", "expected", "a", "usual", "always", "ever", "such", "well", "trading",
                             "markets", "stocks", "shares", "it", "they", "in", "per", "part", "noted", "mentioned",
                             "reported", "seen", "said"})


_SAYING_VERBS = frozenset({"noted", "said", "says", "reported", "observed", "wrote", "told", "explained", "put", "pointed",
                           "mentioned", "highlighted", "warned", "predicted", "expected", "forecast"})
_SESSION_ENDS_AS = frozenset({"ended", "ends", "closed", "closes", "opened", "opens", "began", "begins", "wore",
                              "drew", "approached", "neared", "started"})
_SESSION_NOUNS = frozenset({"session", "day", "morning", "afternoon", "week", "trading", "market", "markets", "close",
                            "open", "bell", "year", "month"})


def _opening_as(items: list[Item]) -> bool:
    """Whether an opening "As" states a cause: a clause with a subject of its own that acts, then a comma and the
    sentence's market (the Dong-A Ilbo's "As overseas funds have started buying shares again after two weeks, South
    Korea's benchmark Kospi rose 1.87 percent"); not "As for ...", "As of ...", "As the session wore on, ...")."""
    if len(items) < 6 or items[1].kind == "W" and items[1].low in _AS_NOT_OPENING \
            or items[1].word("the") and items[2].low in _SESSION_NOUNS:
        return False
    comma = next((x for x in range(3, min(len(items) - 1, 24)) if items[x].word(",")), None)
    if comma is None or any(it.low in _SAYING_VERBS or it.low in _SESSION_ENDS_AS for it in items[2:comma]):
        return False  # (not "As Arab Bank dealer David Scutt noted this afternoon, ...": a source, no cause; nor "As
        # the two-day trading week ended yesterday, ...": a time)
    return any(_past_verb(it) or past_tense(it) or it.low in ("have", "has", "are", "is") for it in items[2:comma]) \
        and any(it.kind == "M" and it.mention.kind in ("market", "ref", "place", "sector") for it in items[comma + 1:comma + 6])


#: words of an opening "With" clause that tell breadth, trading conditions or what is still to come, no cause:
#: "With advancers outnumbering decliners", "With trading volumes running thin", "With earnings season getting
#: underway next week"
_WITH_NOT_ACTING = frozenset({"advancers", "decliners", "gainers", "losers", "advances", "declines", "volume", "volumes",
                              "trading", "turnover", "next", "ahead", "upcoming", "later", "tomorrow", "underway"})


def _acting_with(items: list[Item]) -> bool:
    """Whether an opening "With" states what acts on the clause after its comma: VOA's "With the Dow index
    dropping five percent in New York on Wednesday ..., Asian markets ...", "With oil prices falling, energy
    stocks slid" (a participle within its first words; not "With 20 stocks up, ...": breadth)."""
    comma = next((x for x in range(2, min(len(items), 30)) if items[x].word(",")), None)
    return comma is not None and not any(it.kind == "Q" for it in items[1:3]) \
        and not any(it.low in _WITH_NOT_ACTING for it in items[1:comma]) \
        and (any(_acting_participle(it) for it in items[2:min(comma, 8)])
             or any(words_at(items, x, w) for x in range(2, min(comma, 8)) for w in _ACTING_STATES))


#: the states an opening "With" gives its noun in Indian copy: "With IT stocks on fire, the Sensex rose", "With
#: recessionary expectations in the air, the Sensex fall mirrored the world"
_ACTING_STATES = (("on", "fire"), ("in", "the", "air"), ("under", "pressure"), ("in", "demand"), ("on", "a", "roll"))


def _day_lead(items: list[Item]) -> int:
    """How many items of "(Just) a day", "Hours" open the sentence before an "after" and its clause; 0 if none
    (not "A week after the earnings miss, Meta rebounded": a noun, a time)."""
    x = 1 if items[0].word("just", "only") else 0
    if x + 1 < len(items) and items[x].word("a", "one") and items[x + 1].low in ("day", "session"):
        x += 2
    elif x < len(items) and items[x].word("hours", "minutes"):
        x += 1
    else:
        return 0
    if not (x < len(items) and items[x].word("after")):
        return 0
    return x if any(past_tense(it) for it in items[x + 1:x + 8]) else 0


def opening_cause(items: list[Item], text: str) -> list[RawCause]:
    """'Buoyed by X, ...': a participial cue opening the sentence (effects filled by the caller)."""
    if not items:
        return []
    if len(items) > 4 and items[0].kind == "W" and items[0].low in _OPENING_CONNECTIVES and items[1].word(","):
        lead = 2  # "However, due to renewed worries over rates, the FTSE 100 finished 0.9% lower": a connective before the cue
        found = cue_at(items, lead)
        if found is None or found[0] not in _OPENING_CUES or found[0] == "with" or found[0] == "after" and any(
                it.kind == "Q" or it.low in _TIME_AFTER for it in items[lead + 1:_comma_after(items, lead + 1)]):
            return []  # (a time, as often as a cause: "However, after 2 pm, the Nikkei fell 1%"; not "Meanwhile, after
            # upbeat results, Tesco rose 5%")
    else:
        lead = _day_lead(items)  # "A day after the Fed's biggest hike in decades, the Dow sank"
        found = cue_at(items, lead) if not items[0].word("with") else ("with", 1) if _acting_with(items) else None
        if found is None and not lead and _opening_participle(items):
            found = (f"{items[0].low} by", 2)  # the LA Times' "Zapped by another jump in oil prices, the Dow closed"
        elif found is None or found[0] not in _OPENING_CUES and not (found[0] == "as" and _opening_as(items)) \
                or lead and found[0] != "after":
            return []
    if temporal_end(items, lead) is not None:
        return []
    cue, n = found
    n += lead
    end = _phrase_end(items, n, set())
    if cue == "with":
        end += next((len(w) for w in _ACTING_STATES if words_at(items, end, w)), 0)  # "With IT stocks on fire,"
    if end >= len(items) or not items[end].word(","):
        return []
    return make_causes(items, cause_phrases(items, n, set(), end=end), cue, [], text)


#: participles with "by" that describe a company, never why it moved: who founded, owns, runs or values it
_DESCRIBING_PARTICIPLES = frozenset({"founded", "owned", "controlled", "chaired", "valued", "headed", "managed",
                                     "listed", "spun", "created", "established", "acquired", "bought", "operated",
                                     "run", "backed", "supported", "described", "dubbed", "named", "called", "ranked",
                                     "rated", "known", "designed", "developed", "built", "made", "produced", "used",
                                     "majority-owned", "state-owned", "co-founded", "advised", "audited",
                                     "employed", "followed", "watched", "covered", "held", "sponsored", "funded"})
#: participles of a blow that do not end in "-ed": "Shaken by the rout in Tokyo, the Kospi fell"
_IRREGULAR_HIT = frozenset({"shaken", "stung", "beaten", "struck", "bitten", "shaken-up"})


def _opening_participle(items: list[Item]) -> bool:
    """Whether the sentence opens with a past participle and "by" and names a market or stock after its comma
    ("Zapped by X, the Dow closed", "Rattled by X, investors sold"): the participle of a cause verb the cue list
    lacks."""
    first = items[0]
    single = first.kind == "W" or first.kind == "M" and first.mention.kind == "candidate" and " " not in first.text
    if not (len(items) > 4 and single and first.text[:1].isupper() and items[1].word("by")
            and (first.low.endswith("ed") and len(first.low) > 4 or first.low in _IRREGULAR_HIT)
            and first.low not in _DESCRIBING_PARTICIPLES):
        return False  # (review 67: not "Founded by Jack Ma, Alibaba rose", "Owned by the state, Sinopec fell")
    comma = next((x for x in range(3, min(len(items) - 1, 20)) if items[x].word(",")), None)
    return comma is not None and any(it.kind == "M" for it in items[comma + 1:comma + 4])


#: the cues that open a broker's note as a cause with no figure beside it: "X was the top riser after Credit
#: Suisse upgraded the stock", "Unilever was under the cosh as JPMorgan Cazenove downgraded it"
_NOTE_CUES = frozenset({"after", "as", "following"})
_NOTE_WORDS = frozenset({"upgraded", "downgraded", "upgrade", "downgrade", "upgrades", "downgrades", "upgrading",
                           "downgrading", "rating", "recommendation", "target"})


def rating_causes(items: list[Item], text: str) -> list[RawCause]:
    """The broker notes a sentence gives as the reason of a move it states with no figure ("after Bell Potter
    downgraded the stock to hold"): each cue whose clause holds a rating word within its first eight items.
    The caller links them to the moves of the companies the notes rate."""
    out: list[RawCause] = []
    for k in word_indices(items, _NOTE_CUES):
        if not any(it.low in _NOTE_WORDS for it in items[k + 1:k + 9]):
            continue
        for a, b in cause_phrases(items, k + 1, set())[:1]:
            cause = _make(items, a, b, items[k].low, [], text)
            if cause is not None:
                out.append(cause)
    return out


def back_reference(items: list[Item], text: str) -> tuple[list[RawCause], str] | None:
    """'The rally followed X', 'Analysts attribute the dive to X': returns the causes and the
    direction they explain ('The sharp fall comes as A and as B': two)."""
    attributed = _attributed(items, text)
    if attributed is not None:
        return attributed
    owned = _owned_move(items, text)
    if owned is not None:
        return owned
    if len(items) > 3 and items[0].word("this", "that"):
        # "This came after X", "This followed X": the move of the sentence before
        found = _back_causes(items, 1, text)
        if found:
            return found, "before"  # (else a determiner: "This unprecedented drop was largely driven by X", below)
    if len(items) > 4 and items[0].word("it", "they") and items[1].word("was", "were"):
        # "The Nikkei slid 0.8 percent. It was held back by a firmer yen": the move of the sentence before
        found = _passive_back_causes(items, 2, text)
        return (found, "before") if found else None
    if len(items) > 5 and items[0].word(*_INVERTED_CAUSE_WORDS) and items[1].word("the", "this", "today's") \
            and items[2].kind == "W" and items[2].low in W.BACK_SUBJECTS and items[3].word("was", "were"):
        # Multichannel News' "Spurring the decline was a huge sell-off in the Chinese stock market": inverted
        found = _phrase_causes(items, 4, items[0].low, text)
        return (found, "up" if items[2].low in W.UP_WORDS else "down") if found else None
    k = _after_saying(items)  # Daily News Egypt's "He noted that the rise is supported by X"
    its = k < len(items) and items[k].word("its", "their")  # AP's "Its surge Wednesday was driven in part by X"
    # a demonstrative points at the sentence right before (review 81: not past "exports fell 8%" to the index before)
    this = k < len(items) and items[k].word("this", "that", "these", "those")
    if k < len(items) and items[k].word("the", "this", "that", "these", "those", "today's", "the day's", "its", "their"):
        k += 1  # (Watcher.Guru's "These declines were driven by X")
    k = _owner_end(items, k)  # "The day's sharp drop was driven by X"
    if k + 4 < len(items) and items[k].word(*_TRIGGER_NOUNS) and items[k + 1].word("for", "behind", "of") \
            and items[k + 2].word("the", "this", "that", "today's", "its") and items[k + 3].kind == "W" \
            and items[k + 3].low in W.BACK_SUBJECTS and items[k + 4].word("was", "were", "is") \
            and not items[k + 5].word("not", "unclear", "uncertain", "unknown"):
        # the Houston Chronicle's "The catalyst for the surge was a report by the ADP Research Institute ..."
        found = _phrase_causes(items, k + 5, f"{items[k].low} for", text)
        return (found, "up" if items[k + 3].low in W.UP_WORDS else "down") if found else None
    k = _past_back_adjectives(items, k)  # "The dramatic fall came after X", "the sharp, broad-based decline"
    if words_at(items, k, ("sell", "-", "off")):
        direction, k = "down", k + 3  # (the tokenizer's three tokens: "The sell-off was driven mostly by X")
    elif k >= len(items) or items[k].kind != "W" or items[k].low not in W.BACK_SUBJECTS:
        return None
    else:
        direction = "up" if items[k].low in W.UP_WORDS else "down"
        k += 1
    if k + 1 < len(items) and items[k].kind == "W" and items[k].low in W.WEEKDAYS:
        k += 1  # "Its surge Wednesday was driven by X"
    if k + 1 < len(items) and items[k].word("all", "also"):
        k += 1  # The Week's "The drops all came after President Trump announced new tariffs on China"
    if k + 2 < len(items) and items[k].word("in", "on") and items[k + 1].word("the") \
            and items[k + 2].word("trade", "session", "market", "markets", "day"):
        k += 3  # "The sharp decline in the trade was triggered by X"
    market = None
    if k + 1 < len(items) and items[k].word("in") and items[k + 1].word("stocks", "shares", "equities"):
        # USA Today's "The recent downturn in stocks was sparked by X": the story's market, whatever moved last
        it = items[k + 1]
        market = Mention(it.start, it.end, "market", it.text, it.start_char, it.end_char, extra={"head": it.low})
        k += 2
    causes = _back_causes(items, k, text)
    if causes and market is not None:
        for cause in causes:
            cause.subjects = [market]
    # (with "its": the move of the sentence before, when it went that way; "before-up", "before-down"; with "this" or
    # "these": the moves of the sentence before that went that way, "this-up", "this-down")
    return (causes, f"before-{direction}" if its else f"this-{direction}" if this else direction) if causes else None


#: the nouns of what set a move off: "The catalyst for the surge was X", "The reason for the fall was X" (not "The
#: reason for the rally is unclear")
_TRIGGER_NOUNS = ("catalyst", "trigger", "spark", "reason")
#: the participles that open an inverted cause: "Spurring the decline was X", "Driving the rally were X and Y"
_INVERTED_CAUSE_WORDS = ("spurring", "driving", "fueling", "fuelling", "sparking", "powering", "triggering", "behind")
#: what a move may "follow" without a cause: "The declines follow a familiar pattern", "the same script"
_LIKENESS_NOUNS = frozenset({"pattern", "patterns", "script", "path", "trend", "template", "playbook", "trajectory",
                             "course", "precedent", "footsteps"})


def _after_saying(items: list[Item]) -> int:
    """The item after a speaker's opening "X said (that)" or "X noted that" (within its first 16 items, no clause
    end before it), or 0: what was said may open with a move noun that points back ("He noted that the rise is
    supported by X"), or with a cause ("Analysts said foreign buying contributed to the rally")."""
    if not has_words(items, _SAYING_VERBS):
        return 0  # (most sentences have no speaker)
    for x in range(1, min(len(items) - 2, 16)):
        if items[x].kind == "W" and items[x].low in (";", ":") or items[x].qkind == "PERCENT" \
                or cue_at(items, x) is not None:
            return 0  # (not "The losses came two days after the Ministry of Trade said X": the speaker is the cause's)
        if items[x].kind == "W" and items[x].low in _SAYING_VERBS and items[x - 1].kind in ("W", "M") \
                and items[x + 1].kind == "W":
            return x + 1 + items[x + 1].word("that")
    return 0


def _past_back_adjectives(items: list[Item], k: int) -> int:
    """Past at most two adjectives before a move noun at item k ("sharp", "broad-based"); k if none."""
    for _ in range(2):
        if k + 1 < len(items) and items[k].kind == "W" and items[k].low not in W.BACK_SUBJECTS \
                and items[k].low in W.BACK_ADJECTIVES:
            k += 1
    return k


def _owned_move(items: list[Item], text: str) -> tuple[list[RawCause], str] | None:
    """Jiji's "(a strategist) said the Nikkei's rise was driven by X", "Toyota's slide came after X": the causes of
    the move of the name before the possessive (the causes' ``subjects``)."""
    for x in mention_indices(items):
        if not (x + 3 < len(items) and items[x].mention.kind in ("ref", "market", "sector", "candidate")):
            continue
        if items[x + 1].low in ("'s", "’s"):
            k = _past_back_adjectives(items, x + 2)  # "Toyota's sharp slide"
        elif x >= 1 and items[x - 1].word("the") and items[x + 1].kind == "W" and items[x + 1].low in W.BACK_SUBJECTS \
                and (items[x].mention.entity_id or "").startswith("idx-"):
            k = x + 1  # the Jakarta Post's "the JCI decline was caused by X": an index's name as the noun's owner
        else:
            continue
        if k >= len(items) or items[k].kind != "W" or items[k].low not in W.BACK_SUBJECTS:
            continue
        causes = _back_causes(items, k + 1, text)
        if causes:
            for cause in causes:
                cause.subjects = [items[x].mention]
            return causes, "up" if items[k].low in W.UP_WORDS else "down"
    return None


def _back_causes(items: list[Item], k: int, text: str) -> list[RawCause]:
    """The causes after a verb that points back at item k ('followed', 'came after', 'was driven by')."""
    if k + 2 < len(items) and items[k].low in _GATHERED:
        c = k + 1
        while c < len(items) and c - k <= 3 and items[c].kind == "W" and items[c].low in _GATHERED_WHEN:
            c += 1  # Mondo Visione's "The losses deepened this afternoon after China revealed retaliatory tariffs"
        if c + 1 < len(items) and items[c].word("after", "as", "following", "amid") \
                and not (items[c].low in ("after", "following") and temporal_end(items, c)):
            return _phrase_causes(items, c + 1, items[c].low, text)
        return []
    for verb in W.BACK_VERBS:
        # (an adverb may stand after the auxiliary: the JoongAng's "Tuesday's gains were largely driven by X")
        adverb = len(verb) > 1 and verb[0] in _BACK_AUXILIARIES and k + 1 < len(items) and items[k].word(verb[0]) \
            and items[k + 1].kind == "W" and items[k + 1].low.endswith("ly") and words_at(items, k + 2, verb[1:])
        # (or "in part" there: AP's "Its surge Wednesday was driven in part by a gain in Boeing")
        in_part = len(verb) > 2 and verb[0] in _BACK_AUXILIARIES and words_at(items, k, verb[:2]) \
            and words_at(items, k + 2, ("in", "part")) and words_at(items, k + 4, verb[2:])
        # (or before the preposition: Times NG's "The rise was driven largely by X")
        late = len(verb) > 2 and verb[0] in _BACK_AUXILIARIES and not adverb and words_at(items, k, verb[:-1]) \
            and k + len(verb) < len(items) and items[k + len(verb) - 1].kind == "W" \
            and items[k + len(verb) - 1].low.endswith("ly") and items[k + len(verb)].word(verb[-1])
        if adverb or in_part or late or words_at(items, k, verb):
            start = k + len(verb) + (adverb or late) + 2 * in_part
            if _earlier_move(items, start) or verb[-1] in ("after", "following") and "day" not in verb \
                    and temporal_end(items, start - 1):
                return []  # "The decline followed five consecutive days of gains": its own earlier course; Al Jazeera's
                # "The slide comes after two weeks of relative quiet in Vietnam's jittery equity markets": a time
            if verb[-1] == "on" and start < len(items) and (items[start].low in W.WHEN or items[start].low[:1].isdigit()
                                                             or items[start].word("the") and start + 1 < len(items)
                                                             and items[start + 1].low in _PERIODS):
                return []  # "The fall came on Monday", "came on the day": a time, no cause
            if verb[-1] == "on" and any(it.low.endswith(("anniversary", "eve")) for it in items[start:start + 4]):
                return []  # the Canadian Press' "Friday's sell-off came on the 20th anniversary of Black Monday": a time
            if verb[-1] == "as" and _a_surprise(items, start):
                return []  # review 70's "The rebound has come as no surprise to strategists": the idiom, no cause
            if verb[0] in ("follow", "follows", "followed") \
                    and any(it.low in _LIKENESS_NOUNS for it in items[start:start + 4]):
                return []  # review 74's "The declines follow a familiar pattern", "follow the same script": a likeness
            return _phrase_causes(items, start, " ".join(verb), text)
    return []


#: the verbs a move noun takes as it grows, before the cue that says why: "The losses deepened after X", "The selloff
#: intensified as X", and the times between ("this afternoon", "further")
_GATHERED = frozenset({"deepened", "intensified", "accelerated", "widened", "gathered", "steepened"})
_GATHERED_WHEN = frozenset({"this", "afternoon", "morning", "further", "later", "sharply", "quickly", "pace",
                            "momentum", "in", "the", "late", "trade", "trading"})


def _phrase_causes(items: list[Item], start: int, cue: str, text: str) -> list[RawCause]:
    """The causes of the phrases from item ``start`` on, with no effect of their own yet (a back reference's)."""
    return [c for a, b in cause_phrases(items, start, set()) if (c := _make(items, a, b, cue, [], text)) is not None]


#: the nouns of "came as a surprise", "comes as no shock": how the move was taken, no cause of it
_SURPRISE_NOUNS = frozenset({"surprise", "shock", "relief", "blow", "disappointment", "boost"})


def _a_surprise(items: list[Item], k: int) -> bool:
    """Whether "a surprise", "no surprise", "little surprise" or "something of a shock" opens the phrase at item k."""
    x = k + 1 if k < len(items) and items[k].word("a", "an", "no", "little", "something") else k
    x += 2 if words_at(items, x, ("of", "a")) else 0
    x += x < len(items) and items[x].low in ("big", "major", "welcome", "nasty", "complete", "total")
    return x > k and x < len(items) and items[x].low in _SURPRISE_NOUNS


def _passive_back_causes(items: list[Item], k: int, text: str) -> list[RawCause]:
    """The causes after a participle's by-cue at item k, past an adverb ("weighed down by", "largely driven by"):
    none where the by-cue gives a size ("was pushed up by 0.5 percent")."""
    if k < len(items) and items[k].kind == "W" and items[k].low.endswith("ly"):
        k += 1
    found = cue_at(items, k) if k < len(items) else None
    if found is None or found[0] not in PARTICIPLE_CUES:
        return []
    start = k + found[1]
    return _phrase_causes(items, start, found[0], text)


_BACK_AUXILIARIES = frozenset({"was", "were", "is", "are"})
#: whose move a move noun is, written before it with "'s": "The day's sharp drop", "Friday's losses"
_MOVE_OWNERS = frozenset({"day", "session", "market", "index", "today", "yesterday"}) | W.WEEKDAYS


def _owner_end(items: list[Item], k: int) -> int:
    """Past "day 's" / "Friday 's" at item k (the tokenizer splits the possessive off); k if none."""
    if k + 1 < len(items) and items[k].kind == "W" and items[k].low in _MOVE_OWNERS and items[k + 1].low in ("'s", "’s"):
        return k + 2
    return k


ATTRIBUTION_CUES = frozenset({"attribute", "attributes", "attributed", "blame", "blamed", "blames",
                              "pinned", "pins", "pin"})  # (the News' "The analyst pinned Tuesday's tailspin on X")
#: "Banks and energy stocks paced Friday's declines": the cue of a cause that leads the move
LEADING_CUES = frozenset(" ".join(v) for v in W.LEADING)


def _attributed(items: list[Item], text: str) -> tuple[list[RawCause], str] | None:
    """'Analysts attribute the dive to X', 'Traders blamed the sell-off on X', 'attributed
    Tuesday's tumble to A as well as B' (two)."""
    for k in word_indices(items, ATTRIBUTION_CUES):
        n = k + 1
        blamers = items[k].word("blamed", "blame") and items[0].word("analysts", "dealers", "traders", "brokers") \
            and (k == 1 or k == 2 and items[1].word("also", "have", "had"))
        if blamers and n < len(items) and items[n].kind == "W" and items[n].low not in ("the", "this", "that", "it", "its"):
            # the Nation's "Analysts blamed uncertainty over floods that have hit 26 provinces": what moved is the
            # story's move before (not "Analysts blamed the drop on X": below)
            causes = _phrase_causes(items, n, items[k].low, text)
            return (causes, "before") if causes else None
        if n < len(items) and items[n].word("the", "this", "that", "today's"):
            n += 1
        n = _owner_end(items, n)  # "Tuesday's tumble", "the day's losses"
        n = _past_back_adjectives(items, n)  # "blamed the sharp fall in Oslo on X"
        sell_off = words_at(items, n, ("sell", "-", "off"))  # (the tokenizer splits "sell-off")
        if not (sell_off or n + 1 < len(items) and items[n].low in W.BACK_SUBJECTS and items[n].kind == "W"):
            continue
        direction = "down" if sell_off or items[n].low not in W.UP_WORDS else "up"
        cue = n + 3 if sell_off else n + 1
        if cue >= len(items):
            continue
        if cue + 2 < len(items) and items[cue].word("in") and items[cue + 1].word("the") \
                and items[cue + 2].kind == "M" and items[cue + 2].low in ("index", "market", "benchmark"):
            cue += 3  # Gulf News' "Dealers partly attributed the drop in the index to X"
        elif cue + 1 < len(items) and items[cue].word("in") and _names_market(items[cue + 1]):
            cue += 2  # Views and News from Norway's "Analysts blamed the sharp fall in Oslo on X"
        cue += items[cue].word("partly", "largely", "mainly", "mostly", "primarily", "chiefly")  # ("partly on X")
        if cue >= len(items) or not items[cue].word("to", "on"):
            continue
        causes = _phrase_causes(items, cue + 1, items[k].low, text)
        return (causes, direction) if causes else None
    return None


def _names_market(item: Item) -> bool:
    """A mention of a market or an index ("a sell-off in Asian markets"), not of the investors in it."""
    m = item.mention
    return item.kind == "M" and m is not None and (m.kind in ("market", "place", "sector") or m.kind == "ref" and (
        (m.entity_id or "").startswith(("idx-", "market-"))))


_CAUSING_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _verb in W.CAUSING + W.LEADING:  # in list order, so the first that matches is the same as before
    _CAUSING_BY_FIRST.setdefault(_verb[0], []).append(_verb)


_AGENTS_OR_THE = W.AGENTS | {"the"}


#: the words that open a sentence's opening phrase before its subject: "In Tokyo, ...", "On Monday, ..."
_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "for", "across", "elsewhere", "meanwhile", "overall", "still",
                                   "however", "by", "during", "over"})


def _opens_noun_phrase(items: list[Item], x: int, start: int) -> bool:
    """Whether the move word at item x is an adjective that opens a list item's noun phrase ("Rising oil prices, a
    firmer dollar and ..."; "Higher yields"), not a verb after its subject."""
    return (x == start or items[x - 1].word(",", "and")) and x + 1 < len(items) \
        and (items[x + 1].kind == "M" or items[x + 1].kind == "W" and items[x + 1].text.isalpha()
             and items[x + 1].low not in ("and", "or", "to", "by", "in", "on", "than"))


#: the heads after "a surge in" that name something other than shares: "a surge in bond yields", "a jump in oil prices"
_NOT_EQUITIES = frozenset({"yields", "yield", "bonds", "treasuries", "prices", "rates", "inflation", "demand",
                           "volatility", "futures", "commodities", "dollar", "currency"})


#: the words that open a clause of its own after a move: "The Dow fell 1% as X sparked another rout"
_SUBORDINATING = frozenset({"as", "after", "amid", "following", "because", "while", "since", "when"})
#: the labels in capitals a line may open with before a colon, no place: "ANALYSIS: ...", "UPDATE: ..."
_LINE_LABELS = frozenset(tag.upper() for tag in _WIRE_TAGS) | {
    "ANALYSIS", "BREAKING", "WATCH", "EXCLUSIVE", "COMMENT", "OPINION", "FACTBOX", "NEWS", "INSIGHT", "EXPLAINER",
    "MARKETS", "STOCKS", "NSE", "BSE", "NYSE", "LSE", "HKEX", "SGX", "TSE", "ASX"}  # (and the exchanges' names)


def _colon_dateline_end(items: list[Item]) -> int:
    """Where the text starts after a dateline written with a colon ("HONG KONG: ...", "KARACHI: ..."): up to three
    words in capitals and the colon; 0 when the sentence opens with none."""
    colon = next((x for x in range(1, min(4, len(items) - 2)) if items[x].word(":")), None)
    if colon is None or not all(it.text.isupper() and it.text.isalpha() and it.text not in _LINE_LABELS
                                for it in items[:colon]):
        return 0
    return colon + 1


def caused_move(items: list[Item], text: str, first: int = 0) -> tuple[list[RawCause], str] | None:
    """'The news triggered a sell-off': a cause that opens the sentence (or its clause from item
    ``first``, after a semicolon) and a move noun with no market after it; the move is the paragraph's
    (returns the causes, more than one for a list of events: "Weak housing data, mixed earnings and
    trade fears contributed to the sell-off", and their direction)."""
    listed = False  # a comma before the verb: only a list of events may stand there
    if first == 0:
        first = _colon_dateline_end(items)  # "HONG KONG: Chinese banks led a rally in Hong Kong stocks"
    for k in range(first + 1, min(len(items), first + 24)):
        verbs = _CAUSING_BY_FIRST.get(items[k].low)  # most words open no verb: no generator for them
        verb = next((v for v in verbs if words_at(items, k, v)), None) if verbs else None
        if verb is None:
            if items[k].word(",") and not (items[k - 1].kind == "M" and k + 1 < len(items)
                                           and items[k + 1].kind == "M"):
                listed = True
            elif items[k].kind == "W" and items[k].low in W.CLAUSE_END:
                return None
            continue  # (a comma between two names lists them: "IT, banks lead rally")
        j = k + len(verb)  # (not past "Friday 's": the dev gold reads "led Friday's losses" as no cause)
        while j < len(items) and items[j].kind == "W" and items[j].low in W.MOVE_NOUN_MODIFIERS:
            j += 1
        owner = j if j + 1 < len(items) and _names_market(items[j]) and items[j].mention.kind != "sector" \
            and items[j + 1].low in W.BACK_SUBJECTS else None
        j += owner is not None  # "Banks led the Sensex rally", "IT, banks lead Nifty gains": the market's own move
        noun = "sell-off" if words_at(items, j, ("sell", "-", "off")) else items[j].low if j < len(items) else ""
        leading = verb in W.LEADING
        if leading and (k + 1 < len(items) and items[k + 1].word("by") or noun not in W.BACK_SUBJECTS
                        or j + 1 < len(items) and items[j + 1].word("among", "amongst")):
            # "led by X" is read by the clause rules; "led the way", "headed home": no move noun; "led the
            # decline among the leaders": first in a ranking, no cause of the market's move
            continue
        named = j + 2 < len(items) and items[j + 1].word("on", "in", "across") and _names_market(items[j + 2]) \
            or j + 3 < len(items) and items[j + 1].word("on", "in", "across") and items[j + 2].word("the") \
            and _names_market(items[j + 3])
        if noun not in W.BACK_SUBJECTS or any(_names_market(x) for x in items[j:j + 6]) and not (leading and named):
            return None  # "triggered a sell-off in Asian markets" names its market: cause_links reads it
        if not leading and j + 2 < len(items) and items[j + 1].word("in", "of") and (
                items[j + 2].kind == "M"
                or any(it.kind == "W" and it.low in _NOT_EQUITIES for it in items[j + 2:j + 4])):
            return None  # review 73's "foreign buying contributed to the rally in Infosys": one stock's, no market's;
            # "Weak data sparked a surge in bond yields": the yields' (not "a sell-off in late trade": the market's)
        said = _after_saying(items)
        start = said if first < said < k else first  # ("Analysts said foreign buying contributed to the rally")
        while start < k and items[start].kind == "W" and items[start].low in ("but", "and", "however", ","):
            start += 1
        if all(x.kind == "W" and x.low in _AGENTS_OR_THE for x in items[start:k]):
            return None
        if any(it.qkind == "PERCENT" for it in items[start:k]) and any(
                (items[x].low in UP_VERBS or items[x].low in DOWN_VERBS) and past_tense(items[x])
                and x >= 1 and items[x - 1].kind == "M"
                and any(items[y].low in _SUBORDINATING for y in range(x + 1, k)) for x in range(start, k)):
            return None  # "The Dow fell 1% as A and B sparked another rout": the sentence's own move, whose causes the
            # clause rules read, not the paragraph's move before it (not "The yen rose 1% and triggered the sell-off":
            # the rise is the cause; nor "Data showing exports dropped 8%": a figure inside the subject)
        if leading and any(_names_market(x) and x.mention.kind != "sector" for x in items[start:k]):
            return None  # "The Nasdaq led the declines": one of the market's own indices, no cause
        if leading and j + 1 < len(items) and items[j + 1].word(":"):
            return None  # review 78's "Energy stocks led the losses: YPF, -8.4%; Pampa Energia, -6.2%": the heading of
            # the movers listed after it, no cause of theirs
        if leading and items[k - 1].word("to") and any(x.qkind == "PERCENT" for x in items[start:k]):
            return None  # "surged 5.4 percent to lead gains on the Nikkei 225": the mover's own rank, told with its move
        if listed and start + 2 < k and items[start].low in _OPENING_PREPOSITIONS:
            comma = next((x for x in range(start + 1, k) if items[x].word(",")), k)
            listed = any(items[x].word(",") for x in range(comma + 1, k))
            start = comma + 1  # "In Tokyo, weak exports triggered a sell-off": the opening phrase is no cause
        events = [] if leading or any(past_tense(items[x]) and not _attributive_participle(items, x)
                                      or (items[x].low in UP_VERBS or items[x].low in DOWN_VERBS)
                                      and not _opens_noun_phrase(items, x, start)
                                      for x in range(start, k)) else _event_list(items, start, k)
        if listed and not events:
            return None  # ("Stocks fell, and the news triggered a sell-off": a clause before, no list)
        causes = [c for a, b in events or [(start, k)]
                  if (c := _make(items, a, b, " ".join(verb), [], text)) is not None]
        for cause in causes:
            if owner is not None:
                cause.subjects = [items[owner].mention]
            elif leading and named:
                # "Miners lead fall on London's FTSE 100": the market named after the noun
                cause.subjects = [next(x.mention for x in items[j + 2:j + 4] if _names_market(x))]
        return (causes, "up" if noun in W.UP_WORDS else "down") if causes else None
    return None
