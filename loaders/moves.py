"""Price moves: who moved, which way, by how much, to what close, on what turnover.

Pure functions over a sentence's items (see :mod:`marketkg.loaders.items`). A move
needs a subject that is a mention standing right before the predicate (modulo
adverbs, share words, tickers and a closing-price clause); that one condition keeps
"cancellations surged 56%", "the unemployment rate dropped to 3.8%" and "M3 money
supply increasing by 4%" out, because their subjects are no mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from marketkg.loaders.items import (DESCRIPTION_STOPS, Item, description_end, has_percent, has_signed_percent,
                                    has_words, joined_hyphen, mention_at, mention_indices, size_compound_end,
                                    word_indices, words_at)
from marketkg.loaders.lexicon import (AGENT_ADVERBS, AS_NO_CLAUSE, ASIDE_ADVERBS, BUSINESS_NOUNS, CAUSE_VERB_FIRST, CUE_FIRST_WORDS, CUES,
                                      CIRCUIT_SIDES, CIRCUIT_VERBS,
                                      EXCEPT_WORDS, excepting_at,
                                      DOWN_VERBS, GIVING, GOODS_UNITS, HEDGES,
                                      DOWNGRADE_VERBS, LIGHT_PARTICIPLES, LIGHT_SIZES, LIGHT_VERBS, NEEDS_FIGURE, NEWS_SOURCES, PHRASE_MOVES,
                                      PLACE_NOUNS, PLACED_PARTICIPLES, PREPOSITIONS,
                                      RATING_CUT_VERBS, RATING_RAISE_VERBS, RATING_WORDS, SEEN_MOVES, SIDE_NOUNS,
                                      SUBJECT_SKIP,
                                      UP_VERBS, UPGRADE_VERBS)
from marketkg.loaders.action_phrases import NEVER_MOVERS, sector_of_word
from marketkg.loaders.cause_words import BACK_SUBJECTS, COUNTS, ON_CAUSE_NOUNS, ON_VENUE, SPANS, WEEKDAYS
from marketkg.loaders.dates import MONTHS
from marketkg.loaders.descriptions import read_description
from marketkg.loaders.mentions import (CORPORATE_TAIL_TOKENS, GLUED_AMOUNT, LEADING_PARTICIPLES, SHARE_CLASS_WORDS,
                                       Mention, sector_parts, shouted)
from marketkg.loaders.places import INDEX_PREFIX_WORDS, OPENING_PLACE_ADVERBS
from marketkg.loaders.quantities import parse_number
from marketkg.loaders.rankings import RANK_NOUNS, governing_preposition, ranked_moves
from marketkg.ontology.enums import EntityType
from marketkg.ontology.reference import reference

__all__ = ["RawMove", "find_moves", "predicate_at", "close_statements", "opening_close", "opening_figure", "cause_follows",
           "exchange_end",
           "intraday_clause", "multi_period", "closing_extreme", "SETTLE_PARTICIPLES", "MARK_SIDES", "MARK_NOUNS",
           "KNOCK_ON_WORDS", "names_company", "market_or_place", "level_of", "last_occurrence", "owned_shares_end"]

_RIGHT_FILLER = frozenset({"collective", "combined", "by", "most", "sharply", "slightly", "modestly", "marginally", "against", "the", "trend",
                           "a", "further", "another", "steeply", "strongly", "significantly", "in", "early",
                           "late", "trade", "trading", "as", "much", "much", "more", "than", "to", "some",
                           "nearly", "about", "around", "roughly", "approximately", "over", "close", "almost",
                           "just", "under", "less", "~", "approx", "approx.", "circa", "up", "firmly",
                           "respectively", "each", "apiece", "both", "all", "sharp", "solid", "robust", "value",
                           "broad-based", "significant", "modest", "slight", "stunning", "staggering", "whopping",
                           "hefty", "massive", "huge", "dramatic", "impressive", "remarkable", "healthy", "strong",
                           "very", "moderate", "marginal", "small",  # (dpa-AFX's "fell by a very moderate 0.03 percent")
                           "mere", "additional", "respectable", "meagre", "meager", "paltry", "full", "steep",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday", "only",
                           # Reuters' "closed down an unofficial 0.53%", "an estimated 1.2 percent"
                           "an", "unofficial", "provisional", "preliminary", "estimated",
                           # "while Hong Kong rose by an even stronger 2.6%", "the Topix fell a steeper 2.1 percent"
                           "even", "stronger", "sharper", "steeper", "bigger", "larger", "smaller", "weaker", "milder",
                           "softer", "greater", "deeper"})
_CLOSE_WORDS = (("bringing", "it", "to", "a", "level", "of"), ("bringing", "it", "to"), ("taking", "it", "to"),
                ("to", "a", "level", "of"), ("to", "a", "record", "close", "of"), ("to", "a", "record", "high", "of"), ("to", "a", "record", "low", "of"),
                ("to", "a", "record"),
                # "fell 3.53 percent to close lower at 14,310.80"
                *((("to", verb, side, "at") for verb in ("close", "end", "finish", "settle") for side in ("lower", "higher"))),
                ("to", "close", "at"), ("to", "end", "at"), ("to", "finish", "at"),
                ("to", "settle", "at"), ("to", "trade", "at"), ("to", "close", "on"), ("to", "end", "on"), ("to", "finish", "on"),
                ("to", "settle", "on"), ("closing", "on"), ("ending", "on"), ("finishing", "on"),  # AFP's "to end on 3,190.05"
                ("to", "finish", "past"), ("to", "finish", "above"), ("to", "close", "above"),
                # MarketWatch's "to close near 7,774": a hedged level, the dev convention's close
                *((("to", verb, "near") for verb in ("close", "end", "finish", "settle"))), ("closing", "near"),
                ("ending", "near"),
                ("to", "close", "below"), ("to", "end", "above"), ("to", "end", "below"), ("closing", "at"), ("ending", "at"), ("selling", "at"), ("trading", "at"),
                ("is", "selling", "at"), ("was", "selling", "at"), ("is", "trading", "at"), ("was", "trading", "at"), ("at", "a", "record"), ("to",), ("at",))
_CLOSE_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {  # _CLOSE_WORDS by first word, in order
    w: tuple(words for words in _CLOSE_WORDS if words[0] == w) for w in dict.fromkeys(ws[0] for ws in _CLOSE_WORDS)}
_LIST_INTRO = frozenset({"like", "including", "includes", "include", "such", "notably", "especially", "led"})
_SUBJECT_KINDS = frozenset({"ref", "candidate", "sector", "market", "place"})


@dataclass(slots=True)
class RawMove:
    """A move before its subject is resolved to an entity."""

    subject: Mention
    direction: str
    pct: float | None
    approx: bool
    close: float | None
    turnover: str | None
    verb_start: int  # item index of the predicate
    end: int  # item index after the figures
    start_char: int
    group: Mention | None = None  # "Gold miners like A, B": the group A and B belong to
    from_list: bool = False
    flags: list[str] = field(default_factory=list)


def _by_first_word(phrases):
    """Phrases indexed by their first word, longest first, so a lookup tries only a few."""
    index: dict[str, list] = {}
    for entry in sorted(phrases, key=lambda e: -len(e[0])):
        index.setdefault(entry[0][0], []).append(entry)
    return index


#: phrases that state a move only with a figure after them ("shot up 409.39 points, or 1.85 percent"; the bare
#: "Wheat futures shot up this week" is a figure-less predicate, read for causes alone)
_PHRASES_WITH_FIGURE = frozenset({("shot", "up"), ("shot", "higher"), ("shooting", "up"), ("shooting", "higher"),
                                   ("shoots", "up"), ("shoots", "higher"),
                                   ("wrote", "off"), ("writes", "off"), ("writing", "off"),
                                   ("took", "on"), ("takes", "on"),  # (not "took on 2 billion pounds of debt")
                                   # ("gained ground, picking up 1.2 points for a 0.02 percent gain"; not "dealers
                                   # were picking up bargains")
                                   ("picking", "up"), ("putting", "on"), ("piling", "on"), ("tacking", "on"),
                                   *((verb, "ahead") for verb in ("roared", "raced", "surged", "stormed", "forged",
                                                                   "pushed", "powered", "edged", "inched", "crept",
                                                                   "marched", "charged", "moved", "jumped")),
                                   *((verb, "a", *size, noun) for verb in LIGHT_PARTICIPLES for size in LIGHT_SIZES
                                     for noun in SIDE_NOUNS),
                                   *((verb, *size, noun) for verb in LIGHT_VERBS for size in LIGHT_SIZES
                                     if size or verb == "clocked" for noun in ("gains", "losses")),
                                   # VOA's "got a boost of more than four percent" (not "Tesla got a boost in sales")
                                   *((verb, "a", noun) for verb in ("got", "gets", "received", "receives")
                                     for noun in ("boost", "lift"))})
#: PHRASE_MOVES by their first two words (every phrase has two or more): "was" and "closed" open dozens
_PHRASES_2: dict[tuple[str, str], list] = {}
for _entry in sorted(PHRASE_MOVES, key=lambda e: -len(e[0])):
    _PHRASES_2.setdefault(_entry[0][:2], []).append(_entry)
_HEDGE_INDEX = _by_first_word([(words, True) for words in HEDGES])


#: verbs of a move that also refuse ("declined to comment") before a verb's infinitive
_REFUSALS = frozenset({"declined", "declines", "decline", "declining"})
#: the words after "declined to" that still state a move: "declined to a record low", "declined to close at"
_REFUSED_MOVES = frozenset({"a", "an", "the", "its", "their", "close", "end", "finish", "settle", "trade", "levels",
                            "level", "lows", "low", "highs", "bottom"})


def _signed_close(items: list[Item], n: int) -> tuple[str, int] | None:
    """Stockchase's "the TSX closed -1.72%", "the S&P finished the choppy session -1.22%": a signed percent right
    after a close verb (past "the day" or "the ... session"), its side from its sign; (side, index of the figure)."""
    if n + 1 < len(items) and items[n].word("the"):
        m = n + 1
        while m < len(items) and m - n <= 3 and items[m].kind == "W" and items[m].text.isalpha() \
                and items[m].text.islower() and not items[m].word("day", "session"):
            m += 1
        if not (m < len(items) and items[m].word("day", "session")):
            return None  # (not "ended the week -2%": a week's)
        n = m + 1
    if n < len(items) and items[n].qkind == "PERCENT" and items[n].qty.signed and items[n].qty.value \
            and not multi_period(items, n + 1):  # (review 77's "closed +0.3% for the week")
        return ("up" if items[n].qty.value > 0 else "down"), n
    return None


def predicate_at(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """(direction, length in items, needs a figure) of a predicate starting at item k."""
    it = items[k]
    if it.kind != "W":
        return None
    if it.low == "up" and k >= 1 and items[k - 1].low in ("gave", "gives", "giving", "give"):
        return None  # the Yuan Talks' "gave up 3.7 per cent and 0.47 per cent, respectively": the particle of
        # "gave up", a fall, read from "gave"
    if it.low in _REFUSALS and k + 2 < len(items) and items[k + 1].word("to") and items[k + 2].kind == "W" \
            and items[k + 2].text.isalpha() and items[k + 2].text.islower() \
            and not any(x.kind == "Q" or x.low in _REFUSED_MOVES for x in items[k + 2:k + 6]):
        # (not "Brent declined to below $49 a barrel", "declined to record lows", "declined to seven-month lows")
        return None  # wire copy's "A spokesman for Link REIT declined to comment": a refusal, no move
    if k + 1 < len(items):
        for words, direction in _PHRASES_2.get((it.low, items[k + 1].low), ()):
            if words_at(items, k, words):
                if words[-1] == "back" and words[0] not in ("fell", "bounced", "bounces") and k + 2 < len(items) \
                        and items[k + 2].word("from"):
                    return None  # "pull back from even bigger losses", "pulled back from a record": where from
                e = k + len(words)
                if words[-1] == "off" and e + 1 < len(items) and items[e + 1].word("of"):
                    return None  # "wrote off 5% of its inventory": an amount written off, no price move
                if words in (("took", "on"), ("takes", "on")) and not (e + 1 < len(items) and items[e].qkind == "PERCENT"
                                                          and items[e + 1].word("to", "at", ",", ".", "and", ";")):
                    return None  # review 85's "took on a 5 per cent stake", "took on 12% more crude cargoes": what was
                    # taken on (the move's figure stands alone: "Kestrel Mining took on 6.2% to 318.40p")
                if words[-1] in _MOVE_NOUN_SIDE and e + 1 < len(items) and items[e].word("in") \
                        and any(it.low in BUSINESS_NOUNS for it in items[e + 1:e + 3]):
                    return None  # "Retailers suffered the biggest falls in sales in a decade": the data's, no price
                f = e + 1 + _hedge_at(items, e + 1) if words[-1] in _MOVE_NOUN_SIDE and e + 1 < len(items) \
                    and items[e].word("of") else None
                if f is not None and f < len(items) and items[f].qkind == "PERCENT" and _measured_in(items, f + 1):
                    return None  # "Data showing a rise of 3% in exports lifted the yen": the data's figure
                if words[-1] in _TREND_NOUNS and e + 1 < len(items) and items[e].word("in", "into", "across") \
                        and not (items[e + 1].low in _WEEKDAY_WORDS or items[e + 1].word("the", "early", "late")
                                 and e + 2 < len(items) and items[e + 2].low in _SESSION_TIMES):
                    return None  # "Toyota maintained its upward trajectory in China": its business, no price
                if words in _SEEN and (e < len(items) and items[e].word("of", "in") or _bare_sector_before(items, k)
                                       or any(items[x].word(",") and items[x + 1].word("with")
                                              for x in range(e, len(items) - 1))):
                    break  # "saw declines of over 4%" (the noun's figure, read below with it; "saw a sharp fall in
                    # Kestrel shares": the shares', after "in"), "tech players saw
                    # declines, with Kestrel dropping 7%" (a summary of the moves the sentence tells with figures)
                return direction, len(words), words in _PHRASES_WITH_FIGURE
    if it.low in _SUPERLATIVE_VERBS and (superlative := _superlative_move(items, k)) is not None:
        return superlative
    if it.low in _CLOSE_STATED and k + 2 < len(items) and items[k + 1].low.endswith("ly") \
            and items[k + 2].low in _TRAILING_DIR and items[k + 2].kind == "W":
        return _TRAILING_DIR[items[k + 2].low], 3, False  # "closed sharply lower", "ended slightly higher"
    if it.low in _CLOSE_STATED and k + 1 < len(items):
        signed = _signed_close(items, k + 1)
        if signed is not None:
            return signed[0], signed[1] - k, True
    if it.low in _CLOSE_STATED and k + 3 < len(items) and items[k + 1].word("a") \
            and items[k + 2].low in _A_LITTLE and items[k + 3].low in _TRAILING_DIR and items[k + 3].kind == "W":
        return _TRAILING_DIR[items[k + 3].low], 4, False  # "closed a tad lower", "ended a touch higher"
    at = k + 1
    while at < len(items) and at - k < 4 and items[at].kind == "W" and items[at].low in _DAY_WORDS:
        at += 1  # "closed on Friday at their lowest levels of the month"
    extreme = closing_extreme(items, k, at) if (it.low in _CLOSE_STATED or it.low in ("end", "close", "finish")) \
        and at + 2 < len(items) and items[at].word("at", "near") else None  # (a headline's "shares end at 2-week low")
    if extreme is not None:
        return extreme
    completed = _completed_run(items, k) if it.low in _RUN_VERBS else None
    if completed is not None:
        return completed
    streak = _streak_end(items, k) if it.low in _STREAK_VERBS else None
    if streak is not None:
        return streak
    if it.low in _CLOSE_STATED and at + 2 < len(items) and items[at].word("with"):
        # "closed with 1.5% loss", "ended with a 0.8% gain", "closed Tuesday with a loss of more than one percent"
        n = at + 2 if items[at + 1].word("a", "an") else at + 1
        if n > at + 1 and n + 2 < len(items) and items[n].word("day", "session") and items[n + 1].word("'s", "’s"):
            n += 2  # 24Brussels' "The Amsterdam AEX closed with a day's loss of 4.76 per cent"
        if n + 1 < len(items) and _noun_adjective(items[n]) and (n > at + 1 or items[n + 1].low.endswith("s")):
            n += 1  # RTTNews' "The Swiss SMI settled with a solid gain of 64.30 points or 0.52%", Tradevae's
            # "closed with a remarkable increase of 10.52%" (and a plural's: "closed with sharp gains on Monday")
        h = _hedge_at(items, n) if n < len(items) else 0  # ("Rio Tinto and BHP both closed with nearly 2% gains")
        if n + h + 1 < len(items) and items[n + h].qkind == "PERCENT" and items[n + h + 1].low in _MOVE_NOUN_SIDE:
            return _MOVE_NOUN_SIDE[items[n + h + 1].low], n - k, False
        noun = _MOVE_NOUN_SIDE.get(items[n].low, _CLOSED_WITH_CUT.get(items[n].low)) \
            if n + 1 < len(items) and items[n].kind == "W" else None
        if noun is not None and items[n + 1].word("of", "by"):  # "ended with losses of more than 6.5%", "with a gain of"
            # (and translated copy's "closed with a decrease by 0.8 percent")
            f = next((x for x in range(n + 2, min(n + 6, len(items))) if items[x].kind == "Q"), None)
            if items[n].low in _CLOSED_WITH_CUT and f is not None and f + 1 < len(items) and items[f + 1].word(
                    "in", "to", "on", "of", "for"):
                return None  # ("closed with a cut of 10% in its dividend": the dividend's)
            if f is not None and f + 2 < len(items) and items[f + 1].word("in") and (
                    _business_noun_at(items, f + 2) or any(it.low in _SESSION_MEASURES for it in items[f + 2:f + 5])):
                return None  # ("closed with an increase of 1.2 per cent in trading volume": the volume's figure)
            return noun, n + 2 - k, True
        if noun is not None and items[n].low.endswith("s") and not items[n + 1].word("in", "for", "from"):
            return noun, n + 1 - k, False  # "Most Asian markets ended with gains on Monday" (not "gains in Tencent")
    if it.low in _FIGURE_NEXT:
        return _figure_next(items, k)
    plural = _plural_nouns_of(items, k) if it.low in _PLURAL_NOUN_VERBS else None
    if plural is not None:
        return plural
    if it.low in UP_VERBS:
        return "up", 1, it.low in NEEDS_FIGURE
    if it.low in DOWN_VERBS:
        if it.low == "dragged" and not (k + 1 < len(items) and (
                items[k + 1].kind == "Q" or items[k + 1].low[:1].isdigit() or (items[k + 1].low,) in HEDGES
                or items[k + 1].word(",") and k + 2 < len(items) and items[k + 2].low in DOWN_VERBS)):
            # "NAB dragged 2.69 per cent", "the energy sub-index dragged, falling 2.3 percent" (not "were
            # dragged by X", "dragged the index down")
            return None
        return "down", 1, it.low in NEEDS_FIGURE
    return _verb_then_trailing(items, k)


#: finite verbs that state moves by a plural noun and its figures: TrackNews' "Dangote Cement, MTN Nigeria and
#: Tantalizer experienced notable declines of 10 percent, 9.76 percent and 9.52 percent, respectively"
_PLURAL_NOUN_VERBS = frozenset(LIGHT_VERBS) | {"experienced", "suffered", "saw", "witnessed"}


def _plural_nouns_of(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """The predicate of "experienced (notable) declines of" at item k when a percent follows "of" (not "posted
    losses of $5 million": the results' amount, nor "saw gains in sales of 5%")."""
    n = k + 2 if k + 2 < len(items) and _noun_adjective(items[k + 1]) and items[k + 2].kind == "W" else k + 1
    side = _MOVE_NOUN_SIDE.get(items[n].low) if n + 2 < len(items) and items[n].low.endswith("s") else None
    if side is None or not items[n + 1].word("of"):
        return None
    at = n + 2 + _hedge_at(items, n + 2)
    if not (at < len(items) and items[at].qkind == "PERCENT") or _measured_in(items, at + 1):
        return None  # (not "Banks saw declines of 2% in lending")
    return side, n + 2 - k, True


def _measured_in(items: list[Item], x: int) -> bool:
    """Whether "in" at item x says what a move noun's figure measures, no time of the day: review 82's "Airlines saw
    declines of 12% in passenger numbers", "showing a rise of 3% in exports" (not "in early trade")."""
    return x + 1 < len(items) and items[x].word("in") and items[x + 1].low not in _DAY_WORDS


#: verbs of speed that state a move only with "N% higher/lower" after them (not "shipped 10% lower", "were
#: called 0.3% higher", "gapped 2% higher at the open": volumes, indications, the open)
_SPEED_VERBS = frozenset({"charged", "stormed", "raced", "sailed", "marched", "powered", "motored", "zoomed",
                          "roared", "streaked", "steamed", "cruised", "bolted", "vaulted", "catapulted", "hurtled",
                          "galloped", "careered", "barrelled", "barreled", "crept", "drifted", "moved", "headed",
                          "traded", "finished", "settled", "ended", "closed"})


def _verb_then_trailing(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """Bloomberg's "Freeport-McMoRan charged 4% higher on the day", "stormed 6 percent lower": a verb of speed
    with a percent and "higher" or "lower" right after it (not "4% higher than ...", "4% higher fees", nor
    "charged 40% higher in March": a month's)."""
    it = items[k]
    if not (it.low in _SPEED_VERBS and it.text.islower()):
        return None
    at = k + 1 + _hedge_at(items, k + 1)
    if not (at + 1 < len(items) and items[at].qkind == "PERCENT" and items[at + 1].kind == "W"
            and items[at + 1].low in ("higher", "lower")):
        return None
    if at + 2 < len(items) and items[at + 2].kind == "W" and items[at + 2].text.isalpha() \
            and items[at + 2].low not in _AFTER_TRAILING:
        return None  # ("priced 4% higher than", "charged 4% higher fees")
    return _TRAILING_DIR[items[at + 1].low], 1, True


#: words after "N% higher" that end the move's phrase
_AFTER_TRAILING = frozenset({"on", "at", "to", "after", "as", "amid", "following", "for", "by", "with", "while",
                             "and", "but", "from", "since", "despite", "thanks", "today", "yesterday", "monday",
                             "tuesday", "wednesday", "thursday", "friday", "overnight", "before"})


#: words that state a move only with its percent right after them: "Food and drug retailers lifted 0.35%",
#: "Sinopec lowered 2.73 percent", "the energy sector pushed up 0.4 percent", "was firmer by 0.8 percent"
#: (not "lifted its target price by 10%", "pushed the index higher", "the firmer rand")
_FIGURE_NEXT = {"lifted": "up", "lowered": "down", "pushed": None, "firmer": "up", "stronger": "up",
                "weaker": "down", "softer": "down",
                "won": "up",  # AFP's "Johnson & Johnson won 2.0 percent" (not "858 billion won of shares")
                "came": None,  # the Irish Times' "The FTSE Eurotop 300 index came off 2.2 per cent"
                # Bloomberg's "Esterline Technologies erased 13 percent" (not "erased early losses")
                "erased": "down", "erasing": "down",
                "ahead": "up"}  # the London press's "Kestrel, ahead 2.7 per cent at 412p" (not "ahead of the results")


def _figure_next(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """The predicate of a _FIGURE_NEXT word at item k (with its "up"/"down" after "pushed"), if a percent
    follows it, after "by" or a hedge at most."""
    direction, n = _FIGURE_NEXT[items[k].low], k + 1
    if direction is None and n < len(items) and items[n].kind == "W" and items[n].low in ("up", "higher", "down", "lower",
                                                                                        "off"):
        direction, n = _TRAILING_DIR[items[n].low], n + 1
    if direction is None:
        return None
    at = _points_or(items, n + 1 if n < len(items) and items[n].word("by") else n)  # "lifted 99.22 points, or 0.71 per cent"
    at += _hedge_at(items, at)
    return (direction, n - k, True) if at < len(items) and items[at].qkind == "PERCENT" else None


_A_LITTLE = frozenset({"tad", "touch", "bit", "little", "shade", "notch"})
_EXTREMES = {"high": "up", "highs": "up", "peak": "up", "highest": "up", "low": "down", "lows": "down",
             "lowest": "down"}
_EXTREME_SPANS = frozenset({"day", "week", "month", "year", "session"})


def closing_extreme(items: list[Item], k: int, at: int) -> tuple[str, int, bool] | None:
    """'closed at a 19-month high', 'ended at their highest close since March', 'finished at a
    three-year low': a new closing extreme of some span is the day's direction (``at``: the item "at")."""
    n = at + 1
    if n >= len(items):
        return None  # a heading that ends on its verb: "Financial stocks hit"
    if items[n].word("a", "an", "its", "their"):
        n += 1
    if n < len(items) and items[n].word("new", "fresh"):
        n += 1
    n += _hedge_at(items, n)  # AFP's "closed at a more than three-year low"
    if n < len(items) and items[n].word("near"):
        n += 1  # Reuters' "European shares closed at a near one-week low on Monday as X"
    if n + 4 < len(items) and items[n + 1].word("-") and items[n + 2].low in ("1/2", "1/4", "3/4") \
            and items[n + 3].word("-") and items[n + 4].low in _EXTREME_SPANS:
        n += 5  # Reuters' "hit a 3-1/2-month low": a span with its fraction
    elif n + 2 < len(items) and items[n + 1].word("-") and items[n + 2].low in _EXTREME_SPANS:
        n += 3  # "a 19-month high"
    elif n < len(items) and items[n].kind == "W" and items[n].low.rpartition("-")[2] in _EXTREME_SPANS:
        n += 1  # "a three-year low"
    elif n < len(items) and items[n].word("record", "all-time", "lifetime"):
        n += 1  # "hit a record high after X": no span, the highest ever
    elif n + 2 < len(items) and items[n].word("all") and items[n + 1].word("-") and items[n + 2].word("time"):
        n += 3  # "an all-time high" (tokens "all", "-", "time")
    elif not (n < len(items) and items[n].low in ("highest", "lowest")
              or n + 1 < len(items) and items[n].word("closing") and items[n + 1].low in ("high", "low", "highs", "lows")):
        # (Deccan Chronicle's "Sensex and Nifty on Tuesday hit fresh closing highs on X")
        return None  # (Reuters' "the Nikkei ended at a closing high for a second straight session")
    if n + 1 < len(items) and items[n].word("closing") and items[n + 1].low in _EXTREMES:
        n += 1  # Reuters' "Australia shares post 3-week closing highs on banks"
    if n >= len(items) or items[n].low not in _EXTREMES or items[n].kind != "W":
        return None
    return _EXTREMES[items[n].low], n + 1 - k, False
_STREAK_VERBS = frozenset({"snapped", "snapping", "snaps", "snap", "end", "break", "broke", "breaking", "ended", "ending", "halted",
                           "halting"})
_STREAKS = frozenset({"streak", "run", "skid", "slide", "rally"})


_MULTIPLES = frozenset({"doubled", "tripled", "halved"})
_RUN_VERBS = frozenset({"closed", "ended", "posted", "notched", "logged", "recorded", "marked", "finished", "booked",
                        "clocked", "extended", "chalked"})
_RUN_SPANS = frozenset({"week", "weeks", "session", "sessions", "day", "days", "month", "months", "quarter"})


def _run_word(items: list[Item], k: int, limit: int, nouns: frozenset[str]) -> tuple[bool, int] | None:
    """(winning?, index after the noun) of the first 'winning/losing NOUN' within ``limit`` plain
    words after item k; None if a clause or a figure comes first."""
    for n in range(k + 1, min(k + limit, len(items) - 1)):
        if items[n].word("winning", "losing") and items[n + 1].low in nouns and items[n + 1].kind == "W":
            return items[n].low == "winning", n + 2
        if items[n].kind != "W" or items[n].word(",", ".", ";", "and", "but"):
            return None
    return None


def _completed_run(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """'Wall Street closed its eighth straight winning week', 'posted a third losing session': one
    more day or week of a run is the direction of the run (a run's end is ``_streak_end``'s)."""
    found = _run_word(items, k, 6, _RUN_SPANS)
    return None if found is None else ("up" if found[0] else "down", found[1] - k, False)


#: runs that are a side in themselves, with whether each is a winning one: "snapped a four-day skid"
_SIDED_RUNS = {"skid": False, "slide": False, "slump": False, "decline": False, "rout": False, "selloff": False,
               "rally": True, "advance": True, "climb": True}


def _sided_run(items: list[Item], k: int, limit: int) -> tuple[bool, int] | None:
    """(winning?, index after the noun) of a run that counts its days and is a side in itself ("a three-session
    skid", "a five-day rally") within ``limit`` plain words after item k; None if a clause or a figure comes first."""
    counted = False
    for n in range(k + 1, min(k + limit, len(items))):
        it = items[n]
        if it.kind != "W" or it.word(",", ".", ";", "and", "but"):
            return None
        if it.low.rsplit("-", 1)[-1] in _RUN_SPANS or it.low in ("straight", "consecutive"):
            counted = True
        elif counted and it.low in _SIDED_RUNS:
            return _SIDED_RUNS[it.low], n + 1
    return None


def _streak_end(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """'snapped a three-day losing streak' (up), 'ended a four-session winning run' (down), 'snapped a three-session
    skid' (up)."""
    found = _run_word(items, k, 7, _STREAKS) or _sided_run(items, k, 7)
    return None if found is None else ("down" if found[0] else "up", found[1] - k, False)


def _hedge_at(items: list[Item], k: int) -> int:
    """Length of a hedge phrase starting at item k (0 if none)."""
    if k < 0 or k >= len(items):
        return 0
    for words, _ in _HEDGE_INDEX.get(items[k].low, ()):
        if words_at(items, k, words):
            return len(words)
    return 0


_INTRADAY = frozenset({"intraday", "intra-day", "earlier", "before"})
_CLOSE_VERBS = frozenset({"close", "end", "finish", "closing", "ending", "finishing", "settle", "settling", "closed",
                          "ended", "finished", "settled", "wrapped", "shut",
                          "closes", "ends", "finishes", "settles"})  # (KBS's headline "KOSPI Closes Thursday Up 0.41%")
_POINTS = frozenset({"points", "point", "pts"})


#: the small units a price change is also given in: "fell 56 cents, or 1.2%", "rose 3.2 per cent or 29 cents"
_SMALL_UNITS = frozenset({"cents", "cent", "yen", "dollars", "won", "rupees", "paise", "sen", "pence", "fils",
                          "halalas"})
_UNITS_OR = _POINTS | _SMALL_UNITS
#: the country a small unit belongs to, between the figure and the unit: "54 Canadian cents", "20 U.S. cents"
_CURRENCY_ADJECTIVES = frozenset({"canadian", "u.s.", "us", "american", "australian", "singapore", "nz"})


_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())


#: a daily price limit's words around its figure: "by the daily limit of 20 percent", "by the daily 5 percent
#: limit", "by the maximum 20 percent", "by the 5-percent daily limit"
_LIMIT_BEFORE = (("the", "daily", "limit", "of"), ("the", "daily", "maximum", "of"), ("the", "daily", "ceiling", "of"),
                 ("the", "maximum", "allowed"), ("the", "maximum", "daily"), ("the", "daily", "maximum"), ("the", "daily"),
                 ("the", "maximum"))
_LIMIT_AFTER = (("daily", "limit"), ("daily", "maximum"), ("limit",))


def _points_or(items: list[Item], j: int) -> int:
    """Skip '412.3 points, or' / '56 cents, or' / '$1.20, or' before a percent; returns the new index."""
    if j < len(items) and items[j].word("by"):
        j += 1  # "fell by 12.6 points, or 0.9 percent"
    if j < len(items) and items[j].word("the", "its"):
        limit = next((w for w in _LIMIT_BEFORE if words_at(items, j + 1, w[1:])), ())
        j += len(limit)  # Xinhua's "up by the daily limit of 20 percent", Bloomberg's "by the daily 5 percent limit",
        # "plunged by its daily limit of 80 yen, or 17 percent", Reuters' "surged the maximum allowed 20 percent"
    elif j < len(items) and items[j].word("daily", "maximum"):
        j = _named_limit_figure(items, j, 5) or j  # "rose by daily maximum of 10 percent": no article before it
    k = j + _hedge_at(items, j)
    while k < len(items) and items[k].low in _POINTS_FILLER:
        k += 1  # "gained a scant 9.07 points, or 0.05 percent", "dropping another 2,061 points, or 8.6%"
    if k + 2 < len(items) and items[k].kind == "W" and (parse_number(items[k].text) is not None
                                                        or items[k].low in _NUMBER_WORDS) \
            and items[k + 1].low in _UNITS_OR:
        k += 2  # ("gained nine points, or 0.4 percent": AP spells the small ones out)
    elif k + 3 < len(items) and items[k].kind == "W" and (parse_number(items[k].text) is not None
                                                          or items[k].low in _NUMBER_WORDS) \
            and items[k + 1].low in _CURRENCY_ADJECTIVES and items[k + 2].low in _SMALL_UNITS:
        k += 3  # Reuters' "was off 54 Canadian cents, or 1.1 percent"; the Business Times' "added three Singapore cents
        # or 2.4 per cent"
    elif k + 1 < len(items) and (items[k].qkind == "MONEY" or GLUED_AMOUNT.fullmatch(items[k].text)
                                 and items[k + 1].word("or", ",")):
        k += 1  # (BusinessDay's "losing N8.4 or 7.35 percent": the naira's letter glued to the amount)
    elif k + 2 < len(items) and items[k].kind == "W" and (
            parse_number(items[k].text) is not None and ("." in items[k].text or "," in items[k].text)
            or _PENCE.match(items[k].low)) \
            and (items[k + 1].word("or") or items[k + 1].word(",") and items[k + 2].word("or")
                 or items[k + 1].word(",") and items[k + 2].qkind == "PERCENT" and k + 3 < len(items)
                 and items[k + 3].word(",", "to", "at")) \
            or _whole_points_or(items, k):
        k += 1  # AP's "dipped 47.36, or 0.2%", "is down 45, or 3.9 percent"; the City's "was up 18.75p or 7%";
        # UPI's "added 9.42, 0.66 percent, to finish at 1,388.17"
    elif k + 4 < len(items) and items[k].kind == "W" and parse_number(items[k].text) is not None \
            and words_at(items, k + 1, ("of", "a", "point")):
        k += 4  # Alliance News' "the AIM All-Share was down 0.76 of a point, 0.1%, at 808.21"
    else:
        return j
    if k + 2 < len(items) and items[k].word("(") and items[k + 1].qkind == "MONEY" and items[k + 2].word(")"):
        k += 3  # Kyodo's "shrank 430 yen ($4.29), or nearly 12 percent": the amount in dollars too
    k += next((len(w) for w in _BY_THE_CLOSE if words_at(items, k, w)), 0)  # "589 points by the close, shedding"
    if k < len(items) and (items[k].word(",") or items[k].word("-") and items[k - 1].end_char < items[k].start_char):
        k += 1  # (AP's "fell 250 points -- or 0.7 percent -- after X": the working text's spaced dash)
        hedge = _hedge_at(items, k)
        if hedge and k + hedge < len(items) and items[k + hedge].qkind == "PERCENT":
            return k  # "plummeted 1,190 points, more than 4%": the hedged percent restates the points
        if k + 1 < len(items) and items[k].qkind == "PERCENT" and items[k + 1].word(",", "to", "at"):
            return k  # the Canadian Press's "slipped 0.37 points, 0.03 per cent, to 1,874.56"
    if k + 2 < len(items) and items[k].word("or") and items[k + 1].low in _RESTATING_VERBS:
        return k + 2  # Antara's "shed 15.82 points, or fell 0.31 percent, to reach 5,128.23"
    f = k + 3 if words_at(items, k, ("for", "the", "day")) else k
    if f + 3 < len(items) and not items[k - 1].word(",") and items[f].word("for") and items[f + 1].word("a", "an") \
            and items[f + 2].qkind == "PERCENT" and items[f + 3].low in _UP_NOUNS | _DOWN_NOUNS \
            and not multi_period(items, f + 4):
        return f + 2  # PF Advice's "The Dow ended the day up 22.02 points for a 0.54% gain", "was up 28.19 points for
        # the day for a 0.63% increase"
    if k + 2 < len(items) and items[k].word("equal", "equivalent") and items[k + 1].word("to"):
        return k + 2  # Tuoi Tre's "lost 58.14 points, equal to 5.12 percent, at 1,077.30"
    return k + 1 if k < len(items) and items[k].low in _RESTATING else j


#: the past verbs after a points figure's "or" that restate it as a percent: "shed 15.82 points, or fell 0.31 percent"
_RESTATING_VERBS = frozenset({"fell", "rose", "dropped", "gained", "lost", "declined", "climbed", "slipped", "added",
                              "shed", "jumped", "slumped", "advanced", "decreased", "increased"})


def _whole_points_or(items: list[Item], k: int) -> bool:
    """AP's "is down 45, or 3.9 percent": a whole number of points with no unit, restated as a percent."""
    if not (k + 3 < len(items) and items[k].kind == "W" and parse_number(items[k].text) is not None
            and items[k + 1].word(",") and items[k + 2].word("or")):
        return False
    p = k + 3 + _hedge_at(items, k + 3)
    return p < len(items) and items[p].qkind == "PERCENT"


#: pence, cents or kobo as printed: "25.25p", "95c", "1,815p", BusinessDay's "up 45kobo or 6.87percent", and the
#: Times' fractions of a penny, "40½p"
_PENCE = re.compile(r"^(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<frac>[¼½¾])?(?:[pc]|kobo)$")
_PENNY_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75}


def _trailing_figure(items: list[Item], c: int) -> tuple[float, int] | None:
    """'(132.40 points or) 0.55 per cent lower (than the prior close)' at item c: the signed percent and the
    index past it; None elsewhere (and for a comparison with anything but the session before)."""
    p = _points_or(items, c)
    p += _hedge_at(items, p)
    if not (p + 1 < len(items) and items[p].qkind == "PERCENT" and items[p + 1].kind == "W"
            and items[p + 1].low in ("higher", "lower")):
        return None
    end = p + 2
    if multi_period(items, end):
        return None  # ("1.3 percent higher this year", "... than a month earlier")
    if end < len(items) and items[end].word("than"):
        if not any(it.low in _LAST_SESSION_WORDS for it in items[end + 1:end + 4]):
            return None
        end = next((x for x in range(end + 1, len(items)) if items[x].word(",", ";", ".")), len(items))
    return (1 if items[p + 1].low == "higher" else -1) * abs(items[p].qty.value), end


#: the verb of a relative clause that restates a close as a change: "which was 0.8 percent higher", "which is a 4.2%
#: jump"
_RELATIVE_BE = ("was", "is", "were", "represents", "represented", "marks", "marked")


def _figure_after_close(items: list[Item], j: int) -> tuple[float | None, int]:
    """The percent stated after a move's close: 'dropped 34.5 points to close at 5320.2, down 0.6%',
    'closing at 114,148.45 points, down 1,904.23 points or 1.64%', 'was up 14.5p to 115p, a 14% rise',
    'finished the day at €15.30, a rise of 5.52 per cent'; (pct, next index) or (None, j)."""
    if j + 3 < len(items) and items[j].word("in") and items[j + 1].word("its", "the", "their"):
        s = next((x for x in range(j + 2, min(j + 5, len(items) - 1)) if items[x].word("session", "trading")), None)
        if s is not None and items[s + 1].word(",") and all(it.low in _WEEKDAY_WORDS for it in items[j + 2:s]):
            # (not "stayed flat at 38,000 in the morning session, before closing 0.5% higher": a moment's level)
            j = s + 1  # Journalism Online's "closed at 654 points in its Tuesday session, recording a 2.08% rise"
    if j + 2 < len(items) and items[j].word("(") and (
            shut := next((x for x in range(j + 1, min(j + 5, len(items))) if items[x].word(")")), None)) is not None \
            and any(it.qkind == "MONEY" for it in items[j + 1:shut]):
        pct, end = _figure_after_close(items, shut + 1)  # a price's conversion: "closed at 2,340 yen (about $21), which
        return (pct, end) if pct is not None else (None, j)  # is a 4.2% jump"
    c = j + 1 if j < len(items) and items[j].word(",") else j
    while c < len(items) and c - j < 2 and items[c].word("-", "--"):
        c += 1  # "closed at 33,033.09 points -- down 284.11 points, or 0.85 per cent"
    if c + 3 < len(items) and items[c].word("which", "that") and items[c + 1].word(*_RELATIVE_BE) \
            and (items[c + 2].qkind == "PERCENT" or items[c + 2].word("a", "an")):
        c += 2  # "closed at 15,230 points, which was 0.8 percent higher", "closed at 2,340 yen, which is a 4.2% jump"
    if c + 1 >= len(items):
        return None, j
    if c > j and c + 2 < len(items) and items[c].low in LIGHT_PARTICIPLES and items[c + 1].word("a", "an"):
        c += 1  # ", recording a 2.08% rise", ", posting a gain of 0.4 percent": the "a" reading below
    if c == j and c + 3 < len(items) and items[c].word("on") and items[c + 1].low in _WEEKDAY_WORDS \
            and items[c + 2].word("after") and items[c + 3].low in _CLOSE_PARTICIPLES:
        c += 2  # Forbes' "The Dow closed at 40,000.90 on Friday after gaining 247 points (0.6%)"
    if c in (j, j + 2) and c + 2 < len(items) and items[c].word("after") and items[c + 1].low in _CLOSE_PARTICIPLES:
        # Fin24's "Standard Bank pulled back to close at R184.64 after dropping 0.33%", "firmed to R92.70 after
        # adding 2.43%": the day's own figure (with no day named after it: "after surging 3.9% on Wednesday" is the
        # day before's)
        p = _points_or(items, c + 2)
        bracket = _bracket_after_points(items, p)  # (Forbes' "after gaining 247 points (0.6%)")
        p = bracket if bracket is not None else p + _hedge_at(items, p)
        if p < len(items) and items[p].qkind == "PERCENT" and not (
                p + 2 < len(items) and items[p + 1].word("on") and items[p + 2].low in _WEEKDAY_WORDS
                or p + 1 < len(items) and items[p + 1].word("yesterday", "earlier", "last", "previously")):
            sign = 1 if _CLOSE_PARTICIPLES[items[c + 1].low] == "up" else -1
            return sign * abs(items[p].qty.value), p + 1
    if c == j and c + 1 < len(items) and items[c].word("up", "down", "higher", "lower") \
            and items[c + 1].qkind == "PERCENT" and not items[c + 1].qty.signed and not multi_period(items, c + 2):
        # Lanka Business Online's "closed 10.18 points higher at 3,836.33 up 0.27 percent", "closed up 29.61 points at
        # 7,080.48 higher 0.42 percent": the percent right after the level, no comma between
        return (1 if items[c].word("up", "higher") else -1) * abs(items[c + 1].qty.value), c + 2
    if c > j and items[c].qkind == "PERCENT" and not items[c].qty.signed and c + 1 < len(items):
        # PTI's "settled the day at 41,318.52, 0.37 per cent or 152.60 points higher": the percent, its points, then
        # the side
        t = c + 4 if c + 4 < len(items) and items[c + 1].word("or") and items[c + 3].low in _POINTS else c + 1
        if t < len(items) and items[t].kind == "W" and items[t].low in ("higher", "lower") \
                and not multi_period(items, t + 1):
            return (1 if items[t].low == "higher" else -1) * abs(items[c].qty.value), t + 1
    if c > j and (items[c].word("down", "up", "off") or items[c].low in _CLOSE_PARTICIPLES):
        # ", down 0.6%", ", shedding 2.67%", ", down by 5.54 percent", ", up slightly by 6.37 points or 0.10 percent"
        p = c + 2 if c + 2 < len(items) and items[c + 1].word(*_SIZE_ADVERBS) else c + 1
        p = _points_or(items, p)
        p += _hedge_at(items, p)
        if p < len(items) and items[p].qkind == "PERCENT":
            sign = 1 if items[c].low == "up" or _CLOSE_PARTICIPLES.get(items[c].low) == "up" else -1
            return sign * abs(items[p].qty.value), p + 1
        return None, j
    if c > j and c + 2 < len(items) and items[c].word("or") and items[c + 1].qkind == "PERCENT" \
            and items[c + 2].word("higher", "lower", "up", "down") and not multi_period(items, c + 3) \
            and not (c + 3 < len(items) and items[c + 3].word("than", "from", "compared", "versus", "vs", "vs.")):
        # (not a span's figure, "or 12% higher this year", nor a comparison's, "or 2% lower from its March peak")
        # Reuters' "MSCI's all country world index ... closed at 722.05, or 0.02% higher"
        return (1 if items[c + 2].word("higher", "up") else -1) * abs(items[c + 1].qty.value), c + 3
    if c > j and items[c].qkind == "PERCENT" and items[c].qty.signed and (c + 1 == len(items) or items[c + 1].word(
            ",", ".", ";")):
        return items[c].qty.value, c + 1  # the Guardian's "FTSE 100: down 86 points at 5672, -1.5%"
    if c > j and (trailing := _trailing_figure(items, c)) is not None:
        return trailing  # India TV's "ended the session at 23,917.65, 132.40 points or 0.55 per cent lower than
        # the prior close"
    adj = _adjective_of_noun(items, c + 2)  # ARA's "closed at 17,307.8 points, with a slight correction of 0.27%"
    if items[c].word("with", "for") and c + 3 + adj < len(items) and items[c + 1].word("a", "an") \
            and items[c + 2 + adj].low in _UP_NOUNS | _DOWN_NOUNS and items[c + 3 + adj].word("of"):
        c += 1  # "It closed at Rs 2,860 with a jump of 1.37 percent", "ended the session at 71,446, with a gain of";
        # GuruFocus' "The Nasdaq closed at 6,218.47 for a gain of 64.80 points or 1.05%"
    elif items[c].word("with") and c + 3 < len(items) and items[c + 1].word("a", "an") and items[c + 2].qkind == "PERCENT" \
            and items[c + 3].low in _UP_NOUNS | _DOWN_NOUNS \
            and not (c + 4 < len(items) and items[c + 4].word("in", "of", "from", "for")):
        c += 1  # "The Nikkei ended at 27,500, with a 1.3 percent decline" (not review 64's "with a 0.7 percent drop in
        # turnover", "with a 1.3 percent decline in exporters": another's change)
    if c + 2 < len(items) and items[c].word("or") and items[c + 1].word("a", "an"):
        c += 1  # the Saudi Gazette's "closing at 6,033.91 points or a drop of 0.98 percent"
    if not items[c].word("a", "an"):
        return None, j
    c += c > j and c + 3 < len(items) and _noun_adjective(items[c + 1]) and items[c + 2].qkind == "PERCENT"
    # ("ended 12 points lower at 7,310, a mere 0.3% fall": an adjective before the figure)
    if c > j and c + 2 < len(items) and items[c + 1].qkind == "PERCENT" and items[c + 2].low in _UP_NOUNS | _DOWN_NOUNS:
        if multi_period(items, c + 3) or c > j + 1 and c + 3 < len(items) and items[c + 3].word("from", "since"):
            return None, j  # review 82's "closed at 7,800, representing a 12% gain this year": the year's; review
            # 96's "ended at 7,720, a strong 20% rise from its October low": a change from another level
        sign = 1 if items[c + 2].low in _UP_NOUNS else -1
        return sign * abs(items[c + 1].qty.value), c + 3
    adj = _adjective_of_noun(items, c + 1)
    if c + 3 + adj < len(items) and items[c + 1 + adj].low in _UP_NOUNS | _DOWN_NOUNS and items[c + 2 + adj].word("of"):
        p = _points_or(items, c + 3 + adj)  # "closed at €28.99 a rise of 0.31 per cent", "an increase of 94.5 points or
        # 0.56%", "a slight correction of 0.27%"
        p += _hedge_at(items, p)
        if p < len(items) and items[p].qkind == "PERCENT":
            sign = 1 if items[c + 1 + adj].low in _UP_NOUNS else -1
            return sign * abs(items[p].qty.value), p + 1
    return None, j


def _adjective_of_noun(items: list[Item], x: int) -> int:
    """1 if item x is an adjective of the move noun right after it ("a slight correction of", "a remarkable increase
    of"), else 0."""
    return int(x + 1 < len(items) and _noun_adjective(items[x]) and items[x + 1].low in _UP_NOUNS | _DOWN_NOUNS)


#: participles that give the change after a close: "ended at 595.97 points, shedding 2.67%"
_CLOSE_PARTICIPLES = {"shedding": "down", "losing": "down", "falling": "down", "dropping": "down", "sliding": "down",
                      "gaining": "up", "adding": "up", "rising": "up", "climbing": "up", "jumping": "up"}


def exchange_end(items: list[Item], v: int) -> int | None:
    """The end of the exchange a stock trades on, named at item v after "on": "Nasdaq", "the NYSE", "the Tokyo Stock
    Exchange" (None if none stands there)."""
    v += v < len(items) and items[v].word("the")
    if v >= len(items):
        return None
    it = items[v]
    if it.kind == "M" and (it.mention.kind == "market" or (it.mention.entity_id or "").startswith(("idx-", "market-"))
                           or it.low in ON_VENUE or it.low.split()[-1] in ("exchange", "market")) \
            or it.kind == "W" and it.low in ON_VENUE:
        return v + 1  # (review 85's "closed on the NSE at", "on the London Stock Exchange at", "on the Nasdaq Stock Market
        # at": a name the reference holds as a company, or none)
    return None


def _closed_at_first(items: list[Item], k: int) -> tuple[str, float, float | None, int] | None:
    """'closed at 1,482.35 on Thursday, down 11.62 points or 0.78 per cent', 'It closed at €2.87, an
    increase of 2.64 per cent': the close before the change; (direction, pct, close, next index), the close None
    where the change stands after "at" ("closed at minus 0.7 percent")."""
    if items[k].low not in _CLOSE_VERBS:
        return None
    j = k + 1 + _session_after(items, k + 1)
    if j + 2 < len(items) and items[j].kind == "W" and items[j].low in _WEEKDAY_WORDS and items[j + 1].word("at"):
        j += 1  # the LA Times' "the Dow closed Wednesday at 11,215.51, down 166.75 points, or 1.5%"
    elif j + 2 < len(items) and items[j].word("on") and (venue := exchange_end(items, j + 1)) is not None \
            and venue < len(items) and items[venue].word("at"):
        j = venue  # the AP's "Its stock closed on Nasdaq at $34.18, up 2.3 percent": where it trades
    if j + 2 < len(items) and items[j].kind == "W" and items[j + 1].word(",") and "," in items[j].text \
            and _level(items[j]) is not None:
        j -= 1  # a blog's "FTSE STI closed 2,486.55, down 84.12 points or 3.27%": the level with no "at"
    elif not (j + 1 < len(items) and items[j].word("at")):
        return None
    if j + 2 < len(items) and items[j + 1].word("minus", "plus") and items[j + 2].qkind == "PERCENT":
        # TT's "Stockholm's OMXS index closed at minus 0.4 percent": the change, no level
        pct = abs(items[j + 2].qty.value) * (1 if items[j + 1].word("plus") else -1)
        return ("up" if pct > 0 else "down" if pct < 0 else "flat"), pct, None, j + 3
    level, end = _stated_level(items, j + 1)
    if level is None:
        return None
    end = _skip_points_and_day(items, end)
    pct, after = _figure_after_close(items, end)
    if pct is None or any(it.word("with") for it in items[end:end + 2]) and multi_period(items, after):
        return None  # (review 61: "closed at 2,967.31 points, with a gain of 3.6 percent for the year to date")
    return ("up" if pct > 0 else "down" if pct < 0 else "flat"), pct, level, after


_BY_THE_CLOSE = (("by", "the", "close"), ("at", "the", "close"), ("on", "the", "day"), ("in", "the", "session"))


_POINTS_FILLER = frozenset({"a", "scant", "mere", "modest", "slight", "another", "further", "just", "only",
                            # the Korea Herald's "plummeted a record 187.52 points, or 6.93 percent"
                            "record", "whopping", "massive", "staggering", "hefty", "huge"})
# what joins a points (or cents) figure to the percent restating it: "fell 412 points, or 1.2%",
# "dropped nearly 600 points, shedding 3%", "rose 250 points, adding 0.8%", "fell 95 cents, down 1.1%"
_RESTATING = frozenset({"or", "shedding", "losing", "gaining", "adding", "down", "up", "falling", "rising",
                        "dropping", "climbing", "sliding", "jumping"})


def _bracket_after_points(items: list[Item], k: int) -> int | None:
    """'gained one-half of one point (+0.01%)', 'was down more than 13 points (-0.09%)': the
    bracketed percent's index when a points figure right of the predicate carries one."""
    for x in range(k, min(k + 7, len(items) - 3)):
        it = items[x]
        if x == k and it.qkind == "MONEY" and items[x + 1].word("(") and items[x + 2].qkind == "PERCENT" \
                and items[x + 3].word(")"):
            return x + 2  # a price's change: "closed up $1.05 (+3.38%) to $32.16"
        if it.kind != "W" or it.word(",", ";", "while", "and", "but"):
            return None
        if (it.low in _POINTS or x == k and (parse_number(it.text) is not None or _PENCE.match(it.low))
                or it.low in _SMALL_UNITS and x > k and parse_number(items[x - 1].text) is not None) \
                and items[x + 1].word("(") and items[x + 2].qkind == "PERCENT" and items[x + 3].word(")"):
            return x + 2  # (and a bare number's: "gained 23.42 (1.19 percent) to 1,985.05"; a price's in cents or
            # pence: RTE's "slumped 56 cent (6.9%) to close at 7.59", "fell 5p (1.2%) to 410p")
    return None


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday",
                            "sunday"})  # (the Gulf's and Israel's first session of the week: "ended Sunday 1.8% lower")
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday", "overnight",
                        "on", "in", "early", "late", "trading", "trade", "the", "session", "day"})


def _skip_points_and_day(items: list[Item], j: int) -> int:
    """Past '(more than) 300 points Thursday' or '$1' to where a close may follow ('to close at 13,474')."""
    if j + 2 < len(items) and items[j].word(",") and items[j + 1].word("the") and items[j + 2].low in _SINCE_RECORDS:
        # Bloomberg's "fell 7 percent, the most since Aug. 8, to $22.27": past the aside to the price
        c = next((x for x in range(j + 3, min(len(items), j + 14)) if items[x].word(",")), None)
        if c is not None and c + 1 < len(items) and items[c + 1].word("to", "at") \
                and any(items[x].word("since") for x in range(j + 3, c)):
            return c + 1
    k = j + _hedge_at(items, j)
    if k + 1 < len(items) and items[k].kind == "W" and parse_number(items[k].text) is not None \
            and items[k + 1].low in _POINTS:
        k += 2
    elif k + 1 < len(items) and (items[k].qkind == "MONEY" or _PENCE.match(items[k].low)) and items[k + 1].word("to"):
        k += 1  # "gained just over $1 to finish past $32 per barrel", "was up 14.5p to 115p"
    elif k > j:
        return j  # a hedge with no points figure after it
    while k < len(items) and k - j < 8 and items[k].kind == "W" and items[k].low in _DAY_WORDS:
        k += 1
    return k if k < len(items) and items[k].word("to", "at", ",") else j


_ASIDE_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})


def _before_record_aside(items: list[Item], c: int) -> int:
    """The item before an aside of record that closes at item c (", its steepest fall in a year,"), else c."""
    if c < 3 or items[c].low not in _ASIDE_MARKS:
        return c
    o = next((x for x in range(c - 1, max(0, c - 11), -1) if items[x].low == items[c].low), None)
    if o is None or o < 1 or not (items[o + 1].word("its", "the") and any(it.low in _SINCE_RECORDS
                                                                         for it in items[o + 2:o + 4])):
        return c
    return o - 1 if all(it.kind == "W" for it in items[o:c]) else c


_SINCE_RECORDS = frozenset({"most", "biggest", "largest", "steepest", "sharpest", "best", "worst", "highest", "lowest"})
_PERIODS = (("since",), ("so", "far", "this", "year"), ("this", "year"), ("this", "week"), ("last", "week"),
            ("this", "month"), ("last", "month"), ("last", "year"), ("year", "to", "date"), ("year-to-date",),
            ("for", "the", "week"), ("for", "the", "month"), ("for", "the", "year"), ("for", "the", "quarter"),
            ("over", "the", "past"), ("in", "the", "past"), ("over", "the", "last"), ("in", "the", "last"),
            ("on", "the", "week"), ("on", "the", "month"), ("on", "the", "year"), ("this", "quarter"),
            ("over", "the", "week"), ("over", "the", "previous"), ("over", "the", "prior"),
            ("during", "the", "previous"), ("for", "the", "period"), ("during", "the", "period"),
            ("during", "the", "quarter"), ("during", "the", "month"), ("during", "the", "year"), ("during", "the", "week"),
            ("year", "-", "to", "-", "date"), ("in", "the", "week"), ("in", "the", "month"), ("so", "far", "this"),
            # "had gained more than 11 per cent over the first two sessions of the week"
            # (not "rose by 29 percent in the first hours of trading": the day's own course)
            # (nor "jumped the most in two months", "its lowest in over two weeks": the span of a superlative)
            *((*prep, n, span) for prep in (("over", "the", "first"), ("in", "the", "first"))
              for n in ("two", "three", "four", "five", "several") for span in ("sessions", "days", "weeks", "months")),
            # a change against a week or more before: "closed at 150,000 won, down 6.2 percent from a week earlier"
            # (not "from the previous session", "from a day earlier": the day's own)
            *(words for span in ("week", "fortnight", "month", "quarter", "year")
              for words in (("from", "a", span, "earlier"), ("from", "a", span, "ago"),
                            ("from", "the", "previous", span), ("from", "last", span), ("from", "the", "prior", span),
                            ("than", "a", span, "earlier"), ("than", "a", span, "ago"))))
_PERIODS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in _PERIODS:
    _PERIODS_BY_FIRST.setdefault(_p[0], []).append(_p)
_CLAUSE_STOP = frozenset({",", ";", "while", "and", "but", "as", "after", "amid", "following", "."})


#: the ordinals of a year's quarters and halves: "in the first quarter", "in the second half"
_ORDINAL_SPANS = frozenset({"first", "second", "third", "fourth", "last", "final"})


def multi_period(items: list[Item], end: int) -> bool:
    """'fell 2% last week', 'have fallen 30 percent since July': a move over more than the day
    ('rose 1% to its highest close since 1990' is the day's move: 'since' dates the superlative). The comma that closes
    a figure restated after "or" does not end the clause: the Qatar Tribune's "advanced 333.43 points, or 2.6 percent,
    during the week"."""
    if end + 1 < len(items) and items[end].word(",") and end >= 2 and items[end - 2].word("or"):
        end += 1
    for x in range(end, min(end + 6, len(items))):
        if items[x].kind == "W" and items[x].low in _CLAUSE_STOP:
            return False
        if items[x].kind == "W" and any(words_at(items, x, w) for w in _PERIODS_BY_FIRST.get(items[x].low, ())):
            if any(it.low in ("day", "session") for it in items[end:x]):
                return False  # "closed higher for the second consecutive day this week": the day's move
            return not (items[x].low == "since" and any(_superlative(it) for it in items[max(0, end - 3):x]))
        if items[x].word("in") and x + 1 < len(items) and (
                _YEAR.fullmatch(items[x + 1].text) or x + 2 < len(items) and items[x + 2].low in _SPANS_OF_MANY
                and (items[x + 1].low in COUNTS or items[x + 1].text.isdigit())
                or x + 2 < len(items) and items[x + 1].text.isalpha() and items[x + 1].text.islower()
                and _YEAR.fullmatch(items[x + 2].text)  # (RTÉ's "ISEQ records 66% plunge in dismal 2008")
                or x + 2 < len(items) and items[x + 1].word("one", "a", "single")
                and items[x + 2].word("week", "month", "quarter", "year", "fortnight")  # "22 percent in one month"
                or x + 3 < len(items) and items[x + 1].word("the") and items[x + 2].low in _ORDINAL_SPANS
                and items[x + 3].word("quarter", "half")):  # (review 92's "a gain of 15% in the first quarter")
            # "lost about a fifth of its value in three weeks in 2021": a span, or a year's (not "dropped the most in
            # six weeks": the superlative the span dates)
            return not any(_superlative(it) or it.low == "most" for it in items[max(0, end - 4):x])
        if items[x].word("in") and x + 1 < len(items) and items[x + 1].kind == "M" \
                and items[x + 1].mention.kind == "candidate" \
                and items[x + 1].text.split()[-1].lower() in ("week", "month", "quarter", "year"):
            return True  # a title-case headline's span, read as a name: "The Dow Has Lost Nearly 14% In A Volatile Month"
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")
_SPANS_OF_MANY = frozenset(s for s in SPANS if s.endswith("s")) | {"quarters"}


_PREPOSITIONS = PREPOSITIONS
_FORECAST = frozenset({"expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict", "predicts",
                       "predicted", "likely", "poised", "set", "tipped", "see", "sees", "seen", "projected", "estimate",
                       "estimates", "estimated", "could", "might", "may", "would", "will"})


def _forecast(items: list[Item], k: int) -> bool:
    """Whether the predicate at item k is an infinitive or a participle after a forecast word
    ('expect the Nikkei to drop 2%', 'is expected to rise', 'see the Hang Seng rising 10%')."""
    if k < 2 or not (items[k - 1].word("to") or items[k].low.endswith("ing")):
        return False
    for x in range(k - 2, max(-1, k - 11), -1):  # within the clause, and further back for a forecaster's verb:
        it = items[x]  # "analysts forecast annual profit for companies in the benchmark to decline 2.1 percent this year"
        if it.kind == "W" and (it.low in _FORECAST_BREAKS if x < k - 6 else it.low in _FORECAST_BREAKS - {"and"}):
            return False  # (not "posted weaker profits than expected, causing its shares to slide 4.3 percent"; an
            # "and" near the verb may join its subjects: "we will see nickel and zinc moving higher")
        if x >= k - 6 and it.kind == "W" and it.low in _FORECAST and not (x >= 1 and items[x - 1].word("than")):
            return True  # (not "than expected": a comparison)
        if x <= k - 7 and it.kind == "W" and it.low in _FORECAST_VERBS and x >= 1 and (
                items[x - 1].low in _FORECASTERS or items[x - 1].kind == "M" and items[x - 1].mention.kind == "ref"
                and (items[x - 1].mention.entity_id or "").startswith("inv-")):
            return True  # (a forecaster's verb, not "Cooler than expected data sent the Nasdaq soaring")
    return False


_FORECAST_VERBS = frozenset({"forecast", "forecasts", "expect", "expects", "predict", "predicts", "see", "sees",
                             "estimate", "project", "projects"})
_FORECASTERS = frozenset({"analysts", "analyst", "economists", "economist", "strategists", "strategist", "traders",
                          "investors", "they", "we", "brokers", "brokerages", "forecasters", "experts"})


#: the forecast words a move noun may follow, no day's move: "HSBC's team predicts a 20% slump in UK housing demand"
#: (not "set": "set a record")
_FORECAST_NOUN_VERBS = (_FORECAST | _FORECAST_VERBS | {"forecasted", "predicting"}) - {"set"}


#: words that end a forecast's clause, read back from its infinitive
_FORECAST_BREAKS = frozenset({",", ";", "with", "while", "and", "but", "as", "after"})


def _upper_bound(items: list[Item], end: int) -> bool:
    """Whether the percent that ends at item ``end`` is hedged as a maximum ('up to 7.9%', 'as much as 3%')."""
    q = end - 1
    return q >= 2 and items[q].qkind == "PERCENT" and (words_at(items, q - 2, ("up", "to")) or (
        q >= 3 and words_at(items, q - 3, ("as", "much", "as"))))


#: words that make 'since' date a record ('its highest close since 1990'), not open a span
_SUPERLATIVES = frozenset({"best", "worst", "most", "least", "first", "highest", "lowest", "biggest", "largest",
                           "smallest", "strongest", "weakest", "steepest", "sharpest", "deepest", "longest",
                           "heaviest", "briskest", "fastest", "slowest", "greatest", "widest", "narrowest"})


def _superlative(item: Item) -> bool:
    return item.kind == "W" and item.low in _SUPERLATIVES


def _span_before(items: list[Item], k: int) -> bool:
    """'During the past 10 years, oil prices have risen': a span named before the predicate at k."""
    return any(words_at(items, x, w) for x in range(k) if items[x].kind == "W"
               for w in (*_PERIODS_BY_FIRST.get(items[x].low, ()), ("during", "the", "past"), ("during", "the", "last")))


def _points_follow(items: list[Item], k: int) -> bool:
    """'was up more than 1,000 points', 'down 760 points': a points figure right of a predicate;
    'was down a fraction', 'fractionally higher': a move too small to give a figure for."""
    if k < len(items) and items[k].word("fractionally") or words_at(items, k, ("a", "fraction")):
        return True
    k += _hedge_at(items, k)
    if k + 1 < len(items) and (_PENCE.match(items[k].low) or items[k].qkind == "MONEY"
                               and items[k + 1].word("to", "at", "higher", "lower", ",", "a", "per")):
        return True  # a price's change: the Guardian's "Heron Bank lost 8.75p to 291.5p", "rose $1.05 to $32.16"
    return k + 1 < len(items) and items[k].kind == "W" and parse_number(items[k].text) is not None \
        and items[k + 1].low in _POINTS


def cause_follows(items: list[Item], j: int, *, loose: bool = False) -> bool:
    """Whether a cue opens a cause right of a predicate that ends at item j, past its day or "at the
    close" ("were lower amid the recession fears", "weakened on Monday as oil fell"): a move with no
    figure whose cause is stated counts (with its figure optional, as the genre's annotators list
    it). ``loose``: any cue word will do, "on" too ("Europe sinks at close on X"), where a cause was
    read already and only its place right after the verb is in question."""
    if j < len(items) and items[j].low in _WEEKDAY_WORDS:
        j += 1
    elif j + 1 < len(items) and items[j].word("on") and items[j + 1].low in _WEEKDAY_WORDS:
        j += 2
    elif words_at(items, j, ("at", "close")) or words_at(items, j, ("at", "the", "close")):
        j += 2 if items[j + 1].word("close") else 3
    if j + 1 >= len(items) or items[j].kind != "W":
        return False
    word, nxt = items[j].low, items[j + 1]
    if loose:
        # (", tracking an overnight rally on Wall Street": a participle cue after a comma)
        return word in _CAUSE_OPENERS or word == "," and nxt.low in _COMMA_CUES and not (
            j + 2 < len(items) and (items[j + 2].word("suit") or items[j + 2].low.endswith("ing")))
        # (not ", following suit", ", after hitting one-month lows": no cause)
    if word in ("after", "amid", "following", "because"):
        return not (nxt.kind == "Q" or nxt.low in _WEEKDAY_WORDS or nxt.low in ("the", "a") and j + 2 < len(items)
                    and items[j + 2].low in ("open", "opening", "close", "bell", "session", "start", "day"))
    if word in ("due", "thanks"):
        return nxt.word("to")
    if word == "on":
        return _on_a_cause(items, j + 1) and not _owned_noun(items, j)
    return word == "as" and nxt.kind in ("W", "M") and nxt.low not in AS_NO_CLAUSE and nxt.low != "the"


def _on_a_cause(items: list[Item], x: int) -> bool:
    """Whether the words from item x, after "on", name a cause: a cause noun within four words ("Osprey shares rise
    on analyst upgrade", "fell on the news of X", "gained on Fed hopes"), not a venue, a day or a course ("rose on
    the Nasdaq", "fell on the day", "on its biggest drop since 2020")."""
    for y, it in enumerate(items[x:x + 4], x):
        if it.kind == "Q" or it.low in _NO_ON_CAUSE:
            return False
        if it.kind == "W" and (it.low in ON_CAUSE_NOUNS or it.low in BUSINESS_NOUNS and y > x
                               and items[y - 1].kind == "W" and items[y - 1].low not in _DETERMINERS):
            return True  # (a business noun with a word of its own before it: "Snap shares fall on weak revenue")
    return False


_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


#: the possessive's tokens: "'s" and a bare apostrophe after a plural ("JD Sports' shares")
_APOSTROPHES = ("'s", "’s", "'", "’")


def _owned_noun(items: list[Item], j: int) -> bool:
    """Whether the predicate that ends at item j is a noun after a possessive ("helped by Heron Motors' rally on
    its upbeat outlook": the rally is the cause's own words, no clause of its own)."""
    k = j - 1
    while k >= 1 and items[k].kind == "W" and items[k].low.isalpha():
        k -= 1
    it = items[k]
    return it.low in _APOSTROPHES or it.kind == "M" and it.text.endswith(_APOSTROPHES)


#: words that end the look for a cause noun after "on": a clause's edge, or a comparison ("on its biggest drop since")
_NO_ON_CAUSE = frozenset({",", ";", ":", "since", "than", "and", "but", "while", "as", "after", "to"})


def _intraday(items: list[Item], j: int) -> bool:
    """Whether the figure that ends at item j is an intraday extreme, not the day's move."""
    nxt = [x.low for x in items[j:j + 4]]
    return bool(nxt) and (nxt[0] in _INTRADAY and nxt[:2] != ["before", "the"] or nxt[:3] in (["in", "intraday", "trading"], ["at", "one", "point"],
                                                          ["in", "early", "trade"], ["in", "early", "trading"]))


def _past_venue(items: list[Item], j: int) -> int:
    """Past 'in Tokyo', 'in the US' at item j (the place a figure was made), else j."""
    if j + 1 < len(items) and items[j].word("in"):
        x = j + 2 if items[j + 1].word("the") else j + 1
        if x < len(items) and market_or_place(items[x]):
            return x + 1
    return j


def _close_figure(items: list[Item], j: int) -> tuple[float | None, int]:
    """After an intraday figure: '... before paring gains to close 6% higher'."""
    turned = False  # a turn in the day's course seen: "before", "then", "but" (the close beyond ten items needs one)
    for k in range(j, min(j + 20, len(items)) - 1):  # (past "to its highest mark in nearly two decades")
        turned = turned or items[k].word("before", "then", "but", "later")
        if k >= j + 10 and not turned:
            break
        if items[k].qkind == "PERCENT" and items[k - 1].low in _CLOSE_VERBS \
                and items[k + 1].low in {"higher", "lower", "up", "down"}:
            sign = 1 if items[k + 1].low in {"higher", "up"} else -1
            return sign * abs(items[k].qty.value), k + 2
        if items[k].qkind == "PERCENT" and k >= 2 and items[k - 1].low in {"higher", "lower", "up", "down"} \
                and items[k - 2].low in _CLOSE_VERBS:
            sign = 1 if items[k - 1].low in {"higher", "up"} else -1
            return sign * abs(items[k].qty.value), k + 1
        if turned and items[k].qkind == "PERCENT" and k >= 1 and items[k - 1].low in _SIDE_PARTICIPLES \
                and words_at(items, k + 1, ("to",)) and k + 2 < len(items) and items[k + 2].low in _CLOSE_VERBS:
            # AP's "surged as much as 2 percent ... before giving up gains and falling 0.2 percent to close at 22,868.71"
            return _SIDE_PARTICIPLES[items[k - 1].low] * abs(items[k].qty.value), k + 3
        if items[k].word(";", "while", "whereas") or items[k].kind == "M":
            break  # (a name: "jumped as much as 8 percent to a record, and Alibaba closed 1 percent lower")
    return None, j


class _Sided(float):
    """A close's figure read after an intraday extreme, signed by the close's own side, not the extreme's verb."""


#: the participles of a move whose figure an infinitive close follows: "falling 0.2 percent to close at"
_SIDE_PARTICIPLES = {**dict.fromkeys(("falling", "dropping", "sliding", "slipping", "losing", "shedding", "easing",
                                      "declining", "retreating", "sinking"), -1),
                     **dict.fromkeys(("rising", "gaining", "climbing", "adding", "advancing", "rallying", "jumping"), 1)}


def _figure(items: list[Item], k: int) -> tuple[float | None, bool, bool, int]:
    """Scan right of a predicate for its percent. Returns (pct, approx, is_range, next index); a close after an
    intraday extreme comes signed by its own side ("rose as much as 2% before closing down 0.2%": -0.2), any other
    figure unsigned or as written."""
    approx = False
    if k + 1 < len(items) and items[k].word("of") and (items[k - 1].low in ("gains", "losses", "boost", "lift")
                                                       or items[k - 1].low in SIDE_NOUNS):
        k += 1  # "with Italy's FTSE MIB seeing gains of around 0.5 percent"
    elif k + 2 < len(items) and items[k].word("higher", "lower") and items[k + 1].word("by"):
        k += 1  # Fox Business's "Bank of America shares, which zoomed higher by close to 6%"
    elif k + 2 < len(items) and items[k].kind == "W" and items[k].low.endswith("ly") and items[k + 1].word("by"):
        k += 1  # Xinhua's "rebounded sharply by 206.23 points, or 1.94 percent"
    elif k + 2 < len(items) and items[k].word("up", "down") and _points_or(items, k + 1) > k + 1:
        k += 1  # Business Standard's "The S&P500 index climbed up 83.70 points, or 1.89%, to 4,515.55"
    elif k + 1 < len(items) and items[k].word("down") and (items[k + 1].qkind == "PERCENT" or _hedge_at(items, k + 1)):
        k += 1  # the Advertiser's "BHP lagged down 0.58 per cent to $37.56", "slipped down 2%" ("up" is a filler)
    elif k + 3 < len(items) and items[k].word("the") and items[k + 1].word("most") and items[k + 2].word("by") \
            and items[k + 3].qkind == "PERCENT":
        k += 3  # Xinhua's "with the Commerce and Industry going down the most by 1.16 percent"
    elif k + 4 < len(items) and items[k].word("the") and items[k + 1].word("most") and items[k + 2].word("(") \
            and items[k + 3].qkind == "PERCENT" and items[k + 4].word(")"):
        return items[k + 3].qty.value, items[k + 3].qty.approx, False, k + 5  # PTI's "BSE PSU gained the most (1.92
        # per cent)"
    at_limit = _to_the_limit(items, k)
    if at_limit is not None:
        return items[at_limit].qty.value, False, False, at_limit + 1
    b = k + (k < len(items) and items[k].kind == "W" and items[k].low in _WEEKDAY_WORDS)
    if b + 2 < len(items) and items[b].word("(") and items[b + 1].qkind == "PERCENT" and items[b + 2].word(")"):
        # AFP's translated "The Paris Bourse ended down Thursday (-0.64%)": the figure in brackets after the side
        return items[b + 1].qty.value, items[b + 1].qty.approx, False, b + 3
    j = _points_or(items, k)
    bracket = _bracket_after_points(items, j)
    if bracket is not None:
        return items[bracket].qty.value, _hedge_at(items, j) > 0, False, bracket + 2
    limit = max(k + 7, j + 3)  # past "589 points by the close, shedding": the percent is still near
    while j < len(items) and j < limit:
        it = items[j]
        if it.kind == "Q" and it.qkind in ("PERCENT", "RANGE"):
            # "dropped to 3.8%" states a level, not a change
            if j > 0 and items[j - 1].word("to") and _hedge_at(items, j - 2) == 0 \
                    and not items[j - 2].word("up", "equal", "equivalent"):
                return None, False, False, k  # (not "lost 58.14 points, equal to 5.12 percent": the points restated)
            if it.qkind == "RANGE":
                return None, True, True, j + 1
            after = _past_venue(items, j + 1)  # "fell as much as 5% in the US before ending down 1.5%"
            intraday = _intraday(items, after)
            if intraday or j >= 3 and words_at(items, j - 3, ("as", "much", "as")):
                # (or an extreme with its close further on: "jumped as much as 3 percent to its highest in nearly
                # two decades before ... slipping 0.4 percent to close at")
                value, end = _close_figure(items, after)
                if value is not None:
                    return _Sided(value), False, False, end
                if intraday:
                    return None, False, False, j + 1
            j += next((len(w) for w in _LIMIT_AFTER if words_at(items, j + 1, w)), 0)
            # Xinhua's "rose by the 5-percent daily limit to 14.36 yuan", "by the daily 20 percent limit"
            exact = _exact_in_brackets(items, j + 1, it.qty.value) if approx or it.qty.approx else None
            if exact is not None:  # the Sunday Times' "sank by more than 3% (3.27%)": the exact figure after the round
                return exact, False, False, j + 4
            return it.qty.value, approx or it.qty.approx, False, j + 1
        if it.kind != "W":
            return None, False, False, k
        hedge = _hedge_at(items, j)
        if hedge:
            approx = True
            j += hedge
            continue
        if it.low in _WEEKDAY_WORDS or it.low == "on" and j + 1 < len(items) and items[j + 1].low in _WEEKDAY_WORDS:
            j += 1 + (it.low == "on")  # the day between the verb and its figure: "dropped on Monday by over 9%"
            continue
        if it.low not in _RIGHT_FILLER and not (it.low == "," and j + 1 < len(items) and items[j + 1].word("by")) \
                and not (it.low == "at" and j > 0 and items[j - 1].word("most")):
            sized = _sizing_adjective_end(items, j)
            if sized is None:
                return None, False, False, k  # (", by": "fell the most, by 1.52%"; "dropped the most at 2.36 percent")
            j = sized
            continue
        j += 1
    return None, False, False, k


def _sizing_adjective_end(items: list[Item], j: int) -> int | None:
    """Past the one adjective an article puts before the figure, any adjective, plain or hyphened: "is down a
    gut-wrenching 5%", "fell an eye-watering 12 percent", "rose a surprising 3%": the figure's index, else None."""
    if not (j > 0 and items[j - 1].word("a", "an")):
        return None
    end = j + 3 if j + 2 < len(items) and items[j + 1].word("-") else j + 1
    words = items[j:end:2]
    if end < len(items) and items[end].qkind == "PERCENT" and all(w.kind == "W" and w.text.isalpha() and w.text.islower()
                                                                 for w in words):
        return end
    return None


def _exact_in_brackets(items: list[Item], x: int, rounded: float) -> float | None:
    """The unhedged percent in brackets at item x that a hedged one just before rounds ("more than 4% (4.39%)"):
    within one point of it, the same side; None if none stands there."""
    if not (x + 2 < len(items) and items[x].word("(") and items[x + 1].qkind == "PERCENT" and items[x + 2].word(")")):
        return None
    q = items[x + 1].qty
    if q.approx or q.value is None or abs(abs(q.value) - abs(rounded)) >= 1 or q.signed and (q.value < 0) != (rounded < 0):
        return None
    return abs(q.value) if not q.signed else q.value


#: the words between "to" and a daily limit's figure: "rose to their maximum allowable 10 percent daily limit"
_LIMIT_WORDS = frozenset({"its", "their", "the", "a", "maximum", "allowable", "permitted", "daily", "upper", "lower"})


def _to_the_limit(items: list[Item], k: int) -> int | None:
    """The item of the figure in Reuters' "rose to their maximum allowable 10 percent daily limit" (a limit-up
    move: the day's change, not a level) right of the predicate ending before item k; None if none."""
    if not (k < len(items) and items[k].word("to")):
        return None
    x = k + 1
    while x < len(items) and x - k <= 4 and items[x].kind == "W" and items[x].low in _LIMIT_WORDS:
        x += 1
    if x < len(items) and items[x].qkind == "PERCENT" and any(it.word("limit") for it in items[x + 1:x + 3]):
        return x
    # Chinese wraps' "surged to hit its daily trading limit of 20 percent": the limit named before its figure
    return _named_limit_figure(items, k + 1 + (k + 1 < len(items) and items[k + 1].word("hit", "reach")), 7)


#: the words of a daily limit named before its figure: "the daily trading limit of", "its daily maximum of"
_LIMIT_NAMING = _LIMIT_WORDS | {"trading", "limit", "ceiling", "of", "range"}


def _named_limit_figure(items: list[Item], j: int, reach: int) -> int | None:
    """The item of a percent figure after at most ``reach`` words from item j that name a daily price limit ("its
    daily trading limit of 20 percent"), one of them the limit's noun; None if none."""
    x = j
    while x < len(items) and x - j < reach and items[x].kind == "W" and items[x].low in _LIMIT_NAMING:
        x += 1
    if x < len(items) and items[x].qkind == "PERCENT" and any(it.word("limit", "maximum", "ceiling")
                                                               for it in items[j:x]):
        return x
    return None


def _level(item: Item) -> float | None:
    if item.kind == "Q" and item.qkind == "MONEY":
        return item.qty.value if item.qty.value is not None and item.qty.value < 1e7 else None
    if item.kind == "W" and (pence := _PENCE.match(item.low)):
        return float(pence["num"].replace(",", "")) + _PENNY_FRACTIONS.get(pence["frac"] or "", 0.0)  # a London price
        # in pence: "closed at 890p" (as printed: 890), "to 301½p" (301.5); a Lagos one in kobo, "50kobo" (50)
    if item.kind == "W" and item.text[:1] not in "+-\u2212":  # (a signed figure is a change: "DJIA, -512.40, -4.31%")
        value = parse_number(item.text)
        return value if value is not None and "," in item.text or (value is not None and "." in item.text) else None
    return None


def _signed_points(item: Item) -> bool:
    """Whether an item is a signed number of points: "+150.52", "-512.40"."""
    return item.kind == "W" and item.text[:1] in "+-\u2212" and parse_number(item.text.lstrip("+-\u2212")) is not None


def level_of(item: Item) -> float | None:
    """The level or price an item states ("25,222.02", "HK$38.08", "890p"), else None."""
    return _level(item)


def _close_after(items: list[Item], j: int) -> tuple[float | None, int]:
    """'to 25,222.02 points', 'to close at 25,716.50', ', closing at HKD 38.08'."""
    k = j + 1 if j < len(items) and items[j].word(",") else j
    if k + 3 < len(items) and items[k].word("(", "[") and items[k + 2].low in _POINTS and items[k + 3].word(")", "]"):
        k = j = k + 4  # "fell nearly 2.2 percent (202 points) to close at 9,098"
    past = _or_points(items, k)
    if past != k:  # "rose 0.5%, or 210 points, to 42,000.12"; "or more than 940 points, to"; "or 135p to close"
        k = past + 1 if past < len(items) and items[past].word(",") else past
        j = k
    if k > j and k + 3 < len(items) and items[k].word("down", "up", "off") and _small_figure(items[k + 1]) \
            and items[k + 2].word("to") and _level(items[k + 3]) is not None:
        return _stated_level(items, k + 3)  # "fell more than 18%, down 31.3p to 142p"
    if k + 2 < len(items) and items[k].word("and") and items[k + 1].word("closed", "ended", "finished", "settled") \
            and items[k + 2].word("at"):
        k += 2  # "lost 1.75% or 50 points and closed at 2,820"
    if k + 2 < len(items) and items[k].word("from") and items[k + 1].low in _DAY_WORDS and items[k + 2].word("at", "to"):
        k += 2  # Xinhua: "ended the day down 195.22 points, or 0.49 percent, from Tuesday at 39,792.10" ("... to close")
    later = _close_after_extreme(items, k)
    if later is not None:
        return later  # review 84's "fell to a low of Rs 2,980 and ended at Rs 3,005.40, down 4.2 per cent"
    n = _session_close_at(items, k)
    if n:  # "to finish the session at 26,519.95"
        level, end = _stated_level(items, k + n)
        if level is not None:
            return level, end
    first = items[k] if k < len(items) and items[k].kind == "W" else None
    if first is not None and first.low == "on" and k + 2 < len(items) and items[k + 2].low in _POINTS:
        level, end = _stated_level(items, k + 1)  # "closing the day 3.2 percent lower on 3,450.00 points"
        if level is not None:
            return level, end
    for words in _CLOSE_BY_FIRST.get(first.low, ()) if first is not None else ():
        if k + len(words) < len(items) and words_at(items, k, words):
            level, end = _stated_level(items, k + len(words))
            if level is not None:
                return level, end
    return _level_after(items, k, j)


def _close_after_extreme(items: list[Item], k: int) -> tuple[float, int] | None:
    """The close stated after the day's extreme that opens at item k ("to a low of Rs 2,980 and ended at Rs 3,005.40"):
    the extreme is no close; None when no such pair stands there."""
    x = k + 2 if k + 1 < len(items) and items[k].word("to") and items[k + 1].word("a", "an", "its", "the") else None
    while x is not None and x < len(items) and items[x].low in ("intraday", "intra-day", "session", "day's", "fresh"):
        x += 1
    if x is None or not (x + 1 < len(items) and items[x].word("low", "high") and items[x + 1].word("of")):
        return None
    for y in range(x + 2, min(x + 8, len(items) - 2)):
        if items[y].kind == "W" and items[y].low in _CLOSE_VERBS and items[y + 1].word("at"):  # ("before closing at")
            level, end = _stated_level(items, y + 2)
            return (level, end) if level is not None else None
    return None


def _small_figure(item: Item) -> bool:
    """A change told in money or pence ('$1.20', '31.3p'), not a level or a percent."""
    return item.qkind == "MONEY" or item.kind == "W" and _PENCE.match(item.low) is not None


_HIGH_OF = frozenset({"all-time", "record", "new", "fresh", "historic", "high", "low", "peak"})


def _stated_level(items: list[Item], x: int) -> tuple[float | None, int]:
    """The level at item x after any hedge ("to just over 13,000": the dev convention's close 13000),
    with the item after it and its "points"; (None, x) if there is none."""
    x += _hedge_at(items, x)
    if x + 2 < len(items) and items[x].word("a") and items[x + 1].word("new", "fresh", "record"):
        x += 2  # "to end at a new 10,131.37 record"
    if x + 3 < len(items) and items[x].word("a", "an") and (items[x + 1].low in _HIGH_OF or items[x + 1].word("all")):
        # ("all-time" is three tokens: "to end at an all-time peak of 3,906.42")
        of = next((y for y in range(x + 2, min(x + 6, len(items) - 1)) if items[y].word("of")), None)
        if of is not None and items[of - 1].low in ("high", "low", "peak", "record"):
            x = of + 1  # China Daily's "closing at an all-time peak of 29,847"
    level = _level(items[x]) if x < len(items) else None
    if level is None and x + 1 < len(items) and items[x].kind == "W" and items[x].text.isdigit() \
            and items[x + 1].low in _POINTS:
        level = float(items[x].text)  # Journalism Online's "The ATHEX general index closed at 654 points": a level
        # with "points" after it needs no comma or decimals
    if level is None:
        return None, x
    end = x + 1
    return level, end + 1 if end < len(items) and items[end].low in _POINTS else end


def _session_close_at(items: list[Item], k: int) -> int:
    """Length of 'to finish the session at' / 'to end the day above' / 'closing the day at' at item k (0 if none)."""
    v = k + 1 if k < len(items) and items[k].word("to") else k
    if v + 2 >= len(items) or items[v].low not in _CLOSE_VERBS:
        return 0
    n = _session_after(items, v + 1)
    return v - k + n + 2 if n and v + 1 + n < len(items) and items[v + 1 + n].word("at", "above", "below", "past") else 0


#: words between "to" / "above" / "past" and a level: "soared to another 27-year high of $783 an ounce",
#: "fell to below the 9,000 mark", "rose above $115 a barrel", "finish past $32 per barrel"
_LEVEL_LEAD = frozenset({"to", "above", "past", "below", "beyond", "near"})
_LEVEL_FILLER = frozenset({"the", "a", "an", "another", "new", "fresh", "record", "all-time", "high", "highs", "low",
                           "lows", "of", "above", "below", "past", "just", "nearly", "around", "about", "over",
                           "under", "its", "their", "-", "year", "month", "week", "day"})


def _level_after(items: list[Item], k: int, j: int) -> tuple[float | None, int]:
    """A level led by "to"/"above"/"past" through record and hedge words; (level, end) or (None, j)."""
    if not (k < len(items) and items[k].kind == "W" and items[k].low in _LEVEL_LEAD):
        return None, j
    x = k + 1
    while x < len(items) and x < k + 10 and items[x].kind == "W" and _level(items[x]) is None and (
            items[x].low in _LEVEL_FILLER or items[x].text.isdigit() and x + 1 < len(items) and items[x + 1].word("-")):
        x += 1  # "another 27 - year high of": the number of years is no level
    level = _level(items[x]) if x < len(items) else None
    return (level, x + 1) if level is not None else (None, j)


def _turnover_after(items: list[Item], j: int) -> str | None:
    """', with a trading volume of HKD 20.975 billion' / ', trading volume HKD ...' / 'turnover of ...'."""
    for k in range(j, min(j + 8, len(items))):
        it = items[k]
        if it.kind == "Q" and it.qkind == "MONEY":
            window = {x.low for x in items[j:k]}
            if window & {"volume", "turnover", "volumes"}:
                return it.text
            return None
        if it.kind == "M" or (it.kind == "W" and predicate_at(items, k)):
            return None
    return None


#: what a price before a move is quoted per: a good's unit, or a share ("$1,928.60 an ounce", "HK$147.60 a share")
_PRICE_UNITS = GOODS_UNITS | {"share"}


#: the two words before a level that make it the close of the subject before them
_AT_LEVEL = frozenset({("closing", "price"), ("closed", "at"), ("close", "at"), ("ended", "at"), ("finished", "at"),
                       ("settled", "at"), ("selling", "at"), ("trading", "at"), ("quoted", "at"), ("traded", "at"),
                       ("hands", "at"), ("hands", "for")})  # ("was changing hands for $5.40, up 15.4%")


def _closing_price_before(items: list[Item], j: int) -> tuple[float | None, int]:
    """Left of a predicate: 'closing price HKD 147.60,' or 'closed at 25,222.02,'."""
    k = j
    if k >= 0 and items[k].word(","):
        k -= 1
    if k >= 2 and items[k].low in _PRICE_UNITS and items[k - 1].word("an", "a", "per"):
        k -= 2  # "gold is selling at $1,928.60 an ounce, down 0.7%"
    if k >= 2 and items[k].word("points", "pts") and _level(items[k - 1]) is not None:
        k -= 1  # "closed at 24,215.87 points, down 112.40 points, or 0.46 percent"
    if k >= 1 and _level(items[k]) is not None:
        before = [x.low for x in items[max(0, k - 3):k]]
        pair = tuple(before[-2:])
        if pair in _AT_LEVEL or len(pair) == 2 and pair[1] == "to" and (pair[0] in UP_VERBS or pair[0] in DOWN_VERBS):
            back = 2  # "Brent fell to $76.30 per barrel, down 0.8%": back to Brent
            if pair[0] == "hands" and before[-3:-2] in (["changing"], ["changed"]):
                back = 3  # "Kestrel (NYSE: KST) was changing hands for $5.40, up 15.4%"
        elif before[-3:] == ["closing", "price", "of"]:
            back = 3
        elif before[-1:] == ["close"] or before[-1:] == ["recorded"] and _level(items[k]) is not None \
                and items[k].qkind == "MONEY":
            back = 1  # "Wren Bio recorded 87,400 won, up 3.26%" (Korean wraps)
        elif before[-1:] == [":"] and k >= 2 and items[k - 2].kind == "M":
            back = 1  # "Hang Seng: 25,441.35, down 1.73%" (a quote line)
        else:
            return None, j
        return _level(items[k]), k - back - 1
    return None, j


def _paren_pct_before(items: list[Item], j: int) -> tuple[float | None, bool, int]:
    """'Xiaomi (+4.35%)': a bracketed figure ending at item j; returns (pct, signed, index before it)."""
    if j >= 2 and items[j].word(")") and items[j - 1].kind == "Q" and items[j - 1].qkind == "PERCENT" \
            and items[j - 2].word("("):
        return items[j - 1].qty.value, items[j - 1].qty.signed, j - 3
    return None, False, j


_RANKING = RANK_NOUNS - {"mover", "movers"} | {"drag", "drags", "boost", "boosts", "contributor", "contributors"}
_FREE_BEFORE = frozenset({",", ";", "and", "while", "as", "with", "including", "include", "includes", "included",
                          "like", "(", ":", "-", "but",
                          # Mubasher's "The real estate sector tumbled 2.08% after Emaar Properties dropped 5.7%"
                          "after", "when", "because", "although", "though",
                          "whereas", "also", "meanwhile", "elsewhere", "&", "followed", "by", "such", "|",
                          "•", "·", "*", "▪"})  # a bullet: "• Lithium Americas shares jump 97.9%"


def _modified_after_on(items: list[Item], k: int) -> bool:
    """Whether the name at item k follows "on the" and lower-case modifiers ("on the blue-chip Dow", "in the
    tech-heavy Nasdaq")."""
    x = k - 1
    while x >= 2 and k - x <= 3 and items[x].kind == "W" and (items[x].low == "-" or items[x].text.isalpha()
                                                                and items[x].text.islower() and items[x].low != "the"):
        x -= 1
    return x < k - 1 and x >= 1 and items[x].word("the") and items[x - 1].word("on", "in", "among")


def _skip_ranking(items: list[Item], j: int) -> int:
    """Left of 'rising 6.1%': skip ', was the top gainer (on the index),' back to its subject."""
    if j < 0 or not items[j].word(","):
        return j
    for k in range(j - 1, max(-1, j - 13), -1):  # ("was the heaviest weight on the blue-chip Dow,": 11 items)
        if items[k].kind == "M" and k >= 2 and (items[k - 1].word("on", "in", "among") or items[k - 1].word(
                "the") and items[k - 2].word("on", "in", "among") or _modified_after_on(items, k)):
            continue  # "was the top loser on the Sensex, falling 3.1 per cent", "on the blue-chip Dow"
        if items[k].kind == "M" and (items[k].mention.entity_id or "").startswith("idx-") \
                and k + 1 < j and (items[k + 1].low in _RANKING or items[k + 1].low in ("'s", "’s")):
            continue  # "was the top Nifty gainer, rising 2.47 per cent", "was the STI's top gainer, climbing"
        if items[k].kind != "W":
            return j
        if items[k].low in ("was", "were", "is", "are") and any(x.low in _RANKING for x in items[k:j]):
            return k - 1
        if (items[k].word("the") or items[k].low in ("topping", "leading", "heading")) and k >= 1 \
                and (items[k - 1].kind == "M" or items[k - 1].qkind == "TICKER") \
                and any(x.low in _RANKING for x in items[k:j]):
            return k - 1  # "with chipmaker Infineon (IFX) the main loser, down 9.5%", "with Logica topping the losers"
    return j


#: the adjectives a role may take in an appositive: "listed unit of", "flagship subsidiary of"
_ROLE_ADJECTIVES = frozenset({"listed", "flagship", "main", "former", "parent", "local", "domestic"})
_ROLE_OF = frozenset({"owner", "parent", "maker", "operator", "producer", "manufacturer", "member", "part", "unit",
                      "publisher", "developer", "distributor", "provider", "seller", "creator",
                      # a list's aside: CGTN's "shares of Alibaba and JD.com, two of China's biggest tech listings in
                      # the US equity market, dropped 3.34 percent and 2.74 percent respectively"
                      "two", "three", "four", "both"})
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "which", "who", "its", "china's", "asia's", "the world's", "one", "another",
                                 "tracking", "including", "comprising", "representing", "home", "known", "formerly",
                                 "also",  # "The FTSE 100, also known as the Footsie, slid"
                                 "seen", "considered", "often", "widely", "typically",
                                 # "Hon Hai Precision Industry Co., second to TSMC in market value, rose" (Focus Taiwan)
                                 "second", "third", "fourth", "fifth", "number", "no.", "ranked",
                                 "from",  # "The Kestrel 40, from the Osprey Stock Exchange (OSE), advanced 2.1%"
                                 # its rank by another's: "Osprey Electronics, just behind Kestrel in size, rose"
                                 "just", "behind", "trailing", "ahead"})


#: the participial cues ("weighed down by", "buoyed by") by their first word: an aside between a subject and its verb
_BY_CUES: dict[str, list[tuple[str, ...]]] = {}
for _cue in CUES:
    if _cue.endswith(" by"):
        _BY_CUES.setdefault(_cue.split()[0], []).append(tuple(_cue.split()))


#: what a percent inside a name's aside measures: its weight in an index ("with a 10.8 per cent weight")
_WEIGHT_WORDS = frozenset({"weight", "weighting", "weightage"})


def _weight_after(items: list[Item], x: int) -> bool:
    """Whether the percent right before item x is a weight: "10.8 per cent weight", "6.4 per cent index weight"."""
    return x < len(items) and (items[x].low in _WEIGHT_WORDS
                               or x + 1 < len(items) and items[x].low == "index" and items[x + 1].low in _WEIGHT_WORDS)


def _code_brackets_open(items: list[Item], close: int) -> int:
    """The "(" of brackets closed at item `close` that hold only listing codes, some the tagger did not take for
    tickers ("(VALE5)", "(SAO:VALE5 / SAO:VALE5)", "(TEN.MI, TS)"); `close` + 1 when they hold anything else."""
    for x in range(close - 1, max(0, close - 9), -1):
        it = items[x]
        if it.word("("):
            return x if x < close - 1 else close + 1
        if not (it.qkind == "TICKER" or it.word(":", "/", ",") or it.kind == "M" and it.mention.kind == "candidate"
                and it.text.isupper()):
            break
    return close + 1


#: a market's heads a description ends in before the name in its aside: "The third-largest Gulf bourse, the Qatar
#: Stock Exchange, closed up"
_DESCRIBED_MARKETS = frozenset({"bourse", "market", "exchange", "index", "benchmark", "gauge", "barometer"})


#: participles of an aside that do not end in "-ed": "The Nasdaq 100, made up of big tech names, fell 3 percent"
_IRREGULAR_PARTICIPLES = frozenset({"made", "known", "held", "run", "built", "hit", "driven", "taken", "seen", "spun",
                                    "bought", "sold", "shaken", "beaten", "stung"})


def _index_described_before(items: list[Item], c: int) -> int | None:
    """The index named before its description that ends at the comma at item c ("The Russell 2000 gauge of small-cap
    shares, which ..."): its item, else None."""
    of = next((x for x in range(c - 2, max(0, c - 6), -1) if items[x].word("of")), None)
    if of is None or of < 1 or items[of - 1].kind != "M" \
            or not (items[of - 1].mention.entity_id or "").startswith("idx-") \
            or not all(it.kind == "W" and (it.text[:1].islower() or it.text == "-") for it in items[of + 1:c]):
        return None
    return of - 1


def _skip_appositive(items: list[Item], j: int, k: int | None = None) -> int:
    """'Tencent, the gaming giant, rose 2%': from the comma before the predicate (at item k, when
    known) back to the name."""
    if j < 2 or not items[j].word(","):
        return j
    for c in range(j - 1, max(0, j - 32), -1):  # (Bloomberg's "The Standard & Poor's 500 Index, which surged the most
        # in five years yesterday after the Fed cut its benchmark interest rate by 75 basis points, lost 2.4 percent")
        if items[c].word(";", "while", "whereas") or items[c].word("(", ")") and not _one_bracketed(items, c):
            break  # (but the Rio Times' "The Merval, the benchmark of the Buenos Aires exchange (BYMA), ended":
            # a code in brackets inside the aside; review 83's "Naspers, which managed to add 2.4%, led gains, while
            # the country's largest miner, Anglo American, fell 3.1%": a clause of its own after "while")
        if items[c].word(",") and c >= 1 and items[c - 1].kind == "M" and c + 2 < j \
                and items[c + 1].word("already", "still", "now") and items[c + 2].low in _TRAILING_DIR:
            return c - 1  # the NYT's "The S&P 500, already down 12 percent from its late February high, fell 7 percent"
        figure = c + 2 + _hedge_at(items, c + 2) if items[c].word(",") and c + 3 < j \
            and items[c + 1].low in _TRAILING_DIR else j
        if figure < j and c >= 1 and items[c - 1].kind == "M" and items[figure].qkind == "PERCENT" \
                and multi_period(items, figure + 1):
            return c - 1  # "The FTSE 100, up about 10 percent this year, fell 1% on Monday": the year's figure, an aside
        of_which = items[c].word(",") and c + 3 < j and items[c + 1].word("both", "all", "each", "neither") \
            and items[c + 2].word("of") and items[c + 3].word("which", "whom")  # ", both of which have large weighting"
        described = _index_described_before(items, c) if items[c].word(",") else None
        if items[c].word(",") and (items[c + 1].word("which", "who", "whose", "where") or of_which) and c >= 1 \
                and (items[c - 1].kind == "M" or c >= 2 and items[c - 1].word("shares", "stock")
                     and items[c - 2].kind == "M" and items[c - 2].mention.kind in ("ref", "candidate")
                     or described is not None):
            if k is not None and items[k].low in _APPOSITIVE_DIRECTIONS and _amount_restated(items, c, k):
                break  # "Fyffes, which reported profits of €17.3 million, up 30.4 per cent": the profit's growth
            # "Nvidia, which has gained 150% this year, slipped 1.1%": the clause's figure is its own; "HSBC, whose
            # rating was lowered by Morgan Stanley, slipped 0.6%"; "Ford shares, which traded as high as $8.79 in the
            # past year, plunged": the company's shares
            return c - 1 if items[c - 1].kind == "M" else described if described is not None else c - 2
        if items[c].word(",") and items[c + 1].word("despite", "with") and c >= 1 and items[c - 1].kind == "M" \
                and items[c - 1].mention.kind in ("ref", "candidate") \
                and not (items[c + 1].word("with") and any(it.kind == "Q" for it in items[c + 2:j])):
            # The National's "Aabar, with investments that include stakes in Daimler and Virgin Galactic, slumped 6.6
            # per cent" (not "Tencent, with its shares up 2%, ...": a figure of the with-phrase's own)
            return c - 1  # "LG Electronics, despite posting 82.2 percent growth in operating profit, dropped 1.94 percent"
        if items[c].word(",") and c >= 1 and items[c - 1].kind == "M" and items[c - 1].mention.kind in ("ref", "candidate") \
                and items[c + 1].kind == "W" and items[c + 1].low in _LEADING_ASIDES \
                and not any(it.kind == "Q" or it.word(",") for it in items[c + 2:j]):
            return c - 1  # "HSBC, leading the index, gained 2 percent": the name's aside
        if items[c].word(",") and items[c + 1].word("as") and c >= 1 and items[c - 1].kind == "M" \
                and any(it.word("known", "called") for it in items[c + 2:j]):
            return c - 1  # "Osprey, as Osprey Energia Nacional is known, slid 3.2%"
    for c in range(j - 1, max(0, j - 32), -1):
        it = items[c]
        if it.kind == "Q" and it.qkind != "TICKER" and not (it.qkind == "PERCENT" and (
                items[c + 1].word("of") or _weight_after(items, c + 1))) \
                or (it.kind == "W" and (it.low == ";" or it.low in ("(", ")") and not _one_bracketed(items, c))):
            # (a ticker is part of the aside: "the composite index on the Korea Exchange (KRX),"; so is a
            # share of something: Bloomberg's "Nissan Motor Co., a carmaker that gets about 80 percent of its
            # revenue abroad, dropped 2.6 percent")
            return j
        opener = items[c + 1] if it.word(",") else None
        if opener is not None and opener.kind == "W" and opener.low.endswith("ly") and c + 2 < j and (
                items[c + 2].low in _APPOSITIVE_OPENERS or c + 3 < j and (
                    items[c + 3].word("by") or c + 4 < j and items[c + 3].word("down", "up") and items[c + 4].word("by"))
                and items[c + 2].kind == "W" and (items[c + 2].low.endswith("ed")
                                                  or items[c + 2].low in _IRREGULAR_PARTICIPLES)):
            opener = items[c + 2]  # "Gold, traditionally a safe haven, rose 1.2%"; "X, partly owned by Y, rose 3.1%"
        elif opener is not None and opener.word("by") and c + 3 < j and items[c + 2].word("far") \
                and items[c + 3].low in _APPOSITIVE_OPENERS:
            opener = items[c + 3]  # "PetroChina, by far the biggest refiner, slid 2 percent"
        # "The Nikkei, Japan's benchmark, fell 2%"; "The Nikkei, weighed down by exporters, fell 2%"
        cue = next((len(w) for w in _BY_CUES.get(opener.low, ()) if words_at(items, c + 1, w)), 0) \
            if opener is not None else 0
        # "Britain's largest", "Hong Kong's biggest developer" (a place of two or three capitalised words)
        possessive = opener is not None and c + 2 < j and (items[c + 2].low in ("'s", "’s") or opener.text.istitle() and any(
            items[y].low in ("'s", "’s") and all(items[z].text.istitle() for z in range(c + 2, y))
            for y in range(c + 3, min(c + 5, j))))
        # "Credit Agricole, France's largest retail banking group, slid": a sector phrase owned by a place
        owned_sector = opener is not None and opener.kind == "M" and opener.mention.kind == "sector" \
            and re.match(r"^\w[\w.]*(?:'s|’s) ", opener.text) is not None and c + 2 == j
        # "Fomento Economico Mexicano SAB, owner of Latin America's largest convenience-store chain, dropped"
        role_of = opener is not None and (opener.low in DESCRIPTORS or opener.low in _ROLE_OF) and c + 2 < j \
            and items[c + 2].word("of") or opener is not None and opener.low in _ROLE_ADJECTIVES and c + 3 < j \
            and (items[c + 2].low in DESCRIPTORS or items[c + 2].low in _ROLE_OF) and items[c + 3].word("of")
        # (Shanghai Daily's "Poly Real Estate Group, listed unit of the country's largest state-owned developer, edged up")
        # "America Movil, controlled by billionaire Carlos Slim, rose", "X, owned in part by Y,", "X, mired in Z,"
        participle = opener is not None and opener.kind == "W" and (opener.low.endswith("ed")
                                                                    or opener.low in _IRREGULAR_PARTICIPLES) \
            and (any(x.word("by", "in", "with", "over", "amid", "to") for x in items[c + 2:min(c + 5, j)])
                 or c + 3 < j and (items[c + 2].word("of") or items[c + 2].word("up") and items[c + 3].word("of")))
        # (the Guardian's "The Vix volatility index, tied to expectations for the S&P 500, has jumped 11%"; Breitbart's
        # "The Nasdaq 100, made up of big tech names, fell 3 percent")
        # the SCMP's "Meituan, with a 6.4 per cent index weight, rose 1 per cent": the name's weight in its index
        weighted = opener is not None and opener.word("with") and any(_weight_after(items, x) for x in range(c + 2, j))
        # PTI's "The Sensex, after opening higher, fell 1 per cent": the session's course before the move, an aside
        participle = participle or opener is not None and opener.word("after", "before") and c + 2 < j \
            and items[c + 2].kind == "W" and items[c + 2].low.endswith("ing") and items[c + 2].text.islower()
        # "The Kospi, sliding for a fifth session, closed 1.4 percent lower": the run's course, no figure
        participle = participle or opener is not None and opener.kind == "W" and opener.low.endswith("ing") \
            and c + 3 < j and items[c + 2].word("for") and not any(x.kind == "Q" for x in items[c + 2:j]) \
            and predicate_at(items, c + 1) is not None
        # Xinhua's style: "Kestrel Holding, Macau-based developer owned by ..., slipped": a description, no article
        bare = opener is not None and opener.kind == "W" and _bare_description(items, c + 1, j)
        # "Sinopec, China Petroleum & Chemical Corp., slid": the company's full name as its aside
        full_name = opener is not None and opener.kind == "M" and c + 2 == j \
            and opener.mention.kind in ("ref", "candidate") and opener.text.split()[-1] in CORPORATE_TAIL_TOKENS \
            and len(opener.text.split()) > 1
        if opener is not None and (opener.low in _APPOSITIVE_OPENERS or cue or possessive or owned_sector or role_of
                                   or participle or weighted or bare or full_name
                                   or opener.kind == "M" and opener.mention.kind == "market"):
            name = c - 1
            while name >= 1 and items[name].qkind == "TICKER":
                name -= 1  # "Thomson Multimedia (PHO), a French consumer electronics company, fell"; Reuters'
                # "Volkswagen VOWG_p.DE, Europe's top carmaker, fell 1.5%"
            if items[name].word(")"):
                name = _code_brackets_open(items, name) - 1  # "Plover Mining Ltd. (ASX:PLV), the region's largest
                # nickel miner, dropped 1.8%"
            if name >= 1 and (items[name].kind == "W" and (items[name].low in DESCRIPTORS
                                                           or items[name].low in _DESCRIBED_MARKETS)
                              or items[name].kind == "M" and items[name].mention.kind == "market") \
                    and opener.word("the") and c + 3 == j and items[c + 2].kind == "M" \
                    and items[c + 2].mention.kind in ("ref", "candidate", "market"):
                return c + 2  # Al Bawaba's "The third-largest Gulf bourse, the Qatar Stock Exchange, closed up
                # 0.41 percent": a description first, the name in the aside
            while name >= 1 and items[name].kind == "W" and (items[name].low in SUBJECT_SKIP or items[name].word(
                    "stocks") and items[name - 1].kind == "M"):
                name -= 1  # "Livedoor's stock, one of the few ..., fell"; "Heron Bank stocks, Austria's
                # third largest lender, fell"
            if name < 0 or items[name].kind != "M":
                continue
            if name >= 3 and items[name - 1].word("by", "in", "with", "from") and _participle_before(items, name - 2):
                continue  # "Huaxin Cement, controlled by Holcim Ltd., the world's second-biggest ..., gained": an object
            if any(items[x].kind == "W" and items[x].low in _SAYING for x in range(name + 1, j)):
                return j  # "Infosys, India's second-largest IT company, said its revenue, helped by X, rose 6 per cent"
            if not participle and any(predicate_at(items, x) and items[x - 1].low not in _NOUN_BEFORE
                                      for x in range(c + 1 + cue, j)):
                # (a participle's aside holds words of its own: ", mired in a cover-up scandal,"; "the biggest
                # contributor to earlier gains": a move word after a determiner, a preposition or an adjective is a noun)
                return j
            if items[name].mention.kind == "market" and any(
                    it.kind == "M" and it.mention.kind == "ref" for it in items[c + 1:j]):
                return j  # "The tech-heavy U.S. stock gauge, the Nasdaq Composite, slumped"
            return name
    return j


def _bare_description(items: list[Item], start: int, end: int) -> bool:
    """Whether the aside from item ``start`` to the comma at ``end`` opens with a description with no article:
    a few words ending in a descriptor noun ("HK-based developer", "state-owned lender"), then at most a
    participle's phrase; no list ("and"), no figure."""
    noun = next((y for y in range(start, min(start + 5, end)) if items[y].kind == "W" and items[y].low in DESCRIPTORS
                 and items[y].text.islower()), None)
    if noun is None or not all(it.kind == "W" and it.low not in ("and", "or", "the", "a", "an")
                               for it in items[start:noun]):
        return False
    rest = items[noun + 1:end]
    return not any(it.kind == "Q" or it.word("and", "or", ",") for it in rest) and (
        not rest or rest[0].kind == "W" and (rest[0].low.endswith("ed") or rest[0].low in _IRREGULAR_PARTICIPLES
                                             or rest[0].word("of", "in", "from", "with", "for")))


#: a company's statement: what follows it is the company's figure (revenue, profit), not its share price's
_SAYING = frozenset({"said", "says", "reported", "reports", "announced", "announces", "posted", "posts", "expects",
                     "forecast", "forecasts"})
#: words before a move word that make it a noun ("earlier gains", "the fall", "to losses")
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "earlier", "early", "recent", "of", "in", "on", "for",
                          "with", "biggest", "big", "strong", "sharp", "steep", "heavy", "broad"})



def _one_bracketed(items: list[Item], c: int) -> bool:
    """Whether the bracket at item c encloses one item: "(B3)", "(BIVA)"."""
    return items[c].word(")") and c >= 2 and items[c - 2].word("(") \
        or items[c].word("(") and c + 2 < len(items) and items[c + 2].word(")")

def _participle_before(items: list[Item], p: int) -> bool:
    """Whether a comma and a participle open the words ending at item p: ", controlled", ", owned in part"."""
    for x in range(p, max(0, p - 3), -1):
        if not (items[x].kind == "W" and items[x].text.isalpha() and items[x].text.islower()):
            return False
        if items[x].low.endswith("ed"):
            return x >= 1 and items[x - 1].word(",")
    return False


_ASIDE_PHRASES = (("on", "the", "other", "hand"), ("by", "contrast"), ("in", "contrast"), ("for", "its", "part"),
                  ("for", "their", "part"), ("in", "turn"), ("as", "a", "whole"))
_ASIDE_LAST = frozenset(w[-1] for w in _ASIDE_PHRASES)  # (most predicates have none of these before them)
#: the asides of two words or more between a subject's commas: "HSBC, for example, fell", "Erste, in turn, lost"
_COMMA_ASIDES = _ASIDE_PHRASES + (("for", "example"), ("for", "instance"))
_ASIDE_OPENER = {"-": "-", ")": "("}
_ASIDE_ADVERBS = ASIDE_ADVERBS


#: the participles of a stock's weight in its index, in an aside between the name and its verb
_WEIGHT_PARTICIPLES = frozenset({"accounting", "weighting", "representing", "comprising", "making"})  # ("making up")


def _skip_bracketed_aside(items: list[Item], j: int) -> int:
    """'The S&P 500 - a gauge of US savings - closed', 'The S&P 500 (a gauge of ...) closed',
    'The Topix, meanwhile, fell': from the aside's end back to the name before it (unchanged if none)."""
    end = j
    while end >= 2 and items[end].kind == "W" and items[end].low in SUBJECT_SKIP and items[end].low != "-":
        end -= 1  # "The S&P 500 - a gauge - also closed"
    level = end - items[end].word("points")  # the News Agency of Nigeria's "the market's index which opened
    # at 52,310.2 gained 0.8 per cent": the session's opening level in a relative clause with no commas
    if level >= 4 and _level(items[level]) is not None and items[level - 1].word("at") \
            and items[level - 2].word("opened", "started", "began") and items[level - 3].word("which", "that") \
            and items[level - 4].kind == "M" and items[level - 4].mention.kind in _SUBJECT_KINDS \
            and _opens_clause(items, level - 4):  # (not "Investors who shorted the Nifty which opened at ... lost 3%")
        return level - 4
    if end >= 2 and items[end].word(",") and items[end - 1].qkind == "TICKER" and items[end - 1].text.startswith("(") \
            and items[end - 2].kind == "M" and items[end - 2].mention.kind in _SUBJECT_KINDS \
            and _opens_clause(items, end - 2):  # (not "The S&P/BMV IPC, from the Mexican Stock
        # Exchange (BMV), also advanced": the exchange inside an aside)
        return end - 2  # a copy that lost Reuters' links: "Carlsberg (CARLb.CO), fell 2.3%"
    if end >= 3 and items[end].word("]"):
        o = next((c for c in range(end - 1, max(0, end - 16), -1) if items[c].word("[", "]")), None)
        if o is not None and o >= 1 and items[o].word("[") and items[o - 1].kind == "M" \
                and items[o - 1].mention.kind in _SUBJECT_KINDS and any(it.kind == "Q" for it in items[o + 1:end]) \
                and _opens_clause(items, o - 1):  # (not "Short interest in Tencent [0700.HK ...] rose")
            return o - 1  # Reuters' quote in square brackets: "The Hang Seng Index [.HSI 18412.60 +201.33 (+1.11%) ] ended"
    if end >= 3 and items[end].word(",") and items[end - 1].low in _ASIDE_ADVERBS and items[end - 2].word(",") \
            and (items[end - 3].kind == "M" or end >= 4 and items[end - 3].qkind == "TICKER" and items[end - 4].kind == "M"
                 or end >= 4 and items[end - 3].word("shares", "stock") and items[end - 4].kind == "M"):
        return end - 3  # "The broader Topix, meanwhile, fell", Reuters' "Dubai's index (.DFMGI), however, eased", review
        # 86's "Qantas shares, however, fell 3 percent" (the shares' name read past them)
    aside = next((len(w) for w in _COMMA_ASIDES if end >= len(w) + 2 and words_at(items, end - len(w), w)), 0)
    if aside and items[end].word(",") and items[end - aside - 1].word(",") \
            and (items[end - aside - 2].kind == "M" or items[end - aside - 2].word("shares", "stocks")):
        return end - aside - 2  # Brazzil's "Tern Energy's stocks, for example, dropped 7.42%", "Finch Bank's shares, in
        # turn, lost 1.36 percent"
    if end >= 4 and items[end].word(","):  # "Vietnam, bucking the trend, ended 0.1 percent weaker"
        c = next((x for x in range(end - 1, max(0, end - 11), -1) if items[x].word(",")), None)
        if c is not None and c >= 1 and c + 1 < end and items[c + 1].kind == "W" and items[c + 1].low.endswith("ing") \
                and items[c - 1].kind == "M" and items[c - 1].mention.kind in _SUBJECT_KINDS \
                and (all(it.kind == "W" for it in items[c + 1:end]) and end - c <= 6
                     or items[c + 1].low in _WEIGHT_PARTICIPLES):
            return c - 1  # (and the weight of a stock in its index, its figure and the index its own: "Kestrel,
            # accounting for about 20 percent of the Kospi, fell 2 percent")
    if end >= 4 and items[end].word(")"):
        o = next((c for c in range(end - 1, max(0, end - 16), -1) if items[c].word("(")), None)
        if o is not None and o >= 1 and items[o + 1].word("up", "down", "unch", "unchanged") \
                and items[o - 1].kind == "M" and items[o - 1].mention.kind in _SUBJECT_KINDS \
                and not any(it.qkind == "PERCENT" for it in items[o:end]):  # ("The Nasdaq (up 20% this year)": its own)
            return o - 1  # CNN's "The Nasdaq composite (up 24.37 to 2,906.15, Charts) added 0.8 percent"
        if o is not None and o >= 1 and items[o - 1].kind == "M" and items[end - 1].low == "quote" \
                and items[end - 2].word(":"):
            return o - 1  # older Reuters' "Royal Bank of Canada (RY.TO: Quote) fell 1.5 percent"
    opener = _ASIDE_OPENER.get(items[end].low) if end >= 2 and items[end].kind == "W" else None
    if opener is None:
        return j
    relative = next((c for c in range(end - 1, max(0, end - 40), -1) if items[c].word(opener)
                     and (opener != "-" or items[c - 1].end_char < items[c].start_char)), None)  # (not "third-quarter")
    if relative is not None and relative >= 1 and relative + 1 < end and items[relative + 1].word("which", "who", "whose") \
            and items[relative - 1].kind == "M" and items[relative - 1].mention.kind in _SUBJECT_KINDS:
        return relative - 1  # "Merlin Bank - which on Monday reported that its net profit rose 9 per cent -
        # closed up 1.27 per cent": a relative clause between dashes, its figures its own
    for c in range(end - 1, max(0, end - 25), -1):
        if items[c].kind == "Q" or items[c].word(";", ","):
            return j  # a figure inside is the aside's own; a comma makes it no aside
        if items[c].word(opener) and (opener != "-" or items[c - 1].end_char < items[c].start_char):
            name = c - 1
            if items[name].kind == "M" and items[name].mention.kind in _SUBJECT_KINDS \
                    and not any(predicate_at(items, x) for x in range(c + 1, end)):
                return name
            return j
    return j


def _bracket_close(items: list[Item], j: int) -> float | None:
    """CNN's close in the bracket after the name at item j: "(up 91.12 to 13,448.86, Charts)"."""
    if not (j >= 0 and j + 5 < len(items) and items[j].kind == "M" and items[j + 1].word("(")
            and items[j + 2].word("up", "down")):
        return None
    to = next((x for x in range(j + 3, min(j + 7, len(items) - 1)) if items[x].word("to")), None)
    return _level(items[to + 1]) if to is not None else None


#: whose session: "the", "its", "the day's", VOA's "Tuesday's" ("finished Tuesday's trading session 1.1% higher")
_SESSION_OWNERS = (("the",), ("its",), ("their",), ("a",),
                   ("the", "last"), ("the", "latest"),  # Zacks' "KSTL stock ended the last trading session 4.6% higher"
                   *((*owner, mark) for mark in ("'s", "’s") for owner in (
    ("the", "day"), ("today",), *((day,) for day in sorted(WEEKDAYS)))))  # (not "yesterday's session")
#: the owners before "trade" that make it the session's ("closing the trade slightly lower", "the day's trade"), not a
#: trader's position ("closed a trade up 18 percent")
_TRADE_OWNERS = tuple(owner for owner in _SESSION_OWNERS if owner[-1] in ("'s", "’s", "the", "last", "latest"))
_SESSION_WORDS = (("trading", "for", "the", "day"), ("trading",), ("trade",), ("the", "week"),  # ("ended trade up 2%")
                  ("shop",),  # (IANS' "the Nifty shut shop at 6,062.65 points, down 1.86 percent")
                  # VOA's "The benchmark Nikkei index in Tokyo closed the day's trading down 0.4%", "the Sensex in
                  # Mumbai closed out its trading session 0.5% higher"
                  *((*out, *owner, *tail) for out in ((), ("out",)) for owner in _SESSION_OWNERS
                    for tail in (("day",), ("session",), ("trading",), ("trading", "day"), ("trading", "session"),
                                 ("trade", "session"),  # ("ended the last trade session unchanged")
                                 ("morning",), ("morning", "session"), ("afternoon", "session"))),
                  *((*out, *owner, "trade") for out in ((), ("out",)) for owner in _TRADE_OWNERS))  # "the day's trade"
_SESSION_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}  # by first word, the longest first
for _p in sorted(_SESSION_WORDS, key=len, reverse=True):  # the longest first: "the day's trading" before "the day"
    _SESSION_BY_FIRST.setdefault(_p[0], []).append(_p)


def _session_after(items: list[Item], j: int) -> int:
    """Length of 'the day' / 'the session' / 'trading' at item j (0 if none): 'closed the day up 7.7%'."""
    if j >= len(items) or items[j].kind != "W":
        return 0
    for words in _SESSION_BY_FIRST.get(items[j].low, ()):
        if words_at(items, j, words):
            return len(words)
    for words in _SESSION_BY_FIRST.get(items[j].low, ()):
        a = j + len(words) - 1  # one adjective before the session's noun: PTI's "ended Wednesday's range-bound
        # session higher", "closed the volatile session lower"
        if len(words) < 2 or words[-1] not in ("session", "day") or not words_at(items, j, words[:-1]):
            continue
        n = 3 if a + 3 < len(items) and items[a + 1].word("-") and items[a].end_char == items[a + 1].start_char else 1
        if a + n < len(items) and all(x.kind == "W" and (x.low == "-" or x.text.islower() and x.text.isalpha())
                                      for x in items[a:a + n]) and items[a + n].low == words[-1]:
            return len(words) + n
    return 0


#: the session phrases skipped left of a predicate: a day's (not "ended the week plunging": a week's course)
_DAY_SESSIONS = tuple(words for words in _SESSION_WORDS if words != ("the", "week"))
_SESSION_LAST = frozenset(words[-1] for words in _DAY_SESSIONS)


def _past_bracketed_date(items: list[Item], j: int) -> int:
    """Left of a weekday's date in brackets, back to the weekday: PTI's "The Sensex on Monday (March 3, 2014)
    slid" (unchanged if none)."""
    if j < 4 or not items[j].word(")"):
        return j
    o = next((c for c in range(j - 1, max(0, j - 6), -1) if items[c].word("(")), None)
    if o is None or o < 1 or items[o - 1].low not in WEEKDAYS or not all(
            it.kind == "W" and (it.low.rstrip(".") in MONTHS or it.text.isdigit() or it.word(","))
            for it in items[o + 1:j]):
        return j
    return o - 1


def _skip_session_left(items: list[Item], j: int) -> int:
    """Left of 'up 7.7%': skip 'closed the day' back to the word before the verb."""
    if j < 1 or items[j].low not in _SESSION_LAST:
        return j  # every phrase ends at item j with its last word (most calls stop here)
    for words in _DAY_SESSIONS:
        n = len(words)
        if j - n >= 0 and words_at(items, j - n + 1, words) and items[j - n].low in _CLOSE_VERBS:
            return j - n - 1
    return j


def _is_placeish(item: Item) -> bool:
    return item.kind == "M" or item.kind == "W" and (item.text[:1].isupper() and item.low not in ("the", "a", "an")
                                                     or item.low in _EXCHANGE_WORDS or item.low in PLACE_NOUNS)
    # (a place named by its kind: the Gulf papers' "Lenders in the emirate fell on rate worries")


#: an exchange's name in lower case: "the benchmark of the national stock exchange (the NSE) slipped" (IANS), "The
#: Shenzhen Component Index on China's smaller exchange fell" (AFP)
_EXCHANGE_WORDS = frozenset({"national", "stock", "exchange", "securities", "'s", "second", "smaller", "main",
                             "mainland"})  # (the SCMP's "The Shanghai Composite Index on the mainland gained 1.8 per cent")


def names_company(m: Mention) -> bool:
    """Whether a mention names a company: an unknown name, or a known one that is no index."""
    if m.kind != "ref":
        return m.kind == "candidate"
    entity = reference().entities.get(m.entity_id or "")
    return entity is not None and entity.type is EntityType.COMPANY


def _listed_bank(m: Mention) -> bool:
    """Whether a mention names one bank or broker the reference data files as an investor, whose own shares trade
    ("UBS stocks fell by 2.1%"), not a group of investors ("foreign investors")."""
    entity = reference().entities.get(m.entity_id or "") if m.kind == "ref" else None
    return entity is not None and entity.type is EntityType.INVESTOR and m.entity_id not in NEVER_MOVERS


def _skip_place_pp(items: list[Item], j: int) -> int:
    """'The KOSPI index in Seoul gained', 'the Nikkei gauge of the Tokyo Stock Exchange fell':
    from the end of the place phrase back to the name it qualifies (unchanged if there is none)."""
    if j >= 3 and items[j].kind == "M" and items[j].mention.kind == "candidate" and items[j - 1].word("the") \
            and items[j - 2].word("for") and items[j - 3].kind == "M" \
            and (items[j - 3].mention.entity_id or "").startswith("idx-"):
        return j - 3  # "the UPCoM-Index for the Upcom Market slipped": the index of that market, no company
    if j + 2 < len(items) and items[j].kind == "M" and items[j + 1].word("-") and items[j + 2].low in _MEMBER_NOUNS:
        found = _members_pp(items, j + 2)  # "the HSCEI gauge of so-called H-shares slid"
        if found != j + 2:
            return found
    k = j
    while k >= 0 and j - k < 4 and _is_placeish(items[k]):
        k -= 1
    if k == j and not items[j].word("in", "of"):
        # (an "in" right here: the place's words were skipped as subject words, "in Hong Kong"); "the broader Topix
        # of all first-section stocks rose": members with no place after them
        if j + 1 < len(items) and items[j + 1].low in _MEMBER_NOUNS and items[j].low not in _MEMBER_NOUNS:
            found = _members_pp(items, j + 1)  # "the Topix of all first-section shares fell": "shares" was skipped
            return found if found != j + 1 else j
        return _members_pp(items, j)  # (or "... of all shares traded on the first section fell")
    if k >= 0 and items[k].word("the"):
        k -= 1
    if k >= 1 and items[k].word("in", "of", "on", "at"):
        m = k - 1
        if m >= 3 and items[m].word(")") and items[m - 1].kind == "M" and items[m - 2].word("("):
            m -= 1  # "The benchmark Sensitive Index (Sensex) on the BSE ended": the name in brackets
        elif m >= 2 and items[m].word("stocks", "shares", "companies") and items[m - 1].word("for") \
                and items[m - 2].kind == "M" and (items[m - 2].mention.entity_id or "").startswith("idx-"):
            m -= 2  # "The HNX-Index for shares on the Hanoi exchange dipped": the index of the exchange's stocks
        while m >= 0 and items[m].kind == "W" and items[m].low in SUBJECT_SKIP:
            m -= 1
        if m >= 1 and items[m].qkind == "TICKER" and items[m].text.startswith("(") and items[m - 1].kind == "M":
            m -= 1  # the Daily Pakistan's "Pakistan Stock Exchange (PSX) on Friday climbed": the name's code first
        if m >= 0 and items[m].kind == "M" and items[m].mention.kind in _SUBJECT_KINDS \
                and (not items[k].word("at") or (items[m].mention.entity_id or "").startswith("idx-")):
            if items[m].low.split()[-1] in ("shares", "stock", "stocks") and items[k].word("in") \
                    and items[j].kind == "M" and names_company(items[j].mention):
                return j  # "In France, shares in Renault dropped 7%", "Shenzhen shares in Ping An Bank rose": the
                # company's shares, no place's
            return m  # (and "The UPCoM index at the Hanoi bourse was down": an index at its exchange)
    return _members_pp(items, j)


_MEMBER_NOUNS = frozenset({"stocks", "companies", "firms", "shares", "chips", "blue-chips", "issues", "listings", "counters",
                           "equities", "constituents"})


def _members_pp(items: list[Item], j: int) -> int:
    """'The CSI 300 index of the largest firms traded in Shanghai and Shenzhen gained': from the end
    of an index's phrase of members back to the index (unchanged if there is none)."""
    for p in range(j, max(0, j - 14), -1):
        it = items[p]
        if it.kind == "Q" or it.kind == "M" and it.mention.kind not in ("place", "market") and not (
                it.mention.kind == "candidate" and p < j and (
                    items[p + 1].low in _MEMBER_NOUNS or p >= 1 and items[p - 1].word("the", "on", "in")
                    or p + 2 <= j and items[p + 1].word("-") and items[p + 2].low in _MEMBER_NOUNS)):
            break  # (a name before its members' noun is part of the phrase: "all First Section issues", "of
            # so-called H-shares"; so is an exchange's: "the Topix gauge of all shares traded on the TSE first section")
        if it.word("of") and p >= 1 and items[p - 1].kind == "M" \
                and (items[p - 1].mention.entity_id or "").startswith("idx-") \
                and any(x.kind == "W" and x.low in _MEMBER_NOUNS for x in items[p + 1:j + 1]):
            return p - 1
    return j


#: nouns that describe the company named right after them: "the home fitness company Peloton"
DESCRIPTORS = frozenset({"company", "firm", "maker", "giant", "group", "carrier", "lender", "retailer", "operator",
                         "leader", "bellwether",  # "New Zealand market leader Fletcher Building Ltd jumped 6.2 percent"
                         "wing", "arm", "division",  # "Heron's logistics wing Heron Freight gained 1.9 percent"
                         "chipmaker", "automaker", "carmaker", "airline", "bank", "insurer", "developer", "producer",
                         "miner", "manufacturer", "conglomerate", "startup", "start-up", "brand", "platform",
                         "drugmaker", "planemaker", "rival", "peer", "unit", "subsidiary", "parent",
                         "supplier", "exporter", "builder", "brokerage", "broker", "heavyweight", "stock", "shares",
                         "spinoff", "spin-off", "affiliate", "owner", "counterpart", "sister", "steelmaker",
                         "shipbuilder", "refiner", "refinery", "assembler", "brewer", "jeweller", "utility", "telco", "shipper", "airline",
                         "service", "provider", "specialist", "chain", "distributor",
                         # "Natural-gas export monopoly Gazprom", "oil major BP", "chip behemoth SK hynix"
                         "monopoly", "major", "behemoth", "powerhouse", "titan", "explorer", "merchant", "investor",
                         # an index's member: "weighed down by a 5.3 per cent drop in component Kestrel Pharma"
                         "component", "constituent"})


#: a company's kind written after its name besides the descriptors: "GTC homebuilder", "TP telecom"
_TRAILING_KINDS = frozenset({"homebuilder", "housebuilder", "telecom", "telecoms"})
#: words before a kind that are no trade of the company's: "the" (a description of its own), "its", "the other"
_NOT_A_TRADE = _DETERMINERS | {"other", "and", "or", "of", "in"}
#: what a company is, written after its name: "Morrisons supermarket", "Carrefour grocer"
_NAME_TAILS = frozenset({"supermarket", "supermarkets", "grocer", "store", "stores"})


def _after_ranking(items: list[Item], j: int) -> bool:
    """Whether the name at item j follows 'the biggest gainer was' / 'the top losers were', with
    up to three lower-case words describing it between ('was hedge fund manager Man Group')."""
    x = j - 1
    while x >= 1 and j - x <= 3 and items[x].kind == "W" and items[x].text.isalpha() and items[x].text.islower() \
            and items[x].low not in ("was", "were") and items[x].low not in _PREPOSITIONS:
        x -= 1
    return x >= 1 and items[x].low in ("was", "were") and any(y.low in _RANKING or y.low in _RANK_PLACES
                                                              for y in items[max(0, x - 4):x])


#: a place in a ranking before "was": the Business Times' "Coming in second was Keppel Corp, which rose 1.3%"
_RANK_PLACES = frozenset({"second", "third", "fourth", "fifth", "place", "top", "bottom"})  # "At top of the index was X"


def _free_standing(items: list[Item], j: int) -> bool:
    """An unknown name can be a subject only where a clause or list can start."""
    if j == 0:
        return True
    prev = items[j - 1]
    if prev.kind == "Q" and prev.qkind == "TICKER":
        return True
    if prev.kind != "W":
        return prev.kind == "M"
    if prev.low in ("of", "in") and j >= 2 and (items[j - 2].low.split()[-1] in ("shares", "stock", "stocks") or j >= 3
                                               and items[j - 2].low in ("price", "prices")
                                               and items[j - 3].low in ("share", "stock")):
        return True  # ("The share price of Hayleys rose 0.32%", the Daily Mirror's)
    if prev.low in ("'s", "’s") and j >= 2 and items[j - 2].kind == "W" and _country(items[j - 2].text):
        return _free_standing(items, j - 2)  # "Shares of Malaysia's Sapurakencana Petroleum jumped 3.3 percent"
    if prev.low in ("'s", "’s") and j >= 2 and items[j - 2].kind == "M" and items[j].kind == "M" \
            and items[j].mention.extra.get("code_of"):
        return _free_standing(items, j - 2)  # VnExpress's "Hoa Phat's HPG fell 2.3 percent": the owner's code
    if prev.text[:1].islower() and _shares_of_described(items, j):
        return True  # "Shares of state-owned Bank Negara Indonesia were down 2.2 percent"
    if prev.low == "the" and items[j].kind == "M" and items[j].mention.extra.get("index"):
        return _free_standing(items, j - 1)  # ", the BSE midcap gauge declined": an index's name takes 'the'
    if _after_ranking(items, j) or _named_by_copula(items, j):
        return True  # "The biggest gainer was Jardine Matheson, rising 2.25%"
    if j >= 3 and words_at(items, j - 3, ("spin", "-", "off")):
        return True  # "while its spin-off South32 jumped 4 per cent"
    if prev.low == "which" and j >= 3 and items[j - 2].word("in", "of", "among") and items[j - 3].word(",") \
            and j >= 4 and items[j - 4].qkind == "PERCENT":
        return True  # "The Nifty IT index slipped 2.1%, in which Mphasis was down 4.2%": a clause of its own
    if prev.low in WEEKDAYS and j >= 2 and items[j - 2].word("on") and (
            j == 2 or items[j - 3].word(",", "and", "but")
            or items[0].word("by", "at", "in", "late", "early") and all(it.kind == "W" for it in items[:j - 2])):
        return True  # "On Friday Kestrel rose 2%", "By the close on Friday Kestrel was up 19%": a day opens the clause
    if prev.low in EXCEPT_WORDS or prev.low == "of" and j >= 2 and items[j - 2].word("exception"):
        return True  # "except the Kestrel Insurance Index, which added 0.3 per cent" (find_moves drops an excepted
        # name that has no clause of its own)
    return prev.low in _FREE_BEFORE or prev.low in DESCRIPTORS or _described_at_clause_start(items, j)


def _country(word: str) -> bool:
    """Whether a word is a country or a market's place in the reference data ("Malaysia", "Brazil")."""
    return reference().place_forms.get(word, (None, None))[1] == "place"


def _shares_of_described(items: list[Item], j: int) -> bool:
    """'Shares of state-owned X', 'shares in online retailer X': the name after 'shares of' and a description."""
    x = description_end(items, j - 1, -1, 4, _OF_IN)
    return 1 <= x < j - 1 and items[x].word("of", "in") and items[x - 1].low in ("shares", "stock", "stocks")


_OF_IN = frozenset({"of", "in"})


def _description_word(items: list[Item], x: int, j: int) -> bool:
    """Whether item x can be a word of the description that opens a clause before the name at item j."""
    it = items[x]
    return (it.kind == "W" and "-" in it.text and it.text.rsplit("-", 1)[1] in PLACED_PARTICIPLES
            # the Los Angeles Business Journal's "L.A.-based file-sharing pioneer Napster Inc.": one token
            or it.kind == "W" and it.text.isalpha() and (it.text.islower() or x == 0 and it.text.istitle())
            and it.low not in _PREPOSITIONS and it.low not in _FREE_BEFORE and not predicate_at(items, x)
            or it.kind == "M" and it.mention.kind in ("market", "sector") and " " not in it.text
            or x == 0 and it.kind == "M" and it.mention.kind == "candidate" and " " not in it.text
            and items[1].kind == "W" and items[1].text.islower()
            # Yonhap's "No. 1 oil refinery SK Innovation dived 11.03 percent": a rank opening the description
            or x >= 1 and it.text.isdigit() and items[x - 1].low in ("no.", "no")
            or it.low in ("no.", "no") and x + 1 < j and items[x + 1].text.isdigit()
            or _placed_compound(items, x, j))


def _placed_compound(items: list[Item], x: int, j: int) -> bool:
    """Whether item x is a capitalised word or a name of a place or market before "-listed", "-based" in the words
    that describe the name at item j: "Hong Kong-listed", "The ChiNext-listed" (the tokenizer splits them)."""
    it = items[x]
    if not (it.kind == "M" or it.kind == "W" and it.text[:1].isupper() and it.text.isalpha()):
        return False
    y = x + 1
    while y < j and y < x + 3 and items[y].kind == "W" and items[y].text[:1].isupper() and items[y].text.isalpha():
        y += 1
    return y + 1 < j and items[y].word("-") and items[y + 1].low in PLACED_PARTICIPLES


def _described_at_clause_start(items: list[Item], j: int) -> bool:
    """'At home, market leader Fisher & Paykel', 'and dairy exporter a2 Milk': up to three plain
    lower-case words (or a market or sector word) that open a clause before the name describe it."""
    x, limit = j - 1, 4
    while x >= 0 and j - x <= limit:
        if joined_hyphen(items, x):
            limit += 2  # ("file-sharing pioneer": a compound is one word of the three)
        elif not _description_word(items, x, j):
            break
        x -= 1  # ("Price comparison service Moneysupermarket.com fell", "Builders merchant Grafton fell": the
        # sentence's first word capitalised)
    return x < j - 1 and (x < 0 or items[x].word(",", ";", "and", "while", "but", "elsewhere", "meanwhile"))


def _renamed(items: list[Item], first: int) -> bool:
    """Whether the bracketed name at item ``first`` renames the noun phrase before its comma:
    "Japan's main measure of stock prices, the Nikkei index, lost", "China's biggest bank, ICBC, fell"."""
    c = first - 1
    if c >= 0 and items[c].word("the", "a", "an"):
        return c >= 2 and items[c - 1].word(",") and (
            items[c - 2].kind == "W" and items[c - 2].low not in _FREE_BEFORE
            or items[c - 2].kind == "M" and items[c - 2].mention.kind == "market")
    return c >= 1 and items[c].word(",") and (
        items[c - 1].kind == "W" and items[c - 1].low in DESCRIPTORS | {"index", "exchange", "benchmark", "gauge"}
        # Türkiye Today's "Türkiye's benchmark stock index, BIST 100, ended Friday down 0.92%"
        or items[c - 1].kind == "M" and items[c - 1].mention.kind == "market"
        and items[c - 1].text.split()[-1].lower() in ("index", "benchmark", "gauge"))


_PRONOUNS = frozenset({"it", "it's"})
#: nouns that describe a company named before ("the lender", "the carmaker"); sector words count too
_DESCRIPTION_NOUNS = frozenset({"company", "firm", "group", "stock", "lender", "bank", "carmaker", "automaker",
                                "chipmaker", "insurer", "airline", "retailer", "miner", "developer", "drugmaker",
                                "brewer", "operator", "conglomerate", "giant", "maker", "manufacturer", "e-tailer",
                                "planemaker", "utility", "broker", "brokerage", "exchange", "platform", "startup",
                                "telco", "carrier", "refiner", "steelmaker", "homebuilder"})
# "the counter": Singapore's and Malaysia's word; "the scrip": India's; "the ticker": Vietnam's
_STOCK_NOUNS = frozenset({"shares", "stock", "counter", "price", "scrip", "ticker"})
_POSSESSIVE_SHARES = re.compile(r"^(?:(?P<mod>[\w-]+) )?(?P<noun>\w[\w-]*)(?:'s|’s) (?:stocks?|shares)$")
_DESCRIBED_SHARES = re.compile(r"(?:^|\s)(\w[\w-]*)(?:'s|’s) (?:stocks?|shares)$")
#: words that describe another company than the one named before: "the rival retailer's stock", "its peer"
OTHER_COMPANY_WORDS = frozenset({"rival", "rivals", "peer", "peers", "competitor", "competitors", "counterpart",
                                 "sister", "partner", "other"})
ANOTHER_COMPANY = re.compile(rf"(?i)\b(?:{'|'.join(sorted(OTHER_COMPANY_WORDS))})\b")


def _described_owners(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """Moves whose subject is the shares of a described company ("sending the Japanese electronics company's
    shares up 5%") told of the company the sentence is about: its first name before the move that is no
    broker, no name after "by" or "from", no bidder before "'s" and no dateline in capitals ("Tokyo Electron
    was downgraded by Morgan Stanley, sending the chip equipment maker's shares down"; "Anglo American rejected
    BHP's bid, sending the miner's shares down"); with no name before it, the stock of the company the sentence
    before is about. None
    where no name before it fits, or where another name moved before it in the sentence ("Taiyo Yuden dropped
    2.7 percent after the U.S. tech giant's shares declined")."""
    out: list[RawMove] = []
    for m in moves:
        if _described_company_shares(m.subject):
            if any(o.verb_start < m.verb_start and not _described_company_shares(o.subject) for o in moves):
                continue
            owner = next((items[x].mention for x in range(m.verb_start) if items[x].kind == "M"
                          and items[x].mention.kind in ("ref", "candidate") and items[x].end_char <= m.subject.start_char
                          and not items[x].mention.extra.get("person")
                          and not (items[x].mention.kind == "candidate" and items[x].text.isupper() and " " in items[x].text)
                          and not (items[x].mention.entity_id or "").startswith("inv-")
                          and not (x >= 1 and items[x - 1].word("by", "from"))
                          and not (x + 1 < len(items) and items[x + 1].low in _POSSESSIVES)), None)
            s = m.subject
            if owner is None and any(items[x].kind == "M" and items[x].end_char <= s.start_char for x in range(m.verb_start)):
                continue  # (names before it, none of them the company)
            if owner is None and ANOTHER_COMPANY.search(s.text):
                continue  # "The rival retailer's stock fell": not the company named before
            if owner is None:  # none named in the sentence: the extractor looks in the one before
                owner = Mention(s.start, s.end, "description", "stock", s.start_char, s.end_char,
                                extra={"stock_of_named": True})
            if any(o.subject.start == owner.start for o in out):
                continue
            m = replace(m, subject=owner)
        out.append(m)
    return out




def _described_company_shares(mention: Mention) -> bool:
    """Whether a sector phrase is the shares of a company it describes: "the Japanese electronics and
    entertainment company's shares", "the conglomerate's shares" (the company named before)."""
    m = _DESCRIBED_SHARES.search(mention.text.lower()) if mention.kind == "sector" else None
    return m is not None and m.group(1) in _DESCRIPTION_NOUNS


def _movers_heading(items: list[Item], t: int) -> Mention | None:
    """The name that heads a movers list's item before its dash, when the description at item t (its "the") is the
    item's subject: CNBC's "Johnson & Johnson - The pharmaceutical giant climbed 2.6%", "Lamb Weston - Shares of the
    potato processing giant were up about 1%"; None otherwise."""
    d = t - 1
    if d >= 3 and items[d].word("of", "in") and items[d - 1].word("shares", "stock"):
        d -= 2
    if not (d == 1 and items[d].low in ("-", "--", "\u2014", "\u2013") and items[0].kind == "M"
            and items[0].mention.kind in ("ref", "candidate")):
        return None
    return items[0].mention


def _description(items: list[Item], j: int, found: list, first: int) -> Mention | None:
    """A description standing as the subject, resolved by the extractor to a company named
    before that fits: 'The lender slid 3%', 'The bank's stocks rose 29%' (read as a sector
    phrase by the mention tagger; here its noun is what counts)."""
    if len(found) == 1 and found[0][0].kind == "sector" and first >= 1 and items[first - 1].word("the"):
        m = _POSSESSIVE_SHARES.match(found[0][0].text)
        noun = m["noun"].lower() if m else ""
        desc = read_description(["the", m["mod"], noun]) if m and m["mod"] and noun == "major" else None
        if noun in _DESCRIPTION_NOUNS and not (m and m["mod"]) or desc is not None:
            # "The bank's stocks rose 29%"; with a sector word before its noun: India's "The auto major's stock"
            return Mention(found[0][0].start, found[0][0].end, "description", desc.descriptor if desc else noun,
                           found[0][0].start_char, found[0][0].end_char,
                           extra={"country": desc.country} if desc and desc.country else {})
    if found or j < 1 or items[j].kind != "W":
        return None
    t = j - 1  # "the lender", "the Dutch lender", "the German luxury carmaker"
    while t > 0 and j - t <= 5 and items[t].kind == "W" and not items[t].word("the"):
        t -= 1
    desc = read_description([it.text for it in items[t: j + 1]]) if items[t].word("the") else None
    opens = t == 0 or items[t - 1].word(",", ";", "and", "but", "while")
    if not opens and t >= 2 and items[t - 1].word("of", "in") and items[t - 2].word("shares", "stock") \
            and (t == 2 or items[t - 3].word(",", ";", "and", "but", "while")):
        opens = True  # "Shares of the automaker fell 3%", "shares in the lender slid"
    if desc is not None:
        heading = _movers_heading(items, t)
        if heading is not None:
            return heading  # CNBC's "Johnson & Johnson - The pharmaceutical giant climbed 2.6%"
    if desc is None or not opens:
        return None
    if t == j - 1 and items[j].low not in _DESCRIPTION_NOUNS:
        return None  # "the firms", "the market": a bare noun must be one of the description nouns
    named = t - 2 if t >= 2 and items[t - 1].word(",") else -1
    if named >= 1 and items[named].qkind == "TICKER":
        named -= 1  # "National Commercial Bank 1180.SE, the country's largest lender, advancing 1.8%"
    if named >= 0 and items[named].kind == "M" and items[named].mention.kind in ("ref", "candidate"):
        return items[named].mention  # the description renames the name before its comma
    return Mention(items[j].start, items[j].end, "description", desc.descriptor if t < j - 1 else items[j].low,
                   items[j].start_char, items[j].end_char, extra={"country": desc.country} if desc.country else {})


#: sentence adverbs before a comma that leave the clause's subject after them: "However, the stock fell"
_OPENING_ADVERBS = frozenset({"however", "meanwhile", "still", "overall", "separately", "instead", "nonetheless",
                              "nevertheless", "later", "eventually", "ultimately", "similarly", "likewise", "yet"})


#: a sentence's opening words of time before its subject: "Today the shares rose", "On Monday the stock fell"
_OPENING_TIMES = WEEKDAYS | {"today", "yesterday", "meanwhile", "later", "then", "now", "earlier", "on", "this",
                             "morning", "afternoon"}


def _opening_time(items: list[Item], j: int) -> bool:
    """Whether the words before item j open the sentence with a time and nothing else (at most two words)."""
    return 1 <= j <= 2 and all(it.kind == "W" and it.low in _OPENING_TIMES for it in items[:j]) \
        and not (j == 1 and items[0].word("on", "this"))  # ("on" alone is no time: "On the other hand")


def _ranked_when(items: list[Item], w: int) -> bool:
    """Whether the "when" at item w follows a ranking's copula ("Kestrel was the worst performer when its stock
    slid"), not a time of its own ("rallied in March when its shares rose 30 percent")."""
    copula = next((x for x in range(w - 2, max(-1, w - 10), -1) if items[x].word("was", "were")
                   and items[x + 1].word("the", "among")), None)
    return copula is not None and copula >= 1 and not items[copula - 1].word("which", "who", "that") \
        and not any(it.word("last", "year", "month") for it in items[copula:w])  # (not "which was the top performer
    # last year when its shares rose 30%": another time's ranking)


def _stock_reference(items: list[Item], j: int, k: int) -> Mention | None:
    """'its shares', 'the stock', 'its Hong Kong-listed stock' opening the clause of the predicate
    at item k: the company named before ("Citi cut Tesla to sell, and its shares fell 4%"). The
    words after item j were skipped as subject filler; one of them must be the shares noun."""
    if j < 0 and (k == 1 or k == 2 and items[1].low in ("were", "are", "have", "had")) and items[0].text == "Shares" \
            and not any(it.kind == "M" for it in items):
        # "Tesla delivered 500,000 cars. Shares closed 3.4% higher.": the company named before (also "Shares were up
        # $3.82, or 6.4%, to $63.50 Thursday")
        return Mention(items[0].start, items[0].end, "description", "stock", items[0].start_char, items[0].end_char,
                       extra={"stock_of_named": True})
    if k >= 3 and items[k - 1].text == "shares" and items[k - 2].word("and", "as", "but") and k - 2 == j \
            and (items[k - 2].low != "and" or items[k - 3].word(",")) \
            and len(named := [x for x in range(k - 2) if _names_a_company(items[x])
                              and not (x + 1 < len(items) and items[x + 1].low in _POSSESSIVES)]) == 1 \
            and (named[0] == 0 or not _market_place_after(items, k + 1)):
        # "Sealed Air also reported a drop in demand, and shares declined 9.5%"; "IFF was the worst performer as
        # shares tumbled 19%"; "Goldman upgraded Nvidia, and shares jumped 4%": the shares of the one company the
        # sentence named (not "Goldman raised its target as shares rose 0.5% in Asia": a broker only; nor "Traders
        # fretted over China Evergrande's debt, and shares fell 2.1 percent in Hong Kong", "Brent fell after Saudi
        # Aramco cut prices, and shares rose 0.6 percent in Riyadh": the market's, unless the company opens it)
        return Mention(items[k - 1].start, items[k - 1].end, "description", "stock", items[k - 1].start_char,
                       items[k - 1].end_char, extra={"stock_of_named": True})
    heading = _movers_heading(items, j) if j == 2 and items[j].word("the") else None
    if heading is not None and all(it.kind == "W" for it in items[j + 1:k]) \
            and any(it.low in _STOCK_NOUNS for it in items[j + 1:k]):
        return heading  # CNBC's "Clean Energy Fuels — The stock was 3.6% higher": the name heading the item
    if j < 0 or not items[j].word("its", "the") or not (j == 0 or items[j - 1].word(",", ";", "and", "but", "while")
                                                          or items[j].low == "its"
                                                          and (items[j - 1].word("as", "after", "meant", "means")
                                                               or items[j - 1].word("when")
                                                               and _ranked_when(items, j - 1))
                                                          or _opening_time(items, j)):
        return None  # ("was the session's best performer as its share price soared 8.46 percent": Arab News)
    head = None
    for x in range(j + 1, k):
        it = items[x]
        if it.kind != "W" or it.low == "of":
            return None  # (not "The share of exports fell": a proportion)
        if it.low in _STOCK_NOUNS or it.low == "share" and x + 1 == k:
            head = it  # (TT's "Intrum was the day's winner ... The share rose over 23.4 per cent")
    if head is None:
        return None
    return Mention(items[j].start, head.end, "description", "stock", items[j].start_char, head.end_char,
                   extra={"stock_of_named": True})


def news_source(mention: Mention) -> bool:
    """Whether the mention names a news agency a wrap quotes as its source ("Analysts polled by Reuters")."""
    return mention.text.lower() in NEWS_SOURCES


def _market_place_after(items: list[Item], x: int) -> bool:
    """Whether a market or place phrase follows within a few items of x ("fell 1.2% in Taipei", "across Asia")."""
    return any(items[y].word("across") or items[y].word("on", "in") and y + 1 < len(items) and items[y + 1].kind == "M"
               and items[y + 1].mention.kind in ("market", "place") for y in range(x, min(x + 4, len(items))))


def _could_own_stock(mention: Mention) -> bool:
    """Whether a name could be the company whose shares "its stock" or "shares" stand for: not a person, a news agency,
    an index, a commodity or a currency."""
    return not mention.extra.get("person") and not news_source(mention) \
        and not (mention.entity_id or "").startswith(("idx-", "cmd-", "fx-"))


def _names_a_company(item: Item) -> bool:
    """Whether the item names a company by a name the reference data list as a company, or by an unknown one (not an
    investor or broker, nor what ``_could_own_stock`` rules out)."""
    return item.kind == "M" and item.mention.kind in ("ref", "candidate") and _could_own_stock(item.mention) \
        and not (item.mention.entity_id or "").startswith("inv-")


def _bare_market(mention: Mention) -> bool:
    """A market word that names no market ("the only major index"): no region, no places."""
    return mention.kind == "market" and mention.region is None and not mention.extra.get("places")


def _figure_after(items: list[Item], k: int) -> bool:
    """Whether a percent or points figure follows the verb at k within its clause."""
    for it in items[k + 1:k + 8]:
        if it.qkind == "PERCENT" or it.word("points", "pts"):
            return True
        if it.word(";", "as", "after", "on", "amid", "while"):
            return False
    return False


def _quote_ends(items: list[Item], x: int) -> bool:
    """Whether the quote's price ends at item x: the sentence's end, or the volume after "on" (not "to $1.02 a share",
    earnings per share; not "to $1.24 a litre", a price of goods)."""
    return x >= len(items) or items[x].word(".", "on")


def _of_history(items: list[Item], k: int) -> bool:
    """Whether a year, "in a single session" or "in a day" follows the predicate at k: "was last down 10 percent in a
    single session during the 2008 crisis" tells when it last happened, no latest quote (not "the largest single-day
    rise", "in a day of heavy trading")."""
    return any(_YEAR.fullmatch(it.text) or words_at(items, x, ("in", "a", "single"))
               or words_at(items, x, ("in", "a", "day")) and not words_at(items, x + 3, ("of",))
               for x, it in enumerate(items[k + 1:], k + 1))


def _headless_quote(items: list[Item], k: int) -> list[tuple[Mention, float | None, bool]]:
    """The Canadian Press' list of the day's most active stocks, a paragraph to each: "Kestrel Energy Corp. (TSX:KES).
    Energy. Down 14 cents, or 2.3 per cent, to $5.96 on 6.1 million shares.": a sentence that opens with the side and
    its figure, names nothing and ends at the price, is the move of the company the paragraph named (resolved as a
    pronoun is; not a headline's "Down almost 15 percent since January")."""
    if k == 0 and items[0].text in ("Up", "Down") and not mention_indices(items) \
            and any(items[x].qkind == "MONEY" and items[x - 1].word("to") and _quote_ends(items, x + 1)
                    for x in range(2, min(len(items), 10))):
        return [(_pronoun(items[0]), None, False)]
    return []


def _fronted_noun_move(items: list[Item]) -> list[RawMove]:
    """A move noun's figure fronted before its clause: "With an increase of 1.3%, the Bovespa closed at 118,402
    points", "With a gain of 0.8%, it ended at 4,010" (the subject right after the comma, a close verb after it)."""
    if len(items) < 8 or not items[0].word("with"):
        return []
    if items[1].word("a", "an") and items[2].qkind == "PERCENT" and items[3].kind == "W" \
            and items[3].low in _MOVE_NOUN_SIDE and items[4].word(","):
        f, n, comma = 2, 3, 4  # "With a 1.3% increase, the Bovespa closed at 118,402"
        side = _MOVE_NOUN_SIDE[items[3].low] == "up"
    else:
        n = 1 + items[1].word("a", "an")  # (a plural with none: "With losses of 1.2%, the DAX finished at")
        n += _noun_adjective(items[n])
        low = items[n].low if items[n].kind == "W" else ""
        side = _MOVE_NOUN_SIDE[low] == "up" if low in _PLURAL_MOVE_NOUNS else _noun_side(items, n) if n > 1 else None
        if side is None or not items[n + 1].word("of"):
            return []
        f = n + 2 + _hedge_at(items, n + 2)
        comma = f + 1
    if not (comma + 1 < len(items) and items[f].qkind == "PERCENT" and items[comma].word(",")):
        return []
    s = comma + 1 + items[comma + 1].word("the")
    if s + 2 >= len(items) or items[s + 1].low not in _CLOSE_VERBS:
        return []
    after = items[s + 2]
    if not (after.word("at", "higher", "lower", "up", "down", "flat", "on", ".", ",") or after.low in _WEEKDAY_WORDS
            or after.word("the") and s + 3 < len(items) and items[s + 3].word("day", "session", "week")):
        return []  # (not "With gains of 2%, Kestrel closed the deal": a deal, no session)
    if items[s].kind == "M" and items[s].mention.kind in _SUBJECT_KINDS:
        subject = items[s].mention
    elif items[s].word("it") and s == comma + 1:
        subject = _pronoun(items[s])
    else:
        return []
    close = _level(items[s + 3]) if s + 3 < len(items) and items[s + 2].word("at") else None
    value = abs(items[f].qty.value) * (1 if side else -1)
    return [RawMove(subject, "up" if side else "down", value, items[f].qty.approx or f > n + 2, close, None, s + 1,
                    s + 4 if close is not None else s + 2, items[f].start_char)]


def _pronoun(item: Item) -> Mention:
    """A pronoun subject; the extractor resolves it to the entity that moved just before."""
    return Mention(item.start, item.end, "pronoun", item.text, item.start_char, item.end_char)


def _with_direction(items: list[Item], k: int) -> bool:
    """'..., with miners down on lingering concerns about metals demand': a bare direction word after a
    'with' and its subject is a move with no figure when its cause follows."""
    return items[k].low in _BARE_DIRECTIONS and k >= 2 and items[k - 1].kind == "M" and items[k - 2].word("with") \
        and k + 1 < len(items) and items[k + 1].low in _CAUSE_OPENERS


_BARE_DIRECTIONS = frozenset({"down", "up", "higher", "lower"})
_CAUSE_OPENERS = frozenset({"on", "as", "after", "amid", "following", "due", "thanks", "over", "because"})
_COMMA_CUES = frozenset({"tracking", "following", "after", "amid", "as", "led", "weighed", "dragged", "boosted", "lifted",
                         "helped", "buoyed", "hit", "pressured", "spooked", "rattled", "driven", "fuelled", "fueled"})


def _skip_share_class(items: list[Item], j: int) -> int:
    """'Vale ON (SA:) fell', 'Itau Unibanco (SA:) PN rose': back past the class and the bracketed code to the name;
    Bloomberg's 'Pandora (PNDORA) A/S tumbled': past the corporate tail printed after the code."""
    if j >= 2 and items[j].kind == "M" and items[j].text in CORPORATE_TAIL_TOKENS and items[j - 1].qkind == "TICKER" \
            and items[j - 1].text.startswith("(") and items[j - 2].kind == "M":
        name = items[j - 2].mention  # its name with the tail is a surface form of it: "Pandora A/S"
        name.extra.setdefault("surface", f"{name.text} {items[j].text}")
        return j - 2
    if j >= 1 and items[j].kind == "W" and items[j].low in _SHARE_CLASSES and j + 1 < len(items) \
            and items[j + 1].word("shares", "stock") and items[j - 1].kind == "M" and names_company(items[j - 1].mention):
        name = items[j - 1].mention  # "Rostelecom preferred shares closed up 5 percent": the company's, so named too
        name.extra.setdefault("surface", f"{name.text} {items[j].text} {items[j + 1].text}")
        return j - 1
    k = j
    for _ in range(2):
        if k >= 1 and items[k].kind == "W" and items[k].text in SHARE_CLASS_WORDS:
            k -= 1
        elif k >= 1 and items[k].qkind == "TICKER" and items[k].text.startswith("(") and not items[k].qty.code:
            k -= 1
    return k if k < j and k >= 0 and items[k].kind == "M" else j


#: a class of a company's shares written between its name and "shares"
_SHARE_CLASSES = frozenset({"preferred", "preference", "ordinary", "common", "voting", "non-voting"})


def _code_after_name(items: list[Item], j: int) -> bool:
    """'the materials group .GSPTTMT': a Reuters index code printed bare after the name it codes."""
    return j >= 1 and items[j].kind == "W" and _INDEX_CODE.fullmatch(items[j].text) is not None \
        and items[j - 1].kind == "M"


_INDEX_CODE = re.compile(r"\.[A-Z][A-Z0-9]{1,14}(?:\.[A-Z]{1,2})?")  # (Reuters Tokyo's sector codes: ".IBNKS.T")


_BARE_INDEX_WORDS = frozenset({"index", "gauge", "benchmark", "measure", "barometer"})
#: the words after an index's epithet ("main", "key") that the walk to a subject passes with it
_PREFIXED_INDEX_WORDS = frozenset({"index", "gauge", "benchmark", "indices", "indexes", "stock", "share", "equity"})


def _index_of_description(items: list[Item], k: int) -> Mention | None:
    """The named index a description with 'of' follows, right before the predicate at k: "The Tokyo Stock
    Exchange Mothers Index of smaller stocks declined 5 percent", "The CSI300 of the leading Shanghai and Shenzhen
    A-share listings finished up 2 percent", "The Austrian Traded Index (ATX) of 20 leading Vienna stocks, slipped",
    Bloomberg's "The Belgian BEL 20 Index (BEL20) of the biggest and most liquid Brussels companies declined";
    None when no such description stands there (not "The index of the metal sector fell": no named index)."""
    end = k - 1 if k >= 1 and items[k - 1].word(",") else k
    x = next((x for x in range(end - 2, max(0, end - 12), -1) if items[x].word("of")), None)
    if x is None:  # (most predicates have no "of" before them: the description's words are read only after it)
        return None
    # Jiji's "The Nikkei average of 225 selected issues traded in the Prime Market of the Tokyo bourse fell":
    # the first "of" after the index's name opens the description
    x = next((y for y in range(max(1, end - 20), x) if items[y].word("of") and items[y - 1].kind == "M"
              and _named_index(items[y - 1].mention)), x)
    if any(it.low in _GAUGE_OF_NO_SHARES for it in items[x + 1:end]):
        return None  # "the Kestrel-Lark index of consumer sentiment", "the MSCI index of currencies"
    for y in range(x + 1, end - 1):
        it = items[y]
        if it.kind == "M" and _named_index(it.mention) or it.kind == "W" and (
                it.low in (",", ";", ":", "and", "while", "as") and not (
                    it.low == "and" and items[y - 1].kind == "M" and items[y - 1].mention.kind == "place"
                    or it.low == "and" and items[y - 1].low.endswith("est") and items[y + 1].low in ("most", "best"))
                or predicate_at(items, y) is not None and not items[y - 1].word("-")  # ("start-up companies")
                or it.low.endswith("ed") and it.low not in _DESCRIBING_PARTICIPLES):
            return None  # another index, or a clause of its own, stands between
    y = x - 4 if x >= 4 and items[x - 1].word(")") and items[x - 3].word("(") else x - 1  # past "(SMI)"
    y -= 1 if y >= 1 and items[y].qkind == "TICKER" else 0
    return items[y].mention if y >= 0 and items[y].kind == "M" and _named_index(items[y].mention) else None


#: participles that describe an index's stocks, no clause of their own: "225 selected issues listed on the First Section"
_DESCRIBING_PARTICIPLES = frozenset({"selected", "listed", "traded", "weighted", "capitalized", "capitalised", "based"})
#: words of a description that make an index one of no shares: an economic gauge or a currency basket
_GAUGE_OF_NO_SHARES = frozenset({"sentiment", "confidence", "consumer", "consumers", "currencies", "currency", "prices",
                                 "inflation", "manufacturing", "manufacturers", "business", "activity", "economic",
                                 "purchasing", "housing", "employment", "expectations", "volatility", "bonds",
                                 "bond", "commodity", "freight", "shipping"})


def _named_index(mention: Mention) -> bool:
    """Whether a mention names an index by its name (not a bare "the index"; "the All Share Index" is one)."""
    return (mention.entity_id or "").startswith("idx-") or mention.kind == "candidate" and bool(mention.extra.get("index")) \
        or mention.kind == "market" and mention.text.endswith(" Index")


def _ticker_of_name_before(items: list[Item], j: int) -> bool:
    """'Al Rajhi Bank 1120.SE gaining 1%': the bare code is the ticker of the name right before it (Benzinga's
    "Alibaba Group Holding Ltd. BABA BABAF surged": or the second of its codes)."""
    if j >= 2 and items[j].qkind == "TICKER" and items[j - 1].qkind == "TICKER" \
            and not items[j - 1].text.startswith("("):
        j -= 1
    return j >= 1 and items[j].qkind == "TICKER" and items[j - 1].kind == "M" \
        and items[j - 1].mention.ticker == items[j].qty.code


def _ticker_mention(item: Item) -> Mention:
    q = item.qty
    return Mention(item.start, item.end, "candidate", q.code, q.start, q.end, ticker=q.code)


#: a direction word standing as the predicate of the name before its comma: "Toyota, down 0.7%"
_APPOSITIVE_DIRECTIONS = frozenset({"up", "down", "off", "higher", "lower", "ahead"})


#: the counts that open a description of a list before its names: "Two Dow components, A and B, both fell"
_COUNTING_OPENERS = frozenset({"two", "three", "four"})


def _fronted_description(items: list[Item], first: int) -> bool:
    """Whether a description opens the sentence before the name at item ``first`` and its comma ("Another Dow
    component, Exxon Mobil, fell"; "One of the biggest losers, BHP, slid"): an article or "another" or "one"
    first, then no verb and no comma up to the name."""
    comma = first - 1
    while comma >= 3 and first - comma <= 4 and items[comma].kind == "W" and items[comma].text.isalpha() \
            and items[comma].text.islower():
        comma -= 1  # "The market's biggest stock, building materials giant CRH, dropped": the name's own description
    if not (3 <= comma <= 9 and items[comma].word(",") and items[0].kind == "W"
            and (items[0].low in ("another", "one", "the", "a", "an") or items[0].low in _COUNTING_OPENERS)
            and (comma == first - 1 or items[first - 1].low in DESCRIPTORS)):
        return False
    return all(it.kind in ("W", "M") and not it.word(",", ";") for it in items[1:comma]) \
        and not any(predicate_at(items, x) for x in range(comma))


_RESPECTIVELY = frozenset({"respectively"})


#: words of a ranking before its copula: "The best-performing stock on Tuesday was X, rising 3.17 percent"
_RANK_LEADS = RANK_NOUNS | {"best-performing", "worst-performing", "top", "biggest", "best", "worst"}


def _leader_of(items: list[Item], name: int) -> Mention | None:
    """The name that "led", "topped" or "paced" the index or name at item ``name`` ("Alcoa led the Dow, up about 8
    percent": Alcoa); None if no such verb stands before it."""
    led = name - 1 - (name >= 2 and items[name - 1].word("the"))
    leader = led - 1 - (led >= 2 and items[led - 1].qkind == "TICKER")  # ("Antofagasta (ANTO.L) led ...")
    if led >= 1 and items[led].word("led", "topped", "paced") and leader >= 0 and items[leader].kind == "M" \
            and items[leader].mention.kind in ("ref", "candidate") and items[name].kind == "M" \
            and items[name].mention.kind in ("ref", "market"):
        return items[leader].mention
    return None


def _priced_after(items: list[Item], j: int) -> bool:
    """Whether the figure from item j ("down 7.9 per cent to $6.14") ends at a price in a currency, a stock's, not an
    index's bare level."""
    return any(items[x].word("to", "at") and x + 1 < len(items) and (items[x + 1].qkind == "MONEY"
                                                                     or bool(_PENCE.match(items[x + 1].low)))
               for x in range(j, min(j + 6, len(items))))


def _after_listed_sector(items: list[Item], j: int) -> bool:
    """Whether the bare word at item j ends a list whose member before its joint is a sector: "utilities, property and
    infrastructure rose" (the last member a word no sector phrase took)."""
    if not (j >= 2 and items[j].kind == "W" and items[j - 1].word("and")):
        return False
    member = items[j - 2 - (j >= 3 and items[j - 2].word(","))]  # (past the serial comma: "property, and infrastructure")
    return member.kind == "M" and member.mention.kind == "sector"


def _relative_object(items: list[Item], j: int) -> bool:
    """Whether the name at item j ends a relative clause after a preposition (", which vies with Korea,"):
    the clause's object, no member of the list after its comma."""
    for x in range(j - 1, max(0, j - 10), -1):
        if items[x].word(",", ";", ":"):
            return False
        if items[x].word("which", "who", "whose"):  # (not "Investors who had bet on A, B and C fell")
            return items[x - 1].word(",") and any(it.kind == "W" and it.low in _ANY_PREPOSITION for it in items[x + 1:j])
    return False


def _closer_before_venue(items: list[Item], name: int) -> tuple[Mention, float] | None:
    """The company, and its price, that closed at a price on the market or board at item ``name``, which the figure
    after the comma is: a Seoul wrap's "Hanmi Steel closed at 52,300 won on the main bourse, down 1.4 percent" (the
    venue is where the price was set, no mover of its own); else None."""
    if not (name >= 6 and items[name].kind == "M" and not names_company(items[name].mention)
            and items[name - 1].word("the") and items[name - 2].word("on", "in")):
        return None
    level = _level(items[name - 3])
    at = name - 4
    if level is None or not items[at].word("at"):
        return None
    v = at - 1 - (at >= 2 and items[at - 1].word("trading", "trade"))  # "finished trading at 41,250 won"
    x = v - 1 - (v >= 2 and items[v - 1].word("also", "then", "finally", "eventually"))  # "Daebo Chem also closed at"
    x -= x >= 1 and items[x].qkind == "TICKER"
    if x >= 1 and items[x].text in ("ADRs", "ADR", "GDRs", "GDR"):
        x -= 1 + (x >= 2 and items[x - 1].low in ("'s", "\u2019s"))  # "Infosys ADRs closed at $10.42 on the NYSE, up
        # 2.3%", "HDFC Bank's ADRs closed at"
    if v >= 1 and items[v].low in _CLOSE_VERBS and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") \
            and names_company(items[x].mention) and (x == 0 or not items[x - 1].word("of", "in", "on", "at")):
        return items[x].mention, level
    return None


def _mover_before_index_phrase(items: list[Item], name: int, k: int) -> Mention | None:
    """The company whose move verb took it somewhere in the index at item ``name``, which the figure after the comma at
    item k is: "Finch (FNC) jumped to the head of the index, up 4.1%", "Lark Foods fell out of the FTSE 250, down 2% at
    845p" (a stock's price, the verb's side); else None (not "Tern Oil added 2% on the FTSE 100, up 0.4% at 7,215": the
    index's own level; nor "Wren Stores rose in early trade on the FTSE 100, down 0.2%")."""
    if not (name >= 3 and items[name].kind == "M" and not names_company(items[name].mention)):
        return None
    if name >= 7 and words_at(items, name - 5, ("to", "the")) and items[name - 3].low in ("top", "bottom", "head", "foot") \
            and words_at(items, name - 2, ("of", "the")):
        v = name - 6  # "rose to the head of the index"
    elif items[name - 1].word("the") and items[name - 2].word("of", "in", "on") and _priced_after(items, k + 1):
        v = next((x for x in range(name - 3, max(0, name - 6), -1) if items[x].kind == "W"
                  and (items[x].low in UP_VERBS or items[x].low in DOWN_VERBS)), None)  # "fell out of the FTSE 100"
        if v is None or v + 1 < len(items) and items[v + 1].kind == "Q" \
                or (items[v].low in UP_VERBS) != (items[k].low in ("up", "higher")):
            return None  # (the verb told its own figure, or the other side)
    else:
        return None
    x = v - 1 - (v >= 2 and items[v - 1].qkind == "TICKER")
    if x >= 0 and items[v].kind == "W" and (items[v].low in UP_VERBS or items[v].low in DOWN_VERBS) \
            and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") and names_company(items[x].mention):
        return items[x].mention
    return None


def _named_by_copula(items: list[Item], name: int) -> bool:
    """Whether the name at item ``name`` follows "was"/"were" after a subject that names nothing: the Stuff's "the big
    news on the day was Fisher and Paykel Appliances, rising 29.3 per cent" (the name, the participle's subject)."""
    return name >= 2 and items[name - 1].word("was", "were") and items[name].kind == "M" \
        and items[name].mention.kind in ("ref", "candidate") \
        and not any(it.kind == "Q" or it.kind == "M" and not _bare_market(it.mention) and not _venue_of(items, x)
                    for x, it in enumerate(items[:name - 1])) \
        and not _of_a_period(items, name)  # ("One shining stock on the market was South32, which soared 13 per cent")


def _venue_of(items: list[Item], x: int) -> bool:
    """Whether the mention at item x is the exchange or index a phrase names as the place of trade: "Leading the
    rally on ADX was Aldar, which rose 10%", "Leading the gains in Tokyo was Softbank, rising 5.2%" (not a company
    that moved)."""
    m = items[x].mention
    return _after_a_preposition(items, x) and (
        m.kind in ("market", "place") or (m.entity_id or "").startswith(("idx-", "market-")))


def _of_a_period(items: list[Item], name: int) -> bool:
    """Whether the words before item ``name`` name a span longer than the day ("The best-performing stock this year
    was X", "the stock of the month was X")."""
    return any(it.low in _SPAN_NOUNS or words_at(items, x, w) for x, it in enumerate(items[:name])
               for w in _PERIODS_BY_FIRST.get(it.low, ()))


def _ranked_before(items: list[Item], name: int) -> bool:
    """Whether the name at item ``name`` follows a ranking and its copula: "The best-performing stock on
    Tuesday was Wren Refining Co., rising 3.17 percent"."""
    return name >= 2 and items[name - 1].word("was", "were") and any(it.low in _RANK_LEADS for it in items[:name - 1]) \
        and not _of_a_period(items, name)  # (not "The best-performing stock this year was X")


_SPAN_NOUNS = SPANS - {"day", "days", "session", "sessions"} | {"quarter", "decade", "ytd"}


def _subjects(items: list[Item], k: int) -> tuple[list[tuple[Mention, float | None, bool]], Mention | None, float | None]:
    """Mentions that are the subject of the predicate at item k, with their own bracketed
    figures; also the group they were introduced by, and a closing price found on the way."""
    # the name before ", up 6.9%", past its code ("Methanex Corp MX.TO, up 6.9%", Reuters), and the pair
    # before ", both down 2.8 per cent" (Swissinfo's "and Kite Cement and Tern Staffing, both down 2.8 per cent")
    if _stray_comma_subject(items, k):
        return [(items[k - 2].mention, None, False)], None, None
    if k >= 1 and items[k].word("lower", "higher") and k + 1 < len(items) and items[k + 1].word(",") \
            and (leader := _leader_of(items, k - 1)) is not None and _priced_after(items, k + 2) \
            and not ((at := mention_at(items, leader)) is not None and at >= 1 and items[at - 1].word("in", "of")):
        return [(leader, None, False)], None, None  # a New Zealand wrap's "Spark led the index lower, down 3.6 per cent to
        # $4.51": the leader's figure and price, after the index's side (not "down 0.7 per cent at 17,200": the index's
        # level; nor "Selling in Infosys led the Nifty lower": the selling's)
    if k >= 3 and items[k].low.endswith("ing") and items[k].kind == "W" and items[k - 1].kind == "M" \
            and (ranked := _ranked_subject(items, k - 1)) is not None:
        return [(ranked, None, False)], None, None  # "Utilities were the weakest group in the S&P 500 sliding 2.3
        # percent": with no comma too, the ranked name's (the index a place of the ranking)
    if k == 1 and items[0].word("both"):
        # Moscow Times' "... the ruble-traded MICEX lost 0.8 percent. Both slid more than 2 percent on Thursday"
        return [(replace(_pronoun(items[0]), extra={"count": 2}), None, False)], None, None
    if k >= 2 and items[k].low in _BARE_DIRECTIONS and items[k - 1].qkind == "PERCENT" and items[k - 2].kind == "M" \
            and items[k - 2].mention.kind in _SUBJECT_KINDS and k >= 3 and items[k - 3].word("with", ",", "and", "while") \
            and not items[k - 2].text.isupper():
        # City A.M.'s "Germany's Dax closed 1.3 per cent lower with France's Cac 1.4 per cent down": the figure first
        return [(items[k - 2].mention, items[k - 1].qty.value, items[k - 1].qty.signed)], None, None
    if k >= 4 and items[k - 1].word("each", "both", "all") and items[k - 2].word("with"):
        # "NAB and ANZ led the way with each falling 0.7 per cent", "At the bottom were A and B, with both
        # shedding 0.8 per cent": the names before "with"
        x = k - 3 - items[k - 3].word(",")
        for y in range(x, max(-1, x - 8), -1):  # (past the object of "led the miners")
            names = _list_before(items, y) if items[y].kind == "M" else []
            if len(names) >= 2 and not any(m.kind == "place" for m in names):  # (not "data from China and India")
                return [(m, None, False) for m in names], None, None
    both = k >= 1 and items[k - 1].word("both", "each")
    comma = k - 2 if both else k - 1
    name = comma - 2 if comma >= 2 and items[comma - 1].qkind == "TICKER" and items[comma - 2].kind == "M" else comma - 1
    f0 = k + 1
    leader = _leader_of(items, name)
    if k + 1 < len(items) and items[k].low in _APPOSITIVE_DIRECTIONS and name >= 1 \
            and (items[name - 1].word(",", "and", "with") or leader is not None) and not has_words(items, _RESPECTIVELY):
        f0 += _hedge_at(items, k + 1)  # a list's last name: "with A, B and C, down around 2% each" (not "sunk to the
        # bottom of the benchmark, down more than 15.5 percent": the name of a phrase, no subject)
    if (items[k].low in _APPOSITIVE_DIRECTIONS or items[k].low.endswith("ing") and items[k].kind == "W"
            and (name == 0 or name >= 1 and items[name - 1].word(",", "and", "with") or _ranked_before(items, name)
                 or _named_by_copula(items, name)
                 or _ranked_subject(items, name) is not None)) \
            and name >= 0 and items[comma].word(",") and items[name].kind == "M" \
            and items[name].mention.kind in _SUBJECT_KINDS \
            and f0 < len(items) and (items[f0].qkind == "PERCENT" or k + 2 < len(items) and items[k + 1].word("by")
                                        and items[k + 2].qkind == "PERCENT"
                                        or _PENCE.match(items[k + 1].low) and items[k].low in ("up", "down", "off")
                                        and items[name].mention.kind in ("ref", "candidate")
                                        or _restated_percent(items, f0) is not None):
        # (My Paper's "was Plover Group, down 0.9 cents or 4.7 per cent to 18.2 cents": the cents restated)
        # (the Guardian's "Wren Services, up 3.5p to 142p on vague talk of a private-equity bid")
        # "Losers included ..., and Toyota, down 0.7%", "..., and North West Co., higher by 2.5 per cent",
        # "with Cenovus Energy, down 4.7%, Vermilion Energy, losing 4.2%" (not "were A and B, down by 6.48
        # percent and 3.59 percent, respectively": one figure for each name of the list)
        figure = f0 if items[f0].qkind == "PERCENT" else _restated_percent(items, f0) or k + 2
        ranked = _ranked_subject(items, name)
        if ranked is not None:
            return [(ranked, None, False)], None, None  # "Kite Retail was the biggest riser on the FTSE 250, up 11%"
        if both and items[k - 1].word("each") and name >= 3 and items[name - 1].word("and") \
                and items[name - 3].word(","):
            return [(m, None, False) for m in _list_before(items, name)], None, None  # "with A, B and C, each down 2%"
        if both and name >= 2 and items[name - 1].word("and") and items[name - 2].kind == "M" \
                and items[name - 2].mention.kind in _SUBJECT_KINDS:
            return [(items[name - 2].mention, None, False), (items[name].mention, None, False)], None, None
        if not both and name >= 2 and items[name - 1].word("and") and figure + 1 < len(items) \
                and items[figure + 1].word("each", "apiece"):
            return [(m, None, False) for m in _list_before(items, name)], None, None  # "with A, B and C, down 2% each"
        if not both and leader is not None:
            return [(leader, None, False)], None, None  # CNBC's "Alcoa led the Dow, up about 8 percent": the leader's
        if not both and (closed := _closer_before_venue(items, name)) is not None:
            return [(closed[0], None, False)], None, closed[1]  # "Kia closed at 88,400 won on the main board, up 2.6%"
        if not both and (mover := _mover_before_index_phrase(items, name, k)) is not None:
            return [(mover, None, False)], None, None  # "Finch jumped to the head of the index, up 4.1% at £18.35"
        if not both and not (name >= 2 and items[name - 1].word("and") and _respectively(items, figure + 1)[0]):
            return [(items[name].mention, None, False)], None, None
    if k >= 5 and items[k].low.endswith("ing") and items[k - 1].word(",") and items[k - 3].word("at") \
            and items[k - 4].low in SETTLE_PARTICIPLES and items[k - 5].kind == "M" \
            and items[k - 5].mention.kind in ("ref", "market", "sector") and items[k - 2].kind == "W" \
            and (level := parse_number(items[k - 2].text)) is not None:
        # Zee Business' "with NIFTY MIDCAP 100 closing at 31,697, declining by 0.83 per cent": the close's name
        return [(items[k - 5].mention, None, False)], None, level
    described = _index_of_description(items, k)
    if described is not None:
        return [(described, None, False)], None, None  # "The Austrian Traded Index of 20 leading Vienna stocks slipped"
    saw = _saw_its(items, k)
    if saw:
        # "Shanghai Pharmaceuticals saw its share price surge 10 percent"
        return [(m, None, False) for m in saw], None, None
    rank = _with_rank(items, k) if items[k].low.endswith("ing") and items[k - 1].word(",") else None
    if rank is not None:
        return [(rank, None, False)], None, None
    those = _of_those_that(items, k)
    if those:
        return [(m, None, False) for m in those], None, None  # "Seoul was one of several bourses that slumped"
    j = _skip_bracketed_aside(items, _past_bracketed_date(items, _skip_session_left(items, k - 1)))
    if j >= 1 and items[j].low in _CLOSING_QUOTES and items[j - 1].word(","):
        j -= 1  # 'whose rating was lowered to "underweight," slipped 0.6%': the comma inside the quote ends the aside
    elif j >= 3 and items[j].low in _QUOTE_MARKS and items[j - 2].low in _QUOTE_MARKS and items[j - 1].kind == "W" \
            and items[j - 1].text.isalpha() and items[j - 1].text.islower():
        j -= 3  # the Irish Times' 'Aer Lingus “only” fell by 1.86 per cent': a word in scare quotes
    if j >= 1 and items[j].kind == "W" and items[j].low in _WEEKDAY_WORDS \
            and (items[j - 1].kind == "M" or items[j - 1].qkind == "TICKER" or items[j - 1].word(",")):
        j -= 1  # China Daily's and Xinhua's "Hong Kong's Hang Seng Index yesterday leaped 2.69 percent"; The
        # National's "Emaar Properties, which had gained 11 per cent ..., yesterday declined 2.9 per cent"; Xinhua's
        # "FTSE 100 Index, British benchmark stock market gauge, Monday increased by 0.47 percent"
    if j >= 1 and items[j].kind == "W" and items[j].low in _NAME_TAILS \
            and items[j].text.islower() and items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "candidate") \
            and names_company(items[j - 1].mention):
        j -= 1  # the BBC's "Shares in Morrisons supermarket fell by 1.74%": the company, then what it is
    elif j >= 1 and items[j].kind == "W" and items[j].text.islower() and (items[j].low in DESCRIPTORS
                                                                        or items[j].low in _TRAILING_KINDS) \
            and items[j].low not in ("stock", "shares"):  # (the stock's words: read as a share class is, below)
        # Puls Biznesu's "Kestrel copper producer dropped 6.8 percent", "Heron homebuilder lost 0.9 percent": the
        # company, then its business in lower case (a word of its trade before the kind, at most)
        y = j - 1 - (j >= 2 and items[j - 1].text.isalpha() and items[j - 1].text.islower()
                     and (items[j - 1].kind == "W" and items[j - 1].low not in _NOT_A_TRADE
                          or items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "sector")))
        # (the trade may be a commodity's or a sector's word: "copper producer", "oil major")
        if y >= 0 and items[y].kind == "M" and items[y].mention.kind in ("ref", "candidate") \
                and names_company(items[y].mention) and (y == 0 or items[y - 1].word(",", "and", "but", "while", ";")) \
                and not items[y].low.startswith("the "):  # (not "The iPhone maker's stock": a description's)
            j = y
    if j >= 1 and items[j].word("was", "were", "is", "are") and items[j - 1].low in _ASIDE_LAST:
        j -= 1  # "The financial sector as a whole was down 0.7 percent"
    aside = next((len(w) for w in _ASIDE_PHRASES if j + 1 >= len(w) and words_at(items, j - len(w) + 1, w)), 0) \
        if j >= 0 and items[j].low in _ASIDE_LAST else 0
    j -= aside  # "IT shares on the other hand declined"
    if j >= 2 and items[j].kind == "M" and items[j].low == "index" and items[j - 1].low == "sub-" \
            and items[j - 2].kind == "M" and items[j - 2].mention.entity_id in _SUB_INDICES:
        j -= 2  # Xinhua's "The Properties sub- index fell" (tokens "sub-", "index")
    after = next((x for x in range(j, max(0, j - 9), -1) if items[x].word("after")), None) \
        if j >= 3 and has_words(items, _AFTER) else None
    if after is not None and after >= 1 and items[after - 1].kind == "M" and items[after + 1].kind == "W" \
            and items[after + 1].low.endswith("ing") and all(it.kind == "W" and it.low not in (",", ";", "and")
                                                             for it in items[after:j + 1]):
        j = after - 1  # Deccan Chronicle's "The NSE Nifty after slipping below the 7,800-level closed at 7,786.10":
        # the subject's course before its close
    course = next((x for x in range(j, max(0, j - 6), -1) if items[x].kind == "W" and items[x].low in _ASIDE_COURSES),
                  None) if j >= 2 else None
    if course is not None and course >= 1 and all(it.kind == "W" and it.text.islower() for it in items[course:j + 1]) \
            and (items[course - 1].kind == "M" or items[course - 1].word("shares", "stock")):
        j = course - 1  # PTI's "Infosys' shares erasing all its early gains ended 3.88 per cent down": the day's course
        # between the subject and its verb
    close = _bracket_close(items, j)
    while j >= 0 and (items[j].kind == "W" and items[j].low in SUBJECT_SKIP
                      or items[j].word("currently", "now") and j >= 1 and items[j - 1].word("is", "are", "has", "have")
                      # ("Shares in JB Hi-Fi are currently trading 2.8% higher"; not "held back by the yen, currently up
                      # 0.4% against the dollar": the yen's)
                      or items[j].word("last") and not _of_history(items, k)
                      and (j >= 1 and items[j - 1].word("was", "were") or items[j + 1].word("traded", "quoted"))
                      # (the wires' latest quote: "The shares were last up 2.1 percent", "was last trading 0.8% lower";
                      # not "were last down 10 percent in a day in 2008": when it last happened)
                      or items[j].word("stocks", "securities") and j >= 1 and items[j - 1].kind == "M"
                      and items[j - 1].mention.kind in ("ref", "candidate") and (names_company(items[j - 1].mention)
                                                                              or _listed_bank(items[j - 1].mention))
                      # (Anadolu's "Raiffeisen Bank International stocks were down 1.41 percent", "ČEZ securities fell")
                      or items[j].word("own") and j >= 1 and items[j - 1].low in _APOSTROPHES  # "Kestrel's own
                      # share price slipped 4.4%"
                      or items[j].word("stocks") and j >= 1 and items[j - 1].low in _APOSTROPHES  # AP's "Sony Corp.’s
                      # stocks sank 5.6%" (not "Ninety-two stocks on the two bourses rose", no name's)
                      or items[j].qkind == "TICKER" and items[j].text.startswith("(") and j >= 1
                      and items[j - 1].kind == "W" and items[j - 1].low in SUBJECT_SKIP
                      or items[j].low in ("'", "\u2019") and j >= 1 and items[j - 1].kind == "M"
                      and items[j - 1].text.endswith("s") and items[j - 1].end_char == items[j].start_char
                      or items[j].kind == "W" and items[j].low in INDEX_PREFIX_WORDS and j + 1 < k
                      and items[j + 1].low in _PREFIXED_INDEX_WORDS):  # "The Toronto Stock Exchange's main index"
        j -= 1  # "the pan-European STOXX 600 benchmark (.STOXX) ended"; City A.M.'s "Barclays' share price also fell"
    e = j - 1 if j >= 1 and items[j].kind == "M" and _bare_market(items[j].mention) \
        and items[j].low in _PREFIXED_INDEX_WORDS else j  # (the bare index of "The Nasdaq tech-heavy index fell")
    if e >= 3 and joined_hyphen(items, e - 1) and f"{items[e - 2].low}-{items[e].low}" in INDEX_PREFIX_WORDS \
            and e + 1 < k and items[e + 1].low in _PREFIXED_INDEX_WORDS and items[e - 3].kind == "M" \
            and (items[e - 3].mention.entity_id or "").startswith("idx-"):
        j = e - 3  # DutchNews' "The AEX blue-chip index closed up 2.56%": an epithet the tokenizer split at its hyphen
    if j >= 1 and items[j].word("bank", "group", "insurer", "lender") and items[j - 1].kind == "M" \
            and items[j - 1].mention.kind in ("ref", "candidate") and items[j].text.islower():
        j -= 1  # Swissinfo's "with Merlin Private bank losing 3.1 per cent": the kind of company after its name
    if j == 1 and items[1].word(",") and items[0].low in _OPENING_ADVERBS and k > 2:
        stock = _stock_reference(items, 2, k)  # "However, the stock fell 1.7 percent"
        if stock is not None:
            return [(stock, None, False)], None, None
    level, jj = _closing_price_before(items, j)
    if level is not None:
        close, j = level, jj
        while j >= 0 and items[j].kind == "W" and items[j].low in SUBJECT_SKIP:
            j -= 1  # "gold is selling at $1,928.60 an ounce, down 0.7%"
    j = _skip_ranking(items, j)
    j = _skip_appositive(items, j, k)
    if j >= 2 and items[j].word("shares", "stock") and items[j - 1].word("whose") and items[j - 2].word(","):
        j -= 1  # "a report it was in talks to buy rival BP, whose shares slid 2.7%"
    elif j >= 1 and items[j].word("whose") and items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "candidate"):
        j -= 1  # the Peninsula's "Among the top gainers were Heron Insurance whose share rose 0.09 percent": no comma
    if j >= 3 and items[j].word("going") and items[j - 1].word("shares") and items[j - 2].word("its", "their"):
        j -= 2  # "with its shares going up by 9.90 percent"
    if j >= 2 and items[j].word("its", "their", "whose") and j + 1 < k and (
            items[j + 1].word("shares") or j + 2 < k and items[j + 1].word("share", "stock")
            and items[j + 2].word("price", "prices")):
        # Arab News' "Middle East Healthcare Co., with its share price surging 8.35 percent" ("with its shares
        # going up by 9.90 percent"), "A as well as B, whose share prices soared by 6.67 percent and 6.28
        # percent, respectively": the names before the comma
        comma = j - 1 if items[j].word("whose") else j - 2 if items[j - 1].word("with") else 0
        if comma >= 1 and items[comma].word(",") and not (items[comma - 1].kind == "M" and _in_phrase(items, comma - 1)):
            j = comma - 1  # (not "Kuwait Finance House led gains in Kuwait, with its shares rising": a place's phrase)
    if _code_after_name(items, j):
        j -= 1  # "the materials group .GSPTTMT was down 0.8%"
    j = _skip_share_class(items, j)
    if j >= 4 and items[j].word(",") and items[j - 1].kind == "M" and items[j - 2].word("or") \
            and items[j - 3].word(",") and items[j - 4].kind == "M":
        j -= 1  # "The Bombay Stock Exchange's Sensitive Index, or Sensex, gained": the name it is known by
    elif j >= 5 and items[j].word(",") and (o := next((x for x in range(j - 2, j - 7, -1) if x >= 2 and items[x].word("or")),
                                                     None)) is not None and items[o - 1].word(",") \
            and items[o - 2].kind == "M" and items[o - 2].mention.kind in ("ref", "market") \
            and not names_company(items[o - 2].mention) and (items[o + 1].word("the") or items[o + 1].kind == "M") \
            and any(it.kind == "M" and (it.mention.kind == "market" or it.mention.entity_id
                                        and it.mention.entity_id == items[o - 2].mention.entity_id)
                    for it in items[o + 1:j]) \
            and not any(it.word(",", ";") for it in items[o + 1:j]):  # (not "Sony, or rather its shareholder Toyota,")
        j = o - 2  # the SCMP's "The Hang Seng Tech Index, or the tech gauge, lost 2.4 per cent"
    one_only = False
    if j >= 3 and items[j].word("which", "whom") and items[j - 1].word("of") and items[j - 2].word("all", "both", "each") \
            and items[j - 3].word(","):
        j -= 4  # "were Dow Inc., Apple, Intel Corp. and Exxon Mobil Corp., all of which fell by more than 6%"
    elif j >= 1 and items[j].word("which", "that", "whose", "who") and items[j - 1].word(","):
        # (FinancialTrading's "Kestrel plc, Finch Foods plc and Lark & Tern plc, who declined by ...
        # respectively": a company's "who", as translations and small outlets write it)
        one_only = _list_goes_on(items, k)  # "gainers were Boeing, Caterpillar, Apple, which jumped 3.3 percent,
        # Starbucks, and Home Depot": the clause is Apple's alone
        j -= 2  # "the top gainer was Sino Biopharm, which rose 6.2%"
        if j >= 1 and items[j].word("shares", "stock") and items[j - 1].kind == "M":
            j -= 1  # Fox Business's "led by Bank of America shares, which zoomed higher by close to 6%"
        elif j >= 1 and items[j].qkind == "TICKER" and items[j].text.startswith("(") and items[j - 1].kind == "M":
            j -= 1  # Investing.com's "was Osprey Energie AG (DE:OSPn), which lost 2.37%": the name before its code
        elif j >= 1 and items[j].word("index", "sector") and items[j - 1].kind == "M" \
                and items[j - 1].mention.kind == "sector":
            j -= 1  # Fin24's "weighed down on the Industrials index, which lost 0.47%": the sector's own index
        if j >= 3 and items[j].word(")") and items[j - 1].kind == "M" and items[j - 2].word("(") \
                and items[j - 3].kind == "M":
            j -= 3  # Business Standard's "Bhel (Bharat Heavy Electricals Ltd), which fell five per cent"
        elif items[j].kind == "W" and (c := _appositive_comma(items, j)) is not None:
            j = c - 1  # "The index was lifted by Kestrel, a steelmaker, which jumped 12 percent"
    elif j >= 1 and items[j].word("which") and items[j - 1].kind == "M" \
            or j >= 3 and items[j].word("that") and items[j - 1].kind == "M" and (
                _cleft_before(items, j - 2) or items[j - 2].word("the") and items[j - 1].mention.kind == "sector"
                or items[j - 2].word("was", "were") and items[j - 1].mention.kind in ("ref", "candidate")
                or _led_by_that(items, j - 2) and items[j - 1].mention.kind in ("ref", "candidate")):
            # (BusinessLine's "The biggest loser was BoB that shed 7.20 per cent"; "led by Infosys that went up 2.1
            # percent and Wipro that rose 1.5 percent")
        j -= 1  # "underperforming the broader banking index which fell 1.1 percent"; a cleft's "It was Tencent that fell";
        # the Philippine Star's "led by the mining sector that picked up 0.86 percent"
    elif j >= 2 and items[j].word("which") and items[j - 1].qkind == "TICKER" and items[j - 1].text.startswith("(") \
            and items[j - 2].kind == "M":
        j -= 2  # Investing.com's "Hochtief AG (DE: HOTG ) which rose 1.62% to 132.10"
    if j >= 3 and items[j].word(","):
        rel = next((x for x in range(j - 1, max(0, j - 14), -1) if items[x].word("which", "who")), None)
        name = None if rel is None else rel - 3 if rel >= 3 and items[rel - 1].word(",") \
            and (_ticker_of_name_before(items, rel - 2) or _code_after_name(items, rel - 2)) \
            or rel >= 3 and items[rel - 1].word("in", "of", "for", "on") and items[rel - 2].word(",") else rel - 1
        # "Reliance Industries which was the major contributor to gains, settled higher"; "ADNOC Distribution
        # ADNOCDIST.AD, which leapt 5.5% in the previous session, retreated 0.9%" (the clause's own move); "the
        # materials group .GSPTTMT, which includes fertilizer companies, was down 0.8%"; "Aer Lingus, in which it
        # holds a stake, gained almost 10 per cent"
        if name is not None and name >= 0 and items[name].kind == "M" and not any(it.word(",", ";") for it in items[rel:j]) \
                and (predicate_at(items, rel + 1) is not None or not any(it.kind == "Q" for it in items[rel:j])):
            j = name
        elif (rel := rel or next((x for x in range(j - 1, max(0, j - 30), -1) if items[x].word("which")
                                  and items[x - 1].word(",")), None)) is not None \
                and rel >= 3 and items[rel - 1].word(",") and items[rel - 2].low in _STOCK_NOUNS \
                and not any(it.word(",", ";") for it in items[rel:j]) \
                and (stock := _stock_reference(items, rel - 3, rel - 1)) is not None:
            # "The stock, which had doubled this year, fell 8.4%" (a clause of any length: "The stock, which had surged
            # for a year on demand for its chips from carmakers, fell by 6.2%")
            return [(stock, None, False)], None, close
    elif j >= 3 and has_words(items, _RELATIVES) and (rel := _bare_relative(items, j)) is not None:
        j = rel  # Business Standard's "Infosys which is scheduled to announce Q4 results on Friday ended down 2.4%"
    if j >= 1 and items[j].qkind == "TICKER" and items[j].text.startswith("(") and (
            items[j - 1].kind == "M" and items[j - 1].mention.kind in ("market", "ref", "candidate")
            or items[j - 1].word("exchange")) and _skip_place_pp(items, j - 1) != j - 1:
        j -= 1  # "The broader Kite 50 of the Tern Stock Exchange (TNX) slipped": the exchange's code, then its phrase
    j = _skip_place_pp(items, j)
    while j >= 0 and items[j].qkind == "TICKER" and items[j].text.startswith("("):
        j -= 1  # (Bloomberg's "Daio Paper Corp. (3880) (3880 JT) plunged": two codes)
    parenthetical = False
    if j >= 0 and items[j].word(","):
        parenthetical, j = True, j - 1  # "Optical names, including A and B, fell"
        while j >= 0 and items[j].kind == "W" and items[j].low in SUBJECT_SKIP:
            j -= 1  # "Japan's main measure of stock prices, the Nikkei index, lost"
        j = _skip_place_pp(items, j)
    found: list[tuple[Mention, float | None, bool]] = []
    bare_at: tuple[int, int] | None = None  # (its place in found, first before it) of the list's first bare sector word
    anded = False  # an 'and' joined the subjects found so far
    opening: int | None = None  # where a phrase opening the sentence ends, read once if a list needs it
    first = j + 1  # the item of the first subject found
    while j >= 0:
        if found and one_only:
            break
        if found and j >= 1 and items[j].word("indices", "indexes") and items[j - 1].kind == "M" \
                and items[j + 1].word(","):
            j -= 1  # BusinessWorld's "Japan's Nikkei 225 and TOPIX indices, Shanghai SE Composite Index, ... rose": the
            # plural head the names before it share
        pct, signed, j2 = _paren_pct_before(items, j)
        bare = _sub_index_word(items[j2]) if j2 >= 2 and items[j2].text[:1].isupper() and items[j2 - 1].word("the") \
            and (items[j2].kind == "W" or items[j2].kind == "M" and items[j2].mention.kind == "candidate") else None
        if bare is not None:
            found.append((bare, pct, signed))  # Xinhua's "..., and the Properties edged up"
            first, j = j2, j2 - 2
            while j >= 2 and items[j].word("and", ",") and items[j - 2].word("the") \
                    and items[j - 1].text[:1].isupper() and (other := _sub_index_word(items[j - 1])) is not None:
                found.append((other, None, False))  # "while the Properties and the Finance dropped 1.94 percent and
                first, j = j - 1, j - 3  # 0.64 percent respectively"
            break
        if j2 >= 0 and items[j2].qkind == "TICKER" and not items[j2].text.startswith("(") \
                and not _ticker_of_name_before(items, j2):
            if j2 >= 2 and items[j2 - 1].word("futures", "future") and items[j2 - 2].kind == "M" \
                    and items[j2 - 2].mention.kind == "ref":
                # "West Texas Intermediate crude futures CLc1 rose 0.8%": the contract's code, not a company's
                found.append((items[j2 - 2].mention, pct, signed))
            else:
                found.append((_ticker_mention(items[j2]), pct, signed))  # "9988.HK fell 1%"
            break
        while j2 >= 0 and items[j2].kind == "Q" and items[j2].qkind == "TICKER":
            j2 -= 1  # (Benzinga's "Alibaba Group Holding Ltd. BABA BABAF surged": two codes)
        if j2 >= 2 and (items[j2].kind == "M" and items[j2].mention.kind == "candidate" or items[j2].kind == "W") \
                and all(w in CORPORATE_TAIL_TOKENS for w in items[j2].text.split()) \
                and items[j2 - 1].qkind == "TICKER" and items[j2 - 1].text.startswith("(") and items[j2 - 2].kind == "M":
            j2 -= 2  # Bloomberg's "Straumann (STMN) Holding AG slid 1.1 percent": the code inside the name
        if j2 >= 1 and items[j2].kind == "M" and items[j2].mention.kind == "market" \
                and items[j2].low.split()[0] in ("shares", "stock") and items[j2 - 1].kind == "M" \
                and names_company(items[j2 - 1].mention):
            j2 -= 1  # "BYD shares in Hong Kong rose": the company's shares, where they trade
        elif pct is not None and j2 >= 1 and items[j2].word("shares", "stock") and items[j2 - 1].kind == "M" \
                and names_company(items[j2 - 1].mention):
            j2 -= 1  # Interfax's "Gazprom shares (-2.1%) fell": the figure in brackets after the company's shares
        if (found and all(m.kind == "sector" or (m.entity_id or "").startswith("idx-") for m, _, _ in found)
                or not found and _after_listed_sector(items, j2)) \
                and (listed := _listed_sector_word(items, j2)) is not None:
            # "consumer durables, healthcare, finance and bankex rose": bare sector words inside a list with a name
            # (not "In property, Redefine fell", "the largest lender, First Abu Dhabi Bank")
            bare_at = bare_at or (len(found), first)
            found.append((listed[0], pct, signed))
            first, j = listed[1], listed[1] - 1
            if j >= 0 and items[j].word(",", "and"):
                anded = anded or items[j].low == "and"
                j -= 1 + (j >= 1 and items[j].word("and") and items[j - 1].word(","))  # (the serial comma's ", and")
                continue
            break
        if j2 < 0 or items[j2].kind != "M" or items[j2].mention.kind not in _SUBJECT_KINDS:
            break
        if found and j2 >= 1 and (items[j2].mention.entity_id or "").startswith("fx-") \
                and (items[j2 - 1].word(")") or items[j2 - 1].kind == "W" and _level(items[j2 - 1]) is not None):
            break  # "was up 2.2 percent at 3,150 ($21.40) yen and Osprey Power was up 4 percent": the price's unit
        if found and _relative_object(items, j2):
            break  # "In autos, which vie with Korea, Yulon Motor and Sanyang fell": the clause's own name
        if j2 >= 1 and items[j2 - 1].low in ("leveraged", "inverse") and not names_company(items[j2].mention):
            break  # "The inverse and two-times leveraged Hang Seng index ... was lower by 0.85 percent": a product
            # (not "Heavily leveraged China Evergrande fell 5 percent")
        if items[j2].mention.kind == "candidate" and not _free_standing(items, j2):
            break  # "the yield on the 30-year Treasury fell": a name inside a phrase is no subject
        if items[j2].mention.kind == "candidate" and j2 + 1 < len(items) and items[j2 + 1].word("prices", "price"):
            break  # "Home prices fell 2%": an unknown name's prices are goods, not a stock
        if j2 >= 2 and items[j2 - 1].word("at", "of", "for", "from", "in") and items[j2 - 2].low in BUSINESS_NOUNS:
            break  # "Sales at Toyota rose 8%": the sales moved, not the stock
        p = j2 - 1
        while p >= 0 and j2 - p <= 3 and items[p].kind == "W" and items[p].text.isalpha() and items[p].text.islower() \
                and not items[p].word("in", "on", "across", "throughout", "around", "among", "amongst", "and", "while",
                                      "but"):
            p -= 1  # "In the French market", "In currency markets": the words before the phrase's head
        if p >= 1 and items[p].kind == "M" and items[p].mention.kind in ("candidate", "ref") \
                and (items[p - 1].word("among", "amongst")
                     or p >= 2 and items[p - 1].word("the") and items[p - 2].word("among", "amongst")):
            # "Among BSE sectoral indices, realty index fell": the exchange's name before the head
            p -= 1 if items[p - 1].word("among", "amongst") else 2
        if found and p >= 0 and items[p].word("in", "on", "across", "throughout", "around", "among", "amongst",
                                              "against", "excluding", "outside", "besides", "beyond") and (
                # ("Against the euro, sterling was down 0.13%"; News Bulletin 247's "Excluding the CAC 40, FDJ fell")
                p == 0 or items[p - 1].word(",", ";", *OPENING_PLACE_ADVERBS)):
            break  # "In Asia, Tokyo's Nikkei rose", "Among regional markets, Korea's KOSPI closed": no list member
        q = governing_preposition(items, j2)
        if found and not anded and items[j2 + 1].word(",") and q is not None and q >= 1 \
                and items[q - 1].kind == "W" and items[q - 1].text.isalpha() and items[q - 1].text.islower() \
                and not items[q - 1].word("and", "or", "but", "while"):
            break  # "The biggest stock by weight on the market, Kestrel Semi, rose", Reuters' "Of the 50 stocks in
            # the Euro STOXX, Finch Bank was the worst performer, falling 3 percent": a phrase before the name
        if items[j2].mention.kind == "place" and not items[j2].mention.extra.get("market_slot") \
                and not (found and items[j2 + 1].word("and", ",") and items[j2 + 2].mention is found[-1][0]
                         and _plural_market_head(found[-1][0])):
            # (but "the Muscat and Bahrain bourses declined 0.9 and 0.3 per cent": the plural head is each place's)
            break  # "bookings to Japan dropped": a place is a market only where a market can stand
        if j2 >= 1 and items[j2].mention.kind == "market" and items[j2 - 1].low.endswith("listed"):
            break  # "An index tracking US-listed Chinese stocks": shares listed abroad are no home market
        if j2 >= 1 and items[j2 - 1].word("a", "an", "another") and items[j2].mention.kind == "market" \
                and items[j2].text.lower() in _BARE_INDEX_WORDS:
            if not found and j2 + 2 < k and items[j2 + 1].word("of") and items[j2 + 2].kind == "M" \
                    and items[j2 + 2].mention.kind == "sector":
                found.append((items[j2 + 2].mention, pct, signed))  # Bloomberg's "A gauge of carmakers fell 7.4%"
                first = j2 + 2
            break  # "An index tracking US-listed Chinese stocks surged 7.6%": a new index, none named before
        if found and j2 >= 2 and items[j2 - 1].word("by") and not items[j2 - 2].word("followed") \
                and j2 + 1 < len(items) and items[j2 + 1].word(","):
            break  # "Led by Heron Semi, the technology sector and the chip sub-index lost": the agent, no subject
        if found and j2 >= 1 and (items[j2 - 1].low in CAUSE_VERB_FIRST or j2 >= 2 and items[j2 - 1].word("the")
                                  and items[j2 - 2].low in CAUSE_VERB_FIRST):
            break  # "Strong earnings lifted Apple, and Microsoft fell 2 percent": the verb's object, no subject
        if found and j2 < (opening := _opening_phrase_end(items) if opening is None else opening):
            break  # "Galvanized by ... listing of China Mobile, Hong Kong's Hang Seng Index leaped": the cause's name
        found.append((items[j2].mention, pct, signed))
        first = j2
        j = j2 - 1
        if j >= 2 and items[j].word("style", "styled", "like", "type") and items[j - 1].word("-") \
                and items[j - 2].kind == "M":
            j -= 3  # Global Times' "the Nasdaq-style ChiNext Index": a name that describes the one after it
        j = _past_country_of(items, j)
        if j >= 1 and items[j].word("parent", "owner") and items[j - 1].kind == "M":
            j -= 2  # "Facebook and Google parent Alphabet fell": the owner's name is no subject of its own
        elif j >= 2 and items[j].word("other") and items[j - 1].word("and") and items[j - 2].kind == "M" \
                and items[j2].mention.kind == "sector" and items[j - 2].mention.kind in ("ref", "candidate") \
                and not (j >= 3 and items[j - 3].low in _PREPOSITIONS):  # (not "suppliers to Toyota and other automakers")
            j -= 1  # Jiji's "Toyota Motor Corp., Honda Motor Co. and other automakers were pulled down": the names too
        elif j >= 2 and items[j].kind == "W" and items[j].low in DESCRIPTORS \
                and (described := _listed_description(items, j)) is not None:
            # "SM Investments and lender BDO, which tumbled by 2.65 percent and 2.52 percent, respectively"; CNBC's
            # "Banco de Sabadell and French food services company Sodexo both shed more than 10%"
            j = described
        # "The KOSPI and the TSEC rose 0.6%"; "the Dow, the Nasdaq and the Russell 2000 all fell" once an 'and'
        # closed the list ("On Wall Street, the Dow fell" is no list)
        if j >= 1 and items[j].word("the") and (items[j - 1].word("and") or anded and items[j - 1].word(",")):
            j -= 1
        if j >= 0 and items[j].word("and", "&") and j - 1 >= 0 and items[j - 1].word(","):
            j, anded = j - 2, True
            if j >= 0 and items[j].kind == "W" and (name := _listed_appositive(items, j)) is not None:
                j = name  # "Kestrel Bank, Spain's third-largest lender, and Harbour Insurance jumped": past the aside
        elif j >= 3 and words_at(items, j - 2, ("as", "well", "as")) and items[j - 3].kind == "M":
            j, anded = j - 3, True  # Arab News' "Alujain Corp. as well as Malath Cooperative Insurance Co., whose ..."
        elif j >= 0 and items[j].word(",", "and", "&", "/"):
            anded = anded or items[j].low in ("and", "&")
            j -= 1
        elif pct is None or _paren_pct_before(items, j)[0] is None:
            break  # (but PTI's "ICICI Bank (5.15 percent) Axis Bank (5.60 percent)": a comma left out between two
            # names with their bracketed figures)
        if j >= 2 and items[j].kind == "M" and items[j].mention.kind == "place" and items[j - 1].word("in"):
            named = _skip_place_pp(items, j)  # "Both the FTSE in London and Frankfurt's DAX indexes are down 0.4%"
            if named != j and items[named].kind == "M" and items[named].mention.kind == "ref":
                j = named  # (not "indexes in London, Frankfurt and Paris": the places are the list)
    if bare_at is not None and not _list_opens_clause(items, first):
        # "Amid losses in banks and metals, the Sensex fell": the words were a phrase's, the list ends before them
        found, first = found[:bare_at[0]], bare_at[1]
    found.reverse()
    if len(found) == 2 and not anded and found[0][0].kind == "market" \
            and (found[0][0].region is None or (found[1][0].entity_id or "").startswith("idx-")) \
            and found[0][0].text.split()[-1].lower() in ("index", "benchmark", "gauge") and items[first + 1].word(","):
        # "The all-embracing index, EGX 100 dropped": one index, renamed; Türkiye Today's "Türkiye's benchmark stock
        # index, BIST 100, ended Friday down 0.92%": a country's index, then its name
        found, first = found[1:], first + 2
    elif len(found) == 2 and not anded and items[first + 1].word(",") and found[0][0].kind == "market" \
            and (of := first - 1 - (first >= 1 and items[first - 1].word("the"))) >= 1 and items[of].word("of") \
            and items[of - 1].low.split()[-1] in ("index", "benchmark", "gauge", "indicator"):
        found, first = found[1:], first + 2  # Observatorial's "The general index of the Helsinki Stock Exchange, OMX
        # Helsinki, fell by 1.0 percent": the exchange's index, then its name
    if parenthetical and len(found) > 1 and found[0][0].kind == "sector" and items[first + 1].word(","):
        found, first = found[1:], first + 2  # "Japan's biggest banks, Mitsubishi UFJ and Mizuho, both dropped"
        return found, items[first - 2].mention, close
    group = None
    such_as = j >= 1 and items[j].word("as") and items[j - 1].word("such")
    if found and j >= 0 and items[j].kind == "W" and (items[j].low in _LIST_INTRO or such_as):
        g = j - 2 if such_as else j - 1
        if g >= 0 and items[g].word(","):
            g -= 1
        if g >= 0 and items[g].kind == "M" and items[g].mention.kind == "sector":
            group = items[g].mention
    elif found and j >= 0 and items[j].kind == "M" and items[j].mention.kind == "sector":
        group = items[j].mention  # "Lidar firms Hesai and Pony.ai soared"
    if parenthetical and group is None and len(found) == 1 and _renamed(items, first):
        return found, None, close
    description = _description(items, j, found, first)
    if description is not None:
        return [(description, None, False)], None, close  # "The bank's stocks rose 29%", "the carmaker fell"
    if not found and j >= 1 and j + 2 < k and items[j].kind == "W" and items[j + 1].word("-") \
            and items[j + 2].low in ("listed", "traded"):
        j -= 1  # Reuters' "Its Canadian-listed stock rose 1.9%": where the stock trades, then the stock
    stock = None if found or parenthetical else _stock_reference(items, j, k)
    if stock is not None:
        return [(stock, None, False)], None, close  # "Its shares jumped 5.1%", "and the stock slipped 0.8%"
    if not found and not parenthetical and j >= 0 and items[j].low in _PRONOUNS and (
            j == 0 or items[j - 1].word(",", ";", "and", "but", "while", "-", "–", "—", ":")
            or items[j - 1].word("as", "before") and _figure_after(items, k)) \
            and not (j >= 4 and items[j - 1].word("and") and items[j - 2].word(",") and _plain_noun_subject(items, j)):
        # "It pared losses to close down 0.3%"; "closed in the green as it went up by 42.11 points, or 0.37
        # percent": the move before, restated with its figures (not '"The week began on a sour note, and it has
        # ended on a sour note"': the clause before's own subject, no name)
        named = _company_before_as(items, j) if j >= 1 and items[j - 1].word("as") else None
        if named is not None:
            return [(named, None, False)], None, close  # Fin24's "Kestrel Media was the main contributor to the
            # bourse's downside as it lost 2.64%": the company the sentence is about
        return [(_pronoun(items[j]), None, False)], None, close
    if parenthetical and group is None and _after_ranking(items, first):
        # "The STI's biggest gainer was Jardine Matheson, rising 2.25%"; "Notable decliners were A and B,
        # down by 6.48 percent and 3.59 percent, respectively"
        return found, None, close
    if parenthetical and group is None and anded and len(found) > 1 and first <= 3 \
            and all(it.kind == "W" and it.text.isalpha() for it in items[:first]):
        # Business Standard's "Index heavyweights Reliance Industries, State Bank of India, and ICICI Bank, fell
        # over two per cent each": the list opens the sentence, a comma closes it before its verb
        return found, None, close
    if parenthetical and group is None and (len(found) == 1 or anded and items[0].low in _COUNTING_OPENERS
                                            and all(m.kind in ("ref", "candidate") for m, _, _ in found)) \
            and _fronted_description(items, first):
        return found, None, close  # "Another Dow component, Exxon Mobil, fell 1%": the name the opening describes
        # (AP's "Two Dow components, Verizon Communications and Johnson & Johnson, both fell": the names)
    if parenthetical and group is None:
        s0 = _descriptor_end(items, k)
        if (items[k].low.endswith("ing") or items[k].low in _APPOSITIVE_DIRECTIONS) and s0 < k and items[s0].kind == "M" \
                and items[s0].mention.kind in _SUBJECT_KINDS \
                and not any(items[x].kind == "M" and not _bare_market(items[x].mention) and not _in_phrase(items, x)
                            for x in range(s0 + 1, k)):
            # "Pop Mart hit a record high, rising 8%", "the FTSE MIB was the only major index up, edging up 0.1%";
            # "The Nikkei tracked losses on Wall Street, falling 1.1%", "Miners fell on weak China data, closing down
            # 6.4 percent": a name inside a prepositional phrase is no subject
            return [(items[s0].mention, None, False)], None, close
        pushed = _knock_on_object(items, k)
        if pushed is not None:
            return [(pushed, None, False)], None, close
        return [], None, None
    return found, group, close


def _knock_on_object(items: list[Item], k: int) -> Mention | None:
    """The name a knock-on verb before the predicate at item k moved, where that predicate tells its figure after a
    comma: "Buying, led by carmakers, pushed the Kospi towards the 2,800 level before closing at 2,771.05, up 0.62
    percent" (no other name between the object and the predicate)."""
    if not (items[k].low.endswith("ing") or items[k].low in _APPOSITIVE_DIRECTIONS):
        return None
    kn = next((x for x in range(k - 1, 0, -1) if items[x].kind == "W" and items[x].low in _KNOCK_ON), None)
    if kn is None or kn + 2 >= k:
        return None
    o = kn + 1 + items[kn + 1].word("the")
    if items[o].kind != "M" or items[o].mention.kind not in _SUBJECT_KINDS \
            or any(items[x].kind == "M" and not _bare_market(items[x].mention) for x in range(o + 1, k)):
        return None
    return items[o].mention


def _plain_noun_subject(items: list[Item], j: int) -> bool:
    """Whether the sentence before item j opens with a span of time as its subject ("The week began ..."), a quote's
    mark before it or not, and names nothing up to j."""
    x = 1 if items[0].low in _QUOTE_MARKS else 0
    return x + 2 < j and items[x].word("the") and items[x + 1].kind == "W" and items[x + 1].low in _TIME_SUBJECTS \
        and not any(it.kind == "M" for it in items[:j])


_TIME_SUBJECTS = SPANS | {"morning", "afternoon", "quarter", "decade"}
#: the participles of an aside between a name and its verb: "HSBC, leading the index, gained 2 percent"
_LEADING_ASIDES = frozenset({"leading", "topping", "heading", "pacing", "driving", "dragging", "lifting", "weighing"})


def _plural_market_head(mention: Mention) -> bool:
    """Whether a market mention ends in a plural market word of places ("Bahrain bourses", "Gulf exchanges")."""
    return mention.kind in ("market", "place") and mention.text.rsplit(None, 1)[-1].lower() in _PLURAL_MARKET_HEADS


#: (not "markets": "demand from China and emerging markets", "exports to China and Asian markets" name no stocks)
_PLURAL_MARKET_HEADS = frozenset({"bourses", "indexes", "indices", "exchanges", "benchmarks"})
_CLOSING_QUOTES = frozenset({'"', "”", "’"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})


_RELATIVES = frozenset({"which", "that"})


_AFTER = frozenset({"after"})


def _list_goes_on(items: list[Item], k: int) -> bool:
    """Whether a list of names goes on after the relative clause whose verb is at item k, with no "and" in it before
    the clause: "Boeing, Caterpillar, Apple, which jumped 3.3 percent, Starbucks, and Home Depot"."""
    end = next((x for x in range(k + 1, min(k + 8, len(items))) if items[x].word(",", ";", ".")), None)
    if end is None or not items[end].word(",") or end + 1 >= len(items):
        return False
    nxt = end + 1 + items[end + 1].word("and")
    rel = k - 1
    return nxt < len(items) and items[nxt].kind == "M" and rel >= 2 and items[rel].word("which", "that") \
        and not any(it.word("and", "&") for it in items[max(0, rel - 10):rel])


def _bare_relative(items: list[Item], j: int) -> int | None:
    """The name before a relative clause that no comma closes and that ends at item j ("Infosys which
    is scheduled to announce results on Friday ended down"): the clause's verb is a form of "be",
    "have" or a past tense, and no comma, figure or other name stands in it; None otherwise."""
    rel = next((x for x in range(j, max(0, j - 12), -1) if items[x].word("which", "that") or items[x].word(",", ";")), None)
    if rel is None or not items[rel].word("which", "that") or rel < 1 or items[rel - 1].kind != "M" \
            or items[rel - 1].mention.kind not in ("ref", "candidate") or rel + 1 > j:
        return None
    clause = items[rel + 1:j + 1]
    if not clause[0].word("is", "was", "has", "had", "have", "are", "were") \
            or any(it.kind != "W" for it in clause) or predicate_at(items, rel + 1) is not None:
        return None
    return rel - 1


def _joining_hyphen(items: list[Item], x: int) -> bool:
    """Whether item x is the hyphen inside a compound ("plywood-maker", "memory-chip maker")."""
    return items[x].text == "-" and 0 < x < len(items) - 1 and items[x - 1].end_char == items[x].start_char \
        and items[x].end_char == items[x + 1].start_char


def _stray_comma_subject(items: list[Item], k: int) -> bool:
    """Whether a company's name opens the clause of the verb at item k with a stray comma between them and the
    verb's figure right after it: Xinhua's "Deutsche Boerse AG, climbed by 2.23 percent", Reuters' "..., and Pakistan
    Oilfields, ended 3.1 percent lower" (no appositive closes there: the name is the clause's first item)."""
    if not (k >= 2 and items[k - 1].word(",") and items[k - 2].kind == "M"
            and items[k - 2].mention.kind in ("ref", "candidate") and names_company(items[k - 2].mention)):
        return False
    described = 3 <= k <= 6 and items[k - 3].low in DESCRIPTORS \
        and all(it.kind == "W" and it.text.replace("-", "").isalpha()
                or it.kind == "M" and it.mention.kind in ("sector", "ref") and not names_company(it.mention)
                for it in items[:k - 3])  # ("Copper producer Kestrel Mining, dropped": a commodity's word)
    if not (k == 2 or described or items[k - 3].word("and") and k >= 5 and items[k - 4].word(",")
            and items[k - 5].kind != "M"):
        return False  # (after ", and" a clause's end, not a list's name: "A, B, and C, fell" is the list's; a
        # description may open the sentence before the name: "Copper producer Kestrel Mining, dropped 2.9 percent")
    return any(it.qkind == "PERCENT" for it in items[k + 1:k + 4])


def _listed_description(items: list[Item], j: int) -> int | None:
    """The 'and' or comma before the words describing a listed name that end at item j (a descriptor:
    "lender", "French food services company"), when a name stands before it; None otherwise."""
    x = j - 1
    while x >= 1 and j - x <= 4 and (_joining_hyphen(items, x)
                                     or items[x].kind == "W" and items[x].text.isalpha()
                                     and items[x].low not in _PREPOSITIONS and items[x].low not in ("and", "or", "the", "while", "as")
                                     and predicate_at(items, x) is None
                                     or items[x].kind == "M" and " " not in items[x].text and x + 1 <= j
                                     and items[x + 1].low in DESCRIPTORS):  # "and Uniqlo operator Fast Retailing"
        x -= 1
    # (a name's code in brackets or bare, Reuters' "Energy firm Oando OANDO.LG and insurer Wapic WAPIC.LG")
    if not (x >= 1 and items[x].word("and", ",") and (items[x - 1].kind == "M" or x >= 2 and items[x - 1].qkind == "TICKER"
                                                      and items[x - 2].kind == "M")):
        return None
    if x == j - 1:
        return x  # one descriptor word: "SM Investments and lender BDO", "Emaar Properties (EMAR.DU) and unit Emaar Malls"
    # more words: the name before is a company's, itself a subject ("Also in the tech sector, AI server maker Hon Hai",
    # "At the far end of the Stoxx 600, Dutch paint maker Lark Coatings", "Game and audio equipment maker Sony": none;
    # "Sberbank, gold producer Polyus and Rostelecom": a list)
    named = items[x - 1].mention if items[x - 1].kind == "M" else items[x - 2].mention
    if named.kind not in ("ref", "candidate") or (named.entity_id or "").startswith(("idx-", "market-")) \
            or x - 1 == 0 and items[x].word("and") and named.kind != "ref" \
            or x >= 3 and items[x - 2].word("the") and items[x - 3].low in _PREPOSITIONS \
            or x >= 2 and items[x - 2].low in _PREPOSITIONS:
        return None
    return x


def _results_growth(items: list[Item], k: int) -> bool:
    """Whether a direction word after a comma at item k restates the growth of results the clause before it
    reports (the Korea Times' "Samsung reported an operating profit of 14.53 trillion won in the third
    quarter, up 179 percent from the previous quarter")."""
    amount = _result_amount(items, 0, k) if items[k].low in _APPOSITIVE_DIRECTIONS and k >= 1 \
        and items[k - 1].word(",") else None
    # the amount's own phrase runs to the comma ("14.53 trillion won in the third quarter, up 179 percent"); a verb
    # or a price after it ("which reported a profit of $12bn, closed at 650p, up 3%") makes the figure the stock's
    return amount is not None and not any(
        predicate_at(items, x) is not None or items[x].kind == "W" and items[x].low in _PRICE_AFTER_RESULT
        for x in range(amount + 1, k - 1))


#: words after a result's amount that go on to the stock's price: "..., closed at 650p, up 3%"
_PRICE_AFTER_RESULT = frozenset({"closed", "ended", "finished", "traded", "trading", "was", "were", "is", "are", "at",
                                 "to", "stood", "shares", "stock"})


#: what is measured on a market that is no price: "Volume on the Topix was 3.8 percent higher"
_MARKET_MEASURES = frozenset({"volume", "volumes", "turnover", "profits", "profit", "earnings", "revenue",
                              "revenues", "sales",  # ("profits for the S&P 500 are on pace to grow nearly 15%")
                              # the Vietnam Financial Times' "Trading on the Hanoi Stock Exchange ... increased
                              # by 87% to 4.615 trillion VND"
                              "trading", "liquidity"})


def _volume_of(items: list[Item], subject: Mention) -> bool:
    """Whether the subject is the market a measure of trading is taken on ("Volume on the Topix")."""
    x = mention_at(items, subject)
    if x is None or x < 2 or not items[x - 1].word("on", "in", "of", "at", "for", "the"):
        return False
    if subject.kind in ("ref", "candidate") and not (subject.entity_id or "").startswith(("idx-", "market-")):
        return False  # ("Heavy volume in Toyota, which fell 3%, dominated trade": the company's own move)
    y = x - 2 if not items[x - 1].word("the") else x - 3 if x >= 3 and items[x - 2].word("on", "in", "of", "at", "for") \
        else -1
    return y >= 0 and items[y].low in _MARKET_MEASURES and not (
        items[y].low in ("trading", "liquidity") and (subject.entity_id or "").startswith("idx-"))
    # (the Telegraph's "Trading on the FTSE 250 Index was down 0.7pc" is the index's move)


def _amount_restated(items: list[Item], start: int, k: int) -> bool:
    """Whether the figure after the comma before item k restates an amount the clause from item start
    reports ("Fyffes, which reported pre-tax profits of €17.3 million for the first six months, up 30.4
    per cent": the profit's growth, not the stock's move)."""
    return _result_amount(items, start, k) is not None


def _result_amount(items: list[Item], start: int, k: int) -> int | None:
    """The index of the last amount before item k (after item start) that a result noun just before it
    owns ("operating profit of 14.53 trillion won"); None if the last amount is no result's."""
    amount = next((x for x in range(k - 1, start, -1) if items[x].qkind == "MONEY"), None)
    owned = amount is not None and any(it.kind == "W" and it.low in BUSINESS_NOUNS
                                       for it in items[max(start, amount - 4):amount])
    return amount if owned else None


#: participles that open a sentence before their agent and do not end in "-ed": "Hit by soaring oil prices, ..."
_PLAIN_PARTICIPLES = frozenset({"hit", "hurt", "led", "driven", "shaken", "stricken", "beaten", "undercut", "spurred"})


def _opening_phrase_end(items: list[Item]) -> int:
    """The comma that ends a participle's or a preposition's phrase opening the sentence ("Buoyed by X,",
    "Following X,", "Amid X,"); 0 if the sentence opens otherwise."""
    by = 2 if len(items) > 3 and items[1].low in AGENT_ADVERBS else 1  # "Slammed hard by X,"
    if len(items) > 2 and (items[0].kind == "W" and (items[0].low.endswith("ed") or items[0].low in _PLAIN_PARTICIPLES)
                           and items[by].word("by")
                           or items[0].word("following", "after", "amid", "despite", "with")):
        return next((x for x, it in enumerate(items) if it.word(",")), 0)
    return 0


def _in_phrase(items: list[Item], x: int) -> bool:
    """Whether the name at item x is inside a prepositional phrase: a preposition right before it or
    before the plain lower-case words that describe it ("on weak China data"; not "to slide, Anglo
    American")."""
    y = x - 1
    while y > x - 3 and y >= 0 and items[y].kind == "W" and items[y].text.isalpha() and items[y].text.islower() \
            and not items[y].word(*_PREPOSITIONS, "among", "across"):
        y -= 1
    return y >= 0 and items[y].word(*_PREPOSITIONS, "among", "across")


def _of_those_that(items: list[Item], k: int) -> list[Mention]:
    """The names before 'was one of several markets that' or 'were among the bourses that' right before the predicate
    at k: "Seoul was one of several bourses that slumped", CNA's "Mumbai, Jakarta, Manila and Bangkok were among the
    bourses that lost more than 2 per cent" (a place stands for its market there)."""
    if not (k >= 5 and items[k - 1].word("that", "which", "to")):
        return []  # (most predicates have no relative pronoun before them)
    j = k - 2
    if not items[j].low.endswith("s"):
        return []
    x = next((x for x in range(j - 1, max(0, j - 5), -1) if items[x].word("of") and items[x - 1].word("one")), None)
    if x is not None and x >= 3 and items[x - 2].word("was", "is", "became", "were") and items[x - 3].kind == "M":
        names = [items[x - 3].mention]
    else:
        x = next((x for x in range(k - 3, max(0, k - 7), -1) if items[x].word("among")), None)
        if x is None or x < 2 or not items[x - 1].word("were", "are") or items[k - 1].word("to"):
            return []
        names = _list_before(items, x - 2)
    return [replace(m, extra={**m.extra, "market_slot": True, "generic_subject": True}) if m.kind == "place" else m
            for m in names if m.kind == "place" or m.kind in _SUBJECT_KINDS]


_SAW_NOUNS = frozenset({"price", "prices", "shares", "share", "stock", "stocks"})


def _saw_its(items: list[Item], k: int) -> list[Mention]:
    """The name before 'saw its share price' / 'saw shares' right before the predicate at k; the names
    of a list before 'saw their stock price' ("Naver and Kakao saw their stock price rise 0.82 percent
    and 4.28 percent, respectively")."""
    j = k - 1
    if j < 0 or items[j].low not in _SAW_NOUNS:
        return []  # (most predicates have none of these before them)
    if items[j].word("price", "prices") and j >= 1 and items[j - 1].word("share", "stock"):
        j -= 2
    elif items[j].word("shares", "stock") or items[j].word("share", "stocks") and j >= 1 \
            and items[j - 1].word("its", "their"):
        j -= 1  # (Shanghai Daily's "Datong Coal Mine Group saw its share drop 10 percent", Brazzil's "Tern SA, saw its
        # stocks declining 9.4%")
    else:
        return []
    their = j >= 0 and items[j].word("their")
    if j >= 0 and items[j].word("its", "their"):
        j -= 1
    # the Taipei Times' "A, B and C saw shares drop by 2.46 percent, 3.97 percent and 1.9 percent respectively": the
    # list's (each with its figure when there are as many)
    their = their or items[j + 1].word("shares")
    if j >= 3 and items[j].word("saw", "sees", "see") and items[j - 1].word("which", "who") and items[j - 2].word(","):
        j -= 2  # City A.M.'s "was Trinity Mirror, which saw shares jump over seven per cent": the sentence's own
        # mover, named after "was" (not "BP, which saw shares jump 5% last week, fell 2% today": an aside)
        if j >= 2 and items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "candidate") \
                and items[j - 2].word("was", "were", "is", "are"):
            return [items[j - 1].mention]
        return []
    if j >= 3 and items[j].word("saw", "sees") and items[j - 1].word("and"):
        # Focus Taiwan's "Kite ... suffered a net sell of 31.65 million shares and saw its stock price diving 4.28
        # percent": the second predicate of the clause's own subject
        v = next((y for y in range(j - 2, max(0, j - 16), -1) if _past_verb_after(items, y)
                  or items[y].word(";", "while", "but", "and")), None)
        if v is not None and _past_verb_after(items, v):
            found = _subjects(items, v)[0]
            if len(found) == 1 and found[0][0].kind in ("ref", "candidate"):
                return [found[0][0]]
    if j >= 1 and items[j].word("saw", "sees", "see"):
        name = _skip_appositive(items, j - 1)  # "Independent News Media, where the squabbling goes on, saw its share price fall"
        if name >= 1 and items[name].qkind == "TICKER":
            name -= 1  # Proactive's "Kestrel (LON:KST) saw its share price sink 7.1%": the name before its code
        if j >= 3 and items[j - 1].word(",") and items[j - 2].kind == "M" and items[j - 3].word(","):
            name = j - 2  # UPI's "Google's parent company, Alphabet, saw shares fall 3.72%": the name set off by commas
        if name >= 0 and items[name].kind == "M" and items[name].mention.kind in ("ref", "candidate"):
            named = _list_before(items, name) if their else []
            if len(named) > 1 and all(m.kind in ("ref", "candidate") for m in named):
                return named
            return [items[name].mention]
    return []


def _descriptor_end(items: list[Item], k: int) -> int:
    """Past the words that open a sentence before its first name ("The", "Top lender the",
    "Banking giant"), up to five and none of them a preposition or a predicate."""
    s0 = 2 if k > 3 and items[0].low in _ASIDE_ADVERBS and items[1].word(",") else 0
    while s0 < min(k, 5) and (items[s0].kind == "W" and items[s0].text[:1].isalpha()
                              and not items[s0].word(*_PREPOSITIONS) and not predicate_at(items, s0)
                              or items[s0].kind == "M" and items[s0].mention.kind == "candidate"
                              and not (s0 >= 1 and items[s0 - 1].low in DESCRIPTORS)  # ("Airline SAS also saw")
                              and not items[s0 + 1].word("was", "were", "is", "are")  # (a name and its copula: the
                              # Manila Standard's "Emperador Inc. was the top index gainer, climbing by 1.02 percent")
                              and (items[s0 + 1].low in DESCRIPTORS or items[s0 + 1].kind == "W"
                                   and items[s0 + 1].text[:1].islower() and s0 + 2 < k and items[s0 + 2].kind == "W")):
        s0 += 1  # "Banking giant HSBC", "Private sector lender IndusInd Bank"
    return s0 if s0 < k and items[s0].kind == "M" else 0


_SETTLE = frozenset({"ended", "closed", "finished", "settled", "wrapped", "was", "were", "traded", "ends", "closes",
                     "finishes", "is", "are", "stood", "end", "close", "finish", "edged", "inched", "crept",
                     "drifted", "moved", "ticked", "trading", "closing", "ending", "finishing", "settle", "settling",
                     # the small moves' base and present forms: "bucked the trend to edge 0.3% higher"
                     "edge", "edges", "inch", "inches", "drift", "drifts", "tick", "ticks", "creep", "creeps",
                     "quoting",  # (Livemint's "the BSE bank index was quoting 1.17% down at 28,025.60")
                     "shut"})  # (City A.M.'s "The UK's top blue-chip index shut 0.64 per cent down", IANS' "shut shop at")
#: the verbs of a superlative's move: "posted its worst close in six weeks", "made its biggest one-day drop"
_SUPERLATIVE_VERBS = frozenset({"posted", "posts", "made", "makes", "recorded", "records", "suffered", "suffers",
                                "notched", "notches", "logged", "logs", "registered", "booked", "clocked"})
#: superlatives and the side they give a day's or a close's noun ("its best close": up; "its biggest day": no side)
_SUPERLATIVE_SIDES = {"biggest": None, "largest": None, "sharpest": None, "steepest": None, "heaviest": None,
                      "best": "up", "strongest": "up", "worst": "down", "weakest": "down"}
#: the words between a superlative and its noun: "one-day", "single-session", "weekly"
_SUPERLATIVE_SPANS = frozenset({"one", "single", "-", "day", "session", "daily", "intraday", "percentage", "points"})
# (not "its biggest weekly gain": a week's, no day's move)
#: the nouns of a session whose superlative gives the side: "its best close", "their worst day"
#: (not "its best year", "its worst month": a business's, or a span's)
_SESSION_SUPERLATIVE_NOUNS = frozenset({"close", "day", "session", "finish"})


#: the words a settled move or a predicate can start with (see _settled_at, predicate_at)
_MOVE_OPENERS = _SETTLE | frozenset(words[0] for words, _ in PHRASE_MOVES) | UP_VERBS | DOWN_VERBS | frozenset(_FIGURE_NEXT) \
    | _SPEED_VERBS | _SUPERLATIVE_VERBS
_TRAILING_DIR = {"higher": "up", "up": "up", "lower": "down", "down": "down", "firmer": "up", "stronger": "up",
                 "weaker": "down", "softer": "down", "better": "up", "worse": "down", "off": "down"}
_KNOCK_ON = {"lifting": "up", "boosting": "up", "pushing": "up", "sending": None, "dragging": "down",
             "pulling": "down", "hitting": "down", "weighing": "down", "lifted": "up", "boosted": "up",
             "pushed": None, "sent": None, "drove": None, "dragged": "down", "pulled": "down", "knocked": "down",
             "driving": None, "sends": None, "drives": None,  # Reuters' "driving the Nifty PSU Bank index 1.1% higher"
             "propel": "up", "propelled": "up", "propelling": "up",  # AP's "helped propel stock indexes 2.5% higher"
             "knocking": "down",  # "Goldman cut Tesco, knocking it down 1.9 per cent"
             "led": None,  # CNN's "Retailers like Finch and Wren led the S&P 500 0.9% lower" (its side after it)
             "left": None, "leaving": None,  # "Debt worries left the Footsie 0.2 percent lower" (likewise)
             "leading": None,  # Bloomberg's "lost more than 3 percent, leading the S&P 500 to a 0.9 percent drop"
             # the Evening Standard's "A flight from UK assets weakened the shares of Marks & Spencer ... by 3%"
             "weakened": "down", "weakening": "down", "dented": "down", "denting": "down",
             # The Local's "the lender posted weaker profits than expected, causing its shares to slide 4.3 percent"
             "causing": None, "caused": None, "prompting": None,
             # Handelsblatt's English "A note by Kestrel helped the shares of Lark Bio to climb by nearly 7 percent",
             # "helped the Nikkei to a 1.2 percent gain" (a side only from the verb or noun after it)
             "helped": None, "helping": None,
             # Xinhua's "upbeat trade data gave the Shenzhen Component Index a lift of 0.67 per cent" (a side only
             # from the noun after the object)
             "gave": None, "gives": None, "giving": None,
             # the bare verb after "helped" or "to": Reuters' "The declines helped pull down Mexico's benchmark IPC
             # index by 0.54 percent", "helped lift the Nikkei 1%"
             "pull": "down", "push": None, "drag": "down", "lift": "up", "boost": "up", "send": None, "drive": None}
#: the base forms of change verbs the verb lists leave out (as nouns they are read elsewhere): "to increase by 5.7%"
_BARE_CHANGE_VERBS = {"increase": "up", "decrease": "down"}
#: what a giving verb gives its object: "gave the index a lift of 0.84 per cent", "a knock of 2%"
_GIVEN_SIDES = {"lift": "up", "boost": "up", "fillip": "up", "increase": "up", "rise": "up", "knock": "down",
                "blow": "down", "hit": "down", "drop": "down", "fall": "down"}
_BARE_KNOCK_ON = frozenset({"pull", "push", "drag", "lift", "boost", "send", "drive", "propel"})
_HELPED = frozenset({"helped", "help", "helps", "helping"})
#: the verbs whose subject moves their object: "lifting PetroChina by 3.5%", "led the S&P 500 0.9% lower"
KNOCK_ON_WORDS = frozenset(_KNOCK_ON)
_SHARES_OBJECT = (("the", "shares"), ("its", "shares"), ("the", "stock"), ("its", "stock"), ("their", "shares"))
#: the descriptors that name a company itself, after "the": "sending the company's shares down 10%" (not its
#: "rival" or "peer", nor "shares")
_OWNER_NOUNS = DESCRIPTORS - OTHER_COMPANY_WORDS - {"shares", "stock", "broker", "brokerage"}


def _latter_named(items: list[Item], j: int, shares_end: int, k: int) -> Mention | None:
    """The company named last before item k when the shares' owner at items j..shares_end is "the latter"."""
    if not any(items[x].word("latter") for x in range(j, shares_end)):
        return None
    return next((items[x].mention for x in range(k - 1, -1, -1) if items[x].kind == "M"
                 and items[x].mention.kind in ("ref", "candidate") and _could_own_stock(items[x].mention)), None)


def owned_shares_end(items: list[Item], x: int) -> int:
    """Past a company's "shares", "stock", "share price" or "stock price" at item x, a possessive before them too
    ("Frasers' shares", "Senior's share price"); x if none stands there."""
    n = x + (x < len(items) and items[x].low in _APOSTROPHES)
    if n + 1 < len(items) and items[n].word("share", "stock") and items[n + 1].word("price"):
        return n + 2
    return n + 1 if n < len(items) and items[n].word("shares", "stock") else x


def _shares_object_end(items: list[Item], j: int) -> int | None:
    """The end of a company's shares as a knock-on verb's object at item j, else None: "the shares",
    "its stock", "the company's shares", and Reuters' and Nikkei's "shares in the auto giant" / "shares
    of Toyota" (the company named before, or the one after "of" / "in")."""
    bare = False
    if any(words_at(items, j, w) for w in _SHARES_OBJECT):
        j += 2
    elif words_at(items, j, ("the",)) and j + 3 < len(items) and (items[j + 1].low in _OWNER_NOUNS
                                                                   or items[j + 1].word("latter")) \
            and items[j + 2].word("'s", "’s") and items[j + 3].word("shares", "stock"):
        return j + 4  # (The Local's "sending the latter's stock up 3.6 percent": the company named last)
    elif j < len(items) and items[j].word("shares"):
        j, bare = j + 1, True  # (a bare "shares" only with its company after it)
    else:
        return None
    if j + 1 < len(items) and items[j].word("in", "of"):
        if items[j + 1].kind == "M" and items[j + 1].mention.kind in ("ref", "candidate"):
            return j + 2
        if items[j + 1].word("the"):
            x = description_end(items, j + 2, 1, 2, _KNOCK_ON_STOPS | _TRAILING_DIR.keys())
            if j + 2 < x <= len(items) and items[x - 1].low in _OWNER_NOUNS:
                return x  # "shares in the auto giant", "shares in the carmaker": the company before
    return None if bare else j


def _or_points(items: list[Item], j: int) -> int:
    """Past ', or 1.50 points' / 'or more than 940 points' / 'or 135p' after a percent (j unchanged
    if it is not there)."""
    k = j + 1 if j < len(items) and items[j].word(",") else j
    if not (k + 1 < len(items) and items[k].word("or")):
        return j
    if _PENCE.match(items[k + 1].low):
        return k + 2
    n = k + 1 + _hedge_at(items, k + 1)
    if n + 1 < len(items) and parse_number(items[n].text) is not None and items[n + 1].low in _UNITS_OR:
        return n + 2  # "or 1.50 points", "or 29 cents"
    if n < len(items) and items[n].qkind == "MONEY":
        return n + 1  # "or $0.005"
    return j



#: CNBC Europe's closes before the official figures: "closed provisionally down 0.2 percent"
_CLOSE_ADVERBS = ("provisionally", "unofficially", "tentatively")
#: how big a restated change was, between its side and its figure: ", up slightly by 6.37 points or 0.10 percent"
_SIZE_ADVERBS = ("slightly", "marginally", "sharply", "modestly", "strongly")


def _settled_hedged(items: list[Item], k: int, end: int) -> bool:
    """Whether the percent a close verb at item k states (up to ``end``) is hedged: "closed up more than 5
    percent", "ended 48 points, or about 0.2 percent, lower" (a hedge of the points alone is not the
    percent's: "closed down more than 400 points, or 2%")."""
    first = next((x for x in range(k + 1, end) if items[x].qkind == "PERCENT"), None)
    return first is not None and (items[first].qty.approx
                                  or any(x + _hedge_at(items, x) == first for x in range(k + 1, first)))


_TERRITORY_SIDES = {"red": "down", "green": "up", "negative": "down", "positive": "up"}


def _territory_at(items: list[Item], j: int) -> tuple[str, int] | None:
    """'in the red', 'in negative territory', 'in the positive territory' at item j: (direction, next index)."""
    if not (j + 2 < len(items) and items[j].word("in")):
        return None
    x = j + 2 if items[j + 1].word("the") else j + 1
    side = _TERRITORY_SIDES.get(items[x].low) if x < len(items) and items[x].kind == "W" else None
    if side is None:
        return None
    if items[x].low in ("negative", "positive"):
        if not (x + 1 < len(items) and items[x + 1].word("territory")):
            return None
        x += 1
    return side, x + 1


_ORDINAL_DAYS = frozenset({"first", "last", "final", "second", "third", "fourth", "fifth", "penultimate"})
_SPANS = frozenset({"week", "month", "year", "quarter"})


def _day_of_a_span(items: list[Item], j: int) -> int:
    """Length of '(on) the second day of the week' / '(on) the final trading day of the month' at item j, else 0:
    the day of the close, told by its place in a span."""
    on = j < len(items) and items[j].word("on")
    x = j + on + 2 if j + on + 1 < len(items) and items[j + on].word("the") and items[j + on + 1].low in _ORDINAL_DAYS \
        else None
    if x is None:
        return 0  # ("closed the final trading day of the quarter 0.8% lower": the day as the verb's object too)
    x += x < len(items) and items[x].word("trading")
    if x + 3 < len(items) and items[x].word("day", "session") and items[x + 1].word("of") and items[x + 2].word("the") \
            and items[x + 3].low in _SPANS:
        return x + 4 - j
    return 0


def _settled_at(items: list[Item], k: int) -> tuple[str, float | None, int] | None:
    """'ended 0.4% higher', 'closed 1.2% lower': (direction, pct, next index) at item k."""
    if not (items[k].kind == "W" and items[k].low in _SETTLE and k + 2 < len(items)):
        return None
    j = k + 1
    if items[k].low == "wrapped" and items[j].word("up"):
        j += 1  # "wrapped up the day off 2.9 percent"
    span = _day_of_a_span(items, j)  # ("ended the second day of the week up 0.4%": no session's adjective "second")
    session = 0 if span else _session_after(items, j)
    j += span + session
    if session and j + 2 < len(items) and items[j].word("mostly", "slightly", "broadly", "sharply", "marginally") \
            and items[j + 1].word("higher", "lower"):
        j += 1  # AFP's "Wall Street stocks finished a choppy session mostly lower on Tuesday"
    if session and j + 1 < len(items) and items[j].word("higher", "lower") and items[k].low in _CLOSE_VERBS \
            and items[j - 1].low != "week" and not (items[j + 1].kind == "Q" or items[j + 1].word("by")):
        return _TRAILING_DIR[items[j].low], None, j + 1  # "Benchmark indices ended Wednesday's session higher"
    if j + 1 < len(items) and items[j].word("on") and items[j + 1].low in _WEEKDAY_WORDS:
        j += 2  # RNZ's "the NZX50 index closing on Friday up 14 points, or 0.4%"
    elif j < len(items) and items[j].low in _WEEKDAY_WORDS:
        j += 1
    else:
        j += _day_of_a_span(items, j)  # RTHK's "ended trading on the final day of the month up 126.40 points"
    while j < len(items) and items[j].word("both", "all", "each", "also", "collectively", "just", "only",
                                           *_CLOSE_ADVERBS):
        j += 1  # "The Dow and Nasdaq indexes were both 2% lower", CNBC's "closed provisionally down 0.2%"
    if j > k + 1 and j < len(items) and items[j].word("flat", "unchanged") and items[k].low in _CLOSE_VERBS:
        return "flat", 0.0, j + 1  # "Aramco ended the session flat"
    b = j + 1 if j < len(items) and items[j].kind == "W" and items[j].low.endswith("ly") else j
    if b + 3 < len(items) and items[b].word("(") and items[b + 1].qkind == "PERCENT" and items[b + 2].word(")") \
            and items[b + 3].kind == "W" and items[b + 3].low in _TRAILING_DIR:
        direction = _TRAILING_DIR[items[b + 3].low]  # VOA's "Shanghai's index closed slightly (0.15%) higher"
        return direction, abs(items[b + 1].qty.value) * (1 if direction == "up" else -1), b + 4
    c = 1 if j + 3 < len(items) and items[j + 3].word(",") else 0  # (PTI's "settled 175.40 points down or 0.65 per
    # cent at 26,904.11": no comma)
    if j + 4 + c < len(items) and items[j].kind == "W" and parse_number(items[j].text) is not None \
            and items[j + 1].low in _POINTS and items[j + 2].word("up", "down") \
            and items[j + 3 + c].word("or") and items[j + 4 + c].qkind == "PERCENT" and not multi_period(items, j + 5 + c) \
            and not (j + 5 + c < len(items) and items[j + 5 + c].word(",") and multi_period(items, j + 6 + c)) \
            and not (k >= 1 and items[k - 1].word("had")):
        direction = _TRAILING_DIR[items[j + 2].low]  # The Hindu's "the index closed 111.25 points up, or 0.57 per cent"
        return direction, abs(items[j + 4 + c].qty.value) * (1 if direction == "up" else -1), j + 5 + c
    j = _points_or(items, j)  # "ended 736 points, or 1 per cent, higher at 74,227"
    bracket = _bracket_after_points(items, j)
    if bracket is not None and bracket + 2 < len(items) and items[bracket + 2].low in _TRAILING_DIR \
            and items[bracket + 2].kind == "W":
        # RTE's "closed 118 points (1.4%) higher at 8,642"
        direction = _TRAILING_DIR[items[bracket + 2].low]
        return direction, abs(items[bracket].qty.value) * (1 if direction == "up" else -1), bracket + 3
    approx = _hedge_at(items, j)
    j += approx
    if j + 2 < len(items) and items[j].qkind == "PERCENT" and items[j + 1].word(",") \
            and items[j + 2].low in _TRAILING_DIR:
        j += 1  # "ended 48 points, or 0.2 percent, lower"
        items_dir = _TRAILING_DIR[items[j + 1].low]
        return items_dir, abs(items[j - 1].qty.value) * (1 if items_dir == "up" else -1), j + 2
    if j + 1 < len(items) and items[j].kind == "W" and items[j].low in _TRAILING_DIR \
            and items[k].low in _CLOSE_VERBS:
        at = j + 2 if items[j + 1].word(*_CLOSE_ADVERBS) else j + 1  # "closed down unofficially 1.6 percent"
        value, approx2, _, end = _figure(items, at)  # "... to close up 1.2%", "with the HSI closing down 2.1%"
        if value is not None:
            direction = _TRAILING_DIR[items[j].low]
            return direction, abs(value) * (1 if direction == "up" else -1), end
        if at < len(items) and items[at].kind == "W" and _PENCE.match(items[at].low) and items[j].low in ("up", "down"):
            return _TRAILING_DIR[items[j].low], None, at + 1  # the Guardian's "saw shares close down 9p to 828p"
    if j + 1 < len(items) and items[j].qkind == "PERCENT":
        after = _respectively(items, j + 1)[1]  # "closed 2.1 percent and 1.3 percent higher, respectively"
        points = _or_points(items, after)  # "ended 0.10 per cent, or 1.50 points higher, at 1,574.95"
        if points > after and points + 1 < len(items) and items[points].word(","):
            points += 1  # "ended 0.2 percent, or 48 points, lower at 24,901"
        after = points
        if after < len(items) and items[after].low in _TRAILING_DIR:
            direction = _TRAILING_DIR[items[after].low]
            return direction, abs(items[j].qty.value) * (1 if direction == "up" else -1), after + 1
        if after < len(items) and items[after].word("ahead") \
                and not (after + 1 < len(items) and items[after + 1].word("of", "on", "in", "from")):
            return "up", abs(items[j].qty.value), after + 1  # the London press's "Kestrel was 2.7 per cent ahead at
            # 412p" (not "Sales were 3 per cent ahead of forecasts")
        territory = _territory_at(items, after)
        if territory is not None:  # TeleTrader's "The DAX closed 0.66% in the negative territory", "ended 0.65% in
            direction, after = territory  # the red"
            return direction, abs(items[j].qty.value) * (1 if direction == "up" else -1), after
    if j + 1 < len(items) and (items[j].kind == "W" and _PENCE.match(items[j].low) or items[j].qkind == "MONEY") \
            and items[j + 1].low in ("higher", "lower"):
        return _TRAILING_DIR[items[j + 1].low], None, j + 2  # "closed 3.25p higher at 187.5p"
    if j + 2 < len(items) and items[j].kind == "W" and parse_number(items[j].text) is not None \
            and items[j + 1].low in _UNITS_OR and items[j + 2].low in ("higher", "lower"):
        # ("closed 123 pts higher", PTI's "the rupee settled 21 paise lower at 81.59")
        direction = _TRAILING_DIR[items[j + 2].low]
        o = j + 3 + (j + 3 < len(items) and items[j + 3].word(","))  # (PTI's "closed 52.10 points higher or 0.42 per
        # cent at": no comma)
        p = o + 1 + (o + 1 < len(items) and _hedge_at(items, o + 1))  # ("or about 0.3 per cent")
        if p < len(items) and items[o].word("or") and items[p].qkind == "PERCENT":
            # "The Dow closed 1,679 points lower, or 3.98%"
            return direction, abs(items[p].qty.value) * (1 if direction == "up" else -1), p + 1
        return direction, None, j + 3  # "closed 123 pts higher"
    return None


def _among(items: list[Item], group: Mention) -> bool:
    """Whether 'among' ('among the') stands right before a group: "Among the major banks, NAB advanced"
    names the movers among the group, not a move of the group."""
    x = next((x for x, it in enumerate(items) if it.end == group.start), None)
    if x is not None and items[x].word("the"):
        x -= 1
    if x is not None and x >= 0 and items[x].word("in", "within") and (x == 0 or items[x - 1].word(",", ";")):
        # AASTOCKS' "In the automotive sector, BYD rose 1%, Chery rose 3.5%, while Leapmotor fell 4.5%": the sector
        # the names are in, its own move untold
        g = next((y for y, it in enumerate(items) if it.kind == "M" and it.mention is group), None)
        return g is not None and g + 1 < len(items) and items[g + 1].word(",")
    return x is not None and x >= 0 and items[x].word("among", "amongst")


#: words after "dragging the" that no description of an index is made of
_KNOCK_ON_STOPS = frozenset({"shares", "stock", "stocks", "index", "market", "and", "or"})


#: the peaks and troughs a figure can measure a distance from: "12 percent off its record high"
_PEAKS_AND_TROUGHS = frozenset(_EXTREMES) | {"peaks", "record", "trough", "top", "bottom"}


def _off_an_extreme(items: list[Item], j: int) -> bool:
    """Whether "off / below / from / above its (recent) high" follows at item j: the figure before
    it is a distance from a peak or a trough, no day's move."""
    if not (j + 1 < len(items) and items[j].word("off", "below", "from", "above", "under", "over")):
        return False
    return any(items[x].kind == "W" and items[x].low in _PEAKS_AND_TROUGHS for x in range(j + 1, min(j + 5, len(items))))


#: what a close measured from a peak names after "from" / "below" / "off": "a record", "its all-time high"
_PEAK_AFTER_CLOSE = (("a", "record"), ("its", "record"), ("a", "peak"), ("its", "peak"), ("its", "high"),
                     ("its", "52", "-", "week"), ("their", "52", "-", "week"), ("a", "52", "-", "week"),
                     ("their", "record"), ("their", "peak"), ("their", "all", "-", "time"),
                     ("an", "all", "-", "time"), ("its", "all", "-", "time"), ("an", "all-time"), ("its", "all-time"),
                     ("a", "record", "high"), ("its", "record", "high"), ("a", "recent", "peak"), ("a", "recent", "high"))


#: what a share of which is no price's move: "won 56% of the vote"
_BALLOTS = frozenset({"vote", "votes", "ballots", "seats", "electorate"})


def _close_off_a_peak(items: list[Item], j: int) -> bool:
    """Whether the figure of a close ("closed down more than 7 percent") is measured from a peak at item j:
    "from a record set last month", "below its all-time high" (not "from a three-month low", "from
    Thursday's record close": the day's moves)."""
    if not (j + 1 < len(items) and items[j].word("off", "below", "from", "under")):
        return False
    if any(words_at(items, j + 1, words) for words in _PEAK_AFTER_CLOSE):
        return True
    x = j + 2 if items[j + 1].word("its", "their", "a") else j + 1
    if x + 3 < len(items) and items[x].text.isdigit() and items[x + 1].word("-") \
            and items[x + 2].low in ("week", "month", "year"):
        return items[x + 3].word("high", "highs", "peak")  # the West Australian's "down 47 per cent from its
        # 12-month high"
    return x > j + 1 and x + 1 < len(items) and items[x].low in MONTHS and items[x + 1].word("high", "peak")
    # ("marking a 30% slide from their December peak")


def _knock_on(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'..., lifting PetroChina by 3.5% and CNOOC by 4%', 'dragged the Nasdaq 2% lower',
    'Goldman downgraded Apple, sending the shares 2% lower'."""
    out: list[RawMove] = []
    for k in word_indices(items, KNOCK_ON_WORDS):
        it = items[k]
        if it.low in _BARE_KNOCK_ON and not (k >= 1 and items[k - 1].low in _HELPED or k >= 2 and items[k - 1].word("to")
                                             and items[k - 2].low in _HELPED):
            continue  # a bare verb moves its object only after "helped": "Banks will drag the index 2% lower" is a forecast
        j = k + 1
        direction = _KNOCK_ON[it.low]
        if j + 1 < len(items) and items[j].word("up", "down") and items[j + 1].kind != "Q" \
                and (direction is None or direction == _TRAILING_DIR[items[j].low]):
            direction, j = _TRAILING_DIR[items[j].low], j + 1  # "pushing up the property subsector by 3.36 percent"
        while j < len(items):
            if items[j].word("the") and j + 1 < len(items):
                # "dragging the 30-stock MICEX Index 0.9 percent lower", "the benchmark Kospi"
                first = size_compound_end(items, j + 1)
                named = description_end(items, first, 1, 2, _KNOCK_ON_STOPS)
                wide = description_end(items, first, 1, 7, _KNOCK_ON_STOPS)
                if wide + 1 < len(items) and items[wide].word("index", "gauge") and items[wide + 1].kind == "M":
                    named = wide + 1  # "dragging the small-cap growth index ChiNext 1.4% lower": its description,
                    # its kind, then its name
                if named < len(items) and items[named].kind == "M":
                    j = named
            places: list[Mention] = []
            if items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS:
                mention, j = items[j].mention, j + 1
                while j + 1 < len(items) and items[j].word(",", "and") and mention.kind in ("ref", "candidate") \
                        and (n := _past_the_epithet(items, j + 1)) < len(items) \
                        and items[n].kind == "M" and items[n].mention.kind in ("ref", "candidate"):
                    # "Weak results sent Finch Stores and Wren Mart more than 8% lower": each name the figure's (and
                    # "pushed the Dow and the Nasdaq down nearly 3 percent")
                    places, mention, j = places or [mention], items[n].mention, n + 1
                    places.append(mention)
                    if j + 1 < len(items) and items[j].word(",") and items[j + 1].word("and"):
                        j += 1  # (the serial comma)
                if j + 2 < len(items) and items[j].low in _APOSTROPHES and (owned := owned_shares_end(items, j)) > j:
                    # review 86's "sent Senior's share price 6 per cent lower" (past it); "caused JD Sports' shares to
                    # increase by 5.7%" (to the shares, read below with what may follow them)
                    j = owned if items[owned - 1].word("price") else j + 1
                if j + 1 < len(items) and items[j].word("shares", "stock") and mention.kind in ("ref", "candidate") \
                        and (items[j + 1].kind != "W" or items[j + 1].word("up", "down", "higher", "lower", "by", "to")):
                    j += 1  # "lifted Tesco shares 3% higher", "helped Tesco shares to rise 3%"
                if mention.kind == "market" and mention.plural and j + 1 < len(items) and items[j].word("in"):
                    # AP's "helped propel benchmark stock indexes in France and Germany 2.5 percent higher"
                    places = [m for m, _, _ in _place_list(items, j + 1)]
                    j = max((x for x in range(j + 1, len(items)) if items[x].mention in places), default=j - 1) + 1
            elif (shares_end := _shares_object_end(items, j)) is not None:
                named_after = items[shares_end - 1].mention if items[shares_end - 1].kind == "M" else None
                # (a company's name: not "investors", a group the reference knows; not a broker after "by" nor a
                # bidder before "'s": "upgraded by Goldman Sachs, sending the company's shares up", "rejected
                # Couche-Tard's bid, sending shares in the retailer down")
                before = [items[x] for x in range(k) if items[x].kind == "M"
                          and items[x].mention.kind in ("ref", "candidate") and items[x].mention.text[:1].isupper()
                          and _could_own_stock(items[x].mention)
                          and not (x >= 1 and items[x - 1].word("by", "from"))
                          and not (x + 1 < k and items[x + 1].low in ("'s", "’s"))]
                if any(items[x].word("rival", "rivals") for x in range(j, shares_end)):
                    break  # "sending shares in the rival lender up": another company, unnamed
                if named_after is not None:
                    mention = named_after  # "sending shares of Toyota down 11.6%"
                    while shares_end + 1 < len(items) and items[shares_end].word(",", "and") \
                            and items[shares_end + 1].kind == "M" and items[shares_end + 1].mention.kind in ("ref", "candidate"):
                        # "weakened the shares of Marks & Spencer and Taylor Wimpey by 3%": each name the figure's
                        places, mention = places or [mention], items[shares_end + 1].mention
                        places.append(mention)
                        shares_end += 2
                elif latter := _latter_named(items, j, shares_end, k):
                    mention = latter  # "Natura agreed to buy Avon's Latin American unit, sending the latter's stock up
                    # 3.6 percent": the company named last, its possessive too
                elif before:
                    mention = before[-1].mention  # "sending the shares 2% lower": the company before
                else:  # CNBC's "The numbers sent the stock up by 1.6%": the company named in the sentences before
                    mention = Mention(items[j].start, items[shares_end - 1].end, "description", "stock",
                                      items[j].start_char, items[shares_end - 1].end_char,
                                      extra={"stock_of_named": True})
                j = shares_end
            elif items[j].word("it") and j + 1 < len(items) and (items[j + 1].word("up", "down", "higher", "lower")
                                                                  or items[j + 1].qkind == "PERCENT") \
                    and (owner := next((items[x].mention for x in range(k - 1, -1, -1) if _names_a_company(items[x])
                                        and not (x >= 1 and items[x - 1].word("by", "from"))), None)) is not None:
                mention, j = owner, j + 1  # Sharecast's "Jefferies trimmed Landsec's target price to 641p, sending
                # it down 5.9 per cent": the company the clause before named (not its broker)
            else:
                break
            if j + 3 < len(items) and items[j].word("in", "on") and items[j + 1].word("the") and items[j + 2].kind == "M" \
                    and (items[j + 2].mention.kind == "market" or (items[j + 2].mention.entity_id or "").startswith("idx-")) \
                    and items[j + 3].word("to"):
                j += 3  # "helped the shares of Lark Bio in the MDax to climb by nearly 7 percent": where it is listed
            if j + 3 < len(items) and items[j].word("to") and items[j + 1].word("a", "an") \
                    and items[j + 2].qkind == "PERCENT" and items[j + 3].low in _MOVE_NOUN_SIDE \
                    and not (j + 4 < len(items) and items[j + 4].word("in", "of")):  # (review 85's "helped Barclays to
                # a 12 percent rise in net profit": the profit's figure)
                # "leading the S&P 500 to a 0.9 percent drop": the figure and its side in a move noun
                pct = abs(items[j + 2].qty.value) * (1 if _MOVE_NOUN_SIDE[items[j + 3].low] == "up" else -1)
                out += [RawMove(m, "up" if pct > 0 else "down", pct, items[j + 2].qty.approx, None, None, k, j + 4,
                                it.start_char) for m in places or [mention]]
                break
            if it.low in GIVING and j + 3 < len(items) and items[j].word("a", "an") \
                    and items[j + 1].low in _GIVEN_SIDES and items[j + 2].word("of", "by"):
                direction, j = _GIVEN_SIDES[items[j + 1].low], j + 3  # "gave the index a lift of 0.84 per cent"
            elif it.low in GIVING:
                break  # ("gave investors a reason to sell", "gave its shares 5% of the vote": no move)
            if j < len(items) and items[j].word("up", "down", "higher", "lower"):
                direction = _TRAILING_DIR[items[j].low]
                j += 1
            elif j < len(items) and items[j].kind == "W" and items[j].low.endswith("ing") \
                    and (items[j].low in UP_VERBS or items[j].low in DOWN_VERBS):
                # "sending its shares tumbling nearly 20 percent": the object's own participle
                direction = "up" if items[j].low in UP_VERBS else "down"
                j += 1
            elif j + 1 < len(items) and items[j].word("to") and items[j + 1].kind == "W" \
                    and (items[j + 1].low in UP_VERBS or items[j + 1].low in DOWN_VERBS
                         or items[j + 1].low in _BARE_CHANGE_VERBS):
                # "causing its shares to tumble 6.5%", "caused JD Sports' shares to increase by 5.7%"
                direction = _BARE_CHANGE_VERBS.get(items[j + 1].low) \
                    or ("up" if items[j + 1].low in UP_VERBS else "down")
                j += 2
            if j < len(items) and items[j].word("by"):
                j += 1
            j = _points_or(items, j)  # ET's "lifted the Nifty Auto index 403 points or 3.48 per cent to 11,992"
            hedge = _hedge_at(items, j)
            j += hedge
            if j >= len(items) or items[j].qkind != "PERCENT" or _off_an_extreme(items, j + 1) \
                    or multi_period(items, j + 1):
                break  # (not "pulling the S&P 500 more than 12 percent off its record high": a distance; nor VOA's
                # "prompting oil prices to jump 22 percent in one month": a month's, told as history)
            value = abs(items[j].qty.value)
            if j + 1 < len(items) and items[j + 1].low in _TRAILING_DIR and items[j + 1].kind == "W":
                direction = _TRAILING_DIR[items[j + 1].low]  # "dragged the Nasdaq 2% lower"
                j += 1
            if direction is None:
                break
            pct = value * (1 if direction == "up" else -1)
            close, _ = _close_after(items, j + 1)  # "dragging the MICEX Index 0.9 percent lower to 1,322"
            out += [RawMove(m, direction, pct, hedge > 0, close if not places else None, None, k, j + 1, it.start_char)
                    for m in places or [mention]]
            j += 1
            while j < len(items) and items[j].word(",", "and"):
                j += 1
    return out


def _colon_figure(items: list[Item]) -> list[RawMove]:
    """Bulleted quotes: 'Hang Seng Index: +0.85% to 25,928.08', 'Xiaomi (1810.HK): +6.3%'."""
    out: list[RawMove] = []
    if not has_signed_percent(items):
        return out  # every shape below quotes a signed figure
    for k in range(1, len(items) - 1):
        signed_next = items[k + 1].qkind == "PERCENT" and items[k + 1].qty.signed
        if signed_next and items[k].qkind == "TICKER":
            j = k - 1  # "Xiaomi (1810.HK): +6.3%" (the tokenizer keeps "):" together) or "Xiaomi (1810.HK) +6.3%"
        elif signed_next and items[k].word(":"):
            j = k - 2 if items[k - 1].qkind == "TICKER" else k - 1
        elif items[k].word("(") and signed_next and k + 2 < len(items) and items[k + 2].word(")") \
                and _level(items[k - 1]) is not None:
            j = k - 2  # "Hang Seng Index 25,222.02 (-2.38%)", "Nikkei 225: 46,847.32 (-2.58%)"
            if j >= 1 and items[j].word(":"):
                j -= 1
            if j >= 0 and items[j].kind == "M":
                pct = items[k + 1].qty.value
                out.append(RawMove(items[j].mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct,
                                   False, _level(items[k - 1]), None, k, k + 3, items[k].start_char))
            continue
        else:
            continue
        if j < 0 or items[j].kind != "M" or items[j].mention.kind not in _SUBJECT_KINDS:
            continue
        pct = items[k + 1].qty.value
        close, end = _close_after(items, k + 2)
        direction = "up" if pct > 0 else "down" if pct < 0 else "flat"
        out.append(RawMove(items[j].mention, direction, pct or 0.0, False, close, None, k, max(end, k + 2),
                           items[k].start_char))
    return out


def _item_ends(items: list[Item], x: int) -> bool:
    """Whether a list item ends at item x: the sentence's end, or a list's comma, semicolon or "and"."""
    return x >= len(items) or items[x].word(",", ";", ".", "and")


def _last_in_bracket(items: list[Item], k: int) -> bool:
    """Whether the name at item k ends a list that a bracket opened: "(Kestrel -2.05% and Osprey -0.47%)"."""
    if not (k >= 1 and items[k - 1].word("and", ",")):
        return False
    opened = next((x for x in range(k - 2, max(-1, k - 12), -1) if items[x].word("(", ")")), None)
    return opened is not None and items[opened].word("(") and items[opened + 1].kind == "M"


def _signed_after_name(items: list[Item]) -> list[RawMove]:
    """Quote lines: 'HSI -1.1% | HSCEI -1.3%', 'Hang Seng Index: 19,234.56, -1.1%' (a signed
    figure right after the name, or after its level)."""
    out: list[RawMove] = []
    if not has_signed_percent(items):
        return out
    for k, it in enumerate(items[:-1]):
        if it.kind != "M" or it.mention.kind not in _SUBJECT_KINDS or k and items[k - 1].kind == "W" \
                and not items[k - 1].word("|", ";", ",", "-", "\u2022", "*", ":", "and", "were", "was", "are", "is", "(") \
                and not (k >= 2 and items[k - 1].word("of") and items[k - 2].word("shares")):
            continue  # (Stockchase's "Among the most active names were Suncor at -3.26% and Manulife -4.84%")
        p, close = k + 1, None
        if p + 1 < len(items) and items[p].word("shares", "stock") and (items[p + 1].word("(") or items[p + 1].kind == "Q"):
            p += 1  # Interfax's "Gazprom shares (-2.1%, to 150 rubles)", a quote line's "Gazprom shares -2.1%"
        if p + 2 < len(items) and items[p].word(",") and items[p + 1].word("with", "at") \
                and items[p + 2].qkind == "PERCENT" and _item_ends(items, p + 3):
            p += 2  # News1's "Pampa, with -16.78%, and Edenor, with -17.11%" (not review 78's "Goldman Sachs, with +15%
            # upside to its new target, upgraded X")
        elif p + 1 < len(items) and items[p].word("at", ",") and items[p + 1].qkind == "PERCENT" \
                and (items[p].word("at") or _item_ends(items, p + 2)):
            p += 1  # "Suncor at -3.26%", "Aritzia at -6.11%": a ranking's figure; News1's "Banks also fall: Macro,
            # -17.76%; and Galicia, -17.66%": a signed figure after the name's comma
        x = p + (p < len(items) and items[p].word(",", ":"))  # past the name's comma or colon
        y = x + 1 + (x + 1 < len(items) and items[x + 1].word(","))
        if y < len(items) and _signed_points(items[x]) and items[y].qkind == "PERCENT":
            p = y  # a quote line's "DJIA, -512.40, -4.31%", "Dow Jones -512.40 -4.31%": the points, then the percent
        elif p + 3 < len(items) and items[p].word(":", ",") and _level(items[p + 1]) is not None \
                and items[p + 2].word(",", ";"):
            p, close = p + 3, _level(items[p + 1])  # (a table row: "| Sensex | 82,029.98 | -0.36% |")
            if p + 2 < len(items) and _signed_points(items[p]) and items[p + 1].word(",", ";"):
                p += 2  # Money Morning's "Dow Jones: 20,701.50; +150.52; +0.73%": the points, then the percent
        bracketed = _bracketed_signed(items, p, item_start=k == 0 or items[k - 1].word(";", ":", "\u2022", "*", "-"))
        if bracketed is not None:
            # Interfax-style lists: "Rusal (-2.65%, to 41.75 rubles) and Alrosa ...", a Polish list's "; Alior (-3.1%);"
            pct, close, end = bracketed
            out.append(RawMove(it.mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct or 0.0, False, close,
                               None, p, end, items[p + 1].start_char))
            continue
        q = items[p]
        if q.qkind != "PERCENT" or not q.qty.signed or p + 1 < len(items) and items[p + 1].word(")") \
                and not (k >= 1 and items[k - 1].word("(") or _last_in_bracket(items, k)) or multi_period(items, p + 1):
            # (a bracket the name opens may close after its figure: "the luxury goods sector (Hermes -1.18%)", and
            # after a list's last name: "in energy (Kestrel -2.05% and Osprey -0.47%)")
            continue  # (review 77's "were Suncor at -3.26% year-to-date": a span's)
        pct = q.qty.value
        end = p + 1
        if close is None and end + 1 < len(items) and items[end].word("at", "to") and _level(items[end + 1]) is not None:
            close, end = _level(items[end + 1]), end + 2  # Sofokleous10's "Kite Cables -2.17% at EUR 7.84"
        out.append(RawMove(it.mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct or 0.0, False, close,
                           None, p, end, q.start_char))
    return out


def _bracketed_signed(items: list[Item], p: int, item_start: bool) -> tuple[float, float | None, int] | None:
    """A signed figure in brackets right after a name, with its price ("(-2.65%, to 41.75 rubles)", "(Rs. 1,520.40,
    +4.03%)") or making a list's whole item ("; Alior (-3.1%);"): (pct, close, end), else None (a verb reads the
    bracket: "Yandex (-5.2%) fell", "The top gainers were A (+10.00%) and B (+7.39%)")."""
    if p + 4 < len(items) and items[p].word("(") and items[p + 2].word(",") and items[p + 3].qkind == "PERCENT" \
            and items[p + 3].qty.signed and items[p + 4].word(")") and (close := _level(items[p + 1])) is not None:
        return items[p + 3].qty.value, close, p + 5  # Indian portals' "Infosys Ltd. (Rs. 1,520.40,+2.31%)": the price
        # first
    if not (p + 2 < len(items) and items[p].word("(") and items[p + 1].qkind == "PERCENT" and items[p + 1].qty.signed):
        return None
    if p + 5 < len(items) and items[p + 2].word(",") and items[p + 3].word("to") and items[p + 5].word(")") \
            and (close := _level(items[p + 4])) is not None:
        return items[p + 1].qty.value, close, p + 6
    if item_start and items[p + 2].word(")") and (p + 3 == len(items) or items[p + 3].word(";", ".")):
        return items[p + 1].qty.value, None, p + 3
    return None


#: the sides a verbless list item states after its figure: ANI's "UltraTech Cement 2.62 per cent higher at Rs.7591.95;
#: Kotak Bank 2.36 per cent higher at Rs.1796.30", "Tech Mahindra 0.56 per cent down at Rs.1790.55"
_ITEM_SIDES = {"higher": "up", "lower": "down", "up": "up", "down": "down"}


def _sided_after_name(items: list[Item]) -> list[RawMove]:
    """A list of verbless items, each a name, its unsigned percent and its side, opening the sentence or after a
    semicolon: "UltraTech Cement 2.62 per cent higher at Rs.7591.95; Kotak Bank 2.36 per cent higher at Rs.1796.30"
    (with the price after "at" as the close)."""
    out: list[RawMove] = []
    for k, it in enumerate(items[:-2]):
        if it.kind != "M" or it.mention.kind not in ("ref", "candidate") or k and not items[k - 1].word(";", "and"):
            continue
        if k and items[k - 1].word("and") and not any(x.word(";") for x in items[:k]):
            continue  # (only the last item of a semicolon list: "... at Rs.204.50 and Infosys 0.16 per cent down")
        q, side = items[k + 1], items[k + 2]
        if q.qkind != "PERCENT" or q.qty.signed or side.low not in _ITEM_SIDES:
            continue
        after = k + 3
        close = _level(items[after + 1]) if after + 1 < len(items) and items[after].word("at") else None
        if after < len(items) and close is None and not items[after].word(";", ".", "and", ",", "at", "were", "was"):
            continue
        direction = _ITEM_SIDES[side.low]
        pct = abs(q.qty.value)
        out.append(RawMove(it.mention, direction, pct if direction == "up" else -pct, q.qty.approx, close, None, k + 1,
                           after + (2 if close is not None else 0), q.start_char))
    return out


#: a price in a table row: "2,951.00p", "474.20p", "1,093.00"
_ROW_PRICE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?p?")


#: the participles a run-in head's clause opens with, and their side: Firstpost's "ITC: Rising by 2.48 percent, the
#: shares were valued at Rs 217.30", "Bharti Airtel: Falling by 0.93 percent, the company settled at Rs 678.50"
_RUN_IN_PARTICIPLES = {"rising": "up", "gaining": "up", "adding": "up", "climbing": "up", "advancing": "up",
                       "falling": "down", "losing": "down", "declining": "down", "dropping": "down", "shedding": "down",
                       "slipping": "down", "sliding": "down"}
#: the words after the run-in clause's comma that name the head's stock: "the shares", "the company"
_RUN_IN_STOCK_WORDS = frozenset({"shares", "stock", "company", "scrip", "counter", "firm"})
#: the nouns of a run-in head's clause after "Registering a" or "With a": "Registering a gain of 2.12 percent"
_RUN_IN_NOUNS = {"gain": "up", "rise": "up", "loss": "down", "fall": "down", "decline": "down", "drop": "down"}


def _run_in_participle(items: list[Item]) -> RawMove | None:
    """A run-in head and a participle's clause with the figure, then the stock's price: "ITC: Rising by 2.48 percent,
    the shares were valued at Rs 217.30", "Bajaj Finance: Registering a gain of 2.12 percent, the company rose to Rs
    6,917.50", "UltraTech Cement: With a loss of 0.56 percent, the shares fell to Rs 7,335.00"; None elsewhere."""
    if not (len(items) > 6 and items[0].kind == "M" and items[0].mention.kind in ("ref", "candidate")
            and items[1].word(":") and items[2].text[:1].isupper()):
        return None
    x = 3
    direction = _RUN_IN_PARTICIPLES.get(items[2].low)
    if direction is None and items[2].low in ("registering", "with", "posting", "recording") \
            and items[3].word("a", "an") and items[4].low in _RUN_IN_NOUNS and items[5].word("of"):
        direction, x = _RUN_IN_NOUNS[items[4].low], 6
    if direction is None:
        return None
    x += items[x].word("by")
    x += _hedge_at(items, x)
    if not (x + 1 < len(items) and items[x].qkind == "PERCENT" and items[x + 1].word(",")):
        return None
    if not (x + 3 < len(items) and items[x + 2].word("the") and items[x + 3].low in _RUN_IN_STOCK_WORDS):
        return None  # (review 69: "Dividend: Rising by 10 percent, the payout was fixed at Rs 12": no stock's move)
    level = next((_level(items[y + 1]) for y in range(x + 2, len(items) - 1) if items[y].word("at", "to")), None)
    pct = abs(items[x].qty.value)
    return RawMove(items[0].mention, direction, pct if direction == "up" else -pct, items[x].qty.approx, level, None,
                   2, x + 1, items[2].start_char)


def _table_row(items: list[Item]) -> list[RawMove]:
    """A risers or fallers table's row, the whole sentence: "Whitbread (WTB) 2,951.00p 4.20%", "National
    Grid (NG.) 998.60p -0.59%" (name, tickers, price, change). An unsigned change is flagged: its table's
    heading ("FTSE 100 - Fallers") gives its direction."""
    n = len(items) - 1 if items and items[-1].word(".") else len(items)
    if n < 3 or items[0].kind != "M" or items[0].mention.kind not in ("ref", "candidate") \
            or items[n - 1].qkind != "PERCENT" or items[n - 2].kind != "W" or not _ROW_PRICE.fullmatch(items[n - 2].text):
        return []
    middle = items[1:n - 2]  # the tickers: "(WTB)", "(DI) (BME)", "( NG . )"
    if not all(it.qkind == "TICKER" or it.word("(", ")", ".") or it.kind == "M" and it.mention.kind == "candidate"
               for it in middle):
        return []
    q = items[n - 1]
    pct = q.qty.value
    raw = RawMove(items[0].mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct, False,
                  float(items[n - 2].text.rstrip("p").replace(",", "")), None, n - 1, n, q.start_char)
    raw.flags.append("table_row" if q.qty.signed else "unsigned_row")
    return [raw]


def _list_member_start(items: list[Item], x: int) -> bool:
    """Whether item x opens a member of a list: the sentence's start, after a list's comma or semicolon, a colon,
    "by", "from" or "including", or after "and" that follows the member before it."""
    if x == 0 or items[x - 1].word(",", ";", ":", "by", "from", "including"):
        return True
    return items[x - 1].word("and") and x >= 2 and items[x - 2].word(")", ",")


def _signed_in_brackets(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'chip stocks such as Heron Semi (-4.12%) and Tern Micro (-6.58%) saw sharp
    declines': a signed figure in brackets right after a name no other rule gave a move."""
    out: list[RawMove] = []
    moved = {id(m.subject) for m in moves if m.pct is not None}  # ("Top gainers were A (up 5.95 percent)": A's
    # rank gave a move with no figure)
    # a list whose first bracket states its unit: "Lundin Petroleum (-11.1 percent), West Siberian (-8.9)": a
    # bare signed figure counts as the list's percent only in the same list, right after a bracket that did
    chain = -1  # the item after the last bracket of the list read so far
    for k, it in enumerate(items[:-3]):
        if it.kind == "W" and items[k + 1].word("(") and items[k + 2].qkind == "PERCENT" and items[k + 2].qty.signed \
                and items[k + 3].word(")"):
            # Investment Asia's "boosted mainly by technology (+4.65%), consumer services (+2.71%), and industrials
            # (+2.28%)": a sector's bare word (one, two, or "oil & gas") before its signed figure
            sector = (_two_word_sector(items, k - 1) if k >= 1 else None) \
                or (_bare_sector(items, k - 2) if k >= 2 and items[k - 1].word("&") else None) or _bare_sector(items, k)
            if sector is not None and _list_member_start(items, next(x for x in range(k, -1, -1)
                                                                      if items[x].start == sector.start)):
                # (not "Santander bank (-6.68%)", "non-metal (-2.64%)", "machinery and equipment (-4.38%)": a name's
                # or a longer sector's last word)
                pct = items[k + 2].qty.value
                out.append(RawMove(sector, "up" if pct > 0 else "down" if pct < 0 else "flat", pct or 0.0, False, None,
                                   None, k + 2, k + 4, items[k + 2].start_char))
            continue
        if it.kind != "M" or it.mention.kind not in _SUBJECT_KINDS:
            continue
        if not (items[k + 1].word("(") or items[k + 1].word(",") and items[k + 2].word("(")):
            continue
        if items[k + 2].kind == "Q" and items[k + 2].qkind == "PERCENT" and items[k + 2].qty.signed \
                and items[k + 3].word(")"):
            chain = k + 4
        elif 0 <= chain <= k and all(x.word(",", "and") for x in items[chain:k]) and items[k + 2].kind == "W" \
                and _SIGNED_NUMBER.match(items[k + 2].text) and "." in items[k + 2].text and items[k + 3].word(")") \
                and names_company(it.mention):
            chain = k + 4
            if id(it.mention) in moved:
                continue
            pct = parse_number(items[k + 2].text.lstrip("+-−–")) * (-1 if items[k + 2].text[0] in "-−–" else 1)
            out.append(RawMove(it.mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct, False, None, None,
                               k + 2, k + 4, items[k + 2].start_char))
            continue
        if id(it.mention) in moved:
            continue
        p, said = k + 2, None
        if items[k + 1].word(",") and items[k + 2].word("(") and k + 4 < len(items):
            p += 1  # IANS' "HDFC, (down 2.75 percent to close at Rs.1,529.55)"
        elif k + 5 < len(items) and items[k + 1].word("(") and items[k + 3].word(",") and items[k + 4].qkind == "PERCENT" \
                and items[k + 4].qty.signed and (items[k + 2].qkind == "TICKER" or items[k + 2].kind == "M"
                                                 and items[k + 2].text.isupper() and items[k + 2].text.isalpha()):
            p += 2  # Kiplinger's "Tesla (TSLA, +4.3%) jumped": the name's code, then its figure
        if items[p].low in _BRACKET_DIRECTIONS:  # "Power Grid Corp (up 4 per cent)", "(down nearly 8 per cent)"
            said, p = _BRACKET_DIRECTIONS[items[p].low], p + 1
        hedge = _hedge_at(items, p) if said else 0
        p += hedge
        if said and not hedge:
            p = _past_points_or(items, p)  # "BSE IT ( down 150.20 points or 4.1% )": the points, then the percent
        q = items[p] if p < len(items) else None
        close, shut = None, p + 1
        if said is None and q is not None and q.qkind == "PERCENT" and p + 2 < len(items) and items[p + 2].word(")") \
                and items[p + 1].kind == "W" and items[p + 1].low in _BRACKET_AFTER_SIDE:
            said, shut = _BRACKET_AFTER_SIDE[items[p + 1].low], p + 2  # ThisDay's "United Bank for Africa Plc (3.5 per
            # cent gain), Zenith bank Plc (2.4 per cent increase)"
        lead = next((len(w) for w in (("to", "close", "at"), ("to", "end", "at"), ("at",), ("to",))
                     if words_at(items, shut, w)), 0) if said or q is not None and q.qkind == "PERCENT" else 0
        if lead and shut + lead + 1 < len(items) and items[shut + lead + 1].word(")"):
            # AFP's "Pernod Ricard (-5.29% to 182.55 euros)", IANS' "Ranbaxy Labs (up 4.43 percent to close at Rs.241.70)"
            close, shut = _level(items[shut + lead]), shut + lead + 1
        if q is None or q.qkind != "PERCENT" or not (q.qty.signed or said) or shut >= len(items) \
                or not items[shut].word(")"):
            continue
        pct = q.qty.value if said is None else abs(q.qty.value) * (1 if said == "up" else -1)
        out.append(RawMove(it.mention, "up" if pct > 0 else "down" if pct < 0 else "flat", pct or 0.0, hedge > 0, close,
                           None, k + 2, shut + 1, q.start_char))
    return out


_BRACKET_DIRECTIONS = {"up": "up", "down": "down", "gained": "up", "lost": "down", "rose": "up", "fell": "down",
                       "off": "down"}  # (the Hollywood Reporter's "Walt Disney (off 2 percent)")
_SIGNED_NUMBER = re.compile(r"^[+\-−–]\d{1,3}(?:\.\d+)?$")
_BRACKETS = frozenset({"("})


_UP_NOUNS = frozenset({"gain", "rise", "increase", "jump", "rally", "advance", "surge", "climb", "rebound", "uptick",
                       "hike",  # (Malaya's "was up 46.15 points, a 0.75 percent hike to 6,225.78")
                       "recovery", "comeback",  # (review 73's "mounted a stunning recovery of 1,204.33 points or 3.41%")
                       "spurt", "leap",  # (AP's "the Nasdaq composite led the market with a 2.5% spurt")
                       "bump",  # ("Kestrel Rail led the sector's gains with a 4.1 percent bump")
                       "improvement",  # (Kiplinger's "the Russell 2000 finished with a 1.3% improvement to 1,962")
                       "appreciation",  # (review 81's "recorded the highest price appreciation of 9.7 per cent")
                       "upturn"})
_DOWN_NOUNS = frozenset({"decline", "drop", "fall", "loss", "decrease", "slide", "slump", "plunge", "dip", "retreat",
                         "hit",  # ("took an 8.3 per cent hit")
                         "dive", "nosedive", "tumble",  # (China Daily's "followed suit with a 4.3-percent dive")
                         "collapse",  # ("The FTSE MIB closed with a collapse of 4.62 per cent")
                         "depreciation",
                         "correction",  # (ARA's "closed at 17,307.8 points, with a slight correction of 0.27%")
                         "downturn"})  # ("The EGX30 experienced a downturn of 0.9%, closing at 29,325")
#: a close's own noun for a fall only after the close: the Economic Times' "the index finished with a cut of 61
#: points, or 0.5 per cent" (alone, a cut is a rate's)
_CLOSED_WITH_CUT = {"cut": "down"}
#: a move noun, singular or plural, and its direction: "closed with a gain of 0.9%", "ended with losses of 6.5%"
_MOVE_NOUN_SIDE = {**dict.fromkeys(_UP_NOUNS, "up"), **dict.fromkeys(_DOWN_NOUNS, "down"),
                   **{n + "s": "up" for n in _UP_NOUNS}, **{n + "s": "down" for n in _DOWN_NOUNS}, "losses": "down",
                   # dpa-AFX's translated "The shares of Finch Versicherung slipped with a minus of 2.86 percent"
                   "minus": "down", "plus": "up"}
#: the side after a bracket's figure: "(3.5 per cent gain)", VOA's "Paris (1.6 percent lower)"
_BRACKET_AFTER_SIDE = {**_MOVE_NOUN_SIDE, "lower": "down", "higher": "up"}
_NOUN_VERBS = frozenset({"posted", "recorded", "saw", "logged", "registered", "booked", "notched", "marked", "with",
                         "racked", "chalked",
                         "posting", "recording", "seeing", "logging", "clocked", "suffered", "enjoyed", "took",
                         "taking", "witnessed", "sees", "posts", "records",  # (the Global Times' "witnessed an increase of")
                         "experienced", "experiencing",  # ("the Portuguese stock market experienced a loss of 4.21 per cent")
                         "clocking", "notching", "registering", "booking",  # ("DBS ..., clocking a gain of nearly 1 per cent")
                         "had",  # (The Local's "The UK FTSE 100 index had a 3.43 percent fall")
                         "enjoying", "suffering",  # (CNBC's "with gas producer Tern enjoying a 4.7 percent jump")
                         # Focus Taiwan's "Asia Vital Components boasted a 5.6 percent increase"; This is Money's
                         # "Lloyds TSB responded with a 5% rise" (its "with" is read as above)
                         "boasted", "boasting",
                         "held",  # (IBD's "The Dow Jones industrials held a gain of 1.8%")
                         "eked", "eking", "eeked", "eeking", "squeezed", "squeezing",  # (before "out": see _EKED)
                         # Dawn's "the benchmark KSE-100 index staged a spectacular rally of 1,111.90 points or 2.57 per
                         # cent"
                         "staged", "staging", "mounted", "mounting",
                         "managed", "managing",  # ("The CSI 300 managed a slight uptick of 8.4 points")
                         "faced", "facing",  # (Dimsum Daily's "HSBC Holdings (5) also faced a decline of 1.8%")
                         # Mettis Global's "concluded Friday's trading session at 163,304.13, showing a decrease of
                         # 1,286.28 points or 0.78%" (after a comma only: not "Data showed a 1.9 percent fall")
                         "showing", "displaying"})
#: the noun verbs that restate the move of the clause before their comma only
_SHOWING = frozenset({"showing", "displaying"})
#: the verbs of a slow course whose "to" takes the move's noun: "clawed to a slight gain of 0.07%"
_CREPT_TO = frozenset({"clawed", "crept", "inched", "edged", "limped", "scraped", "struggled", "drifted", "slipped",
                       "crawled"})
#: the verbs whose "out" takes a small gain: "eked out a 0.46 percent gain" (also misspelt "eeking")
_EKED = frozenset({"eked", "eking", "eeked", "eeking", "squeezed", "squeezing"})


_ARTICLES = frozenset({"a", "an"})
#: the extremes a noun figure's distance is told from: "a 30% slide from their December peak"
_EXTREME_WORDS = frozenset({"peak", "peaks", "high", "highs", "low", "lows", "record", "top", "bottom", "trough"})


@dataclass(slots=True)
class _Orphan:
    """A noun-form figure with no subject of its own: '..., a drop of more than 2.75 percent'."""

    at: int
    direction: str
    pct: float
    approx: bool
    end: int


#: words before which no business noun can be the moved figure's: "a 5% rise in bank shares"
_NOT_RESULT_WORDS = frozenset({"shares", "share", "stock", "stocks", "prices", "price", "the", "and", "or", "as"})


def _business_noun_at(items: list[Item], x: int) -> bool:
    """Whether a business noun stands at item x, after at most six lower-case words of its period or kind
    ("profit", "first-quarter earnings", "its full-year net profit", "global sales", "organic sales"), with no
    name or figure between."""
    for y in range(x, min(len(items), x + 7)):
        it = items[y]
        if it.kind == "W" and it.low in BUSINESS_NOUNS:
            return True
        if not (it.kind == "W" and (it.text.islower() and it.text.replace("-", "").isalpha() or it.text == "-")
                and it.low not in _NOT_RESULT_WORDS
                or it.low in MONTHS or it.kind == "M" and it.mention.kind == "place"
                or it.kind == "W" and it.text.isupper() and 2 <= len(it.text) <= 3):
            return False  # (review 73's "posted 5.2% drop in June sales", "posted 7% gain in US sales")
    return False


def _business_list(items: list[Item], k: int) -> bool:
    """'sharp drops in U.S. sales for March, including a 43% plunge for Hyundai': the noun at k is one
    of a business figure's examples (sales, orders), no price move."""
    x = k - 1
    while x >= 0 and k - x <= 12 and not items[x].word(";", "."):
        if items[x].kind == "W" and items[x].low in BUSINESS_NOUNS:
            return any(it.word("including", "with") for it in items[x + 1:k])
        x -= 1
    return False


#: the superlatives a move noun after "the" may take: Lagos' "Kestrel posted the highest price gain of 9.64 per cent"
_TOPMOST = frozenset({"highest", "biggest", "largest"})
#: adjectives between "a" and the percent of a move's noun: "a broader 3.6 per cent slide"
_NOUN_ADJECTIVES = frozenset({"broader", "wider", "further", "sharp", "steep", "modest", "marginal", "hefty",
                              "mere", "slight", "massive", "small", "big", "solid", "strong", "spectacular", "dramatic",
                              "impressive", "huge", "robust", "healthy", "mild", "significant", "heavy",
                              "final",  # ("London recorded a final increase of 0.07%": the close's, an Italian wrap's)
                              "daily",
                              # comparatives against another mover: "posted an even sharper fall of 2.6%"
                              "steeper", "sharper", "bigger", "larger", "smaller", "deeper", "heavier",
                              "milder",
                              # a writer's judgement of the move: "a worrying 1.4% decline", "a welcome 2% rise"
                              "worrying", "concerning", "welcome", "disappointing", "surprising",
                              "stunning"}) | _TOPMOST
#: the endings of the other adjectives read there: The Greek Deal's "recorded a remarkable increase of 1.42%", "a
#: considerable drop", "a negative change of 2.51%"
_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ive", "ous", "ful", "ic", "ant", "ent")
#: adjectives of those endings that make the noun a span's, a forecast's or an old move's: "an annual gain of 12%",
#: "a potential drop of 20%", "a recent slide of 30%"
_NOT_A_DAYS = frozenset({"annual", "cumulative", "potential", "recent", "current", "eventual", "hypothetical",
                         "historical", "seasonal", "natural", "initial", "incremental", "structural", "fundamental"})


def _superlative_move(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """A move told by a superlative after the verb at item k: Reuters' "posted its worst close in five weeks"
    (up), "made its biggest one-day drop in two years" (down); not a business noun's ("suffered the biggest fall in
    sales")."""
    x = k + 1
    if not (x + 2 < len(items) and items[x].word("its", "their", "the", "a")):
        return None
    side = _SUPERLATIVE_SIDES.get(items[x + 1].low, "") if items[x + 1].kind == "W" else ""
    if side == "":
        return None
    y = x + 2
    while y < len(items) - 1 and y < x + 6 and items[y].kind == "W" and items[y].low in _SUPERLATIVE_SPANS:
        y += 1
    noun = items[y].low if items[y].kind == "W" else ""
    direction = _MOVE_NOUN_SIDE.get(noun) or (side if noun in _SESSION_SUPERLATIVE_NOUNS else None)
    if direction is None:
        return None
    if y + 1 < len(items) and items[y + 1].word("in", "for") and any(
            it.low in BUSINESS_NOUNS for it in items[y + 2:y + 4]):
        return None  # ("suffered the biggest fall in sales in a decade": the business's, no price)
    if noun in _SESSION_SUPERLATIVE_NOUNS and k >= 1 and items[k - 1].kind == "M" \
            and items[k - 1].mention.kind in ("ref", "candidate") \
            and not (items[k - 1].mention.entity_id or "").startswith(("idx-", "market-", "cmd-", "fx-")) \
            and any(it.low in BUSINESS_NOUNS for it in items[y + 1:y + 8]):
        return None  # ("Kestrel Motors posted its best day of sales": a company's business)
    e = y + 1
    if e < len(items) and items[e].word("in", "since"):  # "in two years", "since March": how rare, no span of the move
        e += 1
        while e < len(items) and e < y + 8 and items[e].kind != "M" and not items[e].word(
                ",", ".", ";", "on", "after", "as", "amid", "following", "with", "while", "and"):
            e += 1
    return direction, e - k, False


def _noun_adjective(it: Item) -> bool:
    """Whether the word ``it`` describes the move noun after it ("a sharp fall", "a remarkable increase")."""
    return it.kind == "W" and (it.low in _NOUN_ADJECTIVES or it.text.isalpha() and it.text.islower()
                               and it.low.endswith(_ADJECTIVE_ENDINGS) and it.low not in _NOT_A_DAYS)


def _noun_side(items: list[Item], n: int) -> bool | None:
    """Whether the move noun at item n is a rise (True), a fall (False), or None when no move noun stands
    there; "change" takes its side from the adjective before it (Geo News' "recording a negative change of
    2.51%")."""
    low = items[n].low
    if low in _UP_NOUNS:
        return True
    if low in _DOWN_NOUNS:
        return False
    if low == "change" and n >= 1 and items[n - 1].word("positive", "negative"):
        return items[n - 1].low == "positive"
    return None


def _possessive_moves(items: list[Item]) -> list[RawMove]:
    """'Rio Tinto's 5 per cent climb was one of the few bright spots', 'Roche's 5.5 percent plunge
    contributed the most': a name's move as a possessed noun."""
    out: list[RawMove] = []
    if not has_percent(items) or not has_words(items, _POSSESSIVES):
        return out
    for k in word_indices(items, _POSSESSIVES):
        hedge = _hedge_at(items, k + 1)  # NDTV's "led by Nifty IT index's over 4 per cent gain"
        owner = k - 2 if items[k].low == "whose" else k - 1  # Kiplinger's "the Dow Jones Industrial Average, whose
        # 0.2% gain to 30,409 was just enough for yet another record close"
        if not (0 <= owner and k + 2 + hedge < len(items) and items[owner].kind == "M"
                and (owner == k - 1 or items[k - 1].word(","))
                and items[k + 1 + hedge].qkind == "PERCENT"
                and items[owner].mention.kind in ("ref", "candidate", "market") and items[k + 2 + hedge].kind == "W"
                and (items[k + 2 + hedge].low in _UP_NOUNS or items[k + 2 + hedge].low in _DOWN_NOUNS)):
            continue
        close, after = None, k + 3 + hedge
        if after + 1 < len(items) and items[after].word("to") and (level := _level(items[after + 1])) is not None:
            close, after = level, after + 2  # "whose 0.2% gain to 30,409 was ..."
        by = k >= 2 and (items[k - 2].word("by") or k >= 3 and items[k - 2].word("the") and items[k - 3].word("by"))
        with_ = owner == k - 1 and k >= 2 and items[k - 2].word("with") and after < len(items) \
            and items[after].kind == "W" and items[after].low.endswith("ing")  # "with Toyota's 2.3 percent rise
        # leading the gains": a with-clause's subject
        if not (after < len(items) and items[after].low in _POSSESSED_MOVE_VERBS or by and owner == k - 1 or with_):
            # ("led by the Nifty Bank index's 3 per cent fall", "outdone by the Shenzhen Composite Index's 3.62 per
            # cent advance": a by-phrase's object)
            continue  # only as a clause's subject: not "Tencent's 40 percent gain this year", "Shell's 4% increase
            # to its dividend", "Goldman's 10% gain forecast", "Meta's 20% jump after its February report"
        f = k + 1 + hedge
        value = abs(items[f].qty.value) * (1 if items[f + 1].low in _UP_NOUNS else -1)
        out.append(RawMove(items[owner].mention, "up" if value > 0 else "down", value,
                           items[f].qty.approx or hedge > 0, close, None, k + 1, f + 2, items[k + 1].start_char))
    return out


def _led_by_losses(items: list[Item]) -> list[RawMove]:
    """TeleTrader's "The DAX closed 0.66% in the negative territory led by Adidas AG losses of 2.68%": a name and
    its move noun with its figure, after "led by" (the name's own move, as "led by Adidas AG's 2.68% loss")."""
    out: list[RawMove] = []
    if not has_words(items, _LED):
        return out
    for k in word_indices(items, _LED):
        n = k + 2
        if not (n + 3 < len(items) and items[k + 1].word("by") and items[n].kind == "M"
                and items[n].mention.kind in ("ref", "candidate") and items[n + 1].low in _MOVE_NOUN_SIDE
                and items[n + 2].word("of") and items[n + 3].qkind == "PERCENT"):
            continue
        direction = _MOVE_NOUN_SIDE[items[n + 1].low]
        value = abs(items[n + 3].qty.value) * (1 if direction == "up" else -1)
        out.append(RawMove(items[n].mention, direction, value, items[n + 3].qty.approx, None, None, n + 1, n + 4,
                           items[n + 1].start_char))
    return out


_CIRCUIT_WORD = frozenset({"circuit"})


def _circuit_moves(items: list[Item]) -> list[RawMove]:
    """The Indian press's price bands with the band's figure before its side: "Kestrel Labs was locked in a 10 per
    cent upper circuit at Rs 212", "Osprey Films hit the 20% lower circuit": a move of the band's size, up at the
    upper band, down at the lower (the figure after the band, "hit an upper circuit of 10%", is the phrase table's in
    the lexicon; a market-wide circuit breaker's threshold is no move)."""
    out: list[RawMove] = []
    for c in word_indices(items, _CIRCUIT_WORD):
        side = items[c - 1].low if c >= 1 else ""
        if side not in CIRCUIT_SIDES or c < 2 or items[c - 2].qkind != "PERCENT" \
                or c + 1 < len(items) and items[c + 1].low in ("breaker", "breakers", "-"):
            continue
        figure = c - 2
        v = next((x for x in range(figure - 1, max(-1, figure - 5), -1) if items[x].low in CIRCUIT_VERBS), None)
        if v is None:
            continue
        subjects, _, _ = _subjects(items, v - (v >= 1 and items[v - 1].word("been", "got", "get", "gets")))
        if len(subjects) != 1 or subjects[0][0].kind not in ("ref", "candidate", "pronoun", "description") \
                or subjects[0][0].kind == "ref" and not names_company(subjects[0][0]):
            continue  # (not "The Sensex hit the 10 per cent lower circuit, halting trading": the market's breaker)
        direction = CIRCUIT_SIDES[side]
        end = c + 1
        band = end + (end < len(items) and items[end].word("band"))
        close, end2 = _close_after(items, _skip_points_and_day(items, band))
        value = abs(items[figure].qty.value) * (1 if direction == "up" else -1)
        out.append(RawMove(subjects[0][0], direction, value, items[figure].qty.approx, close, None, v,
                           end2 if close is not None else end, items[v].start_char))
    return out


def _plural_noun_moves(items: list[Item]) -> list[RawMove]:
    """The Evening Standard's "including 1% gains for BP and Shell": a figure, a plural move noun and the names it is
    for, with no article before it (the articled forms are :func:`_noun_moves`'s)."""
    out: list[RawMove] = []
    if not has_words(items, _PLURAL_MOVE_NOUNS):
        return out
    for n in word_indices(items, _PLURAL_MOVE_NOUNS):
        # the kinds of names each figure may be for: a market's too ("European bourses closed lower, with losses of 1.2%
        # for London and 0.8% for Frankfurt") where no company is named before (not "Kestrel closed with gains of 3% in
        # London": where it trades)
        kinds = ("ref", "candidate") if any(it.kind == "M" and it.mention.kind in ("ref", "candidate")
                                            or it.kind == "W" and (it.low in _PRICE_WORDS or it.low in _ECONOMY_WORDS)
                                            for it in items[:n]) else ("ref", "candidate", "place", "market")
        # (nor an economy's: review 92's "Unemployment fell, with declines of 0.3% in Spain and 0.2% in Italy")
        if n + 4 < len(items) and items[n + 1].word("of") and items[n + 2].qkind == "PERCENT" \
                and items[n + 3].word("for", "in") and items[n + 4].kind == "M" and items[n + 4].mention.kind in kinds:
            # AP's "including declines of 2.8% for Apple and 2% for Nvidia": each name with its own figure (not a
            # forecast's: "Analysts see declines of 10% for Tesla next year")
            direction, x = _MOVE_NOUN_SIDE[items[n].low], n + 2
            if any(it.kind == "W" and (it.low in _FORECAST or it.low in _FORECAST_NOUN_VERBS or it.low == "see"
                                       or it.low in BUSINESS_NOUNS) for it in items[max(0, n - 6):n]) \
                    or n >= 1 and items[n - 1].low in _PRICE_WORDS:
                continue  # (nor results': "revenue increases of 8% for iPhone"; nor prices': "rent increases of 5% in
                # London")
            while x + 2 < len(items) and items[x].qkind == "PERCENT" and items[x + 1].word("for", "in") \
                    and items[x + 2].kind == "M" and items[x + 2].mention.kind in kinds \
                    and not multi_period(items, x + 3) and not (x + 3 < len(items) and items[x + 3].word("next", "this")):
                value = abs(items[x].qty.value) * (1 if direction == "up" else -1)
                out.append(RawMove(items[x + 2].mention, direction, value, items[x].qty.approx, None, None, n, x + 3,
                                   items[x].start_char))
                x += 3
                x += 1 if x + 1 < len(items) and items[x].word(",", "and") else 0
                x += 1 if x < len(items) and items[x].word("and") else 0
            continue
        if not (n >= 1 and items[n - 1].qkind == "PERCENT" and n + 2 < len(items) and items[n + 1].word("for", "in")
                and items[n + 2].kind == "M" and items[n + 2].mention.kind in ("ref", "candidate")) \
                or n >= 2 and items[n - 2].low in _ARTICLES:
            continue  # (not "a 69 percent drop in profit": a name after "for" or "in", never a business noun)
        if any(it.kind == "W" and (it.low in _FORECAST or it.low in _FORECAST_NOUN_VERBS)
               for it in items[max(0, n - 6):n]):
            continue  # "Analysts expect 10% gains for Tesco next year": a forecast
        names, x = [items[n + 2].mention], n + 2
        while x + 2 < len(items) and items[x + 1].word(",", "and") and items[x + 2].kind == "M" \
                and items[x + 2].mention.kind in ("ref", "candidate"):
            names.append(items[x + 2].mention)
            x += 2
        if multi_period(items, x + 1) or x + 1 < len(items) and items[x + 1].word("next", "this"):
            continue  # "8% gains for Tesco this year": a span's
        direction = _MOVE_NOUN_SIDE[items[n].low]
        value = abs(items[n - 1].qty.value) * (1 if direction == "up" else -1)
        out += [RawMove(m, direction, value, items[n - 1].qty.approx, None, None, n, x + 1, items[n - 1].start_char)
                for m in names]
    return out


_PLURAL_MOVE_NOUNS = frozenset(n for n in _MOVE_NOUN_SIDE if n.endswith("s") and n not in _UP_NOUNS | _DOWN_NOUNS)
#: words before a plural move noun that make it prices' moves, not shares': "rent increases of 5% in London"
#: the economy's measures a sentence may give for each place: "Consumer prices climbed, with increases of 0.4% in
#: Germany and 0.3% in France"
_ECONOMY_WORDS = frozenset({"unemployment", "jobless", "inflation", "gdp", "growth", "output", "production", "exports",
                            "imports", "sales", "yields", "wages", "employment", "spending", "consumption", "lending"})
_PRICE_WORDS = frozenset({"price", "prices", "rent", "rents", "home", "house", "housing", "property", "fare", "wage",
                          "pay", "tariff", "rate"})
_LED = frozenset({"led"})
#: participles of a day's course that may stand between a subject and its verb, with no commas
_ASIDE_COURSES = frozenset({"erasing", "paring", "trimming", "reversing", "recouping", "extending", "wiping",
                            "surrendering", "shedding", "giving"})
_POSSESSIVES = frozenset({"'s", "’s", "whose"})
#: verbs a possessed move noun is the subject of: "Rio Tinto's 5 per cent climb was one of the few bright spots"
_POSSESSED_MOVE_VERBS = frozenset({"was", "contributed", "led", "dragged", "weighed", "helped", "pulled", "pushed",
                                   "lifted", "accounted", "offset", "outweighed", "capped", "dented"})


def _the_opens(items: list[Item], k: int) -> bool:
    """Whether a noun move can open at the "the" of item k: "the biggest gain of 2%", and as a sentence's subject "The
    1.3 percent fall in the Nikkei" (not "from the 5% plunge in X": a phrase's noun, review 105)."""
    return items[k + 1].low in _TOPMOST or k == 0 and items[1].qkind == "PERCENT"


def _noun_moves(items: list[Item]) -> tuple[list[RawMove], list[_Orphan]]:
    """'closed at HK$610, a decline of 1.77%', 'posted a 2% gain', 'recorded a 1.5% loss',
    'a 7 percent plunge for the Tel Aviv stock exchange'; and the noun forms that restate the
    figure of a clause before them ('plummeted 462 points, a drop of more than 2.75 percent')."""
    out: list[RawMove] = []
    orphans: list[_Orphan] = []
    if not has_percent(items) or not (has_words(items, _ARTICLES) or has_words(items, _NOUN_VERBS)
                                      or has_words(items, _DASHED_ARTICLES)
                                      or len(items) > 2 and _the_opens(items, 0)):
        return out, orphans  # every noun form here holds a percent, after "a", "an", "the" or a verb that takes a noun
    for k in [k for k, it in enumerate(items[:-2])
              if it.kind == "W" and (it.low in _ARTICLES or it.low in _DASHED_ARTICLES
                                     or it.low == "the" and _the_opens(items, k))
              or it.qkind == "PERCENT" and k >= 1 and items[k - 1].low in _NOUN_VERBS and items[k + 1].kind == "W"
              and items[k + 1].low in _MOVE_NOUN_SIDE
              or it.low in _PLURAL_MOVE_NOUNS and k >= 1 and items[k + 1].word("of") and (
                  items[k - 1].word("with") or items[k - 1].low in _NOUN_VERBS and not items[k - 1].low.endswith("ing")
                  and _one_figure_after(items, k)
                  and not items[min(k + 3 + _hedge_at(items, k + 2), len(items) - 1)].word("in", "for"))]:
        nxt = items[k + 1]
        # "recorded a steep fall of 2.74 percent": an adjective before the noun, and its adverb (CTK's "posted a
        # relatively significant drop of 5.57 percent")
        adv = 1 if nxt.kind == "W" and nxt.text.islower() and (nxt.low.endswith("ly") or nxt.low in ("even", "much")) \
            and k + 2 < len(items) and _noun_adjective(items[k + 2]) else 0
        n = k + 2 + adv if _noun_adjective(items[k + 1 + adv]) and k + 4 + adv < len(items) \
            and items[k + 2 + adv].kind == "W" else k + 1
        if n + 3 < len(items) and items[n].word("price") and _noun_side(items, n + 1) is not None:
            n += 1  # "posted the highest price gain of 9.64 per cent", "a price loss of 5%"
        hedge = _hedge_at(items, n + 2)
        restated = _restated_percent(items, n + 2) if items[n + 1].word("of") and items[n].kind == "W" else None
        if items[k].qkind == "PERCENT":  # SeeNews' "OMV Petrom (BSE:SNP) posted 5.77% drop": the article left out
            up, pct_item, end, hedge = _MOVE_NOUN_SIDE[nxt.low] == "up", items[k], k + 2, 0
        elif items[k].low in _PLURAL_MOVE_NOUNS:  # Sunshine News' "Banco Santander ... also experienced a bad day
            # with losses of 3.71%": a plural noun after "with"
            p = k + 2 + _hedge_at(items, k + 2)
            if not (p < len(items) and items[p].qkind == "PERCENT") or multi_period(items, p + 1):
                continue
            up, pct_item, end, hedge = _MOVE_NOUN_SIDE[items[k].low] == "up", items[p], p + 1, p - k - 2
        elif items[n].kind == "W" and _noun_side(items, n) is not None \
                and items[n + 1].word("of", "by") and n + 2 + hedge < len(items) and items[n + 2 + hedge].qkind == "PERCENT":
            # (translated copy's "wrapped up the session with an increase by 1.7 per cent")
            up, pct_item, end = _noun_side(items, n), items[n + 2 + hedge], n + 3 + hedge
        elif restated is not None and _noun_side(items, n) is not None:
            # the Western Morning News' "suffered a fall of 46.25 points, or 0.68%, to close at 6,771.93"
            up, pct_item, end, hedge = _noun_side(items, n), items[restated], restated + 1, 0
        elif _noun_adjective(nxt) and k + 3 < len(items) and items[k + 2].qkind == "PERCENT" \
                and items[k + 3].kind == "W" and (items[k + 3].low in _UP_NOUNS or items[k + 3].low in _DOWN_NOUNS):
            # "leading a broader 3.6 per cent slide in the Hang Seng Properties Index"
            up, pct_item, end, hedge = items[k + 3].low in _UP_NOUNS, items[k + 2], k + 4, 0
        elif nxt.qkind == "PERCENT" and items[k + 2].kind == "W" and (items[k + 2].low in _UP_NOUNS
                                                                    or items[k + 2].low in _DOWN_NOUNS):
            up, pct_item, end, hedge = items[k + 2].low in _UP_NOUNS, nxt, k + 3, 0
        elif nxt.qkind == "PERCENT" and k + 4 < len(items) and items[k + 2].word("share") \
                and items[k + 3].word("price") and items[k + 4].kind == "W" \
                and (items[k + 4].low in _UP_NOUNS or items[k + 4].low in _DOWN_NOUNS):
            # WAtoday's "Lynas won the day with a 12 per cent share price jump"
            up, pct_item, end, hedge = items[k + 4].low in _UP_NOUNS, nxt, k + 5, 0
        elif (h := _hedge_at(items, k + 1)) and k + h + 2 < len(items) and items[k + 1 + h].qkind == "PERCENT" \
                and items[k + 2 + h].kind == "W" and (items[k + 2 + h].low in _UP_NOUNS
                                                      or items[k + 2 + h].low in _DOWN_NOUNS):
            # PTI's "An over 12 per cent plunge in Japan's Nikkei also dented markets' sentiment"
            up, pct_item, end, hedge = items[k + 2 + h].low in _UP_NOUNS, items[k + 1 + h], k + 3 + h, h
        else:
            continue
        if any(it.low == "hike" for it in items[k:end]) \
                and any(it.low in ("price", "prices", "fares", "tariffs", "rates") for it in items[max(0, k - 4):k]):
            continue  # review 73's "Petrol prices saw a 5 percent hike to 300 rupees a litre": a price set, no market's
        if end + 1 < len(items) and items[end].word("in") and _business_noun_at(items, end + 1):
            continue  # "posted a 69 percent drop in profit", "a 19% rise in first-quarter earnings": the results
        if end < len(items) and items[end].word("from", "since", "off") \
                and any(it.low in _EXTREME_WORDS for it in items[end + 1:end + 6]):
            continue  # "closed at $180, marking a 30% slide from their December peak": a distance, no day's move
        if any(it.kind == "W" and it.low in _FORECAST_NOUN_VERBS for it in items[max(0, k - 3):k]):
            continue  # Reuters' "HSBC's team predicts a 20% slump in UK housing demand": a forecast, no move
        value = abs(pct_item.qty.value) * (1 if up else -1)
        after = end + 1 if end + 1 < len(items) and items[end + 1].word("the") else end
        while k >= 1 and items[k - 1].word("leading", "led") and after > end and after + 2 < len(items) \
                and items[after + 1].word("benchmark", "key", "main", "broader", "wider", "flagship"):
            after += 1  # the Nikkei's "leading a wider 7.3 per cent slide in the benchmark Nikkei Stock Average"
        if end + 2 < len(items) and items[end].word("in") and items[end + 1].word("shares", "stock") \
                and items[end + 2].word("of", "in"):
            after = end + 2  # "A 34% plunge in shares in banknote printer De La Rue"
            x = after + 1
            while x < len(items) and x - after <= 3 and items[x].kind == "W" and items[x].text.isalpha() \
                    and items[x].text.islower():
                x += 1  # (the shares' owner is a company: the plain words before its name describe it)
            if x < len(items) and items[x].kind == "M":
                after = x - 1
        while after + 1 < len(items) and items[after + 1].kind == "W" and items[after + 1].low in DESCRIPTORS:
            after += 1  # "a 3.5% drop in chipmaker TSMC"
        if after + 1 < len(items) and items[after + 1].kind == "W":
            after = _described_name_before(items, after)  # "a 0.9% increase in blue-chip developer Osprey Estates"
        after = _owned_name(items, after + 1) - 1  # "in shares of Carlos Slim's telecoms giant America Movil"
        if items[k].low == "the" and nxt.qkind == "PERCENT" and (
                multi_period(items, after + 2) or after + 3 < len(items)
                and items[after + 2].low in _APOSTROPHES and _business_noun_at(items, after + 3)):
            continue  # only of the day: not "The 5% fall in the Kospi last week", "The 5% rise in Osprey Foods'
            # revenue" (review 105)
        if end < len(items) and items[end].word("for", "in", "at", "on") and after + 1 < len(items) \
                and items[after + 1].kind == "M" and items[after + 1].mention.kind in _SUBJECT_KINDS \
                and not _business_list(items, k) and items[k].qkind != "PERCENT" \
                and not (items[end].word("on") and items[after + 1].mention.kind == "candidate") \
                and not (items[k].low in _PLURAL_MOVE_NOUNS and items[k - 1].low in _NOUN_VERBS) \
                and not (items[end].word("in") and items[after + 1].mention.kind in ("place", "market") and k >= 2
                         and items[k - 1].low in _NOUN_VERBS and items[k - 2].kind == "M"):
            # (not review 73's "BHP Group posted 2.35% decline in Sydney", review 74's "BHP Group posted a 3% rise in
            # Sydney": the subject's move, in the city its exchange is in; nor the Press and Journal's "with a 3.1%
            # advance on Hogmanay": a day's name the reference does not know, after "on")
            out.append(RawMove(items[after + 1].mention, "up" if up else "down", value, hedge > 0, None, None, k,
                               after + 2, items[k].start_char))  # "a 7 percent plunge for the Tel Aviv exchange"
            continue
        if items[k].low == "the" and nxt.qkind == "PERCENT":
            continue  # "The 1.3 percent fall in the Nikkei was blamed on X": only its own name after it
        j, close = k - 1, None
        if j >= 1 and items[j].kind == "W" and items[j].low in LIGHT_PARTICIPLES and items[j - 1].word(","):
            j -= 1  # "closed at 30,000, marking a 1.2% loss": the participle restates its clause's figure
        if j >= 1 and items[j].word("around", "about", "nearly", "almost", "roughly") \
                and items[j - 1].low in _NOUN_VERBS:
            j -= 1  # "the Nifty Metal index clocked nearly a 1.6 per cent gain": a hedge before the article
        if j >= 1 and (items[j].word("up") and items[j - 1].low in ("notched", "racked", "chalked", "clocked")
                       or items[j].word("out") and items[j - 1].low in _EKED):
            j -= 1  # Reuters' "The Malaysian index notched up a 0.5 percent gain": the verb's particle; Breitbart's
            # "eeking out a 0.38 percent gain"
        closed_on = j >= 1 and items[j].word("on") and items[j - 1].low in _CLOSE_STATED
        if j >= 1 and items[j].word("to") and items[j - 1].low in _CREPT_TO or closed_on:
            j -= 1  # CCN's "The Dow Jones Industrial Average clawed to a slight gain of 19.02 points or 0.07%"; Al
            # Bawaba's "The Muscat MSX30 Index closed on a 1.6 percent rise"
        if j >= 0 and items[j].kind == "W" and (items[j].low in _NOUN_VERBS or items[j].low in _CREPT_TO or closed_on):
            if items[j].low in _SHOWING and not (j >= 1 and items[j - 1].word(",")):
                continue  # ("data showing a 2% fall in output": no move's clause before it)
            j -= 1
            if j >= 1 and items[j].word("suit") and items[j - 1].word("followed", "follows", "following"):
                j -= 2  # "Vanke, the nation's leading property developer, followed suit with a 4.3-percent dive"
            elif j >= 1 and items[j].word(",") and items[j + 1].low.endswith("ing") \
                    and (head := _clause_head(items, j)) >= 0:
                j = head  # "DBS bounced off its recent low of $33.50, clocking a gain of nearly 1 per cent": the clause's
        elif j >= 0 and items[j].word(";", "-", "\u2013", "\u2014") or items[k].low in _DASHED_ARTICLES \
                or j >= 2 and items[j].word("for") and items[j - 1].word(",") and items[j - 2].word("points") or (
                # (the Portland Business Journal's "as the Dow dropped 400 points, for a 1.6 percent drop")
                j >= 0 and items[j].word(",") and _closing_price_before(items, j)[0] is None
                and not (j >= 3 and _level(items[j - 1]) is not None and items[j - 2].word("was"))):
            orphans.append(_Orphan(k, "up" if up else "down", value, hedge > 0, end))
            continue
        elif j >= 0 and items[j].word(","):
            level, jj = _closing_price_before(items, j)
            if level is None and j >= 3 and _level(items[j - 1]) is not None and items[j - 2].word("was") \
                    and items[j - 3].low == "price":
                level, jj = _level(items[j - 1]), j - 5  # "Meituan's closing price was HKD 95.55, a drop of 3%"
            if level is None:
                continue
            close, j = level, jj
        else:
            continue
        while j >= 0 and items[j].kind == "W" and items[j].low in SUBJECT_SKIP:
            j -= 1
        if j >= 3 and items[j].word(")") and items[j - 2].word("(") and items[j - 3].kind == "M" \
                and items[j - 1].kind == "M" and items[j - 1].mention.kind == "place":
            j -= 3  # 24Brussels' "the DAX (Frankfurt) with a 4.1 per cent loss": the index, then its city
        if j >= 1 and items[j].qkind == "TICKER" and items[j - 1].kind == "M":
            j -= 1  # the Jakarta Post's "PT Unilever Indonesia (UNVR) with a gain of 7.78 percent"
        j = _skip_appositive(items, j)  # "PetroChina, China's top oil producer, saw a decline of 1.93 percent"
        if j >= 2 and items[j].kind == "M" and items[j].mention.kind == "place" and items[j - 1].word("in") \
                and (named := _skip_place_pp(items, j)) != j and items[named].kind == "M":
            j = named  # "the Nifty 50 in India had gains of 0.5%": the index, not its country's benchmark
        if items[k - 1].word("with") and (j < 0 or items[j].kind != "M" or _after_a_preposition(items, j)
                                          or _led_object(items, j)) \
                and not (k >= 2 and items[k - 2].low in _SETTLE):  # (the settled reading's: "closed with a 1% loss")
            # "Bank of Ireland performed strongly with a 3.65pc rise", "Johnson & Johnson weighed most heavily on
            # the S&P 500 with a 1.4 percent decline": the clause's subject, not the object before "with"
            head = _clause_head(items, k - 1)
            j = head if head >= 0 or j < 0 or items[j].kind != "M" else j  # ("a slump in Infosys with a 4% drop")
        if (j < 0 or items[j].kind != "M") and items[k - 1].word("with") and items[0].word("it") \
                and not any(it.kind == "M" for it in items[1:k]):
            close = close if close is not None else _close_after(items, end)[0]  # "It then hit a low of 18,100
            out.append(RawMove(_pronoun(items[0]), "up" if up else "down", value, hedge > 0, close, None, k, end,
                               items[k].start_char))  # before settling lower with a loss of 70 points, or 0.4 %"
            continue
        if j < 0 or items[j].kind != "M" or items[j].mention.kind not in _SUBJECT_KINDS:
            continue
        h = j
        while h >= 2 and items[h - 1].word("and", ",", "the") and items[h - 2].kind == "M":
            h -= 2  # (to the list's first name: "Sales at Toyota and Honda")
        if h >= 2 and items[h - 1].word("at", "of", "for", "from", "in") and items[h - 2].low in BUSINESS_NOUNS:
            continue  # "Sales at Honda saw declines of 5%", "Arrivals from Japan saw a 10% drop": the business's figure
        if close is None:
            close = _close_after(items, end)[0]  # "recorded a steep fall of 2.74 percent to close at 84,306.57"
        # ("as it capped its best week since mid-September with a 3.9 percent gain": the span's, which the clause ends)
        spanned = items[k - 1].word("with") and any(
            items[x].low in _SPAN_NOUNS and items[x - 1].low in _SPAN_CLOSERS for x in range(j + 2, k - 1))
        flags = ["multi-period"] if spanned or multi_period(items, end) else []
        out.append(RawMove(items[j].mention, "up" if up else "down", value, hedge > 0, close, None, k, end,
                           items[k].start_char, flags=flags))
        if (items[k].low in _PLURAL_MOVE_NOUNS or items[n].low in _PLURAL_MOVE_NOUNS) and not items[k - 1].word("with") \
                and _one_figure_after(items, k):
            for named in _listed_before(items, j):  # "The Kospi and the Nikkei both posted declines of about 1.3%"
                out.append(RawMove(named, "up" if up else "down", value, hedge > 0, None, None, k, end,
                                   items[k].start_char, flags=list(flags)))
    return out, orphans  # ("posted a 15 percent gain this year": a span's move, no day's)


def _one_figure_after(items: list[Item], k: int) -> bool:
    """Whether one percent follows item k, no list of them ("saw losses of 0.4%, 1.7% and 0.9% respectively" gives
    each name its own)."""
    return sum(it.qkind == "PERCENT" for it in items[k:]) == 1 and not has_words(items, _RESPECTIVELY)


def _listed_before(items: list[Item], j: int) -> list[Mention]:
    """The names listed before the subject at item j that share its plural move noun ("The Kospi, the Taiex and the
    Nikkei both posted declines of"), nearest first; none where the subject stands alone or no "and" makes a list ("Among
    the FMCG stocks, Dabur saw gains of 4%")."""
    out: list[Mention] = []
    first = -1
    x = _skip_place_pp(items, j) - 1  # (the subject's place after it: "the Nifty 50 in India")
    while x >= 1:
        if items[x].word("the"):
            x -= 1
        serial = x >= 2 and items[x].word("and") and items[x - 1].word(",")
        x -= serial  # (a serial comma: "the Kospi in Seoul, and the Nifty 50")
        if not out and not (serial or items[x].word("and")):
            break  # (the name nearest the subject joined by "and": not "Besides Sony and Nintendo, Toyota saw gains")
        y = _skip_place_pp(items, x - 1) if x >= 1 and items[x].word("and", ",") else -1
        if y < 0 or items[y].kind != "M" or items[y].mention.kind not in _SUBJECT_KINDS:
            break
        if any(it.qkind == "PERCENT" for it in items[y:j]):
            break  # (a name with a figure of its own before: "The Dow rose 1% and the Nasdaq saw gains of 2%")
        out.append(items[y].mention)  # ("The Taiex in Taiwan, the Kospi in Seoul": each with its place)
        first, x = y, y - 1
    return [] if first >= 1 and _after_a_preposition(items, first, _ANY_PREPOSITION) else out  # (not "Sales at Toyota and Honda saw declines")


#: the words before a span noun that make it the span a move closes: "capped its best week", "ended the month" (not
#: "its highest in a year")
_SPAN_CLOSERS = frozenset({"the", "its", "their", "best", "worst", "biggest", "strongest", "weakest", "first"})


#: verbs whose object is what the subject outdid: "The Nasdaq led the market with a 2.5% gain"
_OUTDID = frozenset({"led", "topped", "paced", "outperformed", "outpaced", "beat", "trailed", "lagged"})


def _led_object(items: list[Item], j: int) -> bool:
    """Whether the name at item j is the object of a verb of ranking right before it ("led the market")."""
    v = j - 1 - (j >= 1 and items[j - 1].word("the"))
    return v >= 1 and items[v].kind == "W" and items[v].low in _OUTDID


def _owned_name(items: list[Item], x: int) -> int:
    """The index of the name a possessive name at ``x`` owns ("Carlos Slim's America Movil", "Carlos Slim's
    telecoms giant America Movil", "Toyota's truck unit Hino": up to three lower-case words ending in a
    descriptor noun between), else ``x``."""
    if x + 2 < len(items) and items[x].kind == "M" and items[x + 1].low in _POSSESSIVES:
        y = x + 2
        while y < len(items) and y - x <= 5 and items[y].kind == "W" and items[y].text.isalpha() \
                and items[y].text.islower():
            y += 1
        # (not "Sony's shares after Nintendo reported": the words between must describe the name after them)
        described = y == x + 2 or items[y - 1].low in DESCRIPTORS and not any(
            items[z].low in _STOCK_NOUNS for z in range(x + 2, y))
        if y < len(items) and items[y].kind == "M" and described:
            return y
    return x


def _described_name_before(items: list[Item], after: int) -> int:
    """The item before a name that up to three lower-case words ending in a descriptor noun describe
    ('petrochemical maker', 'blue-chip developer'), else ``after`` as it was."""
    x = description_end(items, after + 1, 1, 5, DESCRIPTORS)  # ("blue-chip" is three items)
    if x + 1 < len(items) and x > after + 1 and items[x].kind == "W" and items[x].low in DESCRIPTORS \
            and items[x + 1].kind == "M":
        return x
    return after


#: an aside's dash glued to its article: the Northern Echo's "fell 33p to 712.5p -a drop of nearly four per cent"
_DASHED_ARTICLES = frozenset({"-a", "-an"})


def _adopt_orphans(orphans: list[_Orphan], moves: list[RawMove]) -> list[RawMove]:
    """Each orphan figure goes to the subjects of the figure-less clause right before it."""
    out: list[RawMove] = []
    for o in orphans:
        before = [m for m in moves if m.verb_start < o.at]
        if not before:
            continue
        last = max(m.verb_start for m in before)
        for m in before:
            if m.verb_start == last and m.pct is None and not m.from_list:
                out.append(RawMove(m.subject, o.direction, o.pct, o.approx, m.close, m.turnover, o.at, o.end,
                                   m.start_char, group=m.group, flags=list(m.flags)))
    return out


_CONTINUE = frozenset({"but", "and", "before", "then", "yet"})
_CONTINUE_SKIP = frozenset({"was", "were", "is", "are", "has", "had", "have", "then", "later", "also", "still",
                            "eventually", "finally", "again", "it", "last", "trading"})


_CLAUSE_BREAKS = frozenset({",", ";", "and", "while", "but"})


def _close_clause_follows(items: list[Item], k: int) -> bool:
    """Whether 'to close/end/finish' follows at item k with nothing but plain words between."""
    for x in range(k, min(k + 6, len(items) - 1)):
        if items[x].kind != "W" or items[x].low in _CLAUSE_BREAKS:
            return False
        if items[x].low == "to" and items[x + 1].low in ("close", "end", "finish", "settle"):
            after = items[x + 2] if x + 2 < len(items) else None  # "to close up", "to end 1.3% lower"
            return after is not None and (after.low in _TRAILING_DIR or after.qkind == "PERCENT"
                                          or _hedge_at(items, x + 2) > 0)
    return False


def _infinitive_of(items: list[Item], k: int, moves: list[RawMove]) -> list[tuple[Mention, float | None, bool]]:
    """'The Sensex surged after the RBI policy review to settle at 20,929.01, a gain of 1.74 per cent': a close
    verb in an infinitive after a cause's phrase ends the one figure-less move of the clause before it."""
    if k < 4 or not items[k - 1].word("to") or any(m.pct is not None for m in moves) \
            or any(it.word(",", ";") for it in items[:k]):
        return []
    heads = [x for x in range(k - 3) if items[x].kind == "M" and items[x].mention.kind in _SUBJECT_KINDS
             and (_past_verb_after(items, x + 1) or items[x + 1].low.endswith("ly") and _past_verb_after(items, x + 2))]
    if len(heads) != 1 or not any(predicate_at(items, x) for x in range(heads[0] + 1, k - 1)):
        return []
    return [(items[heads[0]].mention, None, False)]


def _clause_subject(items: list[Item], k: int) -> list[tuple[Mention, float | None, bool]]:
    """'BYD failed to hold early gains to end 1.3 percent lower', 'It pared losses to close down
    0.3%': a close verb in an infinitive has the subject that opens its clause."""
    if k < 2 or not items[k - 1].word("to"):
        return []
    j, start = _before_record_aside(items, k - 2), k
    if j != k - 2:
        start = j + 2  # "dropped by 201.3 points - its steepest fall in a year - to end the day down 3.1 per cent"
    while j >= 0 and items[j].kind == "W" and items[j].low not in _PRONOUNS and start - j < 10 \
            and not items[j].word(",", ";", "while", "and", "but", "as", "after"):
        j -= 1
    if j >= 3 and items[j].kind == "M" and items[j - 1].word("the") and items[j - 2].word("after", "following", "on", "in") \
            and all(it.kind == "W" and it.text.islower() for it in items[j + 1:k - 1]):
        # PTI's "The 30-share S&P BSE Sensex ... surged after the RBI policy review to settle at 20,929.01": a name
        # in the object of a preposition, no subject (the move before the preposition goes on: _infinitive_of; nor
        # "helped the shares of Lark Bio in the MDax to climb": where the shares are listed)
        return []
    if j >= 2 and items[j].kind == "M" and items[j].mention.kind == "place" and items[j - 1].word("in") \
            and items[j - 2].kind == "M":
        j -= 2  # "the Nikkei in Japan recovered early losses to put on 0.1 percent": the place says where
    if j >= 1 and items[j].word(",") and items[j + 1].word("which", "who") and items[j - 1].kind == "M" \
            and j + 2 < k - 1:  # (review 83's "Naspers, which managed to add 2.4%, led gains": the name first)
        return [(items[j - 1].mention, None, False)]  # TopGab's "The lone standout was Osprey, which managed to gain
        # 0.8%": the relative's name
    if j >= 2 and items[j].word(",") and (name := _skip_appositive(items, j, j + 1)) != j and items[name].kind == "M":
        j = name  # "Advantest, a chip-testing equipment maker, rebounded to close 2.3 per cent higher"
    if j >= 1 and items[j].qkind == "TICKER" and items[j - 1].kind == "M":
        j -= 1  # "Apple (AAPL) gave up 2 points to close 1.1% lower": the code is its name's
    elif j >= 2 and items[j].kind == "M" and items[j - 1].qkind == "TICKER" and items[j - 2].kind == "M":
        j -= 2  # CNN's "The S&P 500 (SPX) index dropped 15 points to close 1.7% lower"
    # (after a dateline's dash: "LONDON (Reuters) - Europe's main indexes reversed early losses to close higher")
    opens = j <= 0 or items[j - 1].word("the", *_CLAUSE_OPENERS) or _descriptor_end(items, j + 1) == j \
        or _after_clause_words(items, j) or _described_after_opener(items, j)
    # ("Private sector lender IndusInd Bank lost ... to close 2.7% lower"; Focus Taiwan's style: "..., while power IC
    # maker Kestrel Semi Inc. bucked the trend to close up 0.8 percent")
    if j >= 0 and opens and items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS:
        return [(items[j].mention, None, False)]  # "BYD failed to hold early gains to end 1.3% lower"
    if j >= 0 and opens and items[j].low in _PRONOUNS:
        return [(_pronoun(items[j]), None, False)]  # "It pared losses to close down 0.3%"
    if j < 0:  # review 85's "Later the shares recovered to close 1.1 percent higher": past an opening time
        j = next((t - 1 for t in (1, 2) if _opening_time(items, t) and t + 1 < k and items[t].word("the", "its")), j)
    if j + 2 < k and items[j + 1].word("the", "its") and items[j + 2].low in _STOCK_NOUNS \
            and (stock := _stock_reference(items, j + 1, k)) is not None:
        return [(stock, None, False)]  # Reuters' "The stock reversed earlier gains to end down 2.3% at $31.78"
    return []


#: the words that may describe a name before it: "the Qatari index .QSI", "the blue-chip gauge .AXJO"
_NAMING_WORDS = frozenset({"the", "a", "an", "index", "benchmark", "gauge", "main", "broader", "wider", "blue-chip",
                           "share", "stock", "composite", "market", "all-share", "key", "local"})
_CLAUSE_OPENERS = (",", ";", "while", "and", "but", "-", "--", "\u2014", "\u2013", ":")


def _described_after_opener(items: list[Item], j: int) -> bool:
    """Whether the name at item j follows a clause's opening ("while", ",", ";", "and") and a short description
    ending in a descriptor noun: "while power IC maker Kestrel Semi", "and chipmaker TSMC"."""
    x = j - 1
    while x >= 0 and j - x <= 4 and items[x].text.isalpha() and (items[x].text.islower() or items[x].text.isupper()) \
            and (items[x].kind == "W" and not items[x].word(*_CLAUSE_OPENERS, "the")
                 or items[x].kind == "M" and items[x].text.isupper() and len(items[x].text) <= 4):  # (an "IC" designer)
        x -= 1
    if x == 0 and items[0].text.istitle() and items[0].text.isalpha() and (
            items[0].kind == "W" or items[0].mention.kind in ("sector", "candidate")):
        x = -1  # the sentence's first word: "Chip designer Kestrel Semi bucked the trend to close up 0.8%"
    return x < j - 1 and (x < 0 or items[x].word(*_CLAUSE_OPENERS, "the")) and (
        items[j - 1].low in DESCRIPTORS or items[j - 1].low.endswith(("maker", "designer")))


def _after_clause_words(items: list[Item], j: int) -> bool:
    """Whether the name at item j follows a clause's opening by a few words that describe it
    ("Bucking the trend, the Qatari index .QSI fell ...": "the Qatari index" before the code)."""
    x = j - 1
    while x >= 0 and j - x <= 4 and items[x].kind == "W" and (
            items[x].low in _NAMING_WORDS or items[x].text[:1].isupper() and items[x].text[1:].islower()):
        x -= 1  # (not "prompting oil prices to jump": a participle's object is no clause's subject)
    return x < j - 1 and (x < 0 or items[x].word(*_CLAUSE_OPENERS))


def _continued(items: list[Item], k: int, moves: list[RawMove]) -> list[tuple[Mention, float | None, bool]]:
    """'The Nikkei lost nearly 11 points, but was unchanged percentage-wise': a predicate joined to
    the clause before it by 'but'/'and' has that clause's subject."""
    if items[k].low.endswith("ing") and not (k >= 2 and items[k - 1 - items[k - 1].word("last")].word("was", "were")):
        return []  # "and a rising Japanese currency": a participle modifies a noun (not "and were last trading up")
    if k >= 1 and items[k - 1].word("last") and _of_history(items, k):
        return []  # "and were last down 10 percent in a single day in 2008": when it last happened, no move
    j = k - 1
    while j >= 0 and items[j].kind == "W" and (items[j].low in _CONTINUE_SKIP or items[j].low.endswith("ly")):
        j -= 1
    if j >= 1 and items[j].word(",") and items[k].low in ("closed", "ended", "finished", "settled"):
        # "the Bahrain All Share Index headed lower, closed 0.07 per cent down": a close verb after a comma goes
        # on with the figure-less move right before it
        last = [m for m in moves if m.end == j and m.pct is None and not m.from_list]
        return [(m.subject, None, False) for m in last]
    if j < 1 or not items[j].word(*_CONTINUE) or items[j - 1].kind == "M" and not any(
            items[y].word("by", "after", "amid", "following") for y in range(max(0, j - 5), j - 1)):
        return []  # (a name right before "and" is the verb's own subject, unless a cue's: "weighed down by the yen and fell")
    before = [m for m in moves if m.verb_start < j and not m.from_list]
    if before:
        # "BHP retreated 1.1 per cent, while Fortescue bucked the trend and rose 3.9 per cent": a clause of its
        # own after the move before, its subject right after "while" and before a past verb
        last_end = max(m.end for m in before)
        # (VOA's "while the S&P/ASX in Sydney lost five points for the day, but was essentially unchanged": the
        # subject's place after it, the comma before a 'but'; not ", and later recovered", the clause before's)
        own = [x for x in range(last_end + 1, j - 1) if items[x].kind == "M" and items[x].mention.kind in _SUBJECT_KINDS
               and _after_while(items, x) and _verb_after(items, _past_place(items, x + 1))
               and not any(it.word(",") for it in items[x + 1:j - (items[j - 1].word(",") and items[j].word("but"))])]
        if own:
            return [(items[own[-1]].mention, None, False)]
    if not before:
        # "Asia stock markets started the day up slightly, but then quickly tumbled": the sentence's
        # subject when it is the clause's only name
        # "The Nifty cracked below the key 9,800-mark and settled down 1.38%"
        named = [x for x in range(j) if items[x].kind == "M"]
        s0 = _descriptor_end(items, j)
        o = _clause_opening(items, j)
        tail = [x for x in named if x >= o]  # (past a dateline or an opening phrase: "TOKYO (Reuters) - The Nikkei was
        # weighed down by X and fell", "In Tokyo, the Nikkei was ...")
        if o > 0 and tail and all(items[y].word("the") for y in range(o, tail[0])):
            s0 = tail[0]
            if all(items[x].mention.kind == "place" for x in named if x < o) \
                    or items[0].word("among", "amongst", "of", "across", "on", "in") \
                    and not any(it.word("while", "whereas", "but", ";") for it in items[o:j]):
                named = tail  # ("In Japan, the Topix erased its morning advance and ended the session 0.4% lower": the opening
                # phrase's place is no subject; nor PTI's "Among Sensex constituents, Titan was the top loser and dropped 3.2%")
        if len(tail) > 1 and tail[0] == s0 and any(items[y].word("by", "after", "amid", "following")
                                                   for y in range(s0 + 1, tail[1])) \
                and not any(items[y].word(",", ";", "while", "but", "as") for y in range(s0 + 1, j)):
            named = [s0]  # "The Nikkei was weighed down by a stronger yen and fell 1.2 percent": the names after
            # the cue are the cause's, the subject is the clause's first
        if len(named) == 1 and named[0] >= 2 and (items[named[0] - 1].word(",") or items[named[0] - 1].word("the")
                                                  and items[named[0] - 2].word(",")):
            s0 = named[0]  # "After a lower start, the Sensex stayed in the red and closed down 1 per cent"
        if named == [s0] and items[s0].mention.kind in _SUBJECT_KINDS and (
                items[j].word("but") and items[j - 1].word(",") or items[j].word("and", "but") and (
                    s0 > 0 or any(_past_verb_after(items, x) for x in range(s0 + 1, j)))):
            # (and with no comma: "The Kospi opened higher but ended down 0.8%")
            # ("ICICI Bank too faced selling pressure and lost 2.34 per cent": a name first, a verb of its own)
            return [(items[s0].mention, None, False)]
        if not named and items[j].word("and") and j >= 3 and items[0].word("the", "its") \
                and any(_past_verb_after(items, x) for x in range(1, j)):
            stock = _stock_reference(items, 0, j)  # Business Today's "The stock pared some gains and closed 14.65%
            if stock is not None:  # higher": the company named before
                return [(stock, None, False)]
        return []
    last = max(m.verb_start for m in before)
    last_end = max(m.end for m in before if m.verb_start == last)
    if not items[j - 1].word(",") and any(predicate_at(items, x) is not None for x in range(last_end, j - 1)):
        return []  # Reuters' "rose 0.4% after data showed consumer prices fell by 0.3% ... and were up by 3.0%
        # year-on-year": the 'and' goes on with the nearer clause, whose subject moved no price (not after a comma:
        # "Rio Tinto lost 1.2 percent while BHP weakened, and later recovered to close 0.4 percent lower")
    return [(m.subject, None, False) for m in before if m.verb_start == last]


SETTLE_PARTICIPLES = frozenset({"closing", "ending", "finishing", "settling"})


#: past verbs not in -ed that open the clause before a participle with the figure: "British American Tobacco
#: got caught up in the melee, falling 5%" (not "had": "AAC had its worst week in a year, slumping 14%" is a week's)
_PAST_CLAUSE_VERBS = frozenset({"was", "were", "got", "took", "saw", "made", "kept", "held", "came", "went",
                                "bore", "felt", "drew", "gave", "ran", "stood",
                                # the irregular move verbs: "while the S&P/ASX lost five points"
                                "lost", "rose", "fell", "shed", "slid", "sank", "won", "grew", "shrank",
                                # Reuters' "The NZX 50 index swung between gains and losses ... before settling"
                                "swung"})
#: more pasts spelt as the base form or irregularly, of a company's own news, for the one name a with-clause's shares
#: tell of: "Kestrel cut its outlook, with the company's shares falling 4%" ("cuts" is the present)
_NEWS_PASTS = _PAST_CLAUSE_VERBS | {"cut", "hit", "put", "set", "sold", "bought", "paid", "struck", "sent", "spent",
                                   "beat", "began", "broke", "brought", "found", "left", "met"}
#: past verbs of an extreme that a "before closing" participle follows: AP's "Kestrel touched a 52-week low of $21.40
#: before ending down 1.7% at $21.96" (not "since the index hit its previous record, rallying 25%")
_EXTREME_PAST = frozenset({"hit", "set", "struck", "touched", "reached", "scaled"})


#: a word that ends a name's phrase before its verb: "The BSE Metal sector fared the worst by losing 1.94 percent"
_NAME_HEADS = ("sector", "index", "indices", "shares", "stocks", "stock", "sub-index")


def _past_points_or(items: list[Item], f: int) -> int:
    """Past "64.20 points, or" at item f to the percent that restates it (f unchanged if there is none)."""
    g = _points_or(items, f)
    g += g < len(items) and items[g].word("or")
    return g if g > f and g < len(items) and items[g].qkind == "PERCENT" else f


def _course_then_figure(items: list[Item], k: int) -> list[tuple[Mention, float | None, bool]]:
    """The subject of a course verb whose infinitive at item k tells its figure: "with the Kospi sliding from a one-month
    peak to shed 0.8 percent" (the participle, with no figure of its own, made no move; a finite verb's course is
    joined by ``_continued``)."""
    if k < 4 or not items[k - 1].word("to"):
        return []
    for x in range(k - 2, max(1, k - 9), -1):
        it = items[x]
        if it.kind == "M" or it.qkind == "PERCENT" or it.word(",", ";", "and", "but"):
            return []
        if it.word("from"):
            verb = items[x - 1]
            if verb.kind == "W" and verb.low.endswith("ing") and (verb.low in UP_VERBS or verb.low in DOWN_VERBS):
                return _subjects(items, x - 1)[0]
            return []
    return []


def _participle_subject(items: list[Item], k: int, moves: list[RawMove]) -> list[tuple[Mention, float | None, bool]]:
    """'The index fell steadily all day and finished at 12,348, dropping 1.19 per cent': a participle
    after a comma, with no subject of its own, tells more of the clause before it: that clause's
    figure-less move's subject."""
    if items[k].word("higher", "lower") and k >= 3 and items[k - 1].qkind == "PERCENT":
        # "recovered from early losses, edging 0.4% higher to 9,871.3": the participle before the figure, which
        # is the subject's own
        v = next((v for v in range(k - 2, max(0, k - 5), -1) if items[v].kind == "W" and items[v].low.endswith("ing")
                  and items[v].text.islower()), None)
        # (only a hedge between them: not "upgraded Tesco, sending it 3.2 per cent higher", the object's move)
        if v is not None and items[v - 1].word(",") and v + 1 + _hedge_at(items, v + 1) == k - 1:
            figure = items[k - 1].qty.value
            return [(m, figure if own is None else own, signed)
                    for m, own, signed in _participle_subject(items, v, moves)]
    shares = _with_shares_before(items, k)
    if shares:  # "Bank of China was the best blue chip, with its shares rising 3.1 percent": as after the comma
        # ("the company's shares" are a company's: not "Kestrel hit a snag in Chile, with the company's shares
        # falling", Chile's index)
        names = _clause_names(items, k - shares, moves, companies=items[k - shares + 2].word("the"))
        if shares == 4 and items[k - 2].word("the") and len(_companies_before(items, k - shares)) > 1:
            return []  # "Osprey Capital cut its rating on Kestrel Foods, with the stock falling 4%": whose stock is not
            # told by the nearest name (review 102)
        if items[k - 1].word("stocks"):  # (a bare "stocks" is a company's or a sector's only: not "Gold was the best
            # performer, with stocks dropping by 2 percent", the market's)
            names = [m for m in names if m.kind == "sector" or m.kind in ("ref", "candidate") and names_company(m)
                     and not (m.entity_id or "").startswith(("cmd-", "fx-", "inv-", "market-"))]
        return [(m, None, False) for m in names]
    each = 1 if k >= 2 and items[k - 1].word("each", "both", "all") else 0  # "A and B fell, each sliding 5%"
    # "fell as much as 1.65 per cent, before closing 0.38 per cent lower": the session's end of the same move
    then = 1 if not each and k >= 2 and items[k - 1].word("before", "then") and items[k].low in SETTLE_PARTICIPLES \
        else 0
    each += then
    # Wikinews' "ended at its weakest in a decade, having lost 1.3%": a perfect participle after the comma
    perfect = 1 if not each and k >= 2 and items[k - 1].word("having") and items[k - 2].word(",") else 0
    f = k + 1 + (k + 1 < len(items) and items[k + 1].word("by"))
    f += _hedge_at(items, f) if f < len(items) else 0  # ("led the losses by declining more than 8 percent")
    f = _past_points_or(items, f)  # (the Jagran Post's "slipped from its record high by losing 51.35 points, or 0.87
    # percent to 5,918.40")
    if perfect and _told_before(items, f + 1, k - 1):
        return []  # "Sony slid, having lost 1.2% the day before": that day's move
    if not (k >= 1 + each and (items[k].low.endswith("ing") or items[k].low in ("up", "down") or perfect)
            and (items[k - 1 - each - perfect].word(",") or then
                 or not each and items[k].low.endswith("ing") and items[k - 1].word("by")
                 and f < len(items) and items[f].qkind == "PERCENT")):
        # (Xinhua's "CNOOC turned out one of the worst performing stocks by dropping 14.25 percent"; not "hurt by
        # rising U.S. bond yields": no figure, an adjective)
        return []
    # "Hang Seng dipped 1.0%, while the Shanghai Composite reversed earlier losses, gaining 0.4%": a clause of its
    # own after "while", a semicolon or a figure's "and", whose subject the moves before it are not
    lo = next((x for x in range(k - 1, -1, -1) if items[x].word("while", "whereas", ";")
               or items[x].word("and") and x >= 1 and items[x - 1].qkind == "PERCENT"), -1)  # ("fell 0.9 percent and")
    before = [m for m in moves if lo < m.verb_start < k and not m.from_list]
    if not before and each:
        listed = _list_before(items, k - 2 - each)  # "Losers included Budweiser and Longfor Group, each sliding 5%"
        if len(listed) > 1:
            return [(m, None, False) for m in listed]
    if not before:
        # "The KSE-100 Index experienced a significant drop on Wednesday, closing at ...": the one name
        # that a past verb follows, with no other name after it
        heads = [x for x in range(lo + 1, k) if items[x].kind == "M" and (
            _past_verb_after(items, v := _past_adverb(items, x + 1 + (x + 1 < len(items)
                                                                   and items[x + 1].word(*_NAME_HEADS))))
            or then and v < len(items) and items[v].low in _EXTREME_PAST or _closed_appositive(items, x))
                 and items[x].mention.kind in _SUBJECT_KINDS and not news_source(items[x].mention)]
        # (and "Axa was one of the session's bright lights,"; "Dow Jones also finished ..., the Wall Street Journal
        # reported, rising 52.38 points": the source's aside)
        # (a name right after the verb is its object: "The Abu Dhabi index .ADI mirrored Dubai, closing up 0.2%")
        by_object = k - 1 if items[k - 1].word("by") else -1  # PTI's "Lupin topped the Sensex list by surging 1.99
        # per cent": what stands between the verb and its "by" is the verb's object
        if len(heads) == 1 and not any(items[x].kind == "M" and not news_source(items[x].mention)
                                       for x in range(heads[0] + 1, k)
                                       if not _object_of_verb(items, heads[0] + 1, x, k) and not _in_phrase(items, x)
                                       and not heads[0] + 1 < x < by_object):
            listed = _list_before(items, heads[0])
            f = k + 2 if k + 2 < len(items) and items[k + 1].low in _TRAILING_DIR else k + 1  # "closing down 3.77%"
            f += _hedge_at(items, f)  # "closing down more than two percent"
            if len(listed) > 1 and f < len(items) and items[f].qkind == "PERCENT" \
                    and (each or len(_respectively(items, f + 1)[0]) == len(listed) - 1
                         or all(m.kind == "place" for m in listed)):
                # (VOA's "Stocks in London, Paris and Frankfurt followed suit, closing down more than two percent":
                # the markets of a place list, one figure for all, as after a verb of their own)
                # (or one figure for each: CNBC's "Rio Tinto and BHP Billiton were not far behind, both tumbling 8.5
                # percent")
                # "The indexes in Hong Kong and Shanghai led Asia's big day, closing 3.3% and 2.2% higher,
                # respectively": each name of the list with its figure
                return [(m, None, False) for m in listed]
            return [(items[heads[0]].mention, None, False)]
        described = _described_clause_subject(items, lo + 1, k) if then and not heads else None
        if described is None and then and not heads and lo < 0 and len(items) > 3 and items[0].word("it") \
                and items[_past_adverb(items, 1)].low in _EXTREME_PAST \
                and not any(it.kind == "M" for it in items[1:k]):
            described = _pronoun(items[0])  # "It then hit a low of 18,100 before closing down 0.4%": the antecedent
        return [(described, None, False)] if described is not None else []
    last, own = _last_clause(before)
    if any(m.pct is not None for m in own) and not then or any(
            items[x].kind == "M" and not _object_of_verb(items, last, x, k) and not _led_among(items, last, x)
            for x in range(max(m.end for m in own), k)):
        # (not the object of the clause's own verb: "Tencent outperformed the Hang Seng, rising 3.2 percent")
        return []  # the clause told its figure already, or another name stands between
    return [(m.subject, None, False) for m in own]


def _clause_opening(items: list[Item], j: int) -> int:
    """Where the clause of the first past verb before item j starts: past the last comma or dash before that verb
    (a dateline's "TOKYO (Reuters) -", an opening "In Tokyo,"), else 0."""
    verb = next((x for x in range(1, j) if _past_verb_after(items, x)), None)
    if verb is None:
        return 0
    return max((y + 1 for y in range(verb) if items[y].word(",", "-", "--", "\u2014", "\u2013")), default=0)


def _described_clause_subject(items: list[Item], start: int, k: int) -> Mention | None:
    """The description or stock word that opens the clause from item ``start`` as the subject of its first past
    verb, with no name in the clause: the Financial Chronicle's "Shares of the firm opened at Rs 312 and hit
    a low of Rs 298 before closing at Rs 301.45, down 8.76 per cent", "The stock hit a low before closing 2% up"."""
    if any(it.kind == "M" for it in items[start:k]):
        return None
    verb = next((x for x in range(start + 1, min(start + 6, k)) if _past_verb_after(items, x)), None)
    if verb is None:
        return None
    return _description(items, verb - 1, [], verb - 1) or _stock_reference(items, start, verb)


#: the stock of the names before: "with its shares rising", "with share prices dropping", "with their stocks"
_WITH_SHARES = (("its", "shares"), ("their", "shares"), ("share", "prices"), ("its", "share", "price"),
                ("their", "share", "prices"), ("its", "stock"), ("their", "stocks"), ("shares",),
                ("stocks",),  # ("Burberry ... was the heaviest faller, with stocks sliding by 3.2 per cent")
                ("the", "stock"), ("the", "shares"))  # ("Tata Steel fared worst, with the stock sliding 7%")


def _companies_before(items: list[Item], comma: int) -> set[str]:
    """The company names of the clause that ends at the comma at item ``comma`` (back to a sentence's or clause's
    opening: a semicolon, "while", "but")."""
    start = next((x + 1 for x in range(comma - 1, -1, -1) if items[x].word(";", "while", "whereas", "but")), 0)
    return {it.mention.entity_id or it.low for it in items[start:comma] if it.kind == "M"
            and it.mention.kind in ("ref", "candidate") and names_company(it.mention)
            and not (it.mention.entity_id or "").startswith(("idx-", "cmd-", "fx-", "market-"))}


def _with_shares_before(items: list[Item], k: int) -> int:
    """How many items before the participle at k stand between it and its comma in ', with its shares
    rising 3.1 percent' (Xinhua's, Arab News's), with the participle's figure right after it; 0 if none."""
    f = k + 1 + (k + 2 < len(items) and items[k + 1].word("by"))
    f += _hedge_at(items, f)  # ("topped the risers, with shares up more than 6%")
    if f < len(items) and items[f].qkind != "PERCENT" and (p := _restated_percent(items, f)) is not None:
        f = p  # ", with its shares climbing $1.15, or about 2 percent": the price's change restated
    if not ((items[k].low.endswith("ing") or items[k].low in _TRAILING_DIR) and items[k].kind == "W"
            and f < len(items) and items[f].qkind == "PERCENT"):
        return 0
    for words in _WITH_SHARES:
        w = k - len(words)
        if w >= 2 and items[w - 1].word("with") and items[w - 2].word(",") and words_at(items, w, words):
            return len(words) + 2
    w = k - 4  # ", with the company's shares sinking 11%": the company the clause is about
    if w >= 2 and items[w - 1].word("with") and items[w - 2].word(",") and items[w].word("the") \
            and items[w + 1].low in _OWNER_NOUNS and items[w + 2].low in _APOSTROPHES \
            and items[w + 3].word("shares", "stock"):
        return 6
    return 0


def _last_clause(moves: list[RawMove]) -> tuple[int, list[RawMove]]:
    """The verb of the last clause that stated moves, and its moves."""
    last = max(m.verb_start for m in moves)
    return last, [m for m in moves if m.verb_start == last]


def _clause_head(items: list[Item], k: int) -> int:
    """The item of the one name that opens the clause ending at item k and that a past verb follows
    ("Bank of Ireland performed strongly", "Materials were the weakest S&P sector"), else -1. The clause
    starts after the last comma, semicolon, "while" or "but" before k; names after a preposition are
    objects ("on the S&P 500")."""
    last = k - 1 if k >= 2 and items[k - 1].word(",") and items[k - 2].kind == "M" and _after_a_preposition(items, k - 2) \
        else k  # ("weighed on the S&P 500, with a drop of 0.9 percent": the comma of the with after the verb's object)
    start = next((x + 1 for x in range(last - 1, -1, -1) if items[x].word(",", ";", "while", "but", "whereas")), 0)
    heads = [x for x in range(start, k) if items[x].kind == "M" and not _after_a_preposition(items, x)
             and _past_verb_after(items, _past_adverb(items, x + 1 + (x + 1 < k and items[x + 1].qkind == "TICKER")))]
    if not heads and start >= 3 and _past_verb_after(items, _past_adverb(items, start)) \
            and items[start - 2].kind == "M" and items[start - 3].word(",") \
            and items[start - 2].mention.kind in ("ref", "candidate"):
        return start - 2  # AP's "the company behind Olive Garden, Darden Restaurants, led the way": the appositive's name
    if not heads and start >= 4 and _past_verb_after(items, _past_adverb(items, start)):
        which = next((x for x in range(start - 2, max(0, start - 16), -1) if items[x].word(",")), None)
        if which is not None and which >= 1 and items[which + 1].word("which", "who") \
                and items[which - 1].kind == "M" and items[which - 1].mention.kind in ("ref", "candidate"):
            return which - 1  # Sunshine News' "Banco Santander, which does a lot of business in the UK, also
            # experienced a bad day with losses of 3.71%": the name the relative clause describes
    return heads[0] if len(heads) == 1 else -1  # (Fox's "Microsoft Corp. (MSFT) led declines on the Nasdaq": its ticker)


def _after_while(items: list[Item], x: int) -> bool:
    """Whether the name at item x follows "while", "whereas" or ", and" (and "the", and what it is: "while the
    miner Fortescue"; VOA's "..., and Mumbai's Sensex is down eight points, but unchanged percentage-wise")."""
    p = x - 1
    if p >= 1 and items[p].kind == "W" and items[p].low in DESCRIPTORS:
        p = description_end(items, p, -1, 3, _WHILE_WORDS)
    p -= items[p].word("the") if p >= 0 else 0
    if p >= 2 and items[p].word(","):
        # past an opening phrase of the clause: "while among midcaps, Voltas was the top gainer", "while in
        # Tokyo, the Nikkei"
        y = next((y for y in range(p - 1, max(-1, p - 7), -1) if items[y].word(*_WHILE_WORDS, ",")), None)
        if y is not None and items[y].word(*_WHILE_WORDS) and items[y + 1].word(*_OPENING_PREPOSITIONS):
            p = y
    return p >= 0 and (items[p].word(*_WHILE_WORDS) or p >= 1 and items[p].word("and") and items[p - 1].word(","))


_WHILE_WORDS = frozenset({"while", "whereas"})
#: the prepositions of a clause's opening phrase before its subject: "while among midcaps, ..."
_OPENING_PREPOSITIONS = frozenset({"among", "amongst", "in", "on", "across", "outside", "elsewhere", "at"})


def _past_place(items: list[Item], x: int) -> int:
    """Past "in Sydney" at item x (a subject's place before its verb), else x."""
    return x + 2 if x + 2 < len(items) and items[x].word("in") and items[x + 1].kind == "M" \
        and items[x + 1].mention.kind == "place" else x


def _verb_after(items: list[Item], x: int) -> bool:
    """A past verb at item x, or VOA's present "is"/"are" ("and Mumbai's Sensex is down eight points")."""
    return _past_verb_after(items, x) or x < len(items) and items[x].word("is", "are")


def _past_adverb(items: list[Item], x: int) -> int:
    """Past an adverb at item x ("also", "too", "sharply", "then"): the item after it, or x."""
    return x + 1 if x < len(items) and items[x].kind == "W" and (items[x].low in _ADVERBS_PAST
                                                                  or items[x].low.endswith("ly")) else x


#: the adverbs between a name and its past verb: "It then hit a low", "It later hit a low"
_ADVERBS_PAST = frozenset({"also", "too", "again", "then", "later"})


def _closed_appositive(items: list[Item], x: int) -> bool:
    """Whether the name at item x is an appositive that opens the sentence's subject, its comma and a past verb
    after it: osna.fm's "The German stock market benchmark, the DAX, experienced a notable decline Friday"."""
    return 2 <= x and x + 2 < len(items) and items[x + 1].word(",") and _past_verb_after(items, x + 2) \
        and (items[x - 1].word(",") or items[x - 1].word("the") and x >= 3 and items[x - 2].word(",")) \
        and not any(it.word(",", ";") for it in items[:x - 1 - items[x - 1].word("the")])


def _past_verb_after(items: list[Item], x: int) -> bool:
    """Whether item x is a past verb ("rose", "saw", "was"): the one that follows a clause's subject."""
    return x < len(items) and items[x].kind == "W" and (items[x].low.endswith("ed") or items[x].low in _PAST_CLAUSE_VERBS)


def _clause_names(items: list[Item], comma: int, moves: list[RawMove], *, companies: bool = False) -> list[Mention]:
    """The names a participle after the comma at item ``comma`` tells of: the figure-less move's subjects
    right before it, else the list of names before the comma ("Other top performers included A and B,
    with share prices rising by 9.9 percent and 7.1 percent"), else the one name a past verb follows ("Heron
    Bank was the strongest blue chip, with its shares rising"). None when the clause told its
    figure already."""
    aside = next((x for x in range(comma - 2, max(-1, comma - 9), -1) if items[x].word(",")), None)
    if aside is not None and (words_at(items, aside + 1, ("according", "to"))
                              or comma - aside <= 4 and items[comma - 1].word("reported", "said", "says", "reports")):
        comma = aside  # "Kestrel had a rough first day, according to Reuters (data from Refinitiv; Reuters reported),
        # with the company's shares sinking 11%": the source's aside, not the shares' owner
    before = [m for m in moves if m.verb_start < comma and not m.from_list]
    if before:
        own = _last_clause(before)[1]
        return [] if any(m.pct is not None for m in own) else [m.subject for m in own]
    listed = _list_before(items, comma - 1)
    if companies:  # (only the companies: a description's "the company's shares")
        listed = [m for m in listed if names_company(m)]
    if listed and not (len(listed) == 1 and _after_a_preposition(items, comma - 1) and _clause_head(items, comma) >= 0):
        # (not "Softbank was a major drag on the market, with its shares falling": the object's, where the clause
        # has a name of its own for subject; "Traders dumped stakes in Adani Ports, with its shares sliding" is Adani's)
        return listed
    heads = [x for x in range(comma) if items[x].kind == "M" and items[x].mention.kind in _SUBJECT_KINDS
             and _news_verb_at(items, _verb_after_name(items, _past_description(items, x + 1)))]
    if len(heads) != 1 or any(items[x].kind == "M" and not _in_phrase(items, x) for x in range(heads[0] + 1, comma)):
        return []
    return _list_before(items, heads[0])  # "A and B also saw declines, with their shares dropping by X and Y"


def _news_verb_at(items: list[Item], x: int) -> bool:
    """Whether item x is a past verb of a company's news ("posted", "cut", "said"): what follows a clause's
    subject."""
    if x + 1 < len(items) and items[x].word("said", "told") and not items[x].text[:1].isupper():
        # the company's own news ("Kestrel said it would close two mines"), not what a broker said of another's
        return items[x + 1].word("it", "its") or x + 2 < len(items) and items[x + 1].word("that") \
            and items[x + 2].word("it", "its")
    return x < len(items) and items[x].kind == "W" and (items[x].low.endswith("ed") or items[x].low in _NEWS_PASTS)


def _past_description(items: list[Item], x: int) -> int:
    """Past a description between commas at item x ("Burberry, the trench coat maker, was the
    biggest faller"): plain lower-case words after "the" or "a"; x itself when none stands there."""
    if not (x + 2 < len(items) and items[x].word(",") and items[x + 1].word("the", "a", "an")):
        return x
    for y in range(x + 2, min(x + 10, len(items))):
        if items[y].word(","):
            return y + 1
        if items[y].kind != "W" or not items[y].text.islower():
            return x
    return x


def _cleft_before(items: list[Item], y: int) -> bool:
    """Whether a cleft's "it was" ("It was Tencent that fell", "It was the index that") ends at item y."""
    y -= y >= 0 and items[y].word("the")
    return y >= 1 and items[y].word("was", "is") and items[y - 1].word("it")


def _past_the_epithet(items: list[Item], x: int) -> int:
    """Past "the" and an epithet of at most two lower-case words at item x ("the broader", "the tech-heavy"): where
    the name they open stands, else x."""
    if not (x < len(items) and items[x].word("the")):
        return x
    n = description_end(items, x + 1, 1, 2, _KNOCK_ON_STOPS)
    return n if n < len(items) and items[n].kind == "M" else x + 1


def _appositive_comma(items: list[Item], y: int) -> int | None:
    """The comma that opens a short description ending at item y, right after a company's name ("Kestrel, a
    steelmaker"), else None."""
    for c in range(y - 2, max(0, y - 7), -1):
        if items[c].word(","):
            ok = c >= 1 and items[c + 1].word("a", "an", "the") and items[c - 1].kind == "M" \
                and items[c - 1].mention.kind in ("ref", "candidate") \
                and all(it.kind == "W" and it.text.replace("-", "").isalpha() and it.text.islower()
                        for it in items[c + 2:y + 1])
            return c if ok else None
    return None


def _led_by_that(items: list[Item], y: int) -> bool:
    """Whether item y is the "by" of a name led by ("led by Infosys that", "dragged by HDFC that") or the "and"
    of a list of such names ("by Infosys that rose 2% and Wipro that"): a "that" after the name is its relative,
    as Indian and translated copy writes it."""
    if y >= 1 and items[y].word("by") and _led_participle_before(items, y):
        return True
    return y >= 4 and items[y].word("and") and any(
        items[x].word("that") and items[x - 1].kind == "M" and items[x - 2].word("by")
        and _led_participle_before(items, x - 2) for x in range(max(3, y - 12), y))


def _led_participle_before(items: list[Item], by: int) -> bool:
    """Whether a leading participle ends right before the "by" at item ``by``: "led by", "weighed down by"."""
    p = by - 1 - (by >= 2 and items[by - 1].word("down", "up", "lower", "higher"))
    return p >= 0 and items[p].low in _LED_PARTICIPLES


#: the participles whose "by" names what led a move (the mentions' own, and more that name no sector there)
_LED_PARTICIPLES = LEADING_PARTICIPLES | {"driven", "helped", "propped", "pressured", "hit"}


def _verb_after_name(items: list[Item], x: int) -> int:
    """Item x, or past what may stand between a name and its verb: "A and B also saw", a cleft's "It was the
    consumer index that really took a beating", "UnitedHealth (NYSE:UNH) also continued"."""
    x += x < len(items) and items[x].qkind == "TICKER"
    if x < len(items) and items[x].low in ("also", "both", "all"):
        return x + 1
    if x + 1 < len(items) and items[x].word("that") and _cleft_before(items, x - 2):
        x += 1
        return x + 1 if items[x].low.endswith("ly") and items[x].kind == "W" else x
    return x


def _led_among(items: list[Item], verb: int, x: int) -> bool:
    """Whether the name at item x only tells among whom the verb at item ``verb`` led: "ANZ led the losses
    by the big four banks, falling 1.3 per cent", "Tencent led gains among tech stocks, rising 3%"."""
    if not items[verb].word("led"):
        return False
    y = x - 1
    while y > verb + 1 and y > x - 5 and items[y].kind == "W" and items[y].text.isalpha() and items[y].text.islower() \
            and not items[y].word("by", "among", "in", "on"):
        y -= 1
    return y > verb + 1 and items[y].word("by", "among", "in", "on")


def _object_of_verb(items: list[Item], verb: int, x: int, k: int) -> bool:
    """Whether the name at item x is the whole object of the verb at item ``verb``, right before the comma
    of the participle at k ("mirrored Dubai, closing up 0.2%", "boosted the PSEi, gaining 3.16 percent", the Irish
    Times' "outperformed European markets yesterday, rising more than 4 per cent": a day word may end the clause)."""
    end = k - 1
    if end >= 2 and items[end - 1].kind == "W" and items[end - 1].low in _WEEKDAY_WORDS:
        end -= 2 if items[end - 2].word("on") else 1  # ("on Monday")
    return x == end - 1 and (x == verb + 1 or x == verb + 2 and items[verb + 1].word("the"))


def _company_before_as(items: list[Item], j: int) -> Mention | None:
    """The one company named before the "as it" at item j, with no move of its own there ("Reinet Investments also
    struggled as it shed 2.44%"); None if none or several are."""
    named = {id(it.mention): it.mention for x, it in enumerate(items[:j - 1]) if it.kind == "M"
             and it.mention.kind in ("ref", "candidate") and names_company(it.mention)
             and not (x >= 1 and items[x - 1].word("[", ":", "on", "at"))  # (not the code's "[JSE:NPN]", nor
             and not (x >= 2 and items[x - 1].word("the") and items[x - 2].word("on", "at"))}  # "On the JSE,")
    if len(named) != 1 or any(it.kind == "Q" and it.qkind == "PERCENT" for it in items[:j - 1]):
        return None
    return next(iter(named.values()))


#: the participles whose "by" lists the names that led a move: "rose, led by Intel (4.7%), IBM (2.8%)"
_LEADING_BY = frozenset({"led", "paced", "dragged", "lifted", "weighed", "pulled", "boosted"})
#: the side a push's participle gives its names ("led" and "paced" take the sentence's move's)
_INCLUDING = frozenset({"including", "such"})  # (and "such as")
#: the figure-less moves a subject sees: "saw sharp drops", "witnessed a notable dip"
_SEEN = frozenset(words for words, _ in SEEN_MOVES)
#: the nouns of a trend that goes on ("continued their upward trend"), and the times of a session after "in the"
_TREND_NOUNS = frozenset({"trend", "journey", "trajectory", "momentum", "spiral", "march"})
_SESSION_TIMES = frozenset({"session", "morning", "afternoon", "day", "trade", "trading", "week"})
#: the heads that make a sector phrase its stocks: "Tech stocks saw a sharp drop" (not "Tourism saw a sharp drop")
_STOCK_HEADS = frozenset({"stocks", "shares", "sector", "sectors", "index", "sub-index", "names", "counters",
                          "equities"})


def _bare_sector_before(items: list[Item], k: int) -> bool:
    """Whether a sector named by its bare singular word stands right before item k, which names the trade as often as
    its stocks: review 92's "Tourism saw a sharp drop after the attacks" (visitors, no shares; the plural of its
    companies names their stocks: "Banks saw a sharp drop")."""
    if k < 1 or items[k - 1].kind != "M" or items[k - 1].mention.kind != "sector":
        return False
    words = items[k - 1].text.lower().split()
    return not any(w in _STOCK_HEADS for w in words) and not (words[-1].endswith("s") and not words[-1].endswith("ss"))


_PUSH_SIDE = {"dragged": "down", "weighed": "down", "pulled": "down", "lifted": "up", "boosted": "up"}


def _led_by_brackets(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """The names listed after "led by" with an unsigned percent each in brackets, moving the way the sentence's
    move before them went: Forbes' "Shares ... rose in value on Friday, led by Intel (4.7%), IBM (2.8%) and Home Depot
    (2.6%)" (a signed one is read elsewhere; a name with a move of its own keeps it)."""
    out: list[RawMove] = []
    moved = {id(m.subject) for m in moves}
    for k in word_indices(items, _LEADING_BY | _INCLUDING):
        including = items[k].low in _INCLUDING
        if not including and not (k + 1 < len(items) and items[k + 1].word("by")) \
                or items[k].low == "such" and not (k + 1 < len(items) and items[k + 1].word("as")):
            continue
        before = [m for m in moves if m.verb_start < k and m.direction in ("up", "down")]
        if including and not (before and before[-1].pct is None and before[-1].subject.kind in ("sector", "market")):
            continue  # "Technology stocks advanced, including Kestrel (1.7%) and Osprey (2.8%)": a group's members,
            # where the group's move has no figure of its own
        direction = _PUSH_SIDE.get(items[k].low) or (before[-1].direction if before else None)
        if direction is None:
            continue  # (review 69: "dragged by UnitedHealth (4.2%)" fell whatever the sentence's first move did)
        x = k + 2 if items[k].low == "such" or not including else k + 1
        kinds = ("ref", "candidate", "place", "market") if before and before[-1].subject.kind == "market" \
            and before[-1].end >= k - 1 else ("ref", "candidate")  # "Asian markets fell, including Tokyo (1.2%) and
        # Seoul (0.8%)": its places (not "Asian markets fell after exports slumped in several economies, including
        # Korea (8.7%)": the economies')
        while x + 3 < len(items) and items[x].kind == "M" and items[x].mention.kind in kinds \
                and items[x + 1].word("(") and items[x + 2].qkind == "PERCENT" and not items[x + 2].qty.signed \
                and items[x + 3].word(")"):
            if id(items[x].mention) not in moved:
                value = abs(items[x + 2].qty.value)
                out.append(RawMove(items[x].mention, direction, value if direction == "up" else -value,
                                   items[x + 2].qty.approx, None, None, x + 1, x + 4, items[x + 2].start_char))
            x += 4
            x += 1 if x < len(items) and items[x].word(",", "and") else 0
            x += 1 if x < len(items) and items[x].word("and") else 0
    return out


def _restated_percent(items: list[Item], f: int) -> int | None:
    """The item of the percent that restates a points or cents figure at item f ("0.9 cents or 4.7 per cent"), else
    None."""
    p = _points_or(items, f)
    if p == f:
        if f + 4 < len(items) and items[f].kind == "W" and parse_number(items[f].text) is not None \
                and items[f + 1].low in _UNITS_OR and items[f + 2].word(",") and items[f + 3].word("a", "an") \
                and items[f + 4].qkind == "PERCENT" and f + 5 < len(items) and items[f + 5].low in _MOVE_NOUN_SIDE:
            return f + 4  # "posted a gain of 9.2 points, a 0.28% increase": the points restated as a noun's percent
        return None
    p += _hedge_at(items, p)
    return p if p < len(items) and items[p].qkind == "PERCENT" else None


def _ranked_subject(items: list[Item], name: int) -> Mention | None:
    """The name ranked on the index at item ``name`` ('Kite Retail was the biggest riser on the FTSE
    250, up 11%'): the figure after the index is the ranked name's; None if no ranking leads to it."""
    p = name - 1
    p -= p >= 1 and items[p].word("entire", "whole", "broader", "wider") and items[p - 1].word("the")
    # ("the worst-hit share on the whole index, down 7%")
    if p >= 0 and items[p].word("the"):
        p -= 1
    if not (p >= 1 and items[p].word("on", "in", "among") and (
            items[p - 1].low in RANK_NOUNS or items[p - 1].low.split()[-1] in _RANKED_GROUPS
            and any(w in _RANK_ADJECTIVES for it in items[max(0, p - 4):p] for w in it.low.split()))):
        return None  # (CNBC's "Energy was the only advancing sector on the TSX, rising 0.23 percent")
    for x in range(p - 2, max(-1, p - 9), -1):  # (Scotland on Sunday's "Weir was back among the top five risers")
        if items[x].word("was", "were", "is"):
            name = _skip_appositive(items, x - 1, x) if x >= 1 and items[x - 1].word(",") else x - 1
            # ("Kingfisher, the owner of B&Q and Screwfix, was the biggest riser on the FTSE, up 2.4%")
            if name >= 1 and items[name].qkind == "TICKER" and items[name].text.startswith("("):
                name -= 1  # "Chevron Corp (CVX.N) was among the biggest drags on the Dow, down 1.6 percent"
            return items[name].mention if name >= 0 and items[name].kind == "M" \
                and items[name].mention.kind in ("ref", "candidate", "sector") else None
    return None


#: the group nouns a ranking adjective makes a rank: "the only positive group on the TSX"
_RANKED_GROUPS = frozenset({"sector", "sectors", "group", "groups", "stock", "stocks", "share", "component",
                            "components"})
_RANK_ADJECTIVES = frozenset({"only", "best", "worst", "top", "biggest", "positive", "negative", "weakest",
                              "strongest", "best-performing", "worst-performing", "hardest-hit", "worst-hit",
                              "hardest", "heaviest", "largest"})


def _with_rank(items: list[Item], k: int) -> Mention | None:
    """'Property stocks fell, with Wharf becoming the largest loser, falling 3.17 percent': the
    participle at item k tells the move of the name its with-clause ranked, not the clause's subject."""
    for c in range(k - 2, max(0, k - 12), -1):
        it = items[c]
        if it.kind == "Q" or it.kind == "M" and not items[c - 1].word("among", "in", "on") or it.word(",", ";"):
            return None  # (a rank's scope may hold a name: "the largest loser among blue chips")
        if not (c >= 3 and items[c - 1].word("becoming", "being") and it.word("the")):
            continue
        name = c - 3 if items[c - 2].qkind == "TICKER" else c - 2  # ("Kestrel Harbour Investment Company (1883)")
        if name >= 1 and items[name - 1].word("with") and items[name].kind == "M" \
                and items[name].mention.kind in _SUBJECT_KINDS:
            return items[name].mention
    return None


def _list_before(items: list[Item], j: int) -> list[Mention]:
    """The names of an 'A, B and C' list ending at item j, in order (none if item j is no name)."""
    out: list[Mention] = []
    while j >= 0 and items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS:
        if out and _after_a_preposition(items, j) and _opens_a_clause(items, j - 1 - items[j - 1].word("the")):
            break  # "On the Nifty 50, Titan and Shree Cement were the top drags": a setting, no list's name
        if out and j >= 1 and items[j - 1].low in _COMPARED_STATES:
            break  # "as exporters climbed on a weaker yen and SoftBank Corp. advanced": the yen is the cause
        out.append(items[j].mention)
        j = _past_country_of(items, j - 1)
        if j >= 2 and items[j].word("the") and items[j - 1].word("and", ",") and items[j - 2].kind == "M":
            j -= 1  # the CS Monitor's "The Russell 2000 index and the Nasdaq followed a similar course"
        if j >= 1 and items[j].word("and") and items[j - 1].word(","):
            j -= 2
            if j >= 0 and items[j].kind == "W" and (name := _listed_appositive(items, j)) is not None:
                j = name  # "Kestrel Bank, Spain's third-largest lender, and Harbour Insurance, each up 4 percent"
        elif j >= 0 and items[j].word(",", "and"):
            j -= 1
        else:
            break
    return out[::-1]


def _listed_appositive(items: list[Item], j: int) -> int | None:
    """The item of the company's name before a short description that ends at item j and a list's ", and" after it
    ("Kestrel Bank, Spain's third-largest lender, and Harbour", "Kestrel, a steelmaker, and Osprey"), else None."""
    if not items[j].text.islower():
        return None
    for c in range(j - 1, max(0, j - 8), -1):
        if items[c].word(","):
            inside = items[c + 1:j + 1]
            ok = c >= 1 and items[c - 1].kind == "M" and items[c - 1].mention.kind in ("ref", "candidate") \
                and all(it.kind == "W" or it.kind == "M" and it.mention.kind in ("place", "market") for it in inside) \
                and (inside[0].word("a", "an", "the") or any(it.low in ("'s", "’s") for it in inside))
            return c - 1 if ok else None
        if items[c].kind == "Q" or items[c].word(";", "and", "which", "who", "whose"):
            return None
    return None


_LAGGED = frozenset({"lagged"})
#: the words after a lag's figure that make it a gap to something else: "lagged 0.5% behind the benchmark"
_GAP_WORDS = frozenset({"behind", "against", "relative", "versus", "vs", "vs.", "below"})


def _lagged_behind(items: list[Item], m: RawMove) -> bool:
    """Whether a move of "lagged" with a figure is a gap to another or a span's ("lagged 2% behind the Dow",
    "have lagged 40% this year"), not the day's fall the Canadian Press' "Industrials lagged 0.91%" states."""
    if not items[m.verb_start].word("lagged"):
        return False
    after = next((x + 1 for x in range(m.verb_start, min(len(items), m.verb_start + 4)) if items[x].qkind == "PERCENT"),
                 None)
    return after is None or after < len(items) and items[after].low in _GAP_WORDS or multi_period(items, after)


def _a_compared_state(items: list[Item], m: RawMove) -> bool:
    """Whether a figure-less move's subject is a state after an article and a comparative ("as exporters climbed on a
    weaker yen and SoftBank Corp. advanced": the yen is the exporters' cause, not a mover)."""
    if m.pct is not None:
        return False
    x = mention_at(items, m.subject)
    return x is not None and x >= 2 and items[x - 1].low in _COMPARED_STATES and items[x - 2].word("a", "the")


#: comparatives that make a currency or commodity after them a state, no mover: "a weaker yen", "firmer oil prices"
_COMPARED_STATES = frozenset({"weaker", "stronger", "firmer", "softer", "higher", "lower", "rising", "falling",
                              "surging", "sliding", "cheaper", "dearer", "soaring", "slumping", "tumbling", "plunging",
                              "sinking", "climbing", "skyrocketing", "weakening", "strengthening"})


def _past_country_of(items: list[Item], j: int) -> int:
    """Left of a listed name's country ("... and Britain's BP": item j is the "'s") to the list's joint before it;
    j itself if there is none. Reuters' "France's TotalEnergies and Britain's BP fell more than 1% each"."""
    if j >= 2 and items[j].low in ("'s", "’s") and items[j - 1].kind == "W" and items[j - 1].text.istitle() \
            and items[j - 2].word(",", "and"):
        return j - 2
    return j


def _opens_a_clause(items: list[Item], p: int) -> bool:
    """Whether item p opens the sentence or follows a comma, a semicolon or a dateline's colon."""
    return p == 0 or p >= 1 and items[p - 1].word(",", ";", ":")


#: what else a market's session grows or shrinks by, besides its level: "closed with a rise by 1.5 per cent in value traded"
_SESSION_MEASURES = frozenset({"volume", "volumes", "value", "capitalisation", "capitalization", "cap", "turnover"})


def _opens_clause(items: list[Item], j: int) -> bool:
    """Whether the name at item j (and its "the") can open a clause: as a list can (see _list_opens_clause), or after a
    dash, a joint or a description (not a preposition's object: "Short interest in Tencent [...] rose", "Options volume
    around X (X.CO), jumped")."""
    p = j - 1 if j >= 1 and items[j - 1].word("the") else j
    return _list_opens_clause(items, j) or items[p - 1].word("-", "\u2013", "\u2014", "and", "while", "whereas", "but", "(",
                                                             "as", "including", "like") \
        or items[p - 1].kind == "W" and items[p - 1].low in DESCRIPTORS


#: the prepositions whose object a name is, not a clause's subject (see _after_a_preposition)
_PLACE_PREPOSITIONS = ("on", "in", "among", "at", "across")
_ANY_PREPOSITION = _PLACE_PREPOSITIONS + ("from", "of", "by", "for", "with", "to")


def _after_a_preposition(items: list[Item], j: int, prepositions: tuple[str, ...] = _PLACE_PREPOSITIONS) -> bool:
    """Whether the name at item j (and its "the") follows one of ``prepositions`` ("on", "in", "among", "at" or "across"
    unless told): a preposition's object, not a clause's subject."""
    p = j - 1 if j >= 1 and items[j - 1].word("the") else j
    return p >= 1 and items[p - 1].word(*prepositions)


#: generic subjects of a market stated by its place: "share prices dropped 3% in Shanghai, Sydney and Manila"
_GENERIC_MARKET = frozenset({"stocks", "shares", "prices", "equities", "markets", "indexes", "indices", "bourses",
                             "exchanges", "benchmarks"})


def market_or_place(item: Item) -> bool:
    """Whether item ``item`` names a market, an index or a place that stands for one."""
    m = item.mention
    return item.kind == "M" and m is not None and (m.kind in ("market", "place") or m.kind == "ref" and (
        (m.entity_id or "").startswith(("idx-", "market-"))))


def _place_list(items: list[Item], j: int) -> list[tuple[Mention, float | None, bool]]:
    """The places of 'in Shanghai, Sydney, Wellington, Taipei and Manila' starting at item j."""
    out = []
    j += j + 1 < len(items) and items[j].word("the") and market_or_place(items[j + 1])  # "in the United States, Asia and"
    while j < len(items) and market_or_place(items[j]):
        items[j].mention.extra["generic_subject"] = True  # "share prices dropped 3% in Shanghai": the market here
        out.append((items[j].mention, None, False))
        j += 1
        if j < len(items) and items[j].word(","):
            j += 1
        if j < len(items) and items[j].word("and", "&"):
            j += 1
    return out


def _generic_market(mention: Mention) -> bool:
    """'Stock indexes', 'Indexes', 'Stocks': a market word with no place of its own."""
    return mention.kind == "market" and mention.region is None and not mention.extra.get("places") \
        and mention.text.lower().split()[-1] in _GENERIC_MARKET


def _place_subjects(items: list[Item], k: int, end: int) -> list[tuple[Mention, float | None, bool]]:
    """A generic subject ('stocks', 'share prices') stands for the place the sentence names:
    'In Singapore, stocks slipped 0.6%', 'share prices dropped 3% in Shanghai, Sydney and Manila'."""
    j = k - 1
    while j >= 0 and items[j].kind == "W" and (items[j].low in SUBJECT_SKIP or items[j].low.endswith("ly")) \
            and items[j].low not in _GENERIC_MARKET:
        j -= 1
    if j < 0 or items[j].kind != "W" or items[j].low not in _GENERIC_MARKET:
        return []
    if j >= 1 and items[j].word("shares", "stock") and (items[j - 1].word("its", "their")
                                                          or items[j - 1].low in _APOSTROPHES):
        return []  # "Kestrel cut its outlook, with its shares falling 4.2% in Sydney": the owner's, where they trade
    if items[j].low == "prices" and not (j >= 1 and items[j - 1].low in ("share", "stock", "equity")) \
            and not (j == 0 or items[j - 1].word(",", "and")):
        return []  # "Consumer prices rose 2% in Japan", "House prices rose 1.2% in London": goods, no market
    while end < len(items) and items[end].kind == "W" and items[end].low.endswith("ly"):
        end += 1  # "fell sharply on Wall Street"
    if end < len(items) and items[end].word("in", "on", "across"):  # "Stocks fell on Wall Street Tuesday"
        found = _place_list(items, end + 2 if end + 1 < len(items) and items[end + 1].word("the") else end + 1)
        if len(found) == 1 and (j == 0 or after_dateline(items, j)):
            # the sentence's own word for the market is one of its surface forms: the Japan Times' "Stocks fell on
            # the Tokyo Stock Exchange" names Tokyo's market "Stocks" too
            found[0][0].extra["subject_words"] = (items[j].text,)
        if found:
            return found
    start = 1 if items[0].word("elsewhere", "meanwhile") and len(items) > 1 and items[1].word(",") else 0
    start += 1 if start and items[start].word(",") else 0
    if items[start].word("in"):
        found = _place_list(items, start + 1)
        if found and items[start + 1 + 2 * len(found) - 1].word(",") or found and len(found) == 1:
            return found
    home = home_market(items, j)
    if home is not None:
        return [(home, None, False)]
    if items[j].low in ("stocks", "equities") and j >= 2 and items[j - 1].word(",") \
            and not any(it.kind == "M" for it in items[:j]) and not items[j - 2].word("and", "or"):
        # "After a stumbling start to the week, stocks have moved higher": no place named, the story's own market
        it = items[j]
        return [(Mention(it.start, it.end, "market", it.text, it.start_char, it.end_char,
                         extra={"head": it.low}), None, False)]
    return []


def home_market(items: list[Item], j: int) -> Mention | None:
    """The story's own market, described without a name by the words that open the sentence (or its
    text after a dateline) and end at item j: AP's "Stocks gave back some of their gains", "Major
    indexes fell for a third day", "The stock market fell", "Local stocks were weighed down by X", "Share prices",
    "Equity benchmarks started with sharp gains". A lone "Shares" is often a company's, and is left."""
    it = items[j]
    blue = j >= 3 and words_at(items, j - 3, ("blue", "-", "chip"))  # Swissinfo's "Blue-chip shares plummet amid
    # global jitters": the market's blue chips (shares, stocks)
    if it.kind != "W" or it.low not in _HOME_HEADS and not (blue and it.low == "shares") \
            and not (it.low == "prices" and j >= 1 and items[j - 1].low in ("share", "stock", "equity")):
        return None  # (Malaya's "Share prices closed higher yesterday on bargain hunting"; not "Oil prices")
    s = j - 3 if blue else j
    while s > 0 and items[s - 1].low in _HOME_MODIFIERS and items[s - 1].kind in ("W", "M"):
        s -= 1  # (the name finder may take a capitalised opening word: "Local stocks")
    opened = _after_opening_clause(items, s)  # the LA Times' "After rebounding last week, stocks were hammered by X"
    if not (s == 0 or after_dateline(items, s) or opened) or not (items[s].text[:1].isupper() or opened):
        return None
    if s == j and it.text.capitalize() not in _HOME_MARKET_WORDS:
        return None
    if s < j and items[s].low == "the" and s + 1 == j and it.low != "market":
        return None  # "The stocks", "The indexes": a group named before
    first = items[s]
    text = "".join(x.text + (" " if x.end_char < y.start_char else "") for x, y in zip(items[s:j], items[s + 1:j + 1]))
    return Mention(first.start, it.end, "market", text + it.text, first.start_char, it.end_char, extra={"head": it.low})


#: the words that open a clause of time or circumstance before a sentence's subject: "After rebounding last week,"
_OPENING_CLAUSE_WORDS = frozenset({"after", "following", "despite", "amid", "yesterday", "today", "earlier", "later",
                                   "overall", "however", "meanwhile"})


def _after_opening_clause(items: list[Item], s: int) -> bool:
    """Whether item s follows the comma of an opening clause of time or circumstance that names no market."""
    return s >= 2 and items[s - 1].word(",") and items[0].kind == "W" and items[0].low in _OPENING_CLAUSE_WORDS \
        and not any(it.kind == "M" or it.word(",") for it in items[1:s - 1])


def _place_dash_before(items: list[Item], n: int) -> bool:
    """Whether the items before item n are a place's capitalised words and a dash ("Tokyo -", "Hong Kong -")."""
    return n >= 2 and items[n - 1].word("-", "--", "–", "—") and all(
        it.kind in ("W", "M") and it.text[:1].isupper() for it in items[:n - 1])


def _label_subject(items: list[Item], k: int) -> list[tuple[Mention, float | None, bool]]:
    """A list of top movers, each with its name as a label: "IndusInd Bank: Shares of the bank fell
    by 8.60 percent", "ONGC: The company closed at Rs 98.05, down by 5.54 percent". The label is the
    subject of a move whose own subject is a description or nothing at all."""
    c = next((x for x in range(1, min(6, len(items))) if items[x].word(":")), None)
    if c is None or k < c + 1 or items[c - 1].kind != "M" or items[c - 1].mention.kind not in _SUBJECT_KINDS \
            or c == 2 and items[0].kind != "M" or c > 2 and not _place_dash_before(items, c - 1):
        return []  # (the Guardian's "German DAX: down 82 points at 6932, -1.17%": a country's adjective, then the name;
        # AP's key figures "Tokyo - Nikkei 225: DOWN 0.4% at 39,100.55": the place, a dash, then the name)
    if k == c + 1 and not items[k].word("up", "down", "flat", "unchanged"):
        return []  # ("FTSE 100: down 1.5% at 5672": a bare side after the label)
    if any(it.kind == "M" and it.mention.kind in _SUBJECT_KINDS for it in items[c + 1:k]):
        return []  # "Banks: HDFC Bank fell 2%": the move has a subject of its own
    return [(items[c - 1].mention, None, False)]


def after_dateline(items: list[Item], j: int) -> bool:
    """Whether item j opens the text after a dateline: 'NEW YORK — Stocks', 'LONDON (Reuters) - Equities',
    'HONG KONG (Nikkei Markets) -- Hong Kong shares' (the credit in brackets as the outlet writes it)."""
    dated = 2 if len(items) > 2 and items[0].low in MONTHS and items[1].low.isdigit() else 0
    if j == dated == 2:
        return True  # Reuters' bare "May 21 Thai shares recovered on Wednesday as X"
    if j >= 4 and items[j - 1].low.isdigit() and items[j - 2].low in MONTHS and items[j - 3].word(",") \
            and all(it.text.isupper() for it in items[:j - 3]):
        return True  # Reuters' "LONDON, June 6 European shares reversed early gains"
    if j < 2 or not items[j - 1].word("-", "—", "–", "--"):
        return False
    if j == 2 and (items[0].low.endswith(".com") or items[0].low in NEWS_SOURCES):
        return True  # the outlet's credit alone: "Investing.com – Stocks in Seoul ended lower"
    credit = False
    for x in range(dated, j - 1):  # ("Oct 24 (Reuters) - Latin American stocks")
        it = items[x]
        if it.word("(", ")"):
            credit = it.word("(")
        elif (it.kind == "M" and it.mention.kind == "place" or x == dated and it.kind == "W" and it.text.istitle() and (
                _country(it.text) or x + 2 < j and items[x + 1].word(",")
                and items[x + 2].low.removesuffix(".") in MONTHS)) and (x + 1 == j - 1 or items[x + 1].word("(", ",")) \
                or x >= 1 and it.word("-", "—", "–", "--") and items[x - 1].text.isupper():
            continue  # CNN's title case, "New York (CNN Business) —", a web copy's "CNN — New York (CNN) —", AP's
            # "Tokyo (AP) —" with its credit blanked, "Manila, Philippines (AP) —", "Beijing, Sept 10 (Xinhua) --" (the
            # place read as no name there: a dateline's)
        elif not (credit or it.text.isupper() or it.kind == "Q" or it.word(",") or x > dated and (
                it.low.removesuffix(".") in MONTHS and items[x - 1].word(",")
                or it.low.isdigit() and items[x - 1].low.removesuffix(".") in MONTHS)):
            return False  # (Yonhap's and Xinhua's "SEOUL, Aug. 26 (Yonhap) -- South Korean shares")
    return True


#: a bare plural opening a sentence (or its clause after an opening phrase with no name: "After a stumbling
#: start to the week, stocks have moved higher") stands for the story's market ("Shares" alone is often a company's)
_HOME_MARKET_WORDS = frozenset({"Stocks", "Equities"})
#: the heads and the words before them of a sentence-opening description of the story's market
_HOME_HEADS = frozenset({"stocks", "equities", "market", "markets", "indexes", "indices", "benchmarks"})
_HOME_MODIFIERS = frozenset({"the", "local", "domestic", "key", "major", "main", "benchmark", "equity", "stock",
                             "share", "broader", "wider", "overall", "both"})


#: a sentence opening with these tells the day's course, not its move: "During the day, it tanked 1.23%"
_INTRADAY_OPENERS = (("during", "the", "day"), ("during", "the", "session"), ("during", "the", "day's"),
                     ("at", "one", "point"), ("earlier", "in", "the"), ("in", "intraday", "trade"),
                     ("in", "early", "trade"), ("in", "early", "trading"), ("intraday",), ("at", "its", "lowest"),
                     ("at", "its", "highest"), ("at", "the", "open"), ("at", "the", "opening"),
                     # NPR's "Shortly after opening, the Dow Jones index fell by more than 800 points, or 3 percent"
                     ("shortly", "after", "opening"), ("shortly", "after", "the", "open"), ("soon", "after", "opening"),
                     ("soon", "after", "the", "open"), ("shortly", "after", "the", "opening"))
_INTRADAY_FIRST = frozenset(words[0] for words in _INTRADAY_OPENERS)
_LAST = frozenset({"last", "previous"})


def last_occurrence(items: list[Item]) -> bool:
    """Whether the sentence tells when a move like the day's was last seen, a past move and no move of the story:
    it opens with the last time ("Last time, the Sensex dropped over 2.23 per cent was on February 22, 2021", "The
    last time the Kospi lost 5% was in 2024", "The last FTSE 100 fall of 3 per cent came in October 2019") or ends with
    it ("The stock had fallen over 8 per cent on March 18, 2020 last time, data showed"). A day's move measured
    against the last time ("its worst day since September 2022, the last time the index fell more than 2.5%",
    "recouping losses from the last time the index fell") is the day's."""
    x = 1 if items and items[0].word("the") else 0
    if x + 1 < len(items) and items[x].low in _LAST:
        if items[x + 1].word("time"):
            return True  # (a sentence's first "Last" may be read as a name)
        if x == 1:  # "The last [FTSE 100] fall of 3 per cent"
            for y in range(x + 1, min(len(items) - 2, x + 5)):
                if items[y].low in _MOVE_NOUN_SIDE and items[y + 1].word("of") and items[y + 2].qkind == "PERCENT":
                    return True
    if has_words(items, _LAST_TIME_BREAKS):
        return False
    for x in word_indices(items, _LAST):
        if x + 2 < len(items) and items[x + 1].word("time") and items[x + 2].word(",", ".") \
                and any(_YEAR.fullmatch(it.text) for it in items[max(0, x - 4):x]):
            return True  # "... on March 18, 2020 last time, data from the exchange showed" (a date, then "last time"; not
            # "far more than they gained last time", "double its loss last time")
    return False


_LAST_TIME_BREAKS = frozenset({";", "while", "whereas"})


#: words inside a move's own clause that make its figure the session's course, not its close: the openers
#: above, and "initially dived 8 percent", "as much as", "early on", "in the morning session"
_COURSE_WORDS = _INTRADAY_OPENERS + (("initially",), ("as", "much", "as"), ("early", "on"), ("in", "the", "morning"),
                                      ("in", "morning", "trade"), ("in", "morning", "trading"), ("at", "midday"),
                                      ("by", "midday"), ("by", "the", "midday"), ("at", "the", "midday"))
_COURSE_FIRST = frozenset(words[0] for words in _COURSE_WORDS)
#: a session's snapshot stated after the figure, in its own clause: a Hong Kong midday report's "was down 4.2% at
#: HK$8.31 by the lunch break" (not "at noon": Manila's morning-only session closed then; nor a clause's "which
#: warned at lunchtime, fell 4%" or "on news at lunchtime")
_SNAPSHOT_AFTER = (("at", "lunch"), ("by", "lunch"), ("at", "the", "lunch"), ("by", "the", "lunch"), ("at", "lunchtime"),
                   ("by", "lunchtime"), ("around", "lunchtime"), ("at", "the", "morning", "close"),
                   ("at", "the", "end", "of", "the", "morning"), ("at", "mid", "-", "session"),
                   ("by", "mid", "-", "session"), ("at", "midsession"), ("by", "midsession"), ("at", "the", "halfway"))
_SNAPSHOT_FIRST = frozenset(words[0] for words in _SNAPSHOT_AFTER)


def intraday_clause(items: list[Item], move: RawMove) -> bool:
    """Whether the move's own clause (three items before its verb to seven after its figure) tells the
    day's course ("The FTSE 100 index initially dived more than 8 percent at the open"), which the
    session's close then overrides (not "rose 1.2 percent on Friday, after climbing as much as 1.8
    percent": the course is another clause's)."""
    for x in range(max(0, move.verb_start - 3), min(len(items), move.end + 7)):
        if x >= move.end and (items[x].word("respectively") or items[x].word(",") and x + 1 < len(items)
                              and items[x + 1].word("respectively")):
            continue  # (a list's "respectively" is no clause end)
        if x >= move.end and items[x].word(",") and x + 1 < len(items) and items[x + 1].low in _COURSE_FIRST \
                and any(words_at(items, x + 1, w) for w in _COURSE_WORDS):
            return True  # CNN's "slipped roughly 2% and 1.5%, respectively, earlier in the session"
        if x >= move.end and items[x].word(",", ";", "after", "before", "while", "but", "and"):
            return False  # the clause ends: what follows is another's
        if items[x].low in _COURSE_FIRST and any(words_at(items, x, w) for w in _COURSE_WORDS):
            return True
        if x >= move.end and items[x].low in _SNAPSHOT_FIRST and any(words_at(items, x, w) for w in _SNAPSHOT_AFTER) \
                and not any(it.low in CUE_FIRST_WORDS for it in items[move.end:x]):
            return True
        if x >= move.end and items[x].word("minutes", "minute", "hours", "hour") and x >= 2 \
                and any(it.word("in", "within") for it in items[max(move.end, x - 3):x]):
            return True  # Xinhua's "dived a further 2 percent in just 2 minutes after reopening"
    return False


def _aside_before_predicate(items: list[Item], k: int) -> bool:
    """Whether the participle at item k opens an aside between a name and its verb ("The Kospi, sliding for a fifth
    straight session, closed 1.4 percent lower"): a comma after the name, a closing comma with no figure before
    it, and a predicate or a settle verb right after that."""
    if not (k + 1 < len(items) and k >= 2 and items[k].low.endswith("ing") and items[k - 1].word(",")
            and items[k - 2].kind == "M" and items[k + 1].word("for")):
        return False  # (a run only: "falling on weak demand" tells a cause, read where it stands)
    c = next((x for x in range(k + 1, min(k + 10, len(items) - 1)) if items[x].word(",") or items[x].kind == "Q"), None)
    if c is None or items[c].kind == "Q":
        return False
    return items[c + 1].kind == "W" and (items[c + 1].low in _SETTLE or predicate_at(items, c + 1) is not None) \
        and any(it.qkind == "PERCENT" for it in items[c + 1:c + 9])  # (the verb after it with a figure of its own:
    # not "The Kospi, sliding for a fifth session, closed at 2,480": the aside tells the side)


def find_moves(items: list[Item]) -> list[RawMove]:
    """Every price move stated in a sentence's items (none of the names a list excepts: "All sectors except energy
    and health care fell")."""
    moves = _moves_in(items)
    if moves and has_words(items, _WHEN):
        moves = [m for m in moves if not _since_when(items, m.verb_start)]
    if moves and has_words(items, _TIME):
        moves = [m for m in moves if m.pct is None or not _counted_time(items, m.verb_start)]
    if moves and has_words(items, EXCEPT_WORDS):
        moves = [m for m in moves if not _excepted(items, m.subject)]
    if len(moves) > 1 and items[0].kind == "W" and items[0].low in ("as", "for"):
        moves = [m for m in moves if not _topic(items, m.subject)]
    if len(moves) > 1 and has_words(items, _AS_DID) and has_words(items, _AS):
        _as_did(items, moves)
    return moves


#: the verbs of "as did X" that say X moved as the clause before: "Germany's DAX lost 1.9%, as did the FTSE 100"
_AS_DID = frozenset({"did", "was", "were"})
_AS = frozenset({"as"})


def _as_did(items: list[Item], moves: list[RawMove]) -> None:
    """Give a figure-less move told by ", as did X" the figure of the move before it, in place: "Germany's DAX
    lost 1.9%, as did the CAC 40" (not ", as was the case in March")."""
    for before, m in zip(moves, moves[1:]):
        if m.pct is not None or before.pct is None or (t := mention_at(items, m.subject)) is None:
            continue
        t -= t >= 1 and items[t - 1].word("the")
        if t >= 3 and items[t - 1].word(*_AS_DID) and items[t - 2].word("as") and items[t - 3].word(","):
            m.pct, m.direction, m.approx = before.pct, before.direction, before.approx


def _topic(items: list[Item], subject: Mention) -> bool:
    """Whether the subject is the topic a sentence opens with before a comma and another name ("As for oil and gas
    stocks, Petronas Chemical rose 13 sen", the Star; "For other blue chips, China Shenhua went down 3.5 percent")."""
    t = 2 if items[0].word("as") else 1
    if not (len(items) > t + 2 and items[t - 1].word("as", "for") and (t == 1 or items[1].word("for"))
            and items[t].kind == "M" and items[t].mention is subject and items[t + 1].word(",")):
        return False
    return items[t + 2].kind == "M"


_WHEN = frozenset({"when"})
_TIME = frozenset({"time"})
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "only", "last"})


def _counted_time(items: list[Item], at: int) -> bool:
    """Whether the predicate at item ``at`` tells how often a move happened ("That marked the third time the index has
    lost more than 2 per cent this year"): a count of past sessions whose figure is a threshold, no move of the day
    (a figure-less one is the day's own: "the first time the FTSE has closed under 7,000 since May")."""
    t = next((x for x in range(at - 1, max(0, at - 10), -1) if items[x].word("time")), None)
    return t is not None and t >= 2 and items[t - 1].low in _ORDINAL_WORDS and items[t - 2].word("the") \
        and any(it.word("has", "had", "have") for it in items[t + 1:at]) \
        and not any(it.word(",", ";", "and", "but") for it in items[t + 1:at])


def _since_when(items: list[Item], at: int) -> bool:
    """Whether the predicate at item ``at`` tells the day a superlative counts from: Chosun Biz's "It was the worst
    day since Aug. 1, when the KOSPI and Kosdaq each posted declines of more than 3% and 4%", "the biggest drop since
    2008, when the index fell 5%": that day's move, not this one's."""
    when = next((x for x in range(at - 1, max(0, at - 12), -1) if items[x].word("when")), None)
    return when is not None and when >= 2 and items[when - 1].word(",") \
        and any(it.word("since") for it in items[max(0, when - 8):when - 1]) \
        and not any(it.word(";", ".", "while") for it in items[when:at])


def _excepted(items: list[Item], subject: Mention) -> bool:
    """Whether the subject stands in a list right after "except" ("All sectors except energy, consumer staples and
    health care fell intraday", MT Newswires)."""
    x = mention_at(items, subject)
    if x is None:
        return False
    end = x  # the excepted list's last member: "except for Paris and Frankfurt, which rose 0.2% and 0.4%"
    while end + 2 < len(items) and items[end + 1].word(",", "and") and items[end + 2].kind == "M":
        end += 2
    if end + 2 < len(items) and items[end + 1].word(",") and items[end + 2].word("which", "that") \
            or end + 1 < len(items) and items[end + 1].word("which", "that"):
        return False  # "All bourses finished higher, except Athens' stock exchange, which closed 1.1 percent down"
    while x >= 1 and (items[x - 1].kind == "M" or items[x - 1].word(",", "and", "&")):
        x -= 1
    return excepting_at([it.low for it in items[max(0, x - 2):x]], min(x, 2)) is not None  # ("except for energy")


def _moves_in(items: list[Item]) -> list[RawMove]:
    """Every price move stated in a sentence's items."""
    if items and items[0].kind == "W" and items[0].low in _INTRADAY_FIRST \
            and any(words_at(items, 0, words) for words in _INTRADAY_OPENERS):
        return []
    if (has_words(items, _LAST) or items and items[0].low in _LAST) and last_occurrence(items):
        return []
    run_in = _run_in_participle(items)
    if run_in is not None:
        return [run_in]
    nouns, orphans = _noun_moves(items)
    moves: list[RawMove] = _colon_figure(items) + _signed_after_name(items) + nouns + _possessive_moves(items) \
        + (_fronted_noun_move(items) if items and items[0].word("with") else []) \
        + _led_by_losses(items) + _plural_noun_moves(items) + _sided_after_name(items) \
        + (_circuit_moves(items) if has_words(items, _CIRCUIT_WORD) else [])
    if not moves and items and items[0].kind == "M":
        moves = _table_row(items)
        if moves:
            return moves
    k = 0
    forecasting = has_words(items, _FORECAST)  # most sentences hold no forecast word: no look-back for them
    # only a settle verb or a predicate's first word can start a move: the walk visits those
    for at in word_indices(items, _MOVE_OPENERS):
        if at < k:
            continue  # inside the move read last
        k = at
        settled = _settled_at(items, k) if not (forecasting and _forecast(items, k)) else None
        close_first = _closed_at_first(items, k) if settled is None else None
        if close_first is not None:
            settled = close_first[0], close_first[1], close_first[3]
        if settled is not None and settled[1] is not None and _close_off_a_peak(items, settled[2]):
            k = settled[2]  # "The S&P 500 closed down more than 7 percent from a record set last month": a
            continue  # distance from a peak, no move (as after any other verb below)
        if settled is not None:
            direction, pct, end = settled
            if close_first is not None:
                close = close_first[2]
            else:
                close, end2 = _close_after(items, _skip_points_and_day(items, end))
                end = end2 if close is not None else end
                if pct is None and close is not None:
                    # Lanka Business Online's "S&P SL20 closed 10.18 points higher at 3,836.33 up 0.27 percent": the
                    # points, the level, then the percent
                    after, end3 = _figure_after_close(items, end)
                    if after is not None and (after > 0) == (direction == "up"):
                        pct, end = after, end3
            subjects, group, _ = _subjects(items, k)
            if not subjects or subjects[0][0].kind == "pronoun":
                subjects = _extreme_then_close(items, k, moves) or subjects
            if subjects and _volume_of(items, subjects[0][0]):
                k = end  # "Volume on the Topix was about 6.2 percent higher than the 90-day average"
                continue
            if not subjects:
                subjects = _clause_subject(items, k) or _continued(items, k, moves) or _place_subjects(items, k, end) \
                    or _participle_subject(items, k, moves) or _infinitive_of(items, k, moves)
            if not subjects and k >= 3 and items[k - 1].word("to") and items[k - 2].kind == "W":
                subjects = _continued(items, k - 2, moves)  # "jumped at the open but slipped to close 0.9% lower"
            listed = [it.qty.value for it in items[k + 1:end] if it.qkind == "PERCENT"]
            if len(listed) > 1 and len(listed) == len(subjects) and all(own is None for _, own, _ in subjects):
                subjects = [(m, f, False) for (m, _, _), f in zip(subjects, listed)]  # "..., respectively"
            subjects, end = _respective(items, subjects, pct, end)
            # ("ended at 2,410.5, up 1.3 percent from a week ago": the week's change, with the day's level)
            flags = ["multi-period"] if multi_period(items, end) \
                else ["settled"] if items[k].low in _CLOSE_VERBS else []
            if close is not None and _threshold_level(items, k, end, close):
                flags.append("threshold-level")
            approx = _settled_hedged(items, k, end)
            for mention, own, _signed in subjects:
                value = pct if own is None else None if own is _NO_FIGURE else abs(own) * (
                    1 if direction == "up" else -1)
                moves.append(RawMove(mention, direction, value, approx and own is None, close,
                                     _turnover_after(items, end), k, end,
                                     items[k].start_char, group=group, flags=list(flags)))
            if subjects:
                k = end
                continue
        pred = predicate_at(items, k)
        if pred is None:
            k += 1
            continue
        direction, length, needs_figure = pred
        if _rating_named(items, k):
            k += length  # CNBC's "after Bank of America downgraded the chemicals manufacturing stock to underperform": a
            continue  # rating, no move
        if _market_object(items, k + length):
            k += length  # "Alibaba, Meituan, Tencent sink Hong Kong stocks": the market moved, the names moved it
            continue
        if forecasting and _forecast(items, k):
            k += length  # "Analysts expect the Nikkei to drop 2%": a forecast, no move
            continue
        if _close_clause_follows(items, k + length):
            k += length  # "pared gains to close 6% higher": the close is the day's move
            continue
        if direction == "flat" and items[k + length - 1].word("at") and k + length < len(items) \
                and items[k + length].qkind == "PERCENT":
            k += length  # review 73's "Core CPI was steady at 3.8 percent in April": a rate held, no price's move
            continue
        own = k + length  # Naija247news' "likewise shed their share prices by 8.45% and 6.92% respectively"
        if own < len(items) and items[own].kind == "W" and items[own].low == items[own - 1].low \
                and items[own].low.isalpha():
            own += 1  # a typo's doubled verb: "The Nasdaq rose rose 1.2%"
        elif own + 1 < len(items) and items[own].word(":") and items[own + 1].qkind == "PERCENT":
            own += 1  # "Kestrel and Osprey shares rose: 1.2% and 0.4%, respectively"
        if own + 3 < len(items) and items[own].word("its", "their") and items[own + 1].word("share", "stock") \
                and items[own + 2].word("price", "prices") and items[own + 3].word("by"):
            own += 3
        if own + 2 < len(items) and items[own].word(",") and items[own + 1].word("by") \
                and (items[own + 2].kind == "Q" or _PENCE.match(items[own + 2].low)):
            own += 1  # the Times' "was also down, by 8p, or 2.7 per cent": the figure after a comma
        pct, approx, is_range, end = _figure(items, own)
        if pct is not None and (_close_off_a_peak(items, end) or end + 2 < len(items) and items[end].word("of")
                                and any(it.low in _BALLOTS for it in items[end + 1:end + 3])):
            k = end  # Bamboo Works' "The stock is down 60% from its 52-week high": a distance from a peak; the Yucatan
            continue  # Times' "Boric won 56% of the vote": a share of the ballots, no price's move
        if pct is None and end > k + length and items[end - 1].qkind == "PERCENT" \
                and _intraday(items, _past_venue(items, end)):
            k += length  # Siasat's "Hong Kong's Hang Seng fell 3.43% in early trade": the session's course, whose
            continue  # figure is no day's move (nor its side the day's)
        if pct is not None and end + 1 < len(items) and items[end].word("market") \
                and items[end + 1].word("share", "shares"):
            k += length  # "Tata Motors loses 5% market share to rivals": a share of the market, no price's move
            continue
        if isinstance(pct, _Sided):
            pct = float(pct)
            direction = "up" if pct > 0 else "down"  # "rose as much as 2% before closing down 0.2%": the close's side
        if direction == "flat" and pct is None and any(it.low in _FLAT_HEDGES for it in items[k:k + length]):
            approx = True  # "was nearly flat", "ended roughly flat": 0.0, approximately
        unchanged_by = _unchanged_bracket(items, k + length) if direction == "flat" and pct is None else None
        if unchanged_by is not None:
            pct, end = unchanged_by[0], unchanged_by[2]
        if pct is None:
            pct, end = _restated_after(items, end, direction)
        if direction == "flat" and end == k + length and items[end - 1].word("at") and end < len(items) \
                and (level := _level(items[end])) is not None:
            close, end2 = level, end + 1  # Yonhap's "remained flat at 61,500 won", Malaya's "was steady at P28.25"
        else:
            close, end2 = _close_after(items, _skip_points_and_day(items, end))
        if close is not None:
            end = end2
            if pct is None:
                pct, end = _figure_after_close(items, end)
                if direction == "flat" and pct:
                    direction = "up" if pct > 0 else "down"  # review 74's "The Nikkei was steady at 38,500, up 0.1%"
        if pct is None and not is_range and _aside_before_predicate(items, k):
            k += length  # "The Kospi, sliding for a fifth session, closed 1.4 percent lower": the
            continue  # aside's course; the verb after it tells the day's move
        if pct is None and not is_range and _transitive_object(items, k + length):
            k += length  # "Acme doubled its dividend", "doubled tariffs on steel imports": the verb's object grew,
            continue  # no share price moved
        figureless = needs_figure and pct is None and not is_range
        free = figureless and _figure_free(items, k, length)
        if figureless and not free and not _percent_before(items, k):
            k += length  # no figure, and none of a subject's own can stand left of the verb: no move to read
            continue
        subjects, group, close_left = _subjects(items, k)
        if len(subjects) == 1 and _flow_destination(items, subjects[0][0], k):
            subjects = []  # "as net inflows into the Hong Kong market rose to HK$12 billion": the flow rose
        if _results_growth(items, k) or subjects and _volume_of(items, subjects[0][0]):
            k += length  # "reported an operating profit of 14.53 trillion won, up 179 percent"; "Volume on the Topix
            continue  # was about 6.2 percent higher than the 90-day average": no share price's move
        if len(subjects) == 1 and _generic_market(subjects[0][0]) and end + 1 < len(items) and items[end].word("in"):
            places = _place_list(items, end + 1)  # AP's "Stock indexes tumbled 1.7 percent in London"
            # (several places take the side, not one figure: AFP's "Stock markets tumbled in the United States, Asia
            # and Europe on a grim economic outlook")
            subjects = places if len(places) == 1 or places and pct is None and not is_range else subjects
        if not subjects:
            subjects = _continued(items, k, moves) or _place_subjects(items, k, end) or _clause_subject(items, k) \
                or _participle_subject(items, k, moves) or (_label_subject(items, k) if not moves else []) \
                or _course_then_figure(items, k) \
                or _listed_sector_subject(items, k) or _headless_quote(items, k)
            if subjects and _volume_of(items, subjects[0][0]):
                k += length  # "profits for the S&P 500 are on pace to grow nearly 15%": the index's results
                continue
        if len(subjects) == 1 and end + 1 < len(items) and items[end].word("in") \
                and items[end + 1].mention is subjects[0][0]:
            end += 2  # "Stocks fell 1.7% in London": the place is the move's, a list may go on after it
        subjects, end = _respective(items, subjects, pct, end)
        several = len(subjects) > 1 or len(subjects) == 1 and len(subjects[0][0].sectors) > 1  # one joined sector phrase
        if several and pct is not None and _upper_bound(items, end):
            pct, approx = None, False  # "A, B and C were the top gainers, rising up to 7.9%": the most, not each
        has_own = any(p is not None for _, p, _ in subjects)
        if pct is None and not has_own and k >= 2 and items[k - 1].word("had") and items[k - 2].word("which", "that"):
            k += length  # "Tech stocks, which had stumbled to begin the week, led the rally": an earlier course
            continue
        if not subjects or figureless and not has_own and not free:
            k += length
            continue
        if close is None:
            close = close_left
        turnover = _turnover_after(items, end)
        # "have lost more than 20 percent of their value": a perfect over a span; "the DAX in Frankfurt has
        # lost 1.5%" beside the day's other moves is the day's, unless a span follows (multi_period)
        perfect = k >= 1 and items[k - 1].word("has", "have") and (
            pct is None or end < len(items) and items[end].word("of", "since") or _span_before(items, k))
        distance = pct is not None and _off_an_extreme(items, end) \
            and not any(it.low in ("day", "intraday", "session") for it in items[end:end + 4])
        if distance and not (k >= 1 and items[k - 1].word("has", "have")):
            k = end  # "The Nasdaq is down 14.7% from the peak it set in late March": a distance from a peak (a
            continue  # trap to the genre's annotators), no move
        # ("has dropped 20 per cent from the recent peak on June 28": a move over the span since the peak)
        flags = ["multi-period"] if perfect or distance or multi_period(items, end) else []
        if items[k].low in _CLOSE_VERBS and "multi-period" not in flags:
            flags.append("settled")  # "before ending with a 3.1 per cent loss": the close, not an extreme before it
        if items[k + length - 1].low in ("below", "above"):
            flags.append("threshold")  # "closed below the key 9,000 mark": a side of a level (read for indices)
        if close is not None and _threshold_level(items, k, end, close):
            flags.append("threshold-level")  # "fell below the 10,000 point mark": a close only until one is stated
        if "multi-period" in flags and items[k].low in _MULTIPLES:
            k += length  # "It has doubled in price in the past two years": no day's move to tell
            continue
        if len(subjects) == 1 and pct is not None and items[k].low in ("higher", "lower") \
                and (words_at(items, k + 1, (",", "with")) or words_at(items, k + 1, ("with",))
                     or k + 2 < len(items) and items[k + 1].word(",") and items[k + 2].kind == "W"
                     and _move_participle(items[k + 2]) and subjects[0][0].kind == "sector"):
            # (the SCMP's "HSBC led financials lower, losing 2 per cent to HK$57.95": a sector led, the participle's
            # subject is the clause's; an index led keeps its figure: "Housebuilders led the FTSE 250 higher, rising 3%")
            subjects = _leader(items, k, subjects)  # (not "led the FTSE 100 higher, up 0.6% at 8,100": the index's)
        sign = 1 if direction == "up" else -1
        closes = _listed_closes(items, k, len(subjects)) if len(subjects) > 1 else None
        first_of_list = len(moves)
        for mention, own, signed in subjects:
            value = None if own is _NO_FIGURE else own if own is not None else pct
            if unchanged_by is not None and not unchanged_by[1]:
                # "lost 1.8 points, but was unchanged percentage-wise (0.06%)": the points' direction
                value = _direction_before(moves, mention, k) * abs(value)
            elif value is not None and own is not None and not signed:
                value = sign * abs(value)
            elif value is not None and own is None and unchanged_by is None:
                value = sign * abs(value)
            if value is not None and value != 0 and (direction == "flat" or (value > 0) != (direction == "up")):
                direction_here = "up" if value > 0 else "down"
            else:
                direction_here = direction
            if value == 0 or value is None and direction_here == "flat":
                value = 0.0  # "closed flat", "was unchanged": the dev convention's 0.0
            moves.append(RawMove(mention, direction_here, value, approx if own is None else False,
                                 close if len(subjects) == 1 else closes[len(moves) - first_of_list] if closes else None,
                                 turnover if len(subjects) == 1 else None, k, end,
                                 items[k].start_char, group=group, flags=list(flags)))
        if group is not None and group.kind == "sector" and group.end != subjects[0][0].start and not _among(items, group):
            # "Gold miners like Zijin and Zhaojin rallied": the group is the subject; not "Lidar firms Hesai
            # and Pony.ai soared", where it only describes the names, nor "Among retailers, Mr Price added 3.26%"
            moves.append(RawMove(group, direction, None, False, None, None, k, end, items[k].start_char))
        k = end if end > k else k + length
    moves += _adopt_orphans(orphans, moves)
    if moves and (has_words(items, _LEADING_BY) or has_words(items, _INCLUDING)):
        moves += _led_by_brackets(items, moves)
    if moves and has_words(items, _DAY_BEFORE_OPENERS):
        moves += _day_before(items, moves)
    ranked = _from_rankings(items, moves)  # "was the top gainer with 1.71 per cent gains, followed by SBI ...": a lead
    if not moves and has_words(items, _FOLLOWED):
        ranked += _led_by_figure(items)
    moves += _followed_by(items, moves + ranked)
    if moves:  # (most sentences state no move: no list to read on)
        moves += _gapped(items, moves)
    if has_words(items, _RESPECTIVELY):
        moves = _respective_run(items, moves)
    moves += _knock_on(items, moves)
    moves += [r for r in ranked if r.subject.start not in {m.subject.start for m in moves}]
    if has_signed_percent(items) or has_words(items, _BRACKETS):
        moves += _signed_in_brackets(items, moves)
    if len(moves) > 1:
        moves = _without_extremes(items, moves)
        moves = [m for m in moves if not _flat_then_figure(items, m, moves)]
    moves = [m for m in moves if not _both_unchanged_of_another(items, m)]
    if has_words(items, ("remained", "stayed")):
        moves = [m for m in moves if not _held_flat_no_close(items, m)]
    if moves and has_words(items, ("since",)):
        moves = [replace(m, flags=[*m.flags, "multi-period"]) if "multi-period" not in m.flags
                 and _since_recovered(items, m.end) else m for m in moves]
    if moves and (_a_month_s_sentence(items) or _a_span_opening(items)):
        moves = [m if "multi-period" in m.flags else replace(m, flags=[*m.flags, "multi-period"]) for m in moves]
    if any(_described_company_shares(m.subject) for m in moves):
        moves = _described_owners(items, moves)
    _opening_place(items, moves)
    if has_words(items, _KNOCK_ON_VERBS):
        moves = [_knock_on_subject(items, m) for m in moves]
    if has_words(items, _COMPARED_STATES):
        moves = [m for m in moves if not _a_compared_state(items, m)]
    if has_words(items, _YEAR_WORDS):
        moves = _on_a_year(items, moves)
    if any(m.subject.kind == "pronoun" for m in moves):
        moves = [_as_it_restated(items, m, moves) for m in moves]
        moves = [m for m in moves if m is not None]
    if has_words(items, _LAGGED):
        moves = [m for m in moves if not _lagged_behind(items, m)]
    if has_words(items, _THAN):
        moves = [m for m in moves if not _compared(items, m)]
    if has_words(items, BUSINESS_NOUNS):
        moves = [m for m in moves if not _data_subject(items, m)]
    return [m for m in moves if not _futures_move(items, m)] if has_words(items, _FUTURES) else moves


def _data_subject(items: list[Item], m: RawMove) -> bool:
    """Whether the move's subject is a capitalised word that opens a data noun's phrase before the verb, no company:
    "New energy vehicle sales reached 217,000 units, up 8 percent", "Car sales rose" (a name the reference knows
    is no such word: "Tesla sales" is the company's business, read by the rules of results)."""
    s = m.subject
    if s.kind != "candidate" or " " in s.text:
        return False
    at = mention_at(items, s)
    if at is None or at + 1 >= m.verb_start:
        return False
    noun = next((y for y in range(at + 1, min(at + 5, m.verb_start)) if items[y].kind == "W"
                 and items[y].low in BUSINESS_NOUNS), None)
    return noun is not None and all(it.kind == "W" and it.text.islower() for it in items[at + 1:noun])


#: verbs by which a company moves the market it is in: "H & M weighed down the bourse closing down 2.1 percent"
_KNOCK_ON_VERBS = frozenset({"weighed", "dragged", "pulled", "pushed", "lifted", "boosted", "propped", "led",
                             "helped", "sent", "drove"})
_KNOCK_ON_PARTICLES = frozenset({"down", "up", "on", "lower", "higher"})


#: the moves of a market a company leads: "led index gains", "led the market's losses"
_LED_MOVES = BACK_SUBJECTS


def _knock_on_subject(items: list[Item], m: RawMove) -> RawMove:
    """The Local's "Clothing retail giant H & M weighed down the bourse closing down 2.1 percent": a participle right
    after the market a company moved tells the company's own move, not the market's."""
    k = m.verb_start
    if k >= 3 and items[k].low in _KNOCK_ON_PARTICLES and k + 2 < len(items) and items[k + 1].word(",") \
            and items[k + 2].low.endswith("ing"):
        j = k - 1  # "SoftBank dragged the Nikkei lower, falling 4.5 percent": the figure the participle's
    elif items[k].kind == "W" and items[k].low.endswith("ing") and k >= 4:
        j = k - 1 - items[k - 1].word(",")
        j -= items[j].kind == "W" and items[j].low in _KNOCK_ON_PARTICLES
        if items[k - 1].word(",") and items[j].kind == "W" and items[j].low in _LED_MOVES:
            j -= 1 + (j >= 2 and items[j - 1].low in ("'s", "’s"))  # "Kestrel led the market's losses, sliding 3.6%"
    elif k >= 3 and items[k].low in _LED_MOVES and k + 2 < len(items) and items[k + 1].word(",") \
            and items[k + 2].low.endswith("ing"):
        j = k - 1  # "Kestrel led index gains, rising 3.6 per cent": the gains of the index it led
        j -= j >= 1 and items[j].low in ("'s", "’s")
    else:
        return m
    if j < 2 or items[j].kind != "M" or items[j].mention is not m.subject or m.subject.kind not in ("market", "ref") \
            or m.subject.kind == "ref" and names_company(m.subject):
        return m
    v = j - 1 - items[j - 1].word("the")
    v -= v >= 1 and items[v].low in _KNOCK_ON_PARTICLES and items[v - 1].low in _KNOCK_ON_VERBS
    if v < 1 or items[v].low not in _KNOCK_ON_VERBS or items[v - 1].kind != "M" \
            or items[v - 1].mention.kind not in ("ref", "candidate") or not names_company(items[v - 1].mention) \
            or items[v - 1].mention.kind == "candidate" and items[v - 1].text.endswith("s"):
        return m  # (not "Housebuilders led the FTSE 250 higher, rising 3%": a group's lead, the index's figure)
    return replace(m, subject=items[v - 1].mention)


#: a possessive's nouns after a move verb that are still its own move or course: "extended its losses"
_OWN_MOVE_OBJECTS = frozenset({"shares", "share", "stock", "gains", "gain", "losses", "loss", "advance", "rally",
                               "slide", "decline", "declines", "fall", "rise", "way", "lead", "ground", "streak",
                               "run", "rebound", "recovery", "slump", "value", "price", "worth", "market",
                               # "rose its most in a month", "closed at its highest since May", "lagged its rivals"
                               "most", "least", "highest", "lowest", "best", "worst", "biggest", "strongest",
                               "weakest", "steepest", "sharpest", "largest", "smallest", "peers", "rivals", "benchmark",
                               "index", "sector", "limit", "daily", "previous", "own", "record", "all-time"})
#: nouns that a move verb acts on as its object, no price's move: "doubled tariffs", "raised prices"
_TRANSITIVE_OBJECTS = frozenset({"tariffs", "taxes", "duties", "rates", "dividend", "dividends", "forecast",
                                 "forecasts", "outlook", "guidance", "output", "production", "spending", "wages",
                                 "payout", "capacity", "imports", "exports", "prices", "fees", "stake"})


def _transitive_object(items: list[Item], x: int) -> bool:
    """Whether a figure-less move verb before item x takes an object ("doubled its dividend", "doubled tariffs on
    steel"): the object grew or shrank, not the subject's price."""
    if x + 1 >= len(items) or items[x].kind != "W":
        return False
    if items[x].low in _TRANSITIVE_OBJECTS:
        return True
    return items[x].low in ("its", "their", "his", "her") and items[x + 1].kind == "W" \
        and items[x + 1].text.isalpha() and items[x + 1].low not in _OWN_MOVE_OBJECTS \
        and items[x + 1].low not in _UP_NOUNS and items[x + 1].low not in _DOWN_NOUNS


#: the hedges of a flat predicate's phrase ("was nearly flat", "closed almost unchanged")
_FLAT_HEDGES = frozenset({"nearly", "almost", "about", "roughly", "virtually", "essentially", "largely", "broadly",
                          "mostly"})
#: the words that open an aside on the subject's move of a day before its own: "after surging 2.7 per cent on
#: Tuesday", "following a 2.7 percent slide on Tuesday", "undoing a 0.6 per cent gain on Monday", "extending
#: Friday's 6 percent drop", "having tumbled 3.1 percent on Tuesday", "adding to Friday's 5% rise"
_DAY_BEFORE_OPENERS = frozenset({"after", "following", "extending", "reversing", "erasing", "undoing", "adding",
                                 "having"})
#: the openers a participle follows ("after losing 4.4 percent Monday"; "extending" takes a noun: "extending
#: Friday's 8 percent loss")
_DAY_BEFORE_PARTICIPLE_OPENERS = frozenset({"after", "following", "having"})
_PREVIOUS_DAY_WORDS = frozenset({"previous", "prior", "preceding"})


def _day_named_end(items: list[Item], f: int) -> int | None:
    """Where a day before the story's named at item f ends, as the dates module reads one: "on Tuesday", "Monday",
    "yesterday", "in the previous session"; None when none is named there."""
    if f >= len(items):
        return None
    if items[f].word("on") and f + 1 < len(items) and items[f + 1].low in WEEKDAYS or items[f].low in WEEKDAYS:
        day = f + 1 + items[f].word("on")
        return None if day < len(items) and items[day].low in ("morning", "afternoon", "'s", "’s", "open",
                                                                "opening") else day
    if items[f].word("yesterday"):
        return f + 1
    k = f + 2 + (f + 2 < len(items) and items[f + 2].low in _PREVIOUS_DAY_WORDS and f + 3 < len(items)
                 and items[f + 3].word("trading"))
    named = items[f].word("in", "on", "during") and f + 2 < len(items) and items[f + 1].word("the") \
        and items[f + 2].low in _PREVIOUS_DAY_WORDS and k + 1 < len(items) and items[k + 1].word("session", "day")
    return k + 2 if named else None


def _day_before(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """The subject's move of a day before, told in an aside after its own figures: the SCMP's "The Hang Seng Index
    slid 1.8 per cent ... after surging 2.7 per cent on Tuesday", "Kestrel Mining lost 3.2 percent, following a 2.7
    percent slide on Tuesday", "undoing a 0.6 per cent gain on Monday", "extending Friday's 6 percent drop" (only with
    the day named: without one the figure would be taken for the day's own move)."""
    out: list[RawMove] = []
    for m in moves:
        if m.pct is None or "multi-period" in m.flags:
            continue
        a = next((x for x in range(m.end, min(m.end + 9, len(items) - 3)) if items[x].low in _DAY_BEFORE_OPENERS
                  or items[x].kind == "M" or items[x].word(";", "as", "while")
                  or items[x].word(",") and items[x + 1].low not in _DAY_BEFORE_OPENERS), None)
        if a is None or items[a].low not in _DAY_BEFORE_OPENERS:
            continue
        b = a + 1 + (items[a].word("adding") and items[a + 1].word("to"))  # ("adding to Friday's 7.2% rise")
        if items[a].word("adding") and b == a + 1:
            continue
        prior = _prior_participle(items, a, b) or _prior_noun(items, b)
        if prior is not None and _another_owner(items, prior[3]):
            prior = None  # "extending Friday's 2 percent drop on Wall Street", "a 4 percent jump on Tuesday in rival
            # Osprey Bank": another market's or company's move (review 106)
        if prior is not None:
            direction, pct, approx, at = prior
            out.append(RawMove(m.subject, direction, abs(pct) if direction == "up" else -abs(pct), approx, None, None,
                               b, at, items[b].start_char, flags=["dated-after", "day-before"]))
    return out


def _another_owner(items: list[Item], x: int) -> bool:
    """Whether a phrase at item x names whose move the figure before was: "on Wall Street", "in rival Osprey Bank"
    (not "on rate worries", its cause)."""
    if not (x + 1 < len(items) and items[x].word("in", "on", "at", "of", "for", "by")):
        return False
    y = x + 1 + (items[x + 1].word("the", "rival", "its", "peer") and x + 2 < len(items))
    y += y < len(items) and items[y].word("rival", "peer") and y + 1 < len(items)
    return items[y].kind == "M" and items[y].mention.kind in ("ref", "candidate", "market", "place")


def _prior_participle(items: list[Item], a: int, b: int) -> tuple[str, float, bool, int] | None:
    """(direction, figure, approx, end) of "after surging 2.7 per cent on Tuesday", "having tumbled 3.1 percent
    on Tuesday": a participle at item b after its opener at item a, its figure and the day before."""
    if items[a].low not in _DAY_BEFORE_PARTICIPLE_OPENERS:
        return None
    if not (items[a].word("having") or items[b].low.endswith("ing")) or (predicate := predicate_at(items, b)) is None:
        return None
    direction, length, _ = predicate
    pct, approx, is_range, f = _figure(items, b + length)
    if pct is None or is_range or direction == "flat" or any(it.word("much") for it in items[b:f]):
        return None  # (not "after rising as much as 3% on Monday morning": an extreme)
    day_end = _day_named_end(items, f)
    return (direction, pct, approx, day_end) if day_end is not None else None


def _prior_noun(items: list[Item], b: int) -> tuple[str, float, bool, int] | None:
    """(direction, figure, approx, end) of a noun's move of the day before after its opener: "a 2.7 percent slide
    on Tuesday", "Friday's 8 percent loss" (the day's possessive, then the figure and the noun)."""
    if b + 3 >= len(items):
        return None
    if items[b].low in WEEKDAYS and items[b + 1].low in ("'s", "’s"):
        k, dated = b + 2, True
    elif items[b].word("a", "an"):
        k, dated = b + 1, False
    else:
        return None
    hedge = _hedge_at(items, k)  # ("after a near 4 percent slide in the prior session")
    k += hedge
    if k + 1 >= len(items) or items[k].qkind != "PERCENT" or items[k].qty.value is None:
        return None
    side = _noun_side(items, k + 1)
    day_end = k + 2 if dated else _day_named_end(items, k + 2)
    if side is None or day_end is None:
        return None
    return ("up" if side else "down"), items[k].qty.value, bool(hedge) or items[k].qty.approx, day_end


#: words that make "stayed flat at 38,000" a moment of the session, not its close
_HELD_FLAT_MOMENTS = frozenset({"morning", "premarket", "pre-market", "opening", "open", "hours", "early", "midday",
                                "afternoon", "intraday"})


def _held_flat_no_close(items: list[Item], move: RawMove) -> bool:
    """'remained flat at' read for a name the reference does not know ("Headcount stayed flat at 1,200
    employees") or at a moment of the session ("stayed flat at 38,000 in the morning session, before closing
    0.5% higher", "in premarket trade", "after the opening bell"): no close of the day."""
    if move.direction != "flat" or not items[move.verb_start].word("remained", "stayed"):
        return False
    priced = any(it.qkind == "MONEY" for it in items[move.verb_start:move.end + 1])  # "Safaricom remained unchanged at
    # KES 15.10": a price (not "Headcount stayed flat at 1,200 employees")
    return move.subject.kind == "candidate" and not priced or any(it.low in _HELD_FLAT_MOMENTS
                                                                  for it in items[move.end:move.end + 6])


def _flat_then_figure(items: list[Item], move: RawMove, moves: list[RawMove]) -> bool:
    """A figureless 'little changed' whose own -ing clause gives the figure: AP's "The Nikkei was little
    changed, edging up 0.1%", "was little changed from Thursday's close, rising 0.1 percent"."""
    if move.direction != "flat" or move.pct not in (0.0, None):
        return False
    for m in moves:
        if m.subject.start == move.subject.start and m.pct and move.end <= m.verb_start < move.end + 8 \
                and items[m.verb_start - 1].word(",") and items[m.verb_start].low.endswith("ing") \
                and not any(it.low in _CLAUSE_TURNS for it in items[move.end:m.verb_start]) \
                and "multi-period" not in m.flags and not intraday_clause(items, m):
            return True  # (not "rising 0.1 percent for the week", "adding to a 3 percent gain last week", "rising 0.1
            # percent in morning trade before turning lower": another period's figure, or the session's course)
    return False


def _a_month_s_sentence(items: list[Item]) -> bool:
    """Whether the sentence tells of a month, not a day: AP's "May was difficult as worries sent the Dow down 7.9
    percent", "In May, the Dow fell 7.9 percent", "For March, the index lost 4 percent" (not "On May 28, ...")."""
    # past a dateline: "NEW YORK: May was ..." (its place a name or, known as a place, words in capitals)
    x = next((y + 1 for y in range(1, min(4, len(items))) if items[y].word(":", "-", "\u2014")
              and all(it.text.isupper() or it.kind == "M" for it in items[:y])), 0)
    opened = x < len(items) and items[x].word(*_SPAN_OPENERS)
    x += opened
    return x + 1 < len(items) and items[x].kind == "W" and items[x].text.istitle() and items[x].low in MONTHS \
        and not items[x + 1].kind == "Q" and not items[x + 1].text[:1].isdigit() and (
            items[x + 1].word("was", "has", "had", "saw", "ended", "proved", "brought", "marked")
            or opened and items[x + 1].word(","))


#: the spans a sentence may open with, before its comma: "For the week, the index gained 1.9 per cent"
_SPAN_OPENINGS = (("for", "the", "week"), ("for", "the", "month"), ("for", "the", "year"), ("for", "the", "quarter"),
                  ("over", "the", "week"), ("on", "the", "week"), ("this", "week"),
                  ("so", "far", "this", "year"), ("year", "to", "date"), ("year-to-date",), ("for", "the", "year", "so",
                                                                                           "far"))


def _since_recovered(items: list[Item], end: int) -> bool:
    """Whether a clause after the move's figure says the stock "has since" moved on ("lost nearly a third of its
    market value after its auditor resigned, but the stock has since recovered"): the move is a past episode."""
    return any(items[x].word("has", "have", "had") and items[x + 1].word("since")
               for x in range(end, len(items) - 1))


def _a_span_opening(items: list[Item]) -> bool:
    """Whether the sentence opens with a span longer than the day and its comma: "So far this year, Kestrel has
    risen 32%", "For the week, the index gained 1.4 per cent" (not "This week's rally ..."). """
    return any(len(span) < len(items) and words_at(items, 0, span) and items[len(span)].word(",")
               for span in _SPAN_OPENINGS)


#: words that open a span of time before a month's name: "In May, ...", "For March, ..."
_SPAN_OPENERS = ("in", "for", "during", "over", "through", "throughout")


def _both_unchanged_of_another(items: list[Item], move: RawMove) -> bool:
    """Whether "A and B were both unchanged" tells of something of theirs, not their shares: the names are a
    preposition's object ("Deposit rates at DBS, OCBC and UOB were all unchanged", "Sales at Woolworths and
    Coles were both flat"), or what is unchanged is a rate ("unchanged at 2.5 per cent", "unchanged on rates")."""
    k = move.verb_start
    if move.direction != "flat" or not (k + 2 < len(items) and items[k].word("were") and items[k + 1].word("both", "all")):
        return False
    x = next((x for x in range(k - 1, -1, -1) if items[x].kind == "M" and items[x].mention.start == move.subject.start), None)
    while x is not None and x >= 1 and (items[x - 1].kind == "M" or items[x - 1].word(",", "and", "the")):
        x -= 1  # to the list's first name
    if x is not None and x >= 1 and items[x - 1].low in _PREPOSITIONS:
        return True
    after = items[move.end:move.end + 2]
    return len(after) == 2 and (after[0].word("at") and after[1].qkind == "PERCENT"
                                or after[0].word("on") and after[1].kind == "W" and after[1].low not in _DAY_WORDS
                                and not after[1].word("the"))


#: words that open another clause or period between two predicates: "flat after rising 2% on Friday"
_CLAUSE_TURNS = frozenset({"after", "before", "following", "since", "as", "while", "but", "though", "although",
                           "having", "when"})


#: a broker's verbs of a rating: "downgraded the stock to underperform", "cut the lender to hold", "moved it to buy"
_RATING_VERBS = UPGRADE_VERBS | DOWNGRADE_VERBS | RATING_CUT_VERBS | RATING_RAISE_VERBS | {"moved", "rated"}


def _rating_named(items: list[Item], k: int) -> bool:
    """Whether the word at item k is the rating a broker's verb gives after 'to' ("downgraded the shares to
    underperform from outperform"), not a move; not when a relative clause of its own stands between ("was lifted by
    Banco do Brasil, which managed to add 0.9%")."""
    if not (items[k].low in RATING_WORDS and k >= 2 and items[k - 1].word("to")):
        return False
    for x in range(k - 2, max(-1, k - 11), -1):
        if items[x].word("which", "who"):
            return False
        if items[x].kind == "W" and items[x].low in _RATING_VERBS:
            return True
    return False


def _move_participle(item: Item) -> bool:
    """Whether the word is a move verb's participle: "losing", "gaining", "tumbling"."""
    return item.kind == "W" and item.low.endswith("ing") and (item.low in UP_VERBS or item.low in DOWN_VERBS)


def _leader(items: list[Item], k: int, subjects: list[tuple[Mention, float | None, bool]]
            ) -> list[tuple[Mention, float | None, bool]]:
    """'Shares in WH Smith led the FTSE 250 higher, with a 5.8% gain': the figure of an index 'led'
    higher or lower is the leader's, the subject of 'led'; else the subjects as found."""
    p = k - 2 if k >= 2 and items[k - 1].kind == "M" and items[k - 1].mention is subjects[0][0] else None
    if p is not None and p >= 1 and items[p].word("the"):
        p -= 1
    if p is None or p < 1 or not items[p].word("led", "leading"):
        return subjects
    leaders, _, _ = _subjects(items, p)
    return leaders if len(leaders) == 1 else subjects


_THAN = frozenset({"than"})
_LAST_SESSION_WORDS = frozenset({"previous", "prior", "yesterday", "close", "closing", "settlement", "session", "day",
                                 "late", "overnight", "earlier", "monday's", "tuesday's", "wednesday's", "thursday's",
                                 "friday's", "monday", "tuesday", "wednesday", "thursday", "friday"})


def _compared(items: list[Item], move: RawMove) -> bool:
    """Whether the move's figure is a comparison: "volume was 6.2 percent higher than the average of the
    prior 90 days", "shares were 5 percent higher than their offer price" (not the day's move)."""
    for x in range(move.verb_start, min(move.end + 1, len(items) - 2)):
        if items[x].qkind == "PERCENT" and items[x + 1].word("higher", "lower", "more", "less") \
                and items[x + 2].word("than"):
            # (not "closed 0.8 percent higher than Friday's close", "than the previous session's settlement")
            return not any(it.low in _LAST_SESSION_WORDS for it in items[x + 3:x + 8])
    return False


def _as_it_restated(items: list[Item], move: RawMove, moves: list[RawMove]) -> RawMove | None:
    """An "as it ..." move restates the figure-less move whose subject is the name right before "as" ("the
    Tadawul All Share Index closed in the green ... as it went up by 42.11 points, or 0.37 percent"): that
    subject's move, with the figures; with no such move it names nothing ("SM Prime was the top traded stock
    as it dropped 2.05 percent", "with Samsung in focus as it jumped 3.2 percent"). Other moves pass."""
    if move.subject.kind != "pronoun":
        return move
    at = next((x for x, it in enumerate(items) if it.start_char == move.subject.start_char), None)
    if at is None or at == 0 or not items[at - 1].word("as"):
        return move
    # the name right before "as", past those of a phrase the predicate ends with (CNBC's "the Kospi led losses among
    # the big markets as it slid 2%", "led the decline in Asia as it dropped")
    last = next((x for x in range(at - 2, -1, -1) if items[x].kind == "M" and not _in_phrase(items, x)), None)
    restated = next((m for m in moves if last is not None and m.subject is items[last].mention and m.pct is None
                     and m is not move), None)
    if restated is None or any(it.kind == "M" and not _in_phrase(items, x)
                               for x, it in enumerate(items[restated.end:at - 1], restated.end)):
        return None
    return replace(move, subject=restated.subject)


_YEAR_WORDS = frozenset({"year", "quarter", "yoy", "y/y", "year-on-year", "year-over-year"})
_MONTH_WORDS = frozenset(MONTHS)


def _on_a_year(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """The moves less those whose figure compares with a year or a quarter before (see _on_a_year_before):
    a named index's or company's is a move over the period ("Dublin's ISEQ index has ended 2009 at 2,975, up
    almost 27% on the year"); anything else's is a statistic's ("Canada Wage Prices Up 2.6% On Year")."""
    out = []
    for m in moves:
        named = m.subject.kind == "ref" or m.subject.kind == "market" and (
            m.subject.region is not None or m.subject.extra.get("places"))  # (not a bare "the index")
        if not _on_a_year_before(items, m.end):
            out.append(m)
        elif named and not any(it.kind == "W" and it.low in BUSINESS_NOUNS for it in items[:m.end]
                               if it.start_char > m.subject.end_char):
            # (not "Vodafone reported core earnings of 11.6 billion pounds ..., up 2.7 percent year-on-year": the
            # earnings' change)
            if "multi-period" not in m.flags:
                m.flags.append("multi-period")
            out.append(m)
    return out


def _on_a_year_before(items: list[Item], end: int) -> bool:
    """Whether the figure ending at item ``end`` compares with a year or a quarter before ("wage prices were up
    2.6% on year", "down 20.4% on August last year", "rose 5% year-on-year", "from a year earlier"): a change
    of a period's figure, a statistic's, never a day's move (not "on quarter-end buying", "on the year's weakest
    sales", "on quarter results": a cause)."""
    lows = [it.low if it.kind == "W" else "" for it in items[end:end + 8]]
    if len(lows) > 3 and lows[0] == "in" and lows[1] in _MONTH_WORDS:
        lows = lows[2:]  # Rediff's "IIP rose 2.4 percent in May from a year earlier"
    if not lows:
        return False
    if lows[0] in ("yoy", "y/y", "year-on-year", "year-over-year") or lows[:5] == ["year", "-", "on", "-", "year"] \
            or lows[:3] in (["year", "on", "year"], ["year", "over", "year"]):
        return True
    if lows[0] not in ("on", "from", "over") or len(lows) < 2:
        return False

    def ends(i: int) -> bool:  # the period's phrase ends at index i: no "'s", hyphen compound or noun after it
        return i >= len(lows) or lows[i] in ("", ",", ".", ";", "in", "to", "at", "and", "as", "while", "but", "after")

    i = 2 if lows[1] in ("the", "last") else 1
    if i < len(lows) and lows[i] in ("year", "quarter") and ends(i + 1):
        return True  # "up 1.8% on year", "on the year", "from last year"
    if lows[1] in _MONTH_WORDS and lows[2:4] == ["last", "year"] and ends(4):
        return True  # "down 20.4% on August last year"
    return lows[1:4] in (["a", "year", "earlier"], ["a", "year", "ago"], ["the", "previous", "year"],
                         ["the", "same", "period"])


_FUTURES = frozenset({"futures", "future", "contract", "contracts"})
#: the words before "future" that make it a time, not a contract: "the near future for the Hang Seng"
_FUTURE_TIMES = frozenset({"near", "foreseeable", "distant", "immediate", "uncertain", "bright", "long-term"})
#: the words before an index that make it a futures contract's: AP's "the future contract for the Nasdaq
#: 100", "Futures in the Russell 2000 index", "and those in the Dow industrials", "and that for the S&P 500"
_CONTRACT_WORDS = frozenset({"futures", "future", "contract", "contracts", "those", "that"})
#: a mark a move crosses: its side, and the nouns that name it ("fell below the 10,000 point mark")
MARK_SIDES = frozenset({"below", "above", "past", "beyond", "through"})
MARK_NOUNS = frozenset({"mark", "level", "barrier", "threshold", "line", "milestone", "handle"})


def _threshold_level(items: list[Item], k: int, end: int, close: float) -> bool:
    """Whether the close read for the move at items k..end is a mark the move crossed ("fell below
    the 10,000 point mark", "to sink below the 55,000-level"): a level the text states only as a side
    of, which a close stated elsewhere for the same move replaces."""
    for x in range(k, min(end, len(items) - 2)):
        if items[x].kind != "W" or items[x].low not in MARK_SIDES:
            continue
        y = next((y for y in range(x + 1, min(x + 5, end)) if _level(items[y]) is not None), None)
        if y is None or _level(items[y]) != close:
            continue
        z = y + 1
        while z < len(items) and items[z].low in ("-", "point", "points"):
            z += 1
        if z < len(items) and items[z].low in MARK_NOUNS:
            return True
    return False


def _flow_destination(items: list[Item], subject: Mention, k: int) -> bool:
    """Whether the subject found for the predicate at item k is where money flows, after "into" or "from" (and
    "the"): "net inflows from mainland investors into the Hong Kong market rose"."""
    x = next((x for x in range(k - 1, -1, -1) if items[x].mention is subject), None)
    if x is None or x < 2 or any(it.word(",", "which", "that", "who") for it in items[x + 1:k]):
        return False  # (not "Investors piled into Hong Kong stocks, which rose 2%", "into Meituan which rose 4%")
    p = x - 1 - items[x - 1].word("the")
    return p >= 1 and items[p].word("into", "from") and items[p - 1].kind in ("W", "M") and not items[p - 1].word(",")


def _figure_free(items: list[Item], k: int, length: int) -> bool:
    """Whether the predicate at item k (``length`` items), which needs a figure and has none, still
    states a move: a points figure or "a fraction" right of it, a bare direction after 'with' and its
    subject, or a cause right of it."""
    if items[k].low in ("earned", "earning", "earns") and k + length + 2 < len(items) \
            and items[k + length].qkind == "MONEY" and items[k + length + 1].low in ("a", "per") \
            and items[k + length + 2].low == "share":
        return False  # "Exxon earned $2.12 a share, on revenue of $108.8 billion": a profit, no price's move
    # (a title-case headline's verb only after a company's stock: "Osprey Stock Rallies After Broker Upgrade")
    return _points_follow(items, k + length) or _with_direction(items, k) \
        or (items[k].text.islower() or k >= 2 and items[k - 1].word("stock", "shares") and items[k - 2].kind == "M"
            and items[k - 2].mention.kind in ("ref", "candidate")) and cause_follows(items, k + length)


def _percent_before(items: list[Item], k: int) -> bool:
    """Whether a percent stands left of item k, which may be a subject's own ("Xiaomi (+4.35%) and Meituan
    rose"): without one, a figure-less predicate is refused before its subjects are looked for, as most
    such predicates state no move."""
    return has_percent(items) and any(it.qkind == "PERCENT" for it in items[:k])


def _market_object(items: list[Item], j: int) -> bool:
    """Whether item j, right after a move verb, is a market or an index as the verb's object."""
    if j >= len(items) or items[j].kind != "M":
        return False
    m = items[j].mention
    return m.kind == "market" and not m.extra.get("generic_subject") or m.kind == "ref" and (
        m.entity_id or "").startswith("idx-")


def _extreme_then_close(items: list[Item], k: int, moves: list[RawMove]) -> list[tuple[Mention, float | None, bool]]:
    """The subject of a close verb at item k that follows the same subject's extreme of the day: "fell as much as
    7.65 per cent, before narrowing its loss to close down by 3.2 per cent", "but trimmed the loss to close 1.6 per cent
    lower", "though it closed down 1 per cent" (the close is the day's move; _without_extremes drops the extreme)."""
    if items[k].low not in _CLOSE_VERBS or not moves:
        return []
    last = moves[-1]
    if last.end > k or not _extreme_hedged(items, last):
        return []
    between = items[last.end:k]
    # (or a comma and a participle: Reuters' "climbed as much as 2.2% to a record 1,001 yuan, ending up 1.68%")
    turned = any(it.word("before", "but", "though", "although", "then") for it in between) \
        or items[k].low in SETTLE_PARTICIPLES and items[k - 1].word(",")
    if len(between) > 10 or not turned or any(it.kind == "M" for it in between):
        return []
    return [(last.subject, None, False)]


def _without_extremes(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'rose as much as 5% in the last half hour ..., closing the day up 6%': the day's extreme
    beside its close is no move of its own."""
    settled = {m.subject.text for m in moves if "settled" in m.flags and m.pct is not None}
    if not settled:
        return moves
    return [m for m in moves if not (m.subject.text in settled and "settled" not in m.flags and _extreme_hedged(items, m))]


def _extreme_hedged(items: list[Item], move: RawMove) -> bool:
    """Whether a move's figure is hedged as the day's extreme: "as much as 5%", DW's "lost up to 5.48 percent in
    afternoon trading, ending 5.3 percent ... lower"."""
    return any(words_at(items, x, ("as", "much", "as")) or items[x].qkind == "PERCENT" and _upper_bound(items, x + 1)
               for x in range(move.verb_start, move.end))


def _from_rankings(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'A (3.17 percent) and B were among the top gainers': the names no other reading moved."""
    taken = {m.subject.start for m in moves}
    ranked = [r for r in ranked_moves(items) if r.subject.start not in taken]
    out = []
    for r in ranked:
        pct, end = r.pct, r.end
        if multi_period(items, end) or multi_period(items, end + 1):
            continue  # "Rolls-Royce was one of the biggest gainers last year": another period's ranking
        if pct is None and sum(o.verb_start == r.verb_start for o in ranked) == 1:
            # "Holding firms were the biggest losers with a decline of 3.47 percent"; "was the biggest gainer in
            # Nifty with 2.38 per cent gains": the ranking's market, then its figure
            at = end + 1 if end + 2 < len(items) and items[end].word("in", "on", "among", "of") else end
            at += 1 if at > end and items[at].word("the") else 0
            if at > end and items[at].kind == "M" and items[at].mention.kind in ("market", "ref"):
                at += 1
            elif at > end and items[at].word("blue") and at + 2 < len(items) and items[at + 1].word("-") \
                    and items[at + 2].word("chips"):
                at += 3  # Xinhua's "led the top losers of the blue chips with a share price drop of 1.91 percent"
            elif at > end and items[at].word("blue", "blue-chips") and at + 1 < len(items) \
                    and items[at + 1].word("chips", "chip"):
                at += 2
            else:
                at = end
            noun = _with_a_change(items, at, r.direction)
            # BusinessLine's "Infosys was the biggest gainer (1.8 per cent)", "(down 3.1 per cent)" (not "(3.5 per cent)
            # since May")
            said = 1 if at + 3 < len(items) and items[at + 1].word("up" if r.direction == "up" else "down") else 0
            if noun is None and at + 2 + said < len(items) and items[at].word("(") \
                    and items[at + 1 + said].qkind == "PERCENT" and items[at + 2 + said].word(")") \
                    and not multi_period(items, at + 3 + said) \
                    and not (at + 3 + said < len(items) and items[at + 3 + said].word("since")):
                noun = items[at + 1 + said].qty.value, at + 3 + said
            if noun is not None:
                pct, end = abs(noun[0]) * (1 if r.direction == "up" else -1), noun[1]
        close, end2 = _close_after(items, end) if pct is not None else (None, end)
        # ("topped the losers’ chart dropping by 8.54 percent to close at N12.35")
        out.append(RawMove(r.subject, r.direction, pct, False, close, None, r.verb_start, end2 if close is not None else end,
                           items[r.verb_start].start_char))
    return out


def _futures_move(items: list[Item], move: RawMove) -> bool:
    """'Dow futures rose 0.3%', 'In futures trading, the Nasdaq 100 is up 0.6%': a futures contract's
    quote before the open, not the index's or the market's move ("crude futures" stay: a
    commodity's price is its front contract's)."""
    subject = move.subject
    if subject.kind == "ref" and not (subject.entity_id or "").startswith("idx-") \
            or subject.kind not in ("ref", "market", "place"):
        return False
    at = next((x for x in range(move.verb_start) if items[x].mention is subject), None)
    if at is not None and at + 1 < len(items) and items[at + 1].word("futures"):
        return True
    p = at - 1 - (at >= 1 and items[at - 1].word("the")) if at is not None else -1
    if p >= 1 and items[p].word("for", "in", "on") and items[p - 1].kind == "W" and items[p - 1].low in _CONTRACT_WORDS \
            and not (p >= 2 and items[p - 1].word("future") and items[p - 2].low in _FUTURE_TIMES):
        return True  # (in a sentence that names futures or a contract: not "bigger than that for the Nasdaq")
    return any(items[x].word("futures") and (items[x - 1].word("in") or x + 1 < len(items) and items[x + 1].word(
        "trading", "market", "markets")) for x in range(1, move.verb_start))


_PERCENTAGE_WISE = (("percentage", "-", "wise"), ("percentage", "wise"), ("in", "percentage", "terms"))


def _unchanged_bracket(items: list[Item], j: int) -> tuple[float, bool, int] | None:
    """'was unchanged percentage-wise (0.06%)', 'was also unchanged (+0.06)': the bracketed
    percent that a flat predicate ending at item j rounds away, whether it is signed, and the
    index after its bracket."""
    j += next((len(w) for w in _PERCENTAGE_WISE if words_at(items, j, w)), 0)
    if not (j + 2 < len(items) and items[j].word("(") and items[j + 2].word(")")):
        return None
    inner = items[j + 1]
    if inner.qkind == "PERCENT":
        return inner.qty.value, inner.qty.signed, j + 3
    value = parse_number(inner.text) if inner.kind == "W" and inner.text[:1] in "+-" else None
    return (value, True, j + 3) if value is not None and abs(value) < 1 else None  # a sign and no unit: a percent


def _direction_before(moves: list[RawMove], mention: Mention, k: int) -> int:
    """+1 or -1: the direction of the subject's points move before item k ('lost 1.8 points, but
    ...'); 0 when it has none (the rounded figure then stands for no move)."""
    for m in reversed(moves):
        if m.verb_start < k and m.subject.text == mention.text and m.direction != "flat":
            return 1 if m.direction == "up" else -1
    return 0


def _opening_place(items: list[Item], moves: list[RawMove]) -> None:
    """'In Shanghai, the Composite Index ended 0.3% lower': an index named by its head alone
    is the index of the place the sentence opens with."""
    for m in moves:
        if m.subject.kind == "market" and m.subject.region is None and not m.subject.extra.get("places"):
            place = _clause_place(items, m.subject)
            if place is not None:  # Reuters' "In Kuwait, the bourse retreated 1.7% while in neighbouring Bahrain the
                m.subject.region = place.region  # index was down 0.5%": the clause's own place
                m.subject.extra["opening_place"] = place.text
    if len(items) >= 3 and items[0].word("in") and items[1].kind == "M" and items[2].word(","):
        place = items[1].mention
    elif len(items) >= 4 and items[0].word("in") and items[1].word("the") and items[2].kind == "M" \
            and items[3].word(","):
        place = items[2].mention  # "In the Kingdom of Saudi Arabia, the index rose 0.9 percent"
    elif len(items) >= 3 and items[0].kind == "M" and items[1].word(":", "-", "--", "\u2014", "\u2013"):
        place = items[0].mention  # a roundup's label: "Oman: The benchmark index rose 0.3 percent"
    else:
        return
    if place.kind not in ("place", "market") or place.region is None:
        return
    for m in moves:
        if m.subject.kind == "market" and m.subject.region is None and not m.subject.extra.get("places"):
            m.subject.region = place.region
            m.subject.extra["opening_place"] = place.text  # the place names the market too


def _clause_place(items: list[Item], subject: Mention) -> Mention | None:
    """The place a clause after "while", "but", "and" or a comma opens with before an index named by its head alone
    ("while in neighbouring Bahrain the index was down 0.5%"); None if there is none."""
    at = next((x for x in range(len(items)) if items[x].mention is subject), None)
    if at is None:
        return None
    x = at - 1
    while x >= 1 and at - x <= 2 and items[x].kind == "W" and items[x].text.isalpha() \
            and items[x].text.islower() and not items[x].word("the"):
        x -= 1  # "while in Shenzhen the component index gained 0.81 percent"
    x -= x >= 0 and items[x].word("the")
    x -= x >= 0 and items[x].word(",")
    if x < 2 or not (items[x].kind == "M" and items[x].mention.kind in ("place", "market")
                     and items[x].mention.region is not None):
        return None
    p = x - 1
    while p >= 1 and x - p <= 2 and items[p].kind == "W" and items[p].text.isalpha() and items[p].text.islower() \
            and not items[p].word("in"):
        p -= 1  # "in neighbouring Bahrain"
    if not (items[p].word("in") and p >= 1 and items[p - 1].word("while", "whereas", "but", "and", ",")):
        return None
    return items[x].mention


_STREAK = frozenset({"for", "the", "a", "second", "third", "fourth", "fifth", "sixth", "seventh", "straight",
                     "consecutive", "successive", "session", "sessions", "day", "days", "time", "in", "row", "on",
                     "index", "market"})  # ("led losses on the index, with a 8.5% fall")


_BEFORE_WORDS = frozenset({"before", "earlier", "previously", "prior", "last", "yesterday", "previous", "since",
                           "week", "weeks", "month", "months", "year", "years", "sessions", "days"})


def _told_before(items: list[Item], x: int, having: int) -> bool:
    """Whether the few words from item x put a perfect participle's figure on an earlier day or over a span ("having
    lost 1.2% the day before", "having gained 2% a week earlier", "having risen 1% on Wednesday", "having fallen 1.2%
    in the previous two sessions"), or the words before its "having" at item ``having`` ("ended the week higher,
    having gained 3.1%": the week's figure, review 104)."""
    return any(it.kind == "W" and (it.low in _BEFORE_WORDS or it.low in _WEEKDAY_WORDS) for it in items[x:x + 4]) \
        or any(items[y].kind == "W" and items[y].low in _PERFECT_SPANS and items[y - 1].word("the", "this", "its")
               for y in range(max(1, having - 5), having))  # (not "its lowest in over six years": a record's span)


_PERFECT_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years", "quarter", "sessions"})


def _restated_after(items: list[Item], end: int, direction: str) -> tuple[float | None, int]:
    """'extended gains, up 0.3%', 'rose for the fifth straight session, gaining 0.6 per cent': a
    figure-less predicate's figure in a comma clause that restates it (same direction)."""
    j = end
    while j < len(items) and j - end < 7 and (items[j].kind == "W" and (items[j].low in _STREAK
                                                                       or items[j].low in _WEEKDAY_WORDS
                                                                       or items[j].low.endswith("ly"))
                                              or items[j].kind == "M" and items[j].low in ("index", "market")):
        j += 1
    if end < j < len(items) and items[j].kind == "M" and items[j].mention.kind in ("ref", "market") \
            and any(it.word("on", "in", "among") for it in items[end:j]):
        j += 1  # "led losses on the Hang Seng, diving 6.4 and 5.8 percent, respectively"
    noun = _with_a_change(items, j, direction)
    if noun is not None:
        return abs(noun[0]) * (1 if direction == "up" else -1), noun[1]
    if j + 5 < len(items) and parse_number(items[j].text) is not None and items[j + 1].low in _POINTS \
            and items[j + 2].word("at") and parse_number(items[j + 3].text) is not None and items[j + 4].word(",") \
            and items[j + 5].qkind == "PERCENT" and items[j + 5].qty.signed \
            and (items[j + 5].qty.value > 0) == (direction == "up"):
        return items[j + 5].qty.value, j + 6  # the Guardian's "FTSE 100: down 86 points at 5672, -1.5%"
    if j + 3 < len(items) and items[j].word(",") and items[j + 1].word("all", "both", "each"):
        # VOA's "Sydney, Singapore, Jakarta and Bangkok were also down, all more than 1% lower"
        f = j + 2 + _hedge_at(items, j + 2)
        if f + 1 < len(items) and items[f].qkind == "PERCENT" and _TRAILING_DIR.get(items[f + 1].low) == direction:
            return abs(items[f].qty.value) * (1 if direction == "up" else -1), f + 2
    if j + 4 < len(items) and items[j].word(",") and items[j + 1].word("reaching", "ending", "closing", "finishing") \
            and _level(items[j + 2 + items[j + 2].word("at")]) is not None:
        x = j + 3 + items[j + 2].word("at")
        x += x < len(items) and items[x].low in _POINTS
        # VnExpress's "The VN30-Index ... also rose, reaching 958.91 points for a 1.65 percent gain"
        noun = _with_a_change(items, x, direction) if x < len(items) and items[x].word("with") else \
            (items[x + 2].qty.value, x + 4) if x + 3 < len(items) and items[x].word("for") and items[x + 1].word("a", "an") \
            and items[x + 2].qkind == "PERCENT" and _MOVE_NOUN_SIDE.get(items[x + 3].low) == direction else None
        if noun is not None:
            return abs(noun[0]) * (1 if direction == "up" else -1), noun[1]
    perfect = j + 3 < len(items) and items[j].word(",") and items[j + 1].word("having") \
        and items[j + 3].qkind == "PERCENT" and not _told_before(items, j + 4, j + 1)
    if perfect:
        j += 1  # Wikinews' "closed lower on Friday, having lost 1.3%, or 95.2 points": the perfect participle's figure
    if not (j + 2 < len(items) and items[j].word(",", "having") and items[j + 2].qkind == "PERCENT"):
        return None, end
    word = items[j + 1].low
    said = _TRAILING_DIR.get(word) if not perfect else None  # ", up 0.3%", ", higher by"
    if said is None and (perfect or word.endswith("ing")):  # ", gaining 0.6 per cent"
        said = "up" if word in UP_VERBS else "down" if word in DOWN_VERBS else None
    if said != direction:
        return None, end
    return abs(items[j + 2].qty.value) * (1 if direction == "up" else -1), j + 3


def _with_a_change(items: list[Item], j: int, direction: str) -> tuple[float, int] | None:
    """'(,) with a 8.5% fall', 'with a decline of 3.47 percent', 'with 1.71 per cent gains' at item j:
    the noun restating a move of ``direction`` with its figure, and the index past it (not 'with a 5%
    rise in sales': another quantity's change)."""
    nouns = _UP_NOUNS if direction == "up" else _DOWN_NOUNS
    c = j + 1 if j < len(items) and items[j].word(",") else j
    if c + 2 < len(items) and items[c].word("with") and items[c + 1].qkind == "PERCENT" \
            and items[c + 2].kind == "W" and _MOVE_NOUN_SIDE.get(items[c + 2].low) == direction:
        figure, end = c + 1, c + 3  # NDTV Profit's "was the biggest gainer in Nifty with 2.38 per cent gains"
    elif not (c + 3 < len(items) and items[c].word("with", "posting", "recording", "logging")
              and items[c + 1].word("a", "an")):
        return None
    elif items[c + 2].qkind == "PERCENT" and items[c + 3].low in nouns:
        figure, end = c + 2, c + 4  # "The banking sub-index led losses, with a 8.5% fall"
    elif c + 4 < len(items) and items[c + 2].low in nouns and items[c + 3].word("of") and items[c + 4].qkind == "PERCENT":
        figure, end = c + 4, c + 5  # "Holding firms were the biggest losers with a decline of 3.47 percent"
    elif c + 6 < len(items) and items[c + 2].word("share") and items[c + 3].word("price") \
            and items[c + 4].low in nouns and items[c + 5].word("of") and items[c + 6].qkind == "PERCENT":
        figure, end = c + 6, c + 7  # Xinhua's "with a share price drop of 1.91 percent"
    else:
        return None
    if end < len(items) and items[end].word("in"):
        return None
    return items[figure].qty.value, end


_HEDGE_WORDS = frozenset(w for words in HEDGES for w in words)


def _listed_closes(items: list[Item], k: int, n: int) -> list[float] | None:
    """The closes of a list's n figures after the verb at item k, in order: each figure's own "rising by 9.88
    percent to SR2.78 and 7.14 percent to SR0.15", or all after the last, "dropping by 4.53 percent and 3.87
    percent to SR43.25 and SR159, respectively" (Arab News), or one figure for all, "nose-dived over 19% each
    to Rs 364 and Rs 515, respectively". None unless each figure has one."""
    x, own, count, last = k + 1, [], 0, -1  # last: the item after which the closes of all may follow
    while x < len(items) and count < n:
        if items[x].qkind == "PERCENT":
            count, last = count + 1, x
            if x + 2 < len(items) and items[x + 1].word("to") and (level := _level(items[x + 2])) is not None:
                own.append(level)
                x += 2
        elif items[x].word("each") and count == 1 and not own:
            count, last = n, x  # one figure for each name
        elif not (items[x].word(",", "and", "by") or items[x].kind == "W" and items[x].low in _HEDGE_WORDS):
            return None
        x += 1
    if count < n:
        return None
    if len(own) == n:
        return own
    x, after = last + 1, []
    while x < len(items) and items[x].word(",", "respectively"):
        x += 1  # "rose 0.5% and 0.6%, respectively, to 73,500.10 and 22,310.25"
    if x >= len(items) or not items[x].word("to"):
        return None
    x += 1
    while x < len(items) and len(after) < n and (level := _level(items[x])) is not None:
        after.append(level)
        x += 2 if x + 1 < len(items) and items[x + 1].word(",", "and") else 1
    return after if len(after) == n else None


def _respective(items: list[Item], subjects: list, pct: float | None, end: int) -> tuple[list, int]:
    """'Continental and Rheinmetall closed lower by 3.3% and 3%, respectively': one figure per
    subject, in order, when the figures after the first are as many as the other subjects."""
    parts = sector_parts(subjects[0][0]) if len(subjects) == 1 and pct is not None and subjects[0][1] is None else []
    if parts:  # "as consumer discretionary and tech gained 1.9 percent and 2 percent, respectively"
        more, after = _respectively(items, end)
        if len(more) == len(parts) - 1:
            return [(part, f, False) for part, f in zip(parts, [pct, *more])], after
    if len(subjects) == 1 and pct is not None and subjects[0][1] is None:
        more, after = _respectively(items, end)
        after += after < len(items) and items[after].word(",")
        x = mention_at(items, subjects[0][0]) or 0
        if more and after < len(items) and items[after].word("respectively") \
                and any(it.word("and") for it in items[max(0, x - 3):x]):
            # the Inquirer's "Banks and property and retail dropped 0.52 percent and 0.27 percent, respectively": the
            # last of a list whose other names were not read; which figure is its own is not known
            return [(subjects[0][0], _NO_FIGURE, False)], after
    if len(subjects) < 2 or pct is None or any(own is not None for _, own, _ in subjects):
        return subjects, end
    more, after = _respectively(items, end)
    if more and len(more) != len(subjects) - 1:
        # four figures for three subjects found ("include Nestle, ICICI Bank, Hero and NTPC increasing by
        # 2.63%, 2.42%, 1.73% and 1% respectively" with one name missed): no subject's figure is known
        return [(m, _NO_FIGURE, False) for m, _, _ in subjects], after
    if len(more) != len(subjects) - 1:
        return subjects, end
    return [(m, f, False) for (m, _, _), f in zip(subjects, [pct, *more])], after


#: a subject's own figure when a list of figures does not map onto the subjects found
_NO_FIGURE = float("nan")


def _respectively(items: list[Item], j: int) -> tuple[list[float], int]:
    """The percents after the first one in '3.3% and 3%, respectively', 'fell 2.1%, 3.4%, and 1.2%',
    and the index after them."""
    found: list[float] = []
    j = _past_per_share(items, j)
    while j < len(items) and items[j].word(",", "and"):
        n = j + 2 if items[j].word(",") and j + 1 < len(items) and items[j + 1].word("and") else j + 1
        if n >= len(items) or items[n].qkind != "PERCENT":
            break
        found.append(items[n].qty.value)
        j = n + 1
        if j + 1 < len(items) and items[j].word("to") and (_level(items[j + 1]) is not None
                                                           or _PENCE.match(items[j + 1].low)):
            j += 2  # each figure with its close: "rose 1.2% to €5.10, 0.6% to €2.35 and 0.3% to €11.80, respectively"
            j = _past_per_share(items, j)  # ("fell 9.1 per cent to 410p per share and ...")
    return found, j


def _past_per_share(items: list[Item], j: int) -> int:
    """Past a price's "per share" or "a share" at item j."""
    return j + 2 if j + 1 < len(items) and items[j].word("per", "a") and items[j + 1].word("share") else j


_TICKER_CODE = re.compile(r"[0-9A-Z]{1,6}\.[A-Z]{1,2}")


def _respective_run(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """The names of a list and, later in the sentence, one figure for each with 'respectively':
    Reuters' "hurt by First Abu Dhabi Bank and telecoms firm Etisalat, which were down 0.5% and 0.8%
    respectively", Arab News' "Shares in Al Rajhi Bank and Bank Aljazira also pushed the main index
    up, rising 0.7 percent and 3.4 percent, respectively", "caused BP and Shell to lose ground,
    falling 2.76% and 2.84% respectively". The figures' run is read back from 'respectively', its
    direction from the predicate right before it or 'higher'/'lower' right after it, and the list
    is the nearest run of as many names before that predicate. The list's moves read otherwise in
    the sentence (the first figure given to the last name) give way to these."""
    r = next((x for x, it in enumerate(items) if it.word("respectively")), None)
    if r is None:
        return moves
    x = r - 1 if r >= 1 and items[r - 1].word(",") else r
    trailing = items[x - 1].low if x >= 1 and items[x - 1].kind == "W" and items[x - 1].low in ("higher", "lower") \
        else None
    x -= trailing is not None
    x -= trailing is not None and x >= 2 and items[x - 1].word(",")  # (a typo's comma: "1.2% and 2.1%, higher")
    figures: list[int] = []
    while x >= 1 and items[x - 1].qkind == "PERCENT" and not (items[x - 1].qty.signed and items[x - 1].qty.value > 0):
        # (a minus sign may restate a fall: TrackNews' "experienced notable declines of 10 percent, 10 percent,
        # -9.76 percent, ... respectively")
        figures.insert(0, x - 1)
        x -= 1 if x - 1 == figures[0] else 0
        x = figures[0]
        if x >= 1 and items[x - 1].word("and", ","):
            x -= 1 + (x >= 2 and items[x - 1].word("and") and items[x - 2].word(","))
        else:
            break
    if len(figures) < 2 or x != figures[0]:
        return moves
    first = figures[0]
    direction, verb = (_TRAILING_DIR[trailing], first) if trailing is not None else (None, first)
    if direction is None:
        for k in range(first - 1, max(-1, first - 5), -1):
            pred = predicate_at(items, k)
            if pred is not None and k + pred[1] + (first > k + pred[1] and items[k + pred[1]].word("by")) == first:
                direction, verb = pred[0], k
                break
    if direction not in ("up", "down") or direction == "up" and any(items[f].qty.signed for f in figures):
        return moves
    names = _name_run(items, verb, len(figures))
    if names is None:
        return moves
    sign = 1 if direction == "up" else -1
    said = {(m.subject.end, m.pct) for m in moves}  # (by its end: "retail operator Fast Retailing" is the name's)
    if all((m.end, sign * abs(items[f].qty.value)) in said for m, f in zip(names, figures)):
        return moves  # (read so already: "Tencent and Alibaba rose 2% and 3%, respectively")
    ends = {m.end for m in names}
    kept = [m for m in moves if m.subject.end not in ends]
    return kept + [RawMove(m, direction, sign * abs(items[f].qty.value), items[f].qty.approx, None, None, verb,
                           r + 1, items[f].start_char) for m, f in zip(names, figures)]


def _name_run(items: list[Item], before: int, n: int) -> list[Mention] | None:
    """The nearest list of n names (companies, indices, sectors) joined by commas and a last 'and' before
    item ``before``, each name perhaps after lower-case words that describe it ("telecoms firm Etisalat")
    and before its listing code ("Honda Motor 7267.T"); None where there is none."""
    for y in range(before - 1, -1, -1):
        if not (items[y].kind == "M" and items[y].mention.kind in _SUBJECT_KINDS):
            continue
        d = description_end(items, y + 1, 1, 4, DESCRIPTION_STOPS)
        if d > y + 1 and d < len(items) and items[d].kind == "M" and names_company(items[y].mention):
            continue  # a name that describes the next: "iPhone assembler Hon Hai"
        run, z, joined = [items[y].mention], y - 1, False
        while len(run) < n:
            z -= _describing_words(items, z)
            if z < 0 or not items[z].word("and", ","):
                break
            joined, z = joined or items[z].low == "and", z - 1
            z -= z >= 0 and items[z].word(",")  # ("A, B, and C")
            z -= z >= 0 and items[z].kind in ("W", "Q") and bool(_TICKER_CODE.fullmatch(items[z].text))
            if z >= 0 and items[z].kind == "M" and items[z].mention.kind in _SUBJECT_KINDS:
                run.insert(0, items[z].mention)
            elif z >= 0 and items[z].kind == "W" and run[0].kind == "sector" and (bare := _bare_sector(items, z)):
                run.insert(0, bare)  # BusinessLine's "power and IT indices ... were down 0.78 per cent and 0.05 per cent"
            else:
                break
            z -= 1
        if len(run) == n and joined:
            return run
    return None


def _describing_words(items: list[Item], z: int) -> int:
    """How many items right up to item z describe the name after them ("telecoms firm", "cigarettes-to-hotels
    conglomerate")."""
    return z - description_end(items, z, -1, 6, DESCRIPTION_STOPS)


_TREND_SIDE = {**_MOVE_NOUN_SIDE, "uptrend": "up", "upswing": "up", "upmove": "up", "downtrend": "down",
               "downswing": "down", "selloff": "down", "sell-off": "down", "rout": "down"}


def _led_by_figure(items: list[Item]) -> list[RawMove]:
    """The Hindu BusinessLine's "The Sensex uptrend was led by realty index 1.97 per cent, followed by FMCG 1.16 per
    cent": the first of a list of sectors after "led by", with its bare figure and the side of the move noun
    before it (the list's lead, for _followed_by)."""
    k = next((x for x in range(2, len(items) - 3) if items[x].word("by") and items[x - 1].word("led")), None)
    if k is None or not any(it.low in _TREND_SIDE for it in items[max(0, k - 5):k - 1]) \
            or not any(it.kind == "M" and (it.mention.kind == "market" or (it.mention.entity_id or "").startswith("idx-"))
                       for it in items[max(0, k - 6):k - 1]):
        return []  # (a market's move only: not "The rise in inflation was led by food 8.7 per cent", nor "The rally was
        # led by banking stocks" with no market named)
    direction = next(_TREND_SIDE[it.low] for it in items[max(0, k - 5):k - 1] if it.low in _TREND_SIDE)
    x = k + 1
    mention = _sector_index_word(items, x, acronyms=True)
    if mention is None and items[x].kind == "M" and items[x].mention.kind in _SUBJECT_KINDS:
        mention = items[x].mention
    if mention is None:
        return []
    y = x + 1 if items[x].kind == "M" else x + (mention.end - mention.start)
    y += y < len(items) and items[y].low in ("index", "indices")  # ("realty index 1.97 per cent")
    if not (y < len(items) and items[y].qkind == "PERCENT"):
        return []
    pct = abs(items[y].qty.value) * (1 if direction == "up" else -1)
    return [RawMove(mention, direction, pct, items[y].qty.approx, None, None, k, y + 1, items[x].start_char)]


#: what follows a listed name's figure where the list goes on or ends
_LIST_GOES_ON = (",", "and", ";", ".", "while", "whereas", "but")


def _followed_by(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'Baidu jumped 4.56%, followed by Xiaomi (+4.35%), Kuaishou and Tencent'; 'New Zealand's
    benchmark slipped, as did Taiwan's Taiex'."""
    out: list[RawMove] = []
    if not has_words(items, _FOLLOWED):
        return out
    for k in range(len(items) - 1):
        if not (items[k].word("followed", "following") and items[k + 1].word("by") or items[k].word("as") and items[k + 1].word(
                "did") and k > 0 and items[k - 1].word(",")):
            continue
        lead = [m for m in moves if m.end <= k]
        if not lead:
            continue
        direction = lead[-1].direction
        sub_index = lead[-1].subject.entity_id in _SUB_INDICES
        sector_lead = lead[-1].subject.kind == "sector"
        group: list[RawMove] = []
        bracket_close: float | None = None
        j = k + 2
        while j < len(items):
            if items[j].word("the") and j + 1 < len(items):
                j += 1  # Xinhua: "followed by the Commerce and Industry 0.14 percent and the Finance 0.06 percent"
            mention = _sub_index_word(items[j]) if sub_index else _sector_index_word(items, j, sector_lead)
            if mention is None and sector_lead and items[j].kind == "M" and items[j].mention.kind == "candidate" \
                    and items[j].text.isupper() and 2 <= len(items[j].text) <= 5:
                mention = _acronym_sector(items, j)  # "followed by banking (2.04 pc), PSU (1.90 pc), FMCG (1.37 pc)"
            if mention is None and not (items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS):
                break
            j += 3 if mention is not None and j + 1 < len(items) and items[j + 1].word("&") \
                else 2 if mention is not None and items[j].kind == "W" and mention.end - mention.start == 2 else 1
            mention = mention or items[j - 1].mention
            pct, signed = None, False
            if j + 2 < len(items) and items[j].word("(") and items[j + 1].qkind == "PERCENT" and items[j + 2].word(")"):
                pct, signed = items[j + 1].qty.value, items[j + 1].qty.signed
                j += 3
            elif (inside := _bracketed_move(items, j)) is not None:
                pct, signed, bracket_close, j = inside  # "followed by Bank of Baroda (down 6.53 per cent at Rs 172.60)"
            elif j < len(items) and items[j].qkind == "PERCENT" or j + 1 < len(items) and items[j].word("at", "by") \
                    and items[j + 1].qkind == "PERCENT" and not _respectively(items, j + 2)[0]:
                # Xinhua's "followed by the Utilities at 0.93 percent, the Finance at 0.61 percent" (not
                # "followed by A and B at 6.4 and 5.9 per cent, respectively": the list's figures)
                j += 1 if items[j].word("at", "by") else 0  # (Gulf News' "followed by Gulfa by 9.70 per cent")
                pct, signed = items[j].qty.value, items[j].qty.signed
                j += 1
            elif j + 2 < len(items) and items[j].word(",") and items[j + 1].word("up", "down") \
                    and items[j + 2].qkind == "PERCENT":
                pct, signed = abs(items[j + 2].qty.value) * (1 if items[j + 1].low == "up" else -1), True
                j += 3
            elif j + 2 < len(items) and items[j].word(",") and items[j + 1].low.endswith("ing") \
                    and items[j + 1].kind == "W" and (items[j + 1].low in UP_VERBS or items[j + 1].low in DOWN_VERBS) \
                    and items[j + 2].qkind == "PERCENT" and (j + 3 == len(items) or items[j + 3].word(*_LIST_GOES_ON)):
                # Reuters' China close: "were Kestrel Co Ltd, up 9.92%, followed by Harbin Co Ltd, gaining 9.12%" (the
                # list goes on right after the figure: not "gaining 2.9 per cent over the week", "adding 2% to its
                # holding", a span's or a stake's figure)
                pct, signed = abs(items[j + 2].qty.value) * (1 if items[j + 1].low in UP_VERBS else -1), True
                j += 3
            elif (noun := _with_a_change(items, j, direction)) is not None:
                pct, j = noun  # "followed by SBI with 1.24 per cent gains"
            if pct is not None and pct != 0:
                dir_here = "up" if pct > 0 else "down"
                if not signed:
                    pct = abs(pct) if direction == "up" else -abs(pct)
                    dir_here = direction
            else:
                dir_here = direction
            close = bracket_close
            bracket_close = None
            if pct is not None and close is None and j < len(items) and items[j].word("to", "at"):
                close, after = _close_after(items, j)  # Gulf News' "followed by Gulfa by 9.70 per cent to Dh2.42 and ..."
                j = after if close is not None else j
            group.append(RawMove(mention, dir_here, pct, False, close, None, k, j, items[k].start_char, from_list=True))
            while j < len(items) and items[j].word(",", "and", "&"):
                j += 1
        out += _figures_after_list(items, group, j, direction)
    return out


def _bracketed_move(items: list[Item], j: int) -> tuple[float, bool, float | None, int] | None:
    """'(down 6.53 per cent at Rs 172.60)' at item j: (signed percent, True, close or None, index after
    the bracket); None if no such bracket opens there."""
    if not (j + 3 < len(items) and items[j].word("(") and items[j + 1].word("up", "down", "off")
            and items[j + 2].qkind == "PERCENT"):
        return None
    sign = 1 if items[j + 1].low == "up" else -1
    pct = sign * abs(items[j + 2].qty.value)
    if items[j + 3].word(")"):
        return pct, True, None, j + 4
    if j + 5 < len(items) and items[j + 3].word("at", "to") and items[j + 5].word(")"):
        return pct, True, _level(items[j + 4]), j + 6
    return None


def _figures_after_list(items: list[Item], group: list[RawMove], j: int, direction: str) -> list[RawMove]:
    """'followed by A and B at 6.4 and 5.9 per cent, respectively', '..., which declined by 2.34 percent
    and 1.96 percent respectively': figures said after the whole list, one per name in order."""
    if not group or any(m.pct is not None for m in group):
        return group
    n = j - 1 if j > 0 and items[j - 1].word(",") else j
    if n < len(items) and items[n].word(",") and n + 1 < len(items) and items[n + 1].word("which", "that"):
        n += 1
    if n < len(items) and items[n].word("which", "that") and n + 1 < len(items):
        pred = predicate_at(items, n + 1)
        if pred is None:
            return group
        direction, n = pred[0], n + 1 + pred[1]
        if n < len(items) and items[n].word("by"):
            n += 1
    elif n < len(items) and items[n].word("at", "with", "by"):
        n += 1
    elif n + 1 < len(items) and items[n].word(",") and items[n + 1].qkind == "PERCENT":
        n += 1  # Business Standard's "followed by NTPC and Tata Steel, four and three per cent, respectively"
    if n >= len(items) or items[n].qkind != "PERCENT":
        return group
    figures = [items[n].qty.value, *_respectively(items, n + 1)[0]]
    if len(figures) != len(group):
        return group
    sign = 1 if direction == "up" else -1
    for move, figure in zip(group, figures):
        move.pct, move.direction = sign * abs(figure), direction
    return group


_FOLLOWED = frozenset({"followed", "following", "did"})  # (Xinhua's slip "following by")


def _it_index(items: list[Item], j: int) -> bool:
    """India's 'IT' (the IT index) at item j, not the pronoun of an all-caps headline."""
    return items[j].text == "IT" and not shouted([it.text for it in items[max(0, j - 1):j + 2]], min(j, 1))


def _word_sector(items: list[Item], j: int, acronyms: bool = False) -> str | None:
    """The sector id the word at item j names: a sector keyword, India's 'IT' ("healthcare 0.99% and IT
    0.87%"); with ``acronyms``, any short upper-case word ("PSU": BSE's index of state-run companies)."""
    text = items[j].text
    sid = "sector-technology" if _it_index(items, j) else sector_of_word(text.lower())
    if sid is None and acronyms and text.isupper() and 2 <= len(text) <= 5:
        sid = f"sector-{text.lower()}"
    return sid


def _bare_sector(items: list[Item], j: int) -> Mention | None:
    """A sector named by its bare word in a list of figures: 'Industrials shed 1.65% and property 0.25%'."""
    item = items[j]
    if j + 2 < len(items) and items[j + 1].word("&") and items[j + 2].kind == "W" and item.kind in ("W", "M"):
        # PTI's "oil & gas 1.87 per cent" ("oil" is the commodity's name alone): the sector of the three words
        sid = sector_of_word(f"{item.low} & {items[j + 2].low}")
        last = items[j + 2]
        return Mention(item.start, last.end, "sector", f"{item.text} & {last.text}", item.start_char, last.end_char,
                       sectors=(sid,)) if sid else None
    sid = _word_sector(items, j) if item.kind == "W" and item.text.replace("&", "").isalpha() else None  # "oil&gas"
    if sid is None:
        return None
    return Mention(item.start, item.end, "sector", item.text, item.start_char, item.end_char, sectors=(sid,))


def _list_opens_clause(items: list[Item], first: int) -> bool:
    """Whether the list whose first member is at item first opens the sentence or its clause (after an opening
    word and its comma: "Sectorally, ...", "Among the indices, the BSE metal index, ...")."""
    p = first - 1 if first >= 1 and items[first - 1].word("the") else first
    return p == 0 or p >= 1 and items[p - 1].word(",", ":", ";")


#: what an economy's data is called after a sector's word: "industrial production fell by 0.5 per cent"
_DATA_NOUNS = frozenset({"production", "prices", "price", "inflation", "spending", "demand", "growth", "activity",
                         "confidence", "index", "output", "employment", "investment", "credit", "lending"})


def _listed_sector_subject(items: list[Item], k: int) -> list[tuple[Mention, float | None, bool]]:
    """Millennium Post's "auto declined 0.97 per cent, financial services fell by 0.53 per cent": a sector named
    by its bare words after a list's comma, the subject of the verb at item k."""
    found = _listed_sector_word(items, k - 1) if k >= 2 and items[k - 1].kind == "W" \
        and items[k - 1].low not in BUSINESS_NOUNS and items[k - 1].low not in _DATA_NOUNS else None
    return [(found[0], None, False)] if found is not None and found[1] >= 1 and items[found[1] - 1].word(",") else []


def _listed_sector_word(items: list[Item], j: int) -> tuple[Mention, int] | None:
    """The sector a list's member ending at item j names by its bare word or its word and a noun ("finance",
    "consumer durables"), with the member's first item, when a comma or an 'and' stands before it."""
    if not (items[j].kind == "W" and items[j].text.isalpha() and (items[j].text.islower() or _opens_a_clause(items, j))):
        return None
    for first in (j, j - 1):
        if first < 0 or items[first].kind != "W" or not (items[first - 1].word(",", "and") if first >= 1 else True):
            continue  # (a list's first word opens the sentence: "Metal, capital goods and bankex gained")
        text = items[first].text if first == j else f"{items[first].text} {items[j].text}"
        # "capital goods" as a phrase; "finance", "consumer durables" by the first word
        sid = first < j and sector_of_word(text.lower()) or items[first].text.isalpha() and _word_sector(items, first) \
            or first < j and _modified_sector(items, first)
        if sid:
            return Mention(items[first].start, items[j].end, "sector", text, items[first].start_char,
                           items[j].end_char, sectors=(sid,)), first
    return None


def _gapped(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'Tencent fell 2%, Alibaba 3% and Meituan 4.1%', 'Mr Price added 3.26% to R208, Woolworths 2.32%
    to R55.56', 'banks and financials both 0.86%': the verb said once, each name after it with its
    own figure (and close)."""
    out: list[RawMove] = []
    if not has_percent(items):
        return out
    taken = {m.end for m in moves}
    for lead in [m for m in moves if m.pct is not None and not m.from_list]:
        j, direction = _session_end(items, lead.end), lead.direction
        while j + 1 < len(items) and items[j].word(",", "and", ";"):
            j += 1
            if items[j].word("and") and items[j - 1].word(",", ";"):
                j += 1
            subjects, x = [], j
            placed = _figure_then_place(items, x, lead)
            if placed is not None:
                out.append(placed)
                taken.add(placed.end)
                j = placed.end
                continue
            if x + 1 < len(items) and items[x].word("the") and items[x + 1].kind == "M":
                x += 1  # Business Day's "General retailers rose 1.95%, the gold index 1.49%, industrials 0.77%"
            if x + 3 < len(items) and items[x].kind == "M" and joined_hyphen(items, x + 1) and items[x + 3].kind == "M":
                x += 3  # "B&Q-owner Kingfisher by 3.4%": a description made of another name, then the name
            d = description_end(items, x, 1, 3, DESCRIPTION_STOPS)
            if x < d < len(items) and items[d].kind == "M" and items[d].mention.kind in ("ref", "candidate"):
                x = d  # Ahram's "with Mobinil rising by 0.9 percent, landline monopoly Telecom Egypt by 0.8 percent"
            while x < len(items):
                pair = _two_word_sector(items, x) if x + 2 < len(items) and (
                    items[x + 2].word("(") or items[x + 2].qkind == "PERCENT") else None  # (and "capital goods 1.70 per
                # cent")
                if pair is not None:
                    # PTI's "bankex jumped 2.20 per cent, financial services (2 per cent), capital goods (1.28 per
                    # cent)": a sector of two words before its bracketed figure
                    subjects.append(pair)
                    x += 2
                    continue
                amp = _bare_sector(items, x) if x + 1 < len(items) and items[x + 1].word("&") else None
                mention = amp or (items[x].mention if items[x].kind == "M" and items[x].mention.kind in _SUBJECT_KINDS
                                  else _bare_sector(items, x))
                if mention is None:
                    break
                if subjects and mention.kind == "sector" and x >= 1 and subjects[-1] is items[x - 1].mention \
                        and (subjects[-1].entity_id or "").startswith("idx-"):
                    subjects.pop()  # "Nifty oil & gas 1.4 per cent": the index's name is the sector index's prefix
                subjects.append(mention)
                x += 3 if amp is not None else 1
                if x < len(items) and items[x].qkind == "TICKER" and items[x].kind == "Q":
                    x += 1  # the C-Suite's "Kestrel Mining (LON:KSM) gained 1.8%, Plover Metals (LON:PLV) 2.1%"
                if x + 1 < len(items) and items[x].word("and") and (items[x + 1].kind == "M"
                                                                     or _bare_sector(items, x + 1)):
                    x += 1  # "banks and financials both 0.86%"
            if x < len(items) and items[x].low in ("'s", "’s") and items[x - 1].end_char == items[x].start_char:
                x += 1  # "Morrison's by 2.6%": the possessive is the name's own
            while subjects and x < len(items) and items[x].word(*_NAME_HEADS):
                x += 1  # the Jagran Post's "followed by BSE Realty index by 1.37 percent, BSE Auto sector index by"
            if subjects and x + 2 < len(items) and items[x].word(",") and items[x + 1].word("by") \
                    and items[x + 2].qkind == "PERCENT":
                x += 1  # Stockhead's "Materials fell 2.0 per cent and tech, by 1.6 per cent"
            while x < len(items) and items[x].word("both", "each", "were", "was", "by", "even"):
                x += 1  # ("Deutsche Bank lost 5.6 percent and Commerzbank even 11 percent")
            if subjects and x + 1 < len(items) and items[x].word(",") and items[x + 1].qkind == "PERCENT" \
                    and (lead.verb_start >= 1 and items[lead.verb_start - 1].word(",")
                         and (items[j - 1].word(";") or items[j - 1].word("and") and items[j - 2].word(";"))
                         # Korea Biomedical Review's "Celltrion plummeted 8.19 percent, Hanmi Science, 6.63 percent,
                         # Samsung BioLogics, 6.6 percent": each name, a comma, its own figure
                         or len(subjects) == 1 and items[j - 1].word(",", "and", ";") and x + 2 < len(items)
                         and items[x + 2].word(",", "and", ".", ";")) \
                    and not (x + 2 < len(items) and items[x + 2].low in _APPOSITIVE_DIRECTIONS):
                # (not "; Hindustan Unilever, 1.5 percent lower at Rs 2,300": the item's own direction)
                x += 1  # "ITC, up 2.30 percent at Rs.360.15; Hindustan Unilever, 1.55 percent at Rs.623.30": the
                # lead's appositive direction, said once
            if subjects and x + 3 < len(items) and items[x].kind == "W" and parse_number(items[x].text) is not None \
                    and items[x + 1].word("points", "pts"):
                # AFP's "the Dow fell 812.3 points or 2.9% to 27,102.4, the S&P 500 94.1 points or 2.8% to 3,310.2":
                # the points, then the percent of the gapped clause
                x += 3 if items[x + 2].word("or") else 4 if items[x + 2].word(",") and items[x + 3].word("or") else 0
            x += _hedge_at(items, x)  # ("and Italian stocks by nearly 6.7 per cent")
            bracketed = bool(subjects) and x + 2 < len(items) and items[x].word("(") and items[x + 1].qkind == "PERCENT" \
                and not items[x + 1].qty.signed and items[x + 2].word(")") and _bracket_run_ends(items, x)
            # (not "Infosys (1.47 per cent) and Wipro (1.2 per cent) gained", "HDFC Bank (13 per cent) ... weighing
            # the most": a list of bracketed figures is the lead verb's only where it ends the sentence)
            x += bracketed  # PTI's "metal fell 2.86 per cent, commodities (2.31 per cent) and realty (1.47 per cent)"
            if not subjects or x >= len(items) or items[x].qkind != "PERCENT" or x + 1 in taken \
                    or any(m.verb_start <= x < m.end for m in moves):
                break  # ("and OCBC was 0.16% higher": the figure is the name's own move's)
            own_side = _TRAILING_DIR.get(items[x + 1].low) if not bracketed and x + 1 < len(items) \
                and items[x + 1].kind == "W" else None  # the Age's "and Wren Resorts 1.7 per cent stronger at $9.64"
            pct = abs(items[x].qty.value) * (1 if (own_side or direction) == "up" else -1)
            close, end = _close_after(items, x + 1 + (own_side is not None)) if not bracketed else (None, x + 2)
            end = end if close is not None else x + 1 + bracketed + (own_side is not None)
            end = _venue_end(items, end)
            if end < len(items) and not items[end].word(",", "and", ";", ".", "respectively", "while", "whereas") \
                    and predicate_at(items, end) is None and not cause_follows(items, end, loose=True):
                # (the Brisbane Times' "..., Goodman Group 2.4 per cent to $14.44 while South32 slid": a clause after)
                break  # "and Y 5% of its shares ...": the figure belongs to more than a gapped move
            for mention in subjects:
                out.append(RawMove(mention, own_side or direction, pct, items[x].qty.approx,
                                   close if len(subjects) == 1 else None,
                                   None, lead.verb_start, end, items[j].start_char, from_list=True))
            taken.add(end)
            j = end
    return out


def _bracket_run_ends(items: list[Item], x: int) -> bool:
    """Whether the run of "NAME (FIGURE)" list members from the bracket at item x ends the sentence (or a
    clause, at a semicolon): nothing but names, bare sector words, figures, brackets and the list's commas
    and 'and's until then."""
    y = x
    while y < len(items):
        if _two_word_sector(items, y):
            y += 2  # ("capital goods (1.28 per cent)")
        elif items[y].kind in ("M", "Q") or items[y].word("(", ")", ",", "and") \
                or items[y].kind == "W" and items[y].text.isalpha() and (
                    _word_sector(items, y) or items[y].text.islower() and y + 2 < len(items) and items[y + 1].word("(")
                    and items[y + 2].qkind == "PERCENT"):  # (BSE's "commodities (0.34 per cent)": an index of its own)
            y += 1
        else:
            break
    return y == len(items) or items[y].word(".", ";")


#: what stands before a list member's sector word without making a sector of its own: "the banks 2%", "other miners"
_NOT_SECTOR_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "other", "all", "most", "some", "both", "many",
                                   "and", "or", "while", "with", "by", "than"})


def _modified_sector(items: list[Item], first: int) -> str | None:
    """A sector of its own that a list's member names by a modifier and a sector word, its own id made of
    both (PTI's "bank 1.49 per cent, auto 1.27 per cent, private bank 1.36 per cent"; BSE's "PSU bank"):
    the NSE's and BSE's sectoral indices narrow a sector, so it is not the sector word's."""
    mod, head = items[first], items[first + 1]
    if not (mod.kind == "W" and mod.text.isalpha() and (mod.text.islower() or mod.text.isupper() and len(mod.text) <= 5)
            and mod.low not in _NOT_SECTOR_MODIFIERS and _word_sector(items, first + 1)):
        return None
    return f"sector-{mod.low}-{head.low}"


def _two_word_sector(items: list[Item], x: int) -> Mention | None:
    """The sector of two words a list's member names from item x ("financial services", "capital goods"), else
    None."""
    pair = _listed_sector_word(items, x + 1) if x + 1 < len(items) else None
    return pair[0] if pair is not None and pair[1] == x else None


def _figure_then_place(items: list[Item], x: int, lead: RawMove) -> RawMove | None:
    """AP's "Stock indexes tumbled 1.7 percent in London, 1.9 percent in Frankfurt and 1.6 percent in
    Hong Kong": the list item at x, a figure and then the place whose market it is; None where the
    lead is no market's ("Consumer prices rose 2% in Japan and 0.3% in China") or a company's ("Toyota
    warned, and shares fell 3% in Tokyo and 2% in New York"). The figure may be hedged: "more than
    five percent in Tokyo"."""
    hedge = _hedge_at(items, x)
    x += hedge
    if not (x < len(items) and items[x].qkind == "PERCENT" and x + 2 < len(items) and items[x + 1].word("in")
            and items[x + 2].kind == "M" and items[x + 2].mention.kind in ("place", "market")
            and (x + 3 == len(items) or items[x + 3].word(",", "and", ".", ";", "trading", "trade"))):
        return None
    if lead.subject.kind not in ("place", "market", "ref") or names_company(lead.subject) \
            or items[lead.verb_start - 1].low in _NOT_MARKET_GOODS or any(_is_firm(y) for y in items[:lead.verb_start]):
        return None
    pct = abs(items[x].qty.value) * (1 if lead.direction == "up" else -1)
    end = x + 4 if x + 3 < len(items) and items[x + 3].word("trading", "trade") else x + 3
    return RawMove(items[x + 2].mention, lead.direction, pct, items[x].qty.approx or hedge > 0, None, None,
                   lead.verb_start, end, items[x].start_char, from_list=True)


#: the words of a session phrase after a list's first figure: "at the close of trade", "in early trade"
_LIST_SESSION_WORDS = frozenset({"the", "close", "of", "trade", "trading", "early", "late", "session", "day", "afternoon",
                                 "morning", "deals", "dealings"})


def _session_end(items: list[Item], k: int) -> int:
    """Past 'at the close of trade' / 'in early trade' right after a list's first figure, up to the
    comma that goes on with the list ('London dipped 3.1 per cent at the close of trade, Frankfurt by
    5.1 per cent'), or past the figure's 'of its shares' ('Santander lost 8.10% of its shares and BBVA
    6.6%'); else k."""
    if k + 3 < len(items) and items[k].word("of") and items[k + 1].word("its", "their") \
            and items[k + 2].word("value", "shares") and items[k + 3].word("and", ","):
        return k + 3  # Spanish News Today's "Santander lost 8.10% of its shares and BBVA 6.6%": the lead's own figure
    if not (k < len(items) and items[k].word("at", "in")):
        return k
    x = k + 1
    while x < len(items) and items[x].kind == "W" and items[x].low in _LIST_SESSION_WORDS:
        x += 1
    return x if x > k + 1 and x < len(items) and items[x].word(",") else k


#: what "prices" before a verb may be of, which no stock market stands for
_NOT_MARKET_GOODS = frozenset({"prices", "price", "rates", "yields", "inflation", "sales", "costs", "wages"})


def _is_firm(item: Item) -> bool:
    return item.kind == "M" and item.mention.kind in ("ref", "candidate") and names_company(item.mention)


def _venue_end(items: list[Item], k: int) -> int:
    """Past an 'on BSE', 'in Hong Kong' or 'on Monday' closing a list's last figure ('Wipro 0.65 per
    cent and Tech Mahindra 0.65 per cent on BSE'): where or when the figures traded, not more of the
    sentence; else k."""
    x = k + 1 + (k + 1 < len(items) and items[k + 1].word("the"))
    if x + 1 == len(items) or x + 1 < len(items) and items[x + 1].word(",", ".", ";"):
        if k < len(items) and items[k].word("on", "in") and (
                items[x].kind == "M" and items[x].mention.kind in ("market", "place", "ref", "candidate")
                or items[x].kind == "W" and items[x].low in _DAY_WORDS):
            return x + 1
    return k
#: the Hang Seng's four sub-indices, which Xinhua's lists name by a bare word after the first
_SUB_INDEX_WORDS = {"finance": "idx-hsfi", "properties": "idx-hspi", "property": "idx-hspi",
                    "utilities": "idx-hsui", "utility": "idx-hsui"}
_SUB_INDICES = frozenset(_SUB_INDEX_WORDS.values()) | {"idx-hscii"}


def _sector_index_word(items: list[Item], j: int, acronyms: bool = False) -> Mention | None:
    """'followed by Healthcare 2.47 per cent, ... and Tech 0.31 per cent', 'followed by banking (2.04 pc),
    healthcare (1.55 pc)' (PTI's sectoral indices): a sector word with its figure right after it, in a
    list, is that sector's index. ``acronyms``: in a list led by a sector, an upper-case word is one too
    ("followed by banking (2.04 pc), PSU (1.90 pc)": BSE's index of state-run companies)."""
    it = items[j]
    if it.kind == "W" and it.text.isalpha() and _figure_follows(items, j + 2) and items[j + 1].kind == "W" \
            and items[j + 1].text.isalpha() and (sector := sector_of_word(f"{it.low} {items[j + 1].low}")
                                                 or _modified_sector(items, j)):
        last = items[j + 1]  # two words: "consumer durables (1.84 per cent)", "private bank 1.36 per cent"
        return Mention(it.start, last.end, "sector", f"{it.text} {last.text}", it.start_char, last.end_char,
                       sectors=(sector,))
    if it.kind in ("W", "M") and j + 2 < len(items) and items[j + 1].word("&") and _figure_follows(items, j + 3):
        return _bare_sector(items, j)  # "oil & gas (0.84 per cent)"
    if not (it.kind == "W" and it.text.replace("&", "").isalpha() and _figure_follows(items, j + 1)):
        return None  # (and PTI's "oil&gas (1.52 per cent)")
    sector = _word_sector(items, j, acronyms)
    if sector is None:
        return None
    return Mention(it.start, it.end, "sector", it.text, it.start_char, it.end_char, sectors=(sector,))


def _figure_follows(items: list[Item], j: int) -> bool:
    """Whether a percent stands at item j, bare, in brackets or after "at" (the Jakarta Post's "followed by
    property at 1.13 percent and technology at 0.81 percent")."""
    return j < len(items) and (items[j].qkind == "PERCENT" or j + 1 < len(items) and items[j].word("(", "at")
                               and items[j + 1].qkind == "PERCENT")


def _acronym_sector(items: list[Item], j: int) -> Mention:
    """An upper-case name at item j in a list of sectors' figures: that sector ('FMCG' the consumer
    sector's index, 'PSU' BSE's index of state-run companies)."""
    item = items[j]
    return Mention(item.mention.start, item.mention.end, "sector", item.text, item.start_char, item.end_char,
                   sectors=(_word_sector(items, j, acronyms=True),))


def _sub_index_word(item: Item) -> Mention | None:
    """'the Finance' in a list of Hang Seng sub-indices: that sub-index."""
    entity_id = _SUB_INDEX_WORDS.get(item.low)
    if entity_id is None:
        return None
    return Mention(item.start, item.end, "ref", item.text, item.start_char, item.end_char, entity_id=entity_id)
_RECORD_WORDS = frozenset({"an", "a", "all", "time", "all-time", "record", "new", "fresh", "high", "low", "of", "-",
                           "its", "highest", "lowest", "level", "peak", "closing"})


_CLOSE_STATED = frozenset({"closed", "ended", "finished", "settled", "closing", "ending", "finishing", "settling",
                           "closes", "ends", "finishes", "settles",  # (a headline's present: "Nikkei ends at 2-week low",
                           "close", "end", "finish", "settle"})  # "Sensex, Nifty end with gains led by HDFC twins")


def close_statements(items: list[Item]) -> list[tuple[Mention, float]]:
    """'The Nasdaq Composite closed at an all time record high of 4,612.37': a
    subject's closing level stated without a move; the move may stand in the next sentence."""
    out: list[tuple[Mention, float]] = []
    for k in word_indices(items, _CLOSE_STATED):
        if not (k + 2 < len(items) and items[k + 1].word("at")):
            continue
        j = k + 2
        while j < len(items) and items[j].kind == "W" and items[j].low in _RECORD_WORDS:
            j += 1
        level = _level(items[j]) if j < len(items) else None
        if level is None:
            continue
        subjects, _, _ = _subjects(items, k)
        if len(subjects) == 1:
            out.append((subjects[0][0], level))
    return out


_NOUN_OPENERS = frozenset({"the", "its", "that", "this", "thursday's", "friday's", "monday's", "tuesday's",
                           "wednesday's", "today's", "the day's"})


def opening_close(items: list[Item]) -> float | None:
    """'Monday's close was 18,592', 'The close was 13,474': a sentence opening with the close of the
    move stated before it; the level or None."""
    k = 1 if items and items[0].kind == "W" and (items[0].low in _NOUN_OPENERS or items[0].low in _DAY_WORDS) else 0
    k += 1 if k < len(items) and items[k].word("'s", "’s") else 0
    if not (k and k + 2 < len(items) and items[k].word("close", "closing")):
        return None
    k += 2 if items[k + 1].word("level") else 1
    if k < len(items) and items[k].word("was"):
        k += 1
    elif k + 1 < len(items) and items[k].word("stood", "came") and items[k + 1].word("at", "in"):
        k += 2 + (1 if k + 2 < len(items) and items[k + 2].word("at") else 0)
    else:
        return None
    return _level(items[k]) if k < len(items) else None


def opening_figure(items: list[Item]) -> tuple[str, float] | None:
    """'The 2.2 percent loss was the second biggest decline of the year': a sentence opening with a
    noun-form figure restates the move of the sentence before it; (direction, pct) or None."""
    if len(items) < 3 or not (items[0].kind == "W" and items[0].low in _NOUN_OPENERS):
        return None
    if items[1].qkind == "PERCENT" and items[2].kind == "W" and (items[2].low in _UP_NOUNS or items[2].low in _DOWN_NOUNS):
        up = items[2].low in _UP_NOUNS
        return ("up" if up else "down"), abs(items[1].qty.value) * (1 if up else -1)
    return None
