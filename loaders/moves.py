"""Price moves: who moved, which way, by how much, to what close, on what turnover.

Pure functions over a sentence's items (see :mod:`marketkg.loaders.items`). A move
needs a subject that is a mention standing right before the predicate (modulo
adverbs, share words, tickers and a closing-price clause); that one condition keeps
"cancellations surged 56%", "the unemployment rate dropped to 3.8%" and "M3 money
supply increasing by 4%" out, because their subjects are no mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from marketkg.loaders.items import Item
from marketkg.loaders.lexicon import DOWN_VERBS, HEDGES, NEEDS_FIGURE, PHRASE_MOVES, SUBJECT_SKIP, UP_VERBS
from marketkg.loaders.mentions import Mention
from marketkg.loaders.quantities import parse_number

__all__ = ["RawMove", "find_moves", "predicate_at"]

_RIGHT_FILLER = frozenset({"by", "sharply", "slightly", "modestly", "marginally", "against", "the", "trend",
                           "a", "further", "another", "steeply", "strongly", "significantly", "in", "early",
                           "late", "trade", "trading", "as", "much", "much", "more", "than", "to", "some",
                           "nearly", "about", "around", "roughly", "approximately", "over", "close", "almost",
                           "just", "under", "less", "~", "approx", "approx.", "circa", "up", "firmly",
                           "respectively", "each", "apiece", "both", "all", "sharp", "solid", "robust",
                           "broad-based", "significant", "modest", "slight"})
_CLOSE_WORDS = (("to", "a", "record", "close", "of"), ("to", "a", "record", "high", "of"), ("to", "a", "record", "low", "of"),
                ("to", "a", "record"), ("to", "close", "at"), ("to", "end", "at"), ("to", "finish", "at"),
                ("to", "settle", "at"), ("closing", "at"), ("ending", "at"), ("at", "a", "record"), ("to",), ("at",))
_LIST_INTRO = frozenset({"like", "including", "includes", "include", "such", "notably", "especially", "led"})
_SUBJECT_KINDS = frozenset({"ref", "candidate", "sector", "market", "place"})


@dataclass
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


_PHRASES = _by_first_word(PHRASE_MOVES)
_HEDGE_INDEX = _by_first_word([(words, True) for words in HEDGES])


def words_at(items: list[Item], k: int, words: tuple[str, ...]) -> bool:
    """Whether the plain words ``words`` stand at item k."""
    return k + len(words) <= len(items) and all(
        items[k + x].kind == "W" and items[k + x].low == w for x, w in enumerate(words))


def predicate_at(items: list[Item], k: int) -> tuple[str, int, bool] | None:
    """(direction, length in items, needs a figure) of a predicate starting at item k."""
    it = items[k]
    if it.kind != "W":
        return None
    for words, direction in _PHRASES.get(it.low, ()):
        if words_at(items, k, words):
            return direction, len(words), False
    if it.low in UP_VERBS:
        return "up", 1, it.low in NEEDS_FIGURE
    if it.low in DOWN_VERBS:
        return "down", 1, it.low in NEEDS_FIGURE
    return None


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
                          "ended", "finished"})
_POINTS = frozenset({"points", "point", "pts"})


def _points_or(items: list[Item], j: int) -> int:
    """Skip '412.3 points, or' / ', or 210 points,' around a percent; returns the new index."""
    if j + 2 < len(items) and items[j].kind == "W" and parse_number(items[j].text) is not None \
            and items[j + 1].low in _POINTS:
        k = j + 2
        if k < len(items) and items[k].word(","):
            k += 1
        if k < len(items) and items[k].word("or"):
            return k + 1
    return j


def _intraday(items: list[Item], j: int) -> bool:
    """Whether the figure that ends at item j is an intraday extreme, not the day's move."""
    nxt = [x.low for x in items[j:j + 4]]
    return bool(nxt) and (nxt[0] in _INTRADAY and nxt[:2] != ["before", "the"] or nxt[:3] in (["in", "intraday", "trading"], ["at", "one", "point"],
                                                          ["in", "early", "trade"], ["in", "early", "trading"]))


def _close_figure(items: list[Item], j: int) -> tuple[float | None, int]:
    """After an intraday figure: '... before paring gains to close 6% higher'."""
    for k in range(j, min(j + 10, len(items)) - 1):
        if items[k].qkind == "PERCENT" and items[k - 1].low in _CLOSE_VERBS \
                and items[k + 1].low in {"higher", "lower", "up", "down"}:
            sign = 1 if items[k + 1].low in {"higher", "up"} else -1
            return sign * abs(items[k].qty.value), k + 2
        if items[k].qkind == "PERCENT" and k >= 2 and items[k - 1].low in {"higher", "lower", "up", "down"} \
                and items[k - 2].low in _CLOSE_VERBS:
            sign = 1 if items[k - 1].low in {"higher", "up"} else -1
            return sign * abs(items[k].qty.value), k + 1
        if items[k].word(";", "while", "whereas"):
            break
    return None, j


def _figure(items: list[Item], k: int) -> tuple[float | None, bool, bool, int]:
    """Scan right of a predicate for its percent. Returns (pct, approx, is_range, next index)."""
    approx = False
    j = _points_or(items, k)
    while j < len(items) and j < k + 7:
        it = items[j]
        if it.kind == "Q" and it.qkind in ("PERCENT", "RANGE"):
            # "dropped to 3.8%" states a level, not a change
            if j > 0 and items[j - 1].word("to") and _hedge_at(items, j - 2) == 0 and not items[j - 2].word("up"):
                return None, False, False, k
            if it.qkind == "RANGE":
                return None, True, True, j + 1
            if _intraday(items, j + 1):
                value, end = _close_figure(items, j + 1)
                return (value, False, False, end) if value is not None else (None, False, False, j + 1)
            return it.qty.value, approx or it.qty.approx, False, j + 1
        if it.kind != "W":
            return None, False, False, k
        hedge = _hedge_at(items, j)
        if hedge:
            approx = True
            j += hedge
            continue
        if it.low not in _RIGHT_FILLER:
            return None, False, False, k
        j += 1
    return None, False, False, k


def _level(item: Item) -> float | None:
    if item.kind == "Q" and item.qkind == "MONEY":
        return item.qty.value if item.qty.value is not None and item.qty.value < 1e7 else None
    if item.kind == "W":
        value = parse_number(item.text)
        return value if value is not None and "," in item.text or (value is not None and "." in item.text) else None
    return None


def _close_after(items: list[Item], j: int) -> tuple[float | None, int]:
    """'to 25,222.02 points', 'to close at 25,716.50', ', closing at HKD 38.08'."""
    k = j + 1 if j < len(items) and items[j].word(",") else j
    if k + 2 < len(items) and items[k].word("or") and items[k + 2].low in _POINTS:
        k += 3  # "rose 0.5%, or 210 points, to 42,000.12"
        if k < len(items) and items[k].word(","):
            k += 1
        j = k
    for words in _CLOSE_WORDS:
        n = len(words)
        if k + n < len(items) and all(items[k + x].kind == "W" and items[k + x].low == w for x, w in enumerate(words)):
            level = _level(items[k + n])
            if level is not None:
                end = k + n + 1
                if end < len(items) and items[end].word("points", "pts", "point"):
                    end += 1
                return level, end
    return None, j


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


def _closing_price_before(items: list[Item], j: int) -> tuple[float | None, int]:
    """Left of a predicate: 'closing price HKD 147.60,' or 'closed at 25,222.02,'."""
    k = j
    if k >= 0 and items[k].word(","):
        k -= 1
    if k >= 1 and _level(items[k]) is not None:
        before = [x.low for x in items[max(0, k - 3):k]]
        if before[-2:] == ["closing", "price"] or before[-2:] in (["closed", "at"], ["close", "at"], ["ended", "at"],
                                                                 ["finished", "at"], ["settled", "at"]) \
                or before[-3:] == ["closing", "price", "of"] or before[-1:] == ["close"]:
            back = 2 if before[-2:] in (["closing", "price"], ["closed", "at"], ["close", "at"], ["ended", "at"],
                                        ["finished", "at"], ["settled", "at"]) else (
                3 if before[-3:] == ["closing", "price", "of"] else 1)
            return _level(items[k]), k - back - 1
    return None, j


def _paren_pct_before(items: list[Item], j: int) -> tuple[float | None, bool, int]:
    """'Xiaomi (+4.35%)': a bracketed figure ending at item j; returns (pct, signed, index before it)."""
    if j >= 2 and items[j].word(")") and items[j - 1].kind == "Q" and items[j - 1].qkind == "PERCENT" \
            and items[j - 2].word("("):
        return items[j - 1].qty.value, items[j - 1].qty.signed, j - 3
    return None, False, j


_RANKING = frozenset({"gainer", "gainers", "loser", "losers", "performer", "performers", "decliner", "decliners",
                      "advancer", "advancers", "drag", "laggard", "laggards"})
_FREE_BEFORE = frozenset({",", ";", "and", "while", "as", "with", "including", "like", "(", ":", "-", "but",
                          "whereas", "also", "meanwhile", "elsewhere", "&", "followed", "by", "such", "|"})


def _skip_ranking(items: list[Item], j: int) -> int:
    """Left of 'rising 6.1%': skip ', was the top gainer (on the index),' back to its subject."""
    if j < 0 or not items[j].word(","):
        return j
    for k in range(j - 1, max(-1, j - 10), -1):
        if items[k].kind != "W":
            return j
        if items[k].low in ("was", "were", "is", "are") and any(x.low in _RANKING for x in items[k:j]):
            return k - 1
    return j


_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "which", "who", "its", "china's", "asia's", "the world's"})


def _skip_appositive(items: list[Item], j: int) -> int:
    """'Tencent, the gaming giant, rose 2%': from the comma before the predicate back to the name."""
    if j < 2 or not items[j].word(","):
        return j
    for c in range(j - 1, max(0, j - 14), -1):
        it = items[c]
        if it.kind == "Q" or (it.kind == "W" and it.low in (";", "(", ")")):
            return j
        if it.word(",") and c >= 1 and items[c - 1].kind == "M" and items[c + 1].low in _APPOSITIVE_OPENERS:
            if any(predicate_at(items, x) for x in range(c + 1, j)):
                return j
            return c - 1
    return j


def _free_standing(items: list[Item], j: int) -> bool:
    """An unknown name can be a subject only where a clause or list can start."""
    if j == 0:
        return True
    prev = items[j - 1]
    if prev.kind == "Q" and prev.qkind == "TICKER":
        return True
    if prev.kind != "W":
        return prev.kind == "M"
    if prev.low == "of" and j >= 2 and items[j - 2].low in ("shares", "stock", "stocks"):
        return True
    return prev.low in _FREE_BEFORE


def _ticker_mention(item: Item) -> Mention:
    q = item.qty
    return Mention(item.start, item.end, "candidate", q.code, q.start, q.end, ticker=q.code)


def _subjects(items: list[Item], k: int) -> tuple[list[tuple[Mention, float | None, bool]], Mention | None, float | None]:
    """Mentions that are the subject of the predicate at item k, with their own bracketed
    figures; also the group they were introduced by, and a closing price found on the way."""
    j = k - 1
    close = None
    while j >= 0 and items[j].kind == "W" and items[j].low in SUBJECT_SKIP:
        j -= 1
    level, jj = _closing_price_before(items, j)
    if level is not None:
        close, j = level, jj
    j = _skip_ranking(items, j)
    j = _skip_appositive(items, j)
    if j >= 1 and items[j].word("which", "that") and items[j - 1].word(","):
        j -= 2  # "the top gainer was Sino Biopharm, which rose 6.2%"
    if j >= 0 and items[j].qkind == "TICKER" and items[j].text.startswith("("):
        j -= 1
    parenthetical = False
    if j >= 0 and items[j].word(","):
        parenthetical, j = True, j - 1  # "Optical names, including A and B, fell"
    found: list[tuple[Mention, float | None, bool]] = []
    while j >= 0:
        pct, signed, j2 = _paren_pct_before(items, j)
        if j2 >= 0 and items[j2].qkind == "TICKER" and not items[j2].text.startswith("("):
            found.append((_ticker_mention(items[j2]), pct, signed))  # "9988.HK fell 1%"
            break
        if j2 >= 0 and items[j2].kind == "Q" and items[j2].qkind == "TICKER":
            j2 -= 1
        if j2 < 0 or items[j2].kind != "M" or items[j2].mention.kind not in _SUBJECT_KINDS:
            break
        if items[j2].mention.kind == "candidate" and not _free_standing(items, j2):
            break  # "the yield on the 10-year Treasury rose": a name inside a phrase is no subject
        if items[j2].mention.kind == "place" and not items[j2].mention.extra.get("market_slot"):
            break  # "bookings to Japan dropped": a place is a market only where a market can stand
        found.append((items[j2].mention, pct, signed))
        j = j2 - 1
        if j >= 0 and items[j].word("and", "&") and j - 1 >= 0 and items[j - 1].word(","):
            j -= 2
        elif j >= 0 and items[j].word(",", "and", "&", "/"):
            j -= 1
        else:
            break
    found.reverse()
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
    if parenthetical and group is None:
        if items[k].low.endswith("ing") and items[0].kind == "M" and items[0].mention.kind in _SUBJECT_KINDS \
                and not any(it.kind == "M" for it in items[1:k]):
            return [(items[0].mention, None, False)], None, close  # "Pop Mart hit a record high, rising 8%"
        return [], None, None
    return found, group, close


_SETTLE = frozenset({"ended", "closed", "finished", "settled", "was", "were", "traded", "ends", "closes",
                     "finishes", "is", "are", "stood", "end", "close", "finish"})
_TRAILING_DIR = {"higher": "up", "up": "up", "lower": "down", "down": "down"}
_KNOCK_ON = {"lifting": "up", "boosting": "up", "pushing": "up", "sending": None, "dragging": "down",
             "pulling": "down", "hitting": "down", "weighing": "down"}


def _settled_at(items: list[Item], k: int) -> tuple[str, float | None, int] | None:
    """'ended 0.4% higher', 'closed 1.2% lower': (direction, pct, next index) at item k."""
    if not (items[k].kind == "W" and items[k].low in _SETTLE and k + 2 < len(items)):
        return None
    j = k + 1
    approx = _hedge_at(items, j)
    j += approx
    if j + 1 < len(items) and items[j].qkind == "PERCENT" and items[j + 1].low in _TRAILING_DIR:
        direction = _TRAILING_DIR[items[j + 1].low]
        return direction, abs(items[j].qty.value) * (1 if direction == "up" else -1), j + 2
    if j + 2 < len(items) and items[j].kind == "W" and parse_number(items[j].text) is not None \
            and items[j + 1].low in _POINTS and items[j + 2].low in ("higher", "lower"):
        return _TRAILING_DIR[items[j + 2].low], None, j + 3  # "closed 123 pts higher"
    return None


def _knock_on(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'..., lifting PetroChina by 3.5% and CNOOC by 4%'."""
    out: list[RawMove] = []
    for k, it in enumerate(items):
        if not (it.kind == "W" and it.low in _KNOCK_ON):
            continue
        j = k + 1
        direction = _KNOCK_ON[it.low]
        while j < len(items) and items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS:
            mention = items[j].mention
            j += 1
            if j < len(items) and items[j].word("up", "down", "higher", "lower"):
                direction = _TRAILING_DIR[items[j].low]
                j += 1
            if j < len(items) and items[j].word("by"):
                j += 1
            if direction is None or j >= len(items) or items[j].qkind != "PERCENT":
                break
            pct = abs(items[j].qty.value) * (1 if direction == "up" else -1)
            out.append(RawMove(mention, direction, pct, False, None, None, k, j + 1, it.start_char))
            j += 1
            while j < len(items) and items[j].word(",", "and"):
                j += 1
    return out


def _colon_figure(items: list[Item]) -> list[RawMove]:
    """Bulleted quotes: 'Hang Seng Index: +0.85% to 25,928.08', 'Xiaomi (1810.HK): +6.3%'."""
    out: list[RawMove] = []
    for k in range(1, len(items) - 1):
        signed_next = items[k + 1].qkind == "PERCENT" and items[k + 1].qty.signed
        if signed_next and items[k].qkind == "TICKER":
            j = k - 1  # "Xiaomi (1810.HK): +6.3%" (the tokenizer keeps "):" together) or "Xiaomi (1810.HK) +6.3%"
        elif signed_next and items[k].word(":"):
            j = k - 2 if items[k - 1].qkind == "TICKER" else k - 1
        elif items[k].word("(") and signed_next and k + 2 < len(items) and items[k + 2].word(")") \
                and _level(items[k - 1]) is not None:
            j = k - 2  # "Hang Seng Index 25,222.02 (-2.38%)"
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


_UP_NOUNS = frozenset({"gain", "rise", "increase", "jump", "rally", "advance", "surge", "climb", "rebound", "uptick"})
_DOWN_NOUNS = frozenset({"decline", "drop", "fall", "loss", "decrease", "slide", "slump", "plunge", "dip", "retreat"})
_NOUN_VERBS = frozenset({"posted", "recorded", "saw", "logged", "registered", "booked", "notched", "marked", "with",
                         "posting", "recording", "seeing", "logging", "clocked", "suffered", "enjoyed"})


def _noun_moves(items: list[Item]) -> list[RawMove]:
    """'closed at HK$610, a decline of 1.77%', 'posted a 2% gain', 'recorded a 1.5% loss'."""
    out: list[RawMove] = []
    for k in range(len(items) - 2):
        if not items[k].word("a", "an"):
            continue
        nxt = items[k + 1]
        if nxt.kind == "W" and (nxt.low in _UP_NOUNS or nxt.low in _DOWN_NOUNS) and items[k + 2].word("of") \
                and k + 3 < len(items) and items[k + 3].qkind == "PERCENT":
            up, pct_item, end = nxt.low in _UP_NOUNS, items[k + 3], k + 4
        elif nxt.qkind == "PERCENT" and items[k + 2].kind == "W" and (items[k + 2].low in _UP_NOUNS
                                                                    or items[k + 2].low in _DOWN_NOUNS):
            up, pct_item, end = items[k + 2].low in _UP_NOUNS, nxt, k + 3
        else:
            continue
        j, close = k - 1, None
        if j >= 0 and items[j].kind == "W" and items[j].low in _NOUN_VERBS:
            j -= 1
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
        if j < 0 or items[j].kind != "M" or items[j].mention.kind not in _SUBJECT_KINDS:
            continue
        value = abs(pct_item.qty.value) * (1 if up else -1)
        out.append(RawMove(items[j].mention, "up" if up else "down", value, False, close, None, k, end,
                           items[k].start_char))
    return out


def find_moves(items: list[Item]) -> list[RawMove]:
    """Every price move stated in a sentence's items."""
    moves: list[RawMove] = _colon_figure(items) + _noun_moves(items)
    k = 0
    while k < len(items):
        settled = _settled_at(items, k)
        if settled is not None:
            direction, pct, end = settled
            close, end2 = _close_after(items, end)
            end = end2 if close is not None else end
            subjects, group, _ = _subjects(items, k)
            for mention, own, _signed in subjects:
                moves.append(RawMove(mention, direction, pct, False, close, _turnover_after(items, end), k, end,
                                     items[k].start_char, group=group))
            if subjects:
                k = end
                continue
        pred = predicate_at(items, k)
        if pred is None:
            k += 1
            continue
        direction, length, needs_figure = pred
        pct, approx, is_range, end = _figure(items, k + length)
        if end == k + length:
            end = k + length
        close, end2 = _close_after(items, end)
        if close is not None:
            end = end2
        subjects, group, close_left = _subjects(items, k)
        has_own = any(p is not None for _, p, _ in subjects)
        if not subjects or (needs_figure and pct is None and not is_range and not has_own):
            k += length
            continue
        if close is None:
            close = close_left
        turnover = _turnover_after(items, end)
        sign = 1 if direction == "up" else -1
        for mention, own, signed in subjects:
            value = own if own is not None else pct
            if value is not None and own is not None and not signed:
                value = sign * abs(value)
            elif value is not None and own is None:
                value = sign * abs(value)
            if value is not None and value != 0 and (value > 0) != (direction == "up"):
                direction_here = "up" if value > 0 else "down"
            else:
                direction_here = direction
            if value == 0:
                value = 0.0
            moves.append(RawMove(mention, direction_here, value, approx if own is None else False,
                                 close if len(subjects) == 1 else None,
                                 turnover if len(subjects) == 1 else None, k, end,
                                 items[k].start_char, group=group))
        if group is not None and group.kind == "sector":
            moves.append(RawMove(group, direction, None, False, None, None, k, end, items[k].start_char))
        k = end if end > k else k + length
    moves += _followed_by(items, moves)
    moves += _knock_on(items, moves)
    return moves


def _followed_by(items: list[Item], moves: list[RawMove]) -> list[RawMove]:
    """'Baidu jumped 4.56%, followed by Xiaomi (+4.35%), Kuaishou and Tencent'."""
    out: list[RawMove] = []
    for k in range(len(items) - 1):
        if not (items[k].word("followed") and items[k + 1].word("by")):
            continue
        lead = [m for m in moves if m.end <= k]
        if not lead:
            continue
        direction = lead[-1].direction
        j = k + 2
        while j < len(items) and items[j].kind == "M" and items[j].mention.kind in _SUBJECT_KINDS:
            mention = items[j].mention
            j += 1
            pct, signed = None, False
            if j + 2 < len(items) and items[j].word("(") and items[j + 1].qkind == "PERCENT" and items[j + 2].word(")"):
                pct, signed = items[j + 1].qty.value, items[j + 1].qty.signed
                j += 3
            elif j + 2 < len(items) and items[j].word(",") and items[j + 1].word("up", "down") \
                    and items[j + 2].qkind == "PERCENT":
                pct, signed = abs(items[j + 2].qty.value) * (1 if items[j + 1].low == "up" else -1), True
                j += 3
            if pct is not None and pct != 0:
                dir_here = "up" if pct > 0 else "down"
                if not signed:
                    pct = abs(pct) if direction == "up" else -abs(pct)
                    dir_here = direction
            else:
                dir_here = direction
            out.append(RawMove(mention, dir_here, pct, False, None, None, k, j, items[k].start_char, from_list=True))
            while j < len(items) and items[j].word(",", "and", "&"):
                j += 1
    return out
